package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/backstretch/backstretch/coach"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/printed"
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
	// The watcher starts from this reading: the file as it was just before
	// it, so that a change made while it was read is read again.
	before, _ := history.DefaultPath()
	seen, _ := os.Stat(before)
	h := a.loadHistory(a.stderr)
	load := watch(h.Store, h.Recs, seen)
	sched := schedule.New(cfg)
	sched.FromHistory(h.Recs, clk.Now())
	sched.Check(clk.Now(), false) // from now on: what was due before is not reminded of

	owner := newReminderOwner(filepath.Dir(h.Store.Path))
	owns, notice := owner.check()
	if !owns && notice == "" {
		notice = otherOwner(0)
	}
	if ignored := strings.Join(sched.Ignored(), " "); ignored != "" {
		notice = strings.TrimSpace(ignored + " " + notice)
	}
	defer owner.release()
	switch {
	case h.Err != nil:
		// Like a session, the companion runs without its history: the
		// day starts blank, and it says why.
		notice = fmt.Sprintf("Warning: %v. Today starts blank and nothing is saved.", h.Err)
	case h.Warning != "":
		notice = h.Warning
	}
	save := func(recs []history.Record) error { return h.Store.Append(recs...) }
	if h.WriteErr != nil {
		save = nil
	}
	// A session started from the companion is prepared as `backstretch
	// evening` would be, from the history as it is then (read again only
	// if it changed); its damaged lines were named when the companion
	// started.
	prepare := func(id string) *coach.Run {
		r, _ := a.cat.RoutineByID(id)
		now := h
		now.Recs, _, now.Err = load()
		return coach.Prepare(a.env(cfg, clk, now), r, coach.Where{InCompanion: true, Queued: true})
	}
	releaseSignals := a.signals.rawTerminal()
	c, sig, err := ui.RunCompanion(ctx, ui.CompanionOptions{
		Catalogue: a.cat, Clock: clk, Schedule: sched, Owner: owns, CheckOwner: owner.check,
		Notify: a.notify(cfg), Sound: a.sound(cfg),
		Load: load, Save: save, Notice: notice, Prepare: prepare,
		Session: ui.Options{Clock: clk, Sound: a.sound(cfg), ReducedMotion: a.still(cfg)},
	}, a.profile())
	releaseSignals()
	if err != nil {
		return fmt.Errorf("the companion failed: %w", err)
	}
	if rep := c.Report(); rep != nil {
		// A signal ended a session on the companion's page, and then the
		// companion: what the session came to, then the signs.
		a.printReport(*rep)
		return exitFor(coach.ExitFor(sig))
	}
	fmt.Fprintln(a.out(), printed.Signs(a.styles(), a.width()))
	return exitFor(coach.ExitFor(sig))
}

// watch returns a loader that reads the history again only when the file
// changed (its size or time) since seen, when recs were read, so the
// companion sees sessions run in other terminals without rereading an
// unchanged file on every check. It returns the records it last read
// either way. The companion and the sessions it prepares call it from
// their commands, at the same time at times: it holds a lock.
func watch(store history.Store, recs []history.Record, seen os.FileInfo) func() ([]history.Record, bool, error) {
	var mu sync.Mutex
	var size int64 = -1
	var mod time.Time
	if seen != nil {
		size, mod = seen.Size(), seen.ModTime()
	}
	return func() ([]history.Record, bool, error) {
		mu.Lock()
		defer mu.Unlock()
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
	h := a.readHistory(a.stderr)
	now := a.clock().Now()
	sched := schedule.New(cfg)
	sched.FromHistory(h.Recs, now)
	for _, why := range sched.Ignored() {
		fmt.Fprintln(a.stderr, "backstretch:", why)
	}
	out := a.out()
	fmt.Fprintln(out, "Today")
	for _, s := range append(sched.Today(now), sched.Extra(now)...) {
		fmt.Fprintf(out, "  %-8s %s\n", s.Routine, s.Words())
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, printed.List(a.styles(), a.cat, history.Progress(history.Sessions(h.Recs), now, cfg.RampDays)))
	fmt.Fprintln(out, "\nThe companion (reminders, keys to start each session) needs a terminal.\nStart a session with: backstretch morning (or midday, evening, midback, desk),\nor any routine with: backstretch run ID")
	return nil
}
