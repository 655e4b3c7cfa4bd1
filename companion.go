package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/ui"
)

// runCompanion is backstretch with no arguments: the all-day companion on
// a terminal. A session picked in it runs as `backstretch evening` would,
// then the companion comes back. With no terminal it prints today's plan.
func (a *app) runCompanion(ctx context.Context) error {
	cfg, err := a.config()
	if err != nil {
		return err
	}
	if a.plain || !isTerminal(a.stdout) || !isTerminal(a.stdin) {
		return a.printToday()
	}
	defer a.signals.claim()() // companion.pid is removed whatever ends it
	clk := a.clock()
	h := a.loadHistory()
	sched := schedule.New(cfg)
	sched.FromHistory(h.recs, clk.Now())
	sched.Check(clk.Now(), false) // from now on: what was due before is not reminded of

	owner := newReminderOwner(filepath.Dir(h.store.Path))
	owns, notice := owner.check()
	if !owns && notice == "" {
		notice = otherOwner(0)
	}
	if ignored := strings.Join(sched.Ignored(), " "); ignored != "" {
		notice = strings.TrimSpace(ignored + " " + notice)
	}
	defer owner.release()
	switch {
	case h.err != nil:
		// Like a session, the companion runs without its history: the
		// day starts blank, and it says why.
		notice = fmt.Sprintf("Warning: %v. Today starts blank and nothing is saved.", h.err)
	case h.warning != "":
		notice = h.warning
	}
	save := func(recs []history.Record) error { return h.store.Append(recs...) }
	if h.writeErr != nil {
		save = nil
	}
	// One watcher for the whole run: after a session it has read the
	// history already, and the companion coming back uses that reading.
	load := watch(h.store)
	stoppedForPain := false // the last session's, shown with the signs
	for {
		releaseSignals := a.signals.rawTerminal()
		c, sig, err := ui.RunCompanion(ctx, ui.CompanionOptions{
			Catalogue: a.cat, Clock: clk, Schedule: sched, Owner: owns, CheckOwner: owner.check,
			Notify: a.notify(cfg), Sound: a.sound(cfg),
			Load: load, Save: save, Notice: notice, StoppedForPain: stoppedForPain,
		}, a.profile())
		releaseSignals()
		if err != nil {
			return fmt.Errorf("the companion failed: %w", err)
		}
		if c.Launch() == "" || sig != nil {
			fmt.Fprintln(a.out(), printed.Signs(a.styles(), a.width()))
			if n, ok := sig.(syscall.Signal); ok {
				return exitError{128 + int(n)}
			}
			return nil
		}
		r, _ := a.cat.RoutineByID(c.Launch())
		end, err := a.session(ctx, r, true)
		if err != nil {
			// A signal during the session ends the companion too, with
			// what the session said and the signs.
			fmt.Fprintln(a.out(), printed.Paragraph(end.text, a.width()))
			fmt.Fprintln(a.out())
			fmt.Fprintln(a.out(), printed.Signs(a.styles(), a.width()))
			return err
		}
		notice, stoppedForPain = firstLines(end.text), end.stoppedForPain
		if stoppedForPain {
			// The advice speaks of the signs below it: on the home screen
			// there are none, so it stays with them, on their page.
			notice = strings.TrimSpace(strings.Replace(notice, routines.StopNowAdvice, "", 1)) +
				" The warning signs: backstretch signs."
		}
		evs := afterSession(sched, load, clk.Now())
		var changed string
		if owns, changed = owner.check(); changed != "" {
			notice += " " + changed
		}
		if owns && save != nil {
			if err := save(schedule.Records(evs...)); err != nil {
				notice = "Reminder events were not saved: " + err.Error() + "."
			}
		}
	}
}

// afterSession brings the scheduler up to date with the session that
// ran, and skips the reminders that fell due while it ran.
func afterSession(sched *schedule.Scheduler, load func() ([]history.Record, bool, error), now time.Time) []schedule.Event {
	recs, _, _ := load()
	return append(sched.FromHistory(recs, now), sched.Check(now, true)...)
}

// firstLines keeps what the companion can show of a session's report: the
// advice after a stop for pain, or the summary's first line, and any
// warnings; not the list of exercises.
func firstLines(report string) string {
	var keep []string
	for _, line := range strings.Split(report, "\n") {
		if !strings.HasPrefix(line, "  ") && strings.TrimSpace(line) != "" {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, " ")
}

// watch returns a loader that reads the history again only when the file
// changed (its size or time), so the companion sees sessions run in other
// terminals without rereading an unchanged file on every check. It
// returns the records it last read either way.
func watch(store history.Store) func() ([]history.Record, bool, error) {
	var size int64 = -1
	var mod time.Time
	var recs []history.Record
	return func() ([]history.Record, bool, error) {
		st, err := os.Stat(store.Path)
		switch {
		case os.IsNotExist(err):
			changed := size != 0
			size, recs = 0, nil
			return nil, changed, nil
		case err != nil:
			return nil, false, fmt.Errorf("cannot read the history: %w", err)
		case st.Size() == size && st.ModTime().Equal(mod):
			return recs, false, nil
		}
		size, mod = st.Size(), st.ModTime()
		recs, _, err = store.Load()
		return recs, true, err
	}
}

// printToday is the companion without a terminal: today's sessions and
// dosage, for a script or a pipe.
func (a *app) printToday() error {
	cfg, err := a.config()
	if err != nil {
		return err
	}
	h := a.loadHistory()
	now := a.clock().Now()
	sched := schedule.New(cfg)
	sched.FromHistory(h.recs, now)
	for _, why := range sched.Ignored() {
		fmt.Fprintln(a.stderr, "backstretch:", why)
	}
	out := a.out()
	fmt.Fprintln(out, "Today")
	for _, s := range append(sched.Today(now), sched.Extra(now)...) {
		state := "at " + s.At.Format("15:04")
		switch s.State {
		case schedule.DoneToday:
			state = "done at " + s.DoneAt.Format("15:04")
		case schedule.DueNow:
			state = "due now (" + s.At.Format("15:04") + ")"
		case schedule.MissedToday:
			state = "missed (" + s.At.Format("15:04") + ")"
		case schedule.StoppedToday:
			state = "stopped for pain at " + s.DoneAt.Format("15:04")
		}
		fmt.Fprintf(out, "  %-8s %s\n", s.Routine, state)
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, printed.List(a.styles(), a.cat, history.Progress(history.Sessions(h.recs), now, cfg.RampDays)))
	fmt.Fprintln(out, "\nThe companion (reminders, keys to start each session) needs a terminal.\nStart a session with: backstretch morning (or midday, evening, midback, desk),\nor any routine with: backstretch run ID")
	return nil
}
