package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/backstretch/backstretch/session"
)

// warmUp is how long after the start the window opens: past the start-up
// and the first screens.
const warmUp = 5 * time.Second

// window is one program's figures over the measurement window.
type window struct {
	cpu, ticks  float64 // ms of CPU a minute: schedstat, and clock ticks as a cross-check
	switches    float64 // voluntary context switches a second
	bytesPerSec float64
	threads     int
}

// appRun is what was measured of one program in a live run.
type appRun struct {
	p        *proc
	win      window
	keys     []time.Duration // key to screen
	skipped  int             // keys whose first chunk of output was not the answer
	code     int
	rssKB    int64
	exitedAt time.Time
	err      error // the run failed; the figures are missing
}

// live is one live run: the session and/or the idle companion, beside a
// floor, all measured over the same window.
type live struct {
	t0        time.Time // the session's start ("GET READY"), or the companion's
	session   *appRun
	companion *appRun
	floor     *appRun
	floorSecs int
	bells     bellResult // the bells and step starts against the plan
	holdBytes float64    // bytes a second inside the holds, step changes left out
	lines     lineResult
	plan      time.Duration
}

// runLive starts the evening session (if session) and the idle companion
// (if companion) with a floor beside them, measures them over the same
// window, then presses keys in each, and waits for them to end.
func runLive(cfg config, e *env, session, companion bool) (*live, error) {
	l := &live{}
	steps, marks, planned, err := eveningPlan()
	if err != nil {
		return nil, err
	}
	l.plan = planned

	if session {
		state := e.state("session")
		// The screening, once, so that the session asks nothing but the
		// safety steps of a first session.
		scr := exec.Command(e.app, "screening", "--none")
		scr.Env = e.appEnv(state)
		if out, err := scr.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("screening --none: %v: %s", err, out)
		}
		p, err := startPTY("backstretch evening", e.app, e.appEnv(state),
			"evening", "--pain", "2", "--pain-after", "2", "--speed", "1")
		if err != nil {
			return nil, err
		}
		l.session = &appRun{p: p}
		if _, err := p.waitText(0, "Press Enter", 30*time.Second); err != nil {
			return nil, err
		}
		m := p.mark()
		p.send("\r")
		if l.t0, err = p.waitText(m, "GET READY", 30*time.Second); err != nil {
			return nil, err
		}
		progress("session started (GET READY); the planned session is %v", planned)
	}

	// The companion and the floor start now, so that all share one window.
	if companion {
		p, err := startPTY("backstretch companion", e.app, e.appEnv(e.state("companion")),
			"--start-at", "2026-11-23 10:05", "--speed", "1")
		if err != nil {
			return nil, err
		}
		l.companion = &appRun{p: p}
		if !session {
			l.t0 = p.started
		}
	}
	keyTime := time.Duration(cfg.keys)*700*time.Millisecond + 5*time.Second
	l.floorSecs = int((warmUp + cfg.window + keyTime).Seconds())
	if session && !cfg.quick {
		// As long as the session, for its line timing to compare.
		l.floorSecs = int(planned.Seconds())
	}
	fp, err := startPTY("floor", e.floor, e.appEnv(e.state("floor")), strconv.Itoa(l.floorSecs))
	if err != nil {
		return nil, err
	}
	l.floor = &appRun{p: fp}
	if l.t0.IsZero() {
		l.t0 = fp.started
	}

	// The window: CPU, context switches and bytes of each, from warmUp on.
	runs := l.runs()
	time.Sleep(time.Until(l.t0.Add(warmUp)))
	progress("measuring a %v window (%s)", cfg.window, l.names())
	us := make([]*usage, len(runs))
	b0 := make([]int, len(runs))
	for i, r := range runs {
		if us[i], err = startUsage(r.p.cmd.Process.Pid); err != nil {
			return nil, fmt.Errorf("%s: /proc: %w (did it exit early?)", r.p.name, err)
		}
		b0[i] = r.p.bytesOut()
	}
	end := l.t0.Add(warmUp + cfg.window)
	for time.Now().Before(end) {
		time.Sleep(min(500*time.Millisecond, time.Until(end)))
		for _, u := range us {
			u.poll()
		}
	}
	for i, r := range runs {
		u := us[i]
		r.win = window{
			cpu:         u.cpuPerMinute(),
			ticks:       u.ticksPerMinute(),
			switches:    u.switchesPerSecond(),
			bytesPerSec: float64(r.p.bytesOut()-b0[i]) / u.t1.Sub(u.t0).Seconds(),
			threads:     u.threads(),
		}
		progress("  %-22s CPU %6.1f ms/min (ticks: %.0f)  %5.1f switches/s  %6.1f B/s  %d threads",
			r.p.name, r.win.cpu, r.win.ticks, r.win.switches, r.win.bytesPerSec, r.win.threads)
	}

	// Keys, at random moments, in the session and the companion at once.
	var wg sync.WaitGroup
	for i, r := range []*appRun{l.session, l.companion} {
		if r == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(cfg.seed, uint64(i)))
			r.keys, r.skipped, r.err = pressKeys(r.p, cfg.keys, rng, "?")
		}()
	}
	progress("pressing ? %d times in %s", cfg.keys, strings.TrimSuffix(l.names(), ", floor"))
	wg.Wait()

	// The ends: the companion quits with q; the session ends by itself
	// (with -quick, q quits it early); the floor counts down to its end.
	if c := l.companion; c != nil {
		c.p.send("q")
		c.code, c.rssKB, err = c.p.wait(15 * time.Second)
		c.exitedAt = c.p.exitedAt
		if err != nil && c.err == nil {
			c.err = err
		}
	}
	if s := l.session; s != nil {
		timeout := time.Until(l.t0.Add(planned + 30*time.Second))
		if cfg.quick {
			s.p.send("q")
			timeout = 15 * time.Second
		} else {
			progress("waiting for the session to end by itself, %v after its start",
				planned)
		}
		s.code, s.rssKB, err = s.p.wait(timeout)
		s.exitedAt = s.p.exitedAt
		if err != nil && s.err == nil {
			s.err = err
		}
		if s.code != 0 {
			progress("the session exited with code %d", s.code)
		}
		var heard []time.Time
		seen := s.p.stepTimes()
		for _, st := range seen {
			if st.k > 1 {
				heard = append(heard, st.at)
			}
		}
		heard = append(heard, s.p.bellTimes()...)
		slices.SortFunc(heard, func(a, b time.Time) int { return a.Compare(b) })
		l.bells = matchBells(marks, heard, l.t0)
		l.holdBytes = holdBytesPerSec(s.p, steps, seen, l.t0)
		for _, line := range l.bells.log {
			progress("  bell, %s", line)
		}
		for _, x := range l.bells.extra {
			progress("  a bell not in the plan at %.3f s (the notification fallback rings one at the end)", x.Seconds())
		}
	}
	f := l.floor
	f.code, f.rssKB, err = f.p.wait(time.Until(f.p.started.Add(time.Duration(l.floorSecs)*time.Second + 30*time.Second)))
	if err != nil {
		f.err = err
	}
	l.lines = matchLines(f.p.lineTimes("remaining"))
	for _, r := range l.runs() {
		if r.err != nil {
			progress("  %s: %v", r.p.name, r.err)
		}
	}
	if len(l.lines.late) > 0 {
		progress("  floor: %d of %d lines more than 20 ms off their deadline: %s",
			len(l.lines.late), l.lines.lines, strings.Join(l.lines.late, ", "))
	}
	return l, nil
}

