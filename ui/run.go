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
	popts := append([]tea.ProgramOption{tea.WithFPS(FPS), tea.WithoutSignalHandler()}, extra...)
	p := tea.NewProgram(NewFlow(opts), popts...)

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	got := make(chan os.Signal, 1)
	go func() {
		v, ok := <-sig
		if !ok {
			return
		}
		got <- v
		why := session.Interrupted
		if v == syscall.SIGINT {
			why = session.Quit
		}
		p.Send(StopMsg{Outcome: why})
	}()

	final, err := p.Run()
	m, _ := final.(Flow)
	select {
	case v := <-got:
		return m, v, err
	default:
		return m, nil, err
	}
}
