package ui

import (
	"os"

	"os/signal"
	"syscall"

	"github.com/charmbracelet/colorprofile"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/session"
)

// Run runs a session and its check-ins full screen until they end and
// returns the final flow. SIGINT, SIGTERM and SIGHUP (a closed pane) end
// the session properly: quit for SIGINT, interrupted for the others, and
// the terminal is restored. profile is the colours the terminal shows.
func Run(opts FlowOptions, profile colorprofile.Profile) (Flow, os.Signal, error) {
	final, sig, err := run(NewFlow(opts), profile, func(p *tea.Program, v os.Signal) {
		why := session.Interrupted
		if v == syscall.SIGINT {
			why = session.Quit
		}
		p.Send(StopMsg{Outcome: why})
	})
	f, _ := final.(Flow)
	return f, sig, err
}

// RunCompanion runs the companion full screen until the person quits or
// picks a routine to run. SIGINT, SIGTERM and SIGHUP end it too, and are
// returned.
func RunCompanion(opts CompanionOptions, profile colorprofile.Profile) (Companion, os.Signal, error) {
	final, sig, err := run(NewCompanion(opts), profile, func(p *tea.Program, _ os.Signal) { p.Quit() })
	c, _ := final.(Companion)
	return c, sig, err
}

// run runs model full screen on the process's terminal, drawn by a
// terminal rather than Bubble Tea's renderer (see terminal), and hands
// SIGINT, SIGTERM and SIGHUP to stop. Ctrl-C typed in raw mode is the
// terminal's interrupt all the same: it is handled as SIGINT. It returns
// the final model and the signal that ended it, if any.
func run(model tea.Model, profile colorprofile.Profile, stop func(*tea.Program, os.Signal)) (tea.Model, os.Signal, error) {
	t := newTerminal(os.Stdin, os.Stdout, profile)
	if err := t.acquire(); err != nil {
		return model, nil, err
	}
	defer t.release()
	sig := make(chan os.Signal, 1)
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
			if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+c" {
				select {
				case sig <- syscall.SIGINT:
				default:
				}
				return nil
			}
			return msg
		}))
	stopResize := watchResize(p, t.out)
	defer stopResize()

	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	got := make(chan os.Signal, 1)
	go func() {
		if v, ok := <-sig; ok {
			got <- v
			stop(p, v)
		}
	}()
	final, err := p.Run()
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
