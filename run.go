package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/plain"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
	"github.com/backstretch/backstretch/ui"
)

// runSession runs one guided session now: the check-ins before it, the
// session full screen on a terminal (one line per cue otherwise, or with
// --plain), and the pain check-in after it. Either way it ends with the
// summary and the warning signs in the normal terminal.
func (a *app) runSession(ctx context.Context, r routines.Routine) error {
	end, err := a.session(ctx, r, false)
	if end.text != "" {
		out := a.out()
		fmt.Fprintln(out, printed.Paragraph(end.text, a.width()))
		fmt.Fprintln(out)
		fmt.Fprintln(out, printed.Signs(a.styles(), a.width()))
	}
	return err
}

// sessionEnd is what a session leaves to say when it is over.
type sessionEnd struct {
	// text is the summary, the stop-now advice after a stop for pain, and
	// any warnings; empty when plain mode printed them as it went.
	text string
	// stoppedForPain says the warning signs must be shown now, wherever
	// the session ran.
	stoppedForPain bool
}

// session runs one session and returns what to say at its end. In the
// companion (inCompanion) it is always full screen; otherwise plain mode
// prints as it goes and returns no text.
func (a *app) session(ctx context.Context, r routines.Routine, inCompanion bool) (sessionEnd, error) {
	cfg, err := a.config()
	if err != nil {
		return sessionEnd{}, err
	}
	defer a.signals.claim()()
	clk := a.clock()
	now := clk.Now()
	h := a.loadHistory()
	if h.err != nil {
		fmt.Fprintf(a.stderr, "backstretch: %v; today's dosage is that of a first session\n", h.err)
	}
	sessions := history.Sessions(h.recs)
	screening, _ := history.LatestScreening(h.recs)
	trend := history.PainTrend(sessions, now)
	before := &checkin.Before{
		FirstEver: !anyStarted(sessions),
		Screening: screening,
		Trend:     trend.Advice(),
		Caution:   stopCaution(a.cat, sessions, now),
		PainRose:  trend.Worsening() || lastPainRose(sessions, now),
		// The warm-up the safety steps ask for, before the day's first
		// session (not before the desk set: that is a break at work).
		OfferWarmUp: r.ID != "desk" && !startedToday(sessions, now),
		// The hourly shoulder rolls from the companion are a break at
		// work, not a session: no questions around them.
		Break:  inCompanion && r.ID == "desk",
		Pain:   a.pain.v,
		Anyway: a.anyway,
	}
	progress := history.Progress(sessions, now, cfg.RampDays)
	newSession := func(r routines.Routine) *session.Session {
		s := session.New(session.Build(r, progress))
		// A step that ends within this much program time of its deadline
		// hands over exactly; later than that, the next step starts whole
		// from now.
		s.Slack = max(2*time.Second, time.Duration(float64(250*time.Millisecond)*a.speed.value()))
		return s
	}
	s := newSession(r)
	id := history.SessionID(r.ID, now)
	plainMode := !inCompanion && (a.plain || !isTerminal(a.stdout) || !isTerminal(a.stdin))
	var rec *history.Recorder
	if h.warning == "" {
		rec = history.NewRecorder(h.store, s, id, !plainMode)
	}
	c := &checkins{h: h, rec: rec, before: before, id: id, routine: r.ID}
	// start is the session the answers call for: with the warm-up first
	// when it was chosen.
	start := func() *session.Session {
		if before.WarmUp() {
			s = newSession(routines.WithWarmUp(r))
			if rec != nil {
				rec.Use(s)
			}
		}
		return s
	}
	if plainMode {
		return sessionEnd{}, a.runPlain(ctx, clk, start, c, rec)
	}

	opts := ui.FlowOptions{
		Options:  ui.Options{Clock: clk, Sound: a.sound(cfg), ReducedMotion: a.still(cfg), Notify: a.notify(cfg) && !inCompanion, Notice: h.warning},
		Before:   before,
		AskAfter: a.painAfter.v == nil && !before.Break,
		Start: func(now time.Time) *session.Session {
			c.saveBefore(now) // queued: the UI never waits on the disk
			return start()
		},
	}
	if rec != nil {
		opts.Observe, opts.Unsaved = rec.Observe, rec.Unsaved
	}
	releaseSignals := a.signals.rawTerminal()
	f, sig, err := ui.Run(ctx, opts, a.profile())
	releaseSignals()
	if err != nil {
		closeRecorder(rec)
		return sessionEnd{}, fmt.Errorf("the full-screen session failed: %w (try --plain)", err)
	}
	if f.Session() == nil {
		text := c.notStarted()
		c.saveBefore(clk.Now())
		if w := closeRecorder(rec); w != "" {
			text = w + "\n" + text
		}
		if n, ok := sig.(syscall.Signal); ok {
			return sessionEnd{text: text}, exitError{128 + int(n)} // a signal while a question was on screen
		}
		return sessionEnd{text: text}, nil
	}
	pain := a.painAfter.v
	if p := f.PainAfter(); p != history.NoPain {
		pain = &p
	}
	// What is said at the end: the summary, and any notice the session
	// left (the warning about the history was on screen; it stays here
	// too).
	var text strings.Builder
	sum := s.Summary(clk.Now())
	plain.WriteSummary(&text, sum)
	notes := []string{h.warning}
	if n := f.Model().Notice(); n != h.warning {
		notes = append(notes, n)
	}
	c.saveAfter(clk.Now(), pain)
	// Last, so that whatever could not be written during the session has
	// one more try, and what is lost even so is said.
	notes = append(notes, closeRecorder(rec))
	for _, n := range notes {
		if n != "" {
			fmt.Fprintln(&text, n)
		}
	}
	return sessionEnd{text: strings.TrimRight(text.String(), "\n"), stoppedForPain: sum.Outcome == session.StoppedForPain},
		signalExit(sig, sum)
}

