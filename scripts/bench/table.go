package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// results is everything measured.
type results struct {
	cfg                  config
	session, companion   *live // the same run unless -serial
	startApp, startFloor []time.Duration
	cmds                 commandTimes
}

// row is one line of the table.
type row struct{ figure, app, floor, ratio, target, met string }

const none = "—"

// nan is a missing figure.
var nan = math.NaN()

// num formats v with one decimal, or a dash when it is missing.
func num(v float64) string {
	if math.IsNaN(v) {
		return none
	}
	return fmt.Sprintf("%.1f", v)
}

// ratio is a/b as "12.3×".
func ratio(a, b float64) string {
	if math.IsNaN(a) || math.IsNaN(b) || b == 0 {
		return none
	}
	return fmt.Sprintf("%.1f×", a/b)
}

// met is yes or no; a dash when the value is missing.
func met(v float64, ok bool) string {
	switch {
	case math.IsNaN(v):
		return none
	case ok:
		return "yes"
	}
	return "no"
}

func mb(kb int64) float64 {
	if kb == 0 {
		return nan
	}
	return float64(kb) / 1024
}

// windowRows are the CPU, switches and bytes of app beside floor.
func windowRows(what string, app, floor *appRun, cpuTarget float64) []row {
	a, f := app.win, floor.win
	return []row{
		{what + ": CPU (ms per minute)", num(a.cpu), num(f.cpu), ratio(a.cpu, f.cpu),
			fmt.Sprintf("≤ %g× floor", cpuTarget), met(a.cpu, a.cpu <= cpuTarget*f.cpu)},
		{what + ": voluntary context switches per s", num(a.switches), num(f.switches), ratio(a.switches, f.switches), none, none},
		{what + ": bytes to the terminal per s, whole window", num(a.bytesPerSec), num(f.bytesPerSec), ratio(a.bytesPerSec, f.bytesPerSec), none, none},
	}
}

// keyRows are the mean and slowest key to screen, against limit.
func keyRows(what string, app *appRun, limit float64) []row {
	mean, slowest := meanMax(app.keys)
	n := fmt.Sprintf("%d keys", len(app.keys))
	if app.skipped > 0 {
		n += fmt.Sprintf(", %d answered after another chunk", app.skipped)
	}
	target := fmt.Sprintf("≤ %g ms", limit)
	return []row{
		{fmt.Sprintf("%s: key to screen, mean (ms; %s)", what, n), num(mean), none, none, target, met(mean, mean <= limit)},
		{fmt.Sprintf("%s: key to screen, slowest (ms)", what), num(slowest), none, none, target, met(slowest, slowest <= limit)},
	}
}

