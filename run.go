package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/coach"
	"github.com/backstretch/backstretch/config"
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
	rep, err := a.session(ctx, r)
	if rep != nil {
		a.printReport(*rep)
	}
	return err
}

// printReport writes what a session came to, then the warning signs, in
// the normal terminal.
func (a *app) printReport(rep coach.Report) {
	out := a.out()
	fmt.Fprintln(out, printed.Paragraph(strings.Join(rep.Lines(), "\n"), a.width()))
	fmt.Fprintln(out)
	fmt.Fprintln(out, printed.Signs(a.styles(), a.width()))
}

// session runs one session and returns its report; plain mode prints it
// as it goes and returns nil.
func (a *app) session(ctx context.Context, r routines.Routine) (*coach.Report, error) {
	cfg, err := a.config()
	if err != nil {
		return nil, err
	}
	defer a.signals.claim()()
	clk := a.clock()
	h := a.loadHistory(a.stderr)
	if h.Err != nil {
		fmt.Fprintf(a.stderr, "backstretch: %v; today's dosage is that of a first session\n", h.Err)
	}
	plainMode := a.plain || !isTerminal(a.stdout) || !isTerminal(a.stdin)
	run := coach.Prepare(a.env(cfg, clk, h), r, coach.Where{Queued: !plainMode})
	if plainMode {
		return nil, a.runPlain(ctx, clk, run)
	}
	opts := ui.FlowFor(run, ui.Options{Clock: clk, Sound: a.sound(cfg), ReducedMotion: a.still(cfg), Notify: a.notify(cfg)})
	releaseSignals := a.signals.rawTerminal()
	f, sig, err := ui.Run(ctx, opts, a.profile())
	releaseSignals()
	if err != nil {
		run.Close()
		return nil, fmt.Errorf("the full-screen session failed: %w (try --plain)", err)
	}
	rep := f.Finish(run, clk.Now(), sig)
	return &rep, exitFor(rep.Exit)
}

// env is what a session is prepared from: the catalogue, the flags and
// the history read now.
func (a *app) env(cfg config.Config, clk timer.Clock, h coach.History) coach.Env {
	return coach.Env{
		Catalogue: a.cat, RampDays: cfg.RampDays, Clock: clk, History: h,
		Speed: a.speed.value(), Pain: a.pain.v, PainAfter: a.painAfter.v, Anyway: a.anyway,
	}
}

// exitFor is the error that ends the program with status code, nil for 0.
func exitFor(code int) error {
	if code == 0 {
		return nil
	}
	return exitError{code}
}

// openHistory finds the history and readies its folder, saying on warn
// what it narrowed: a history that is a link or a pipe is refused.
func (a *app) openHistory(warn io.Writer) (history.Store, error) {
	path, err := history.DefaultPath()
	if err != nil {
		return history.Store{}, err
	}
	return history.Store{Path: path}, a.prepareStateFolder(path, warn)
}

// readHistory reads the history once, naming each damaged line on warn,
// for a command that only reads it: it creates nothing.
func (a *app) readHistory(warn io.Writer) coach.History {
	h, _ := a.read(warn)
	return h
}

// loadHistory is readHistory for a command that writes to the history
// too: it checks that the history can be written, even where it could not
// be read.
func (a *app) loadHistory(warn io.Writer) coach.History {
	h, err := a.read(warn)
	if err == nil {
		err = h.Store.Check()
	}
	if err != nil {
		h.WriteErr = err
		h.Warning = fmt.Sprintf("Warning: %v. This session will not be saved.", err)
	}
	return h
}

// read reads the history, and returns the error that kept it from being
// opened at all (a link, a pipe), nil once it was.
func (a *app) read(warn io.Writer) (coach.History, error) {
	var h coach.History
	var err error
	h.Store, err = a.openHistory(warn)
	if err != nil {
		h.Err = err // a history that is a link or a pipe is not read either
		return h, err
	}
	var damage []history.Damage
	h.Recs, damage, h.Err = h.Store.Load()
	for _, d := range damage {
		fmt.Fprintf(warn, "backstretch: %s %s, skipped\n", h.Store.Path, d)
	}
	return h, nil
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
func (a *app) runPlain(ctx context.Context, clk timer.Clock, run *coach.Run) error {
	out := a.out()
	if run.Warning != "" {
		fmt.Fprintln(out, run.Warning)
	}
	interactive := isTerminal(a.stdin)
	lines := readLines(a.stdin)
	for q, ok := run.Before.Next(); ok; q, ok = run.Before.Next() {
		var ans checkin.Answer
		switch {
		case interactive:
			ans = plain.Ask(ctx, out, q, lines)
		case q.Kind == checkin.Info:
			plain.Show(out, q)
		default:
			run.SaveBefore(clk.Now())
			if w := run.Close(); w != "" {
				fmt.Fprintln(out, w)
			}
			return usagef("%s", q.Unanswered())
		}
		fmt.Fprintln(out)
		run.Before.Answer(ans)
	}
	run.SaveBefore(clk.Now())
	told := tellUnsaved(out, clk.Now(), run.Recorder, "")
	if !run.Before.Proceed() {
		a.printReport(run.Finish(clk.Now(), history.NoPain, nil))
		return signalled(ctx) // a signal at a question
	}
	s := run.Start(clk.Now())

	// A signal (the program's context ending) stops the session: quit for
	// Ctrl-C, interrupted for the others.
	running, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	defer cancel(nil)
	go func() {
		select {
		case <-ctx.Done():
			cancel(plain.StopCause{Outcome: coach.StopFor(signalOf(ctx))})
		case <-running.Done():
		}
	}()

	observe := func(evs []session.Event) {
		run.Observe(evs)
		told = tellUnsaved(out, evs[len(evs)-1].At, run.Recorder, told)
	}
	cmds, stop := commands(lines)
	plain.Run(running, out, clk, s, cmds, observe)
	painAfter := history.NoPain
	if run.AskAfter && interactive && ctx.Err() == nil && checkin.AskAfter(s) {
		stop()
		fmt.Fprintln(out)
		if ans := plain.Ask(ctx, out, checkin.PainQuestion(history.After), lines); !ans.Skip && !ans.Leave {
			painAfter = ans.Value
		}
	}
	// The summary was printed as the session ended; what is left to say
	// is what could not be saved.
	for _, n := range run.Finish(clk.Now(), painAfter, nil).Notes {
		fmt.Fprintln(out, n)
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, printed.Signs(a.styles(), a.width()))
	return signalled(ctx) // during the session or at the question after it
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