// lastPainRose says the last session before now ended with more pain
// than it began with.
func lastPainRose(sessions []history.Session, now time.Time) bool {
	for i := len(sessions) - 1; i >= 0; i-- {
		if s := sessions[i]; !s.Start.After(now) && s.Started {
			return s.PainRose()
		}
	}
	return false
}

// startedToday says a session was started on now's day before now.
func startedToday(sessions []history.Session, now time.Time) bool {
	y, m, d := now.Date()
	for i := len(sessions) - 1; i >= 0; i-- {
		s := sessions[i]
		if sy, sm, sd := s.Start.In(now.Location()).Date(); s.Started && !s.Start.After(now) && sy == y && sm == m && sd == d {
			return true
		}
	}
	return false
}

// stopCaution is the caution about a stop for pain earlier today, or "".
func stopCaution(cat routines.Catalogue, sessions []history.Session, now time.Time) string {
	if s, ok := history.StoppedToday(sessions, now); ok {
		return checkin.StopCaution(cat, s)
	}
	return ""
}

// anyStarted reports whether a session was ever started.
func anyStarted(sessions []history.Session) bool {
	for _, s := range sessions {
		if s.Started {
			return true
		}
	}
	return false
}

// loaded is the history as a command found it.
type loaded struct {
	store history.Store
	recs  []history.Record
	// writeErr says the history cannot be written; warning is what a
	// session says then (it runs anyway, unsaved), or is empty.
	writeErr error
	warning  string
	// err says it could not be read.
	err error
}

// loadHistory reads the history once, naming each damaged line on
// standard error, and checks that it can be written.
func (a *app) loadHistory() loaded {
	var h loaded
	path, err := history.DefaultPath()
	if err == nil {
		h.store = history.Store{Path: path}
		err = a.prepareStateFolder(path)
		h.err = err // a history that is a link or a pipe is not read either
	}
	if err == nil {
		var damage []history.Damage
		h.recs, damage, h.err = h.store.Load()
		for _, d := range damage {
			fmt.Fprintf(a.stderr, "backstretch: %s %s, skipped\n", path, d)
		}
		err = h.store.Check()
	}
	if err != nil {
		h.writeErr = err
		h.warning = fmt.Sprintf("Warning: %v. This session will not be saved.", err)
	}
	return h
}

// checkins saves what was answered around one session, through the
// session's recorder: in order with its records, retried with them.
type checkins struct {
	h       loaded
	rec     *history.Recorder // nil when the history cannot be written
	before  *checkin.Before
	id      string
	routine string
	saved   bool
}

// saveBefore saves the answers given before the session, once.
func (c *checkins) saveBefore(now time.Time) {
	if c.saved {
		return
	}
	c.saved = true
	c.save(c.before.Records(now, c.id, c.routine)...)
}

// saveAfter saves the pain after the session, if given.
func (c *checkins) saveAfter(now time.Time, pain *int) {
	if pain == nil {
		return
	}
	c.save(history.Record{Kind: history.PainCheckIn, At: now, Session: c.id, Routine: c.routine,
		Pain: history.PainLevel(*pain), When: history.After})
}

// save hands recs to the recorder; what it cannot write it keeps, tries
// again, and says at the end (closeRecorder).
func (c *checkins) save(recs ...history.Record) {
	if c.rec != nil {
		c.rec.Save(recs...)
	}
}

// notStarted says why no session ran, after the questions ended it.
func (c *checkins) notStarted() string {
	if why := c.before.Stopped(); why != "" {
		return "Not starting. " + why
	}
	return "No session now."
}

// closeRecorder waits for the history to be written and says if it was not.
func closeRecorder(rec *history.Recorder) string {
	if rec == nil {
		return ""
	}
	if err := rec.Close(); err != nil {
		return "Warning: " + err.Error() + "."
	}
	return ""
}