// table is the markdown table of every figure.
func (r *results) table() string {
	s, c := r.session, r.companion
	var rows []row

	// The session: its window, keys, bells, wall time and memory.
	rows = append(rows, windowRows("session", s.session, s.floor, 10)...)
	rows = append(rows, keyRows("session", s.session, 100)...)
	if r.cfg.quick {
		rows = append(rows,
			row{"session: hold end vs plan, worst \\|error\\| (ms)", "n/a (-quick quits early)", none, none, "≤ 20 ms", none},
			row{"session: drift over the session (ms)", "n/a (-quick)", none, none, "\\|drift\\| ≤ 20 ms", none},
			row{"session: wall time, GET READY to exit (s)", "n/a (-quick)", none, none, fmt.Sprintf("%.0f s planned", s.plan.Seconds()), none})
	} else {
		b, ln := s.bells, s.lines
		count := fmt.Sprintf("%d of %d planned bells and step starts", b.matched, b.expected)
		if b.matched != b.expected {
			count = "ONLY " + count
		}
		if len(b.extra) > 0 {
			count += fmt.Sprintf(", +%d not in the plan", len(b.extra))
		}
		worst, drift := nan, nan
		if b.matched >= 2 {
			worst, drift = ms(b.worst), ms(b.drift)
		}
		ok := b.matched == b.expected
		floorCount := fmt.Sprintf("%d of %d lines", ln.lines, s.floorSecs+1)
		rows = append(rows,
			row{"session: bytes to the terminal per s during holds (step changes left out)", num(s.holdBytes), num(s.floor.win.bytesPerSec),
				ratio(s.holdBytes, s.floor.win.bytesPerSec), "≤ 100/s", met(s.holdBytes, s.holdBytes <= 100)},
			row{fmt.Sprintf("session: hold ends and step starts vs plan, worst \\|error\\| (ms; %s; floor: %s)", count, floorCount),
				num(worst), num(ms(ln.worst)), none, "≤ 20 ms", met(worst, ok && worst <= 20)},
			row{"session: drift over the session (ms; the last one's error)",
				num(drift), num(ms(ln.drift)), none, "\\|drift\\| ≤ 20 ms", met(drift, ok && math.Abs(drift) <= 20)})
		var from []string
		for _, d := range b.fromStart {
			from = append(from, fmt.Sprintf("%+.1f", ms(d)))
		}
		if len(from) == 0 {
			from = []string{none}
		}
		rows = append(rows, row{"session: each vs plan counted from GET READY, not anchored (ms)",
			strings.Join(from, ", "), none, none, none, none})
		wall := nan
		if !s.session.exitedAt.IsZero() {
			wall = s.session.exitedAt.Sub(s.t0).Seconds()
		}
		v := fmt.Sprintf("%.2f", wall)
		if s.session.code != 0 {
			v += fmt.Sprintf(" (exit code %d)", s.session.code)
		}
		rows = append(rows, row{"session: wall time, GET READY to exit (s)",
			v, none, none, fmt.Sprintf("%.0f s planned", s.plan.Seconds()), none})
	}
	rows = append(rows, row{"session: peak RSS (MB)", num(mb(s.session.rssKB)), num(mb(s.floor.rssKB)),
		ratio(mb(s.session.rssKB), mb(s.floor.rssKB)), "< 15 MB", met(mb(s.session.rssKB), mb(s.session.rssKB) < 15)})

	// Start-up.
	a, f := ms(median(r.startApp)), ms(median(r.startFloor))
	rows = append(rows, row{fmt.Sprintf("first frame after start, companion vs floor 1 (ms; median of %d)", len(r.startApp)),
		num(a), num(f), ratio(a, f), "≤ 150 ms", met(a, a <= 150)})

	// The idle companion.
	rows = append(rows, windowRows("idle companion", c.companion, c.floor, 4)...)
	rows = append(rows, keyRows("idle companion", c.companion, 250)...)
	rows = append(rows, row{"idle companion: peak RSS (MB)", num(mb(c.companion.rssKB)), num(mb(c.floor.rssKB)),
		ratio(mb(c.companion.rssKB), mb(c.floor.rssKB)), "< 15 MB", met(mb(c.companion.rssKB), mb(c.companion.rssKB) < 15)})

	// The commands on ten years of history, against floor 0 through the
	// same launcher.
	c10, fl := r.cmds, r.cmds.floor
	n := r.cfg.repeats
	cmd := func(name string, f cmdFigure, target float64) []row {
		t, tm, mm := ms(f.d), none, none
		okT, okM := none, none
		if target > 0 {
			tm, mm = fmt.Sprintf("< %.0f ms", target), "< 20 MB"
			okT, okM = met(t, t < target), met(mb(f.rssKB), mb(f.rssKB) < 20)
		}
		return []row{
			{name + " (ms; exec to exit)", num(t), num(ms(fl.d)), ratio(t, ms(fl.d)), tm, okT},
			{name + " (peak RSS, MB)", num(mb(f.rssKB)), num(mb(fl.rssKB)), ratio(mb(f.rssKB), mb(fl.rssKB)), mm, okM},
		}
	}
	rows = append(rows, cmd(fmt.Sprintf("`status`, ten unbroken years, summary kept (median of %d)", n), c10.status, 20)...)
	rows = append(rows, cmd(fmt.Sprintf("`status`, ten unbroken years, the first run after a line was appended (median of %d)", n), c10.statusAppended, 0)...)
	rows = append(rows, cmd("`status`, ten unbroken years, first run: summary built from the whole history (one run)", c10.statusFirst, 0)...)
	rows = append(rows, cmd(fmt.Sprintf("`stats`, ten unbroken years (median of %d)", n), c10.stats, 0)...)
	rows = append(rows, cmd(fmt.Sprintf("`status`, ten years with a gap every 100 days, summary kept (median of %d)", n), c10.brokenStatus, 20)...)
	rows = append(rows, cmd(fmt.Sprintf("`stats`, ten years with a gap every 100 days (median of %d)", n), c10.brokenStats, 0)...)

	var b strings.Builder
	b.WriteString("| figure | backstretch | floor | ratio | target | met |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	for _, x := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", x.figure, x.app, x.floor, x.ratio, x.target, x.met)
	}
	return b.String()
}