// runs is the programs of the run, floor last.
func (l *live) runs() []*appRun {
	var rs []*appRun
	for _, r := range []*appRun{l.session, l.companion, l.floor} {
		if r != nil {
			rs = append(rs, r)
		}
	}
	return rs
}

func (l *live) names() string {
	var ns []string
	for _, r := range l.runs() {
		ns = append(ns, strings.TrimPrefix(r.p.name, "backstretch "))
	}
	return strings.Join(ns, ", ")
}

// helpRows are the bottom three rows of the 80×24 screen, where both the
// session and the companion show their keys: ? changes them, and the
// countdown's seconds never do.
const helpRows = 0b111 << 21

// pressKeys sends key n times, 300–700 ms apart, and times each from the
// write to the first chunk of output after it that changed the key help
// on the screen. Almost always that is the first chunk after the key; one
// that comes first for another reason (the countdown's next second) is
// passed over and counted in skipped.
func pressKeys(p *proc, n int, rng *rand.Rand, key string) (lat []time.Duration, skipped int, err error) {
	for range n {
		time.Sleep(300*time.Millisecond + time.Duration(rng.IntN(401))*time.Millisecond)
		m := p.mark()
		at := p.send(key)
		got, first, err := p.answer(m, at, helpRows, 5*time.Second)
		if err != nil {
			return lat, skipped, err
		}
		lat = append(lat, got.Sub(at))
		if !first {
			skipped++
		}
	}
	var list []string
	for _, d := range lat {
		list = append(list, fmt.Sprintf("%.0f", ms(d)))
	}
	progress("  %s, key to screen (ms): %s", p.name, strings.Join(list, " "))
	return lat, skipped, nil
}

// startups times the first frame of the companion and of the floor, n
// times each, taking turns.
func startups(e *env, n int) (app, floor []time.Duration, err error) {
	for i := range n {
		p, err := startPTY("backstretch companion", e.app, e.appEnv(e.state(fmt.Sprintf("start%d", i))),
			"--start-at", "2026-11-23 10:05")
		if err != nil {
			return nil, nil, err
		}
		d, err := p.waitFirstFrame(20 * time.Second)
		p.stop(syscall.SIGTERM, 10*time.Second)
		if err != nil {
			return nil, nil, err
		}
		app = append(app, d)

		f, err := startPTY("floor", e.floor, e.appEnv(e.state("floor")), "1")
		if err != nil {
			return nil, nil, err
		}
		d, err = f.waitFirstFrame(20 * time.Second)
		f.stop(syscall.SIGTERM, 10*time.Second)
		if err != nil {
			return nil, nil, err
		}
		floor = append(floor, d)
	}
	return app, floor, nil
}

// holdBytesPerSec is what the session writes a second while a hold or a
// timed activity runs, leaving out the moments a step begins (the whole
// screen changes then): from 0.5 s after each such step starts, as the
// screen showed it, to 0.2 s before it ends.
func holdBytesPerSec(p *proc, plan []plannedStep, seen []stepSeen, t0 time.Time) float64 {
	var bytes int
	var span time.Duration
	for _, st := range seen {
		if st.k < 1 || st.k > len(plan) {
			continue
		}
		ps := plan[st.k-1]
		if ps.kind != session.Hold && ps.kind != session.Timed {
			continue
		}
		from, to := st.at.Add(500*time.Millisecond), st.at.Add(ps.dur-200*time.Millisecond)
		bytes += p.bytesBetween(from, to)
		span += to.Sub(from)
	}
	if span <= 0 {
		return math.NaN()
	}
	return float64(bytes) / span.Seconds()
}