// tellUnsaved prints, stamped at, what the recorder has not saved yet when
// that has changed since told (what was said last), and that all is saved
// once it is; it returns what it said.
func tellUnsaved(out io.Writer, at time.Time, rec *history.Recorder, told string) string {
	if rec == nil {
		return ""
	}
	now := rec.Unsaved()
	switch {
	case now == told:
	case now != "":
		fmt.Fprintf(out, "%s  %s.\n", at.Format("15:04:05"), now)
	default:
		fmt.Fprintf(out, "%s  Saved: the records that were waiting are in the history now.\n", at.Format("15:04:05"))
	}
	return now
}

// runPlain asks the check-ins as lines, or takes them from flags when
// there is no terminal, then runs the session one line per cue, taking
// typed commands.
func (a *app) runPlain(ctx context.Context, clk timer.Clock, start func() *session.Session, c *checkins, rec *history.Recorder) error {
	out := a.out()
	if c.h.warning != "" {
		fmt.Fprintln(out, c.h.warning)
	}
	interactive := isTerminal(a.stdin)
	lines := readLines(a.stdin)
	for q, ok := c.before.Next(); ok; q, ok = c.before.Next() {
		var ans checkin.Answer
		switch {
		case interactive:
			ans = plain.Ask(ctx, out, q, lines)
		case q.Kind == checkin.Info:
			plain.Show(out, q)
		default:
			c.saveBefore(clk.Now())
			if w := closeRecorder(rec); w != "" {
				fmt.Fprintln(out, w)
			}
			return usagef("%s", q.Unanswered())
		}
		fmt.Fprintln(out)
		c.before.Answer(ans)
	}
	c.saveBefore(clk.Now())
	told := tellUnsaved(out, clk.Now(), rec, "")
	if !c.before.Proceed() {
		if w := closeRecorder(rec); w != "" {
			fmt.Fprintln(out, w)
		}
		fmt.Fprintln(out, printed.Paragraph(c.notStarted(), a.width()))
		fmt.Fprintln(out)
		fmt.Fprintln(out, printed.Signs(a.styles(), a.width()))
		return signalled(ctx) // a signal at a question
	}
	s := start()

	// A signal (the program's context ending) stops the session: quit for
	// Ctrl-C, interrupted for the others.
	running, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	defer cancel(nil)
	go func() {
		select {
		case <-ctx.Done():
			why := session.Interrupted
			if signalOf(ctx) == os.Interrupt {
				why = session.Quit
			}
			cancel(plain.StopCause{Outcome: why})
		case <-running.Done():
		}
	}()

	var observe func([]session.Event)
	if rec != nil {
		observe = func(evs []session.Event) {
			rec.Observe(evs)
			told = tellUnsaved(out, evs[len(evs)-1].At, rec, told)
		}
	}
	cmds, stop := commands(lines)
	plain.Run(running, out, clk, s, cmds, observe)
	pain := a.painAfter.v
	if pain == nil && interactive && ctx.Err() == nil && checkin.AskAfter(s) {
		stop()
		fmt.Fprintln(out)
		if ans := plain.Ask(ctx, out, checkin.PainQuestion(history.After), lines); !ans.Skip && !ans.Leave {
			pain = &ans.Value
		}
	}
	c.saveAfter(clk.Now(), pain)
	if w := closeRecorder(rec); w != "" {
		fmt.Fprintln(out, w)
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, printed.Signs(a.styles(), a.width()))
	return signalled(ctx) // during the session or at the question after it
}

// signalExit is the exit for a session a signal ended: 128 + the signal.
func signalExit(sig os.Signal, sum session.Summary) error {
	if n, ok := sig.(syscall.Signal); ok && sum.Outcome != session.Completed {
		return exitError{128 + int(n)}
	}
	return nil
}

func (s speedFlag) value() float64 {
	if s.v == 0 {
		return 1
	}
	return s.v
}

// readLines sends each line of in until its end, then closes the channel.
func readLines(in io.Reader) <-chan string {
	ch := make(chan string)
	if in == nil {
		close(ch)
		return ch
	}
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			ch <- sc.Text()
		}
	}()
	return ch
}

// commands turns lines into session commands, ignoring unknown ones, until
// the lines end or stop is called (then the lines are left for a
// question).
func commands(lines <-chan string) (cmds <-chan plain.Command, stop func()) {
	ch := make(chan plain.Command)
	done := make(chan struct{})
	go func() {
		defer close(ch)
		for {
			select {
			case line, ok := <-lines:
				if !ok {
					return
				}
				if c, ok := plain.ParseCommand(line); ok {
					select {
					case ch <- c:
					case <-done:
						return
					}
				}
			case <-done:
				return
			}
		}
	}()
	var once sync.Once
	return ch, func() { once.Do(func() { close(done) }) }
}
