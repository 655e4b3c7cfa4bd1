package ui

import (
	"context"
	"errors"
	"os"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/backstretch/backstretch/coach"
)

// Run runs a session and its check-ins full screen until they end and
// returns the final flow. Cancelling ctx ends it properly, as the signal
// its cause names asks (see run): quit for SIGINT, interrupted for the
// others, and the terminal is restored. profile is the colours the
// terminal shows.
func Run(ctx context.Context, opts FlowOptions, profile colorprofile.Profile) (Flow, os.Signal, error) {
	final, sig, err := run(ctx, NewFlow(opts), profile, func(p *tea.Program, v os.Signal) {
		p.Send(StopMsg{Outcome: coach.StopFor(v)})
	})
	f, _ := final.(Flow)
	return f, sig, err
}

// RunCompanion runs the companion full screen, and the sessions started
// from it on a page of its own, until the person quits. Cancelling ctx
// ends it too, a session on its page first, and the signal its cause
// names is returned.
func RunCompanion(ctx context.Context, opts CompanionOptions, profile colorprofile.Profile) (Companion, os.Signal, error) {
	final, sig, err := run(ctx, NewCompanion(opts), profile, func(p *tea.Program, v os.Signal) { p.Send(signalMsg{v}) })
	c, _ := final.(Companion)
	return c, sig, err
}

// signalCause is how the cause of a cancelled context names the signal
// that cancelled it: the program has one receiver of signals, for its
// whole run, and hands them on by cancelling the context.
type signalCause interface{ Signal() os.Signal }

// stopSignal is the signal that cancelled ctx; SIGTERM when its cause
// names none (the program is being ended all the same).
func stopSignal(ctx context.Context) os.Signal {
	var c signalCause
	if errors.As(context.Cause(ctx), &c) {
		return c.Signal()
	}
	return syscall.SIGTERM
}

// run runs model full screen on the process's terminal, drawn by a
// terminal rather than Bubble Tea's renderer (see terminal), and calls
// stop when ctx is cancelled. Ctrl-C and Ctrl-\ typed in raw mode are the
// terminal's interrupt and quit all the same: they are handled as SIGINT
// and SIGQUIT. It returns the final model and the signal that ended it, if
// any.
func run(ctx context.Context, model tea.Model, profile colorprofile.Profile, stop func(*tea.Program, os.Signal)) (tea.Model, os.Signal, error) {
	t := newTerminal(os.Stdin, os.Stdout, profile)
	if err := t.acquire(); err != nil {
		return model, nil, err
	}
	defer t.release()
	typed := make(chan os.Signal, 1)
	p := tea.NewProgram(drawn{model, t},
		tea.WithoutRenderer(),
		// Without the renderer the frame ticker only flushes Bubble
		// Tea's own queued output, of which there is none: once a
		// second is plenty.
		tea.WithFPS(1),
		tea.WithWindowSize(t.width, t.height),
		tea.WithColorProfile(profile),
		tea.WithoutSignalHandler(),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			k, ok := msg.(tea.KeyPressMsg)
			if !ok {
				return msg
			}
			sig, ok := typedSignal(k.String())
			if !ok {
				return msg
			}
			select {
			case typed <- sig:
			default:
			}
			return nil
		}))
	stopResize := watchResize(p, t.out)
	defer stopResize()

	finished := make(chan struct{})
	got := make(chan os.Signal, 1)
	go func() {
		var v os.Signal
		select {
		case v = <-typed:
		case <-ctx.Done():
			v = stopSignal(ctx)
		case <-finished:
			return
		}
		got <- v
		stop(p, v)
	}()
	final, err := p.Run()
	close(finished)
	if d, ok := final.(drawn); ok {
		final = d.Model
	}
	select {
	case v := <-got:
		return final, v, err
	default:
		return final, nil, err
	}
}

// typedSignal is the signal a key stands for in raw mode, where the
// terminal sends the key instead of the signal it would send in its
// normal mode.
func typedSignal(key string) (os.Signal, bool) {
	switch key {
	case "ctrl+c":
		return syscall.SIGINT, true
	case "ctrl+\\":
		return syscall.SIGQUIT, true
	}
	return nil, false
}
