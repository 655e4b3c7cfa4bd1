package ui

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/session"
)

// FPS is the session screen's frame rate. Bubble Tea's renderer wakes at
// its frame rate whether or not anything changed, so this sets the idle
// cost; at 10 a key press shows within 100 ms. The countdown itself only
// changes once a second.
const FPS = 10

// Run runs a session and its check-ins full screen until they end and
// returns the final flow. SIGINT, SIGTERM and SIGHUP (a closed pane) end
// the session properly: quit for SIGINT, interrupted for the others, and
// the terminal is restored.
func Run(opts FlowOptions, extra ...tea.ProgramOption) (Flow, os.Signal, error) {
	p := tea.NewProgram(NewFlow(opts), programOptions(FPS, extra)...)
	final, sig, err := runWithSignals(p, func(v os.Signal) {
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
func RunCompanion(opts CompanionOptions, extra ...tea.ProgramOption) (Companion, os.Signal, error) {
	p := tea.NewProgram(NewCompanion(opts), programOptions(CompanionFPS, extra)...)
	final, sig, err := runWithSignals(p, func(os.Signal) { p.Quit() })
	c, _ := final.(Companion)
	return c, sig, err
}

func programOptions(fps int, extra []tea.ProgramOption) []tea.ProgramOption {
	return append([]tea.ProgramOption{tea.WithFPS(fps), tea.WithoutSignalHandler()}, extra...)
}

// runWithSignals runs p, handing SIGINT, SIGTERM and SIGHUP to stop, and
// returns the final model and the signal that ended it, if any.
func runWithSignals(p *tea.Program, stop func(os.Signal)) (tea.Model, os.Signal, error) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	got := make(chan os.Signal, 1)
	go func() {
		if v, ok := <-sig; ok {
			got <- v
			stop(v)
		}
	}()
	final, err := p.Run()
	select {
	case v := <-got:
		return final, v, err
	default:
		return final, nil, err
	}
}
