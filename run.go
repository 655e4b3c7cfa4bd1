package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/plain"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
	"github.com/backstretch/backstretch/ui"
)

// runSession runs one guided session now: full screen on a terminal, one
// line per cue otherwise (or with --plain). Either way it ends with the
// summary and the warning signs in the normal terminal.
func (a *app) runSession(ctx context.Context, r routines.Routine) error {
	clk := a.clock()
	s := session.New(session.Build(r, routines.FirstSession()))
	// A step that ends within this much program time of its deadline hands
	// over exactly; later than that, the next step starts whole from now.
	s.Slack = max(2*time.Second, time.Duration(float64(250*time.Millisecond)*a.speed.value()))
	plainMode := a.plain || !isTerminal(a.stdout) || !isTerminal(a.stdin)
	rec, warning := a.recorder(s, !plainMode)
	if plainMode {
		if warning != "" {
			fmt.Fprintln(a.out(), warning)
		}
		return a.runPlain(ctx, clk, s, rec)
	}
	var popts []tea.ProgramOption
	if a.noColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	opts := ui.Options{Clock: clk, Sound: !a.noSound, Notify: !a.noNotify, Notice: warning}
	if rec != nil {
		opts.Observe = rec.Observe
	}
	m, sig, err := ui.Run(s, opts, popts...)
	saveErr := closeRecorder(rec)
	if err != nil {
		return fmt.Errorf("the full-screen session failed: %w (try --plain)", err)
	}
	// What stays in the terminal: the summary, any notice the session left
	// (the warning about the history was on screen; it stays here too), and
	// the warning signs, all wrapped to the pane.
	var text strings.Builder
	sum := s.Summary(clk.Now())
	plain.WriteSummary(&text, sum)
	notes := []string{warning}
	if n := m.Notice(); n != warning {
		notes = append(notes, n)
	}
	for _, n := range append(notes, saveErr) {
		if n != "" {
			fmt.Fprintln(&text, n)
		}
	}
	out := a.out()
	fmt.Fprintln(out, ui.Wrap(strings.TrimRight(text.String(), "\n"), a.width()))
	fmt.Fprintln(out)
	fmt.Fprintln(out, ui.Signs(a.width()))
	return signalExit(sig, sum)
}

// recorder saves the session to the history as it happens. When the history
// cannot be written it returns no recorder and a warning: the session runs
// anyway.
func (a *app) recorder(s *session.Session, async bool) (*history.Recorder, string) {
	path, err := history.DefaultPath()
	if err == nil {
		err = history.Store{Path: path}.Check()
	}
	if err != nil {
		return nil, fmt.Sprintf("Warning: %v. This session will not be saved.", err)
	}
	return history.NewRecorder(history.Store{Path: path}, s, async), ""
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

// runPlain runs the session one line per cue, taking typed commands.
func (a *app) runPlain(ctx context.Context, clk timer.Clock, s *session.Session, rec *history.Recorder) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	var got os.Signal
	go func() {
		select {
		case got = <-sig:
			why := session.Interrupted
			if got == os.Interrupt {
				why = session.Quit
			}
			cancel(plain.StopCause{Outcome: why})
			signal.Stop(sig) // a second Ctrl-C ends the program at once
		case <-ctx.Done():
		}
	}()

	out := a.out()
	var observe func([]session.Event)
	if rec != nil {
		observe = rec.Observe
	}
	sum := plain.Run(ctx, out, clk, s, readCommands(a.stdin), observe)
	if w := closeRecorder(rec); w != "" {
		fmt.Fprintln(out, w)
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, ui.Signs(a.width()))
	if ctx.Err() == nil {
		return nil
	}
	return signalExit(got, sum)
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

// readCommands turns lines of input into session commands; the channel
// closes at the end of input. Unknown lines are ignored.
func readCommands(in io.Reader) <-chan plain.Command {
	if in == nil {
		return nil
	}
	ch := make(chan plain.Command)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			if c, ok := plain.ParseCommand(sc.Text()); ok {
				ch <- c
			}
		}
	}()
	return ch
}
