package ui

import (
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// watchResize tells p the console's new size when it changes. Windows has
// no SIGWINCH, so it looks twice a second, until stop is called.
func watchResize(p *tea.Program, out *os.File) (stop func()) {
	done := make(chan struct{})
	go func() {
		w0, h0, _ := term.GetSize(out.Fd())
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if w, h, err := term.GetSize(out.Fd()); err == nil && (w != w0 || h != h0) {
					w0, h0 = w, h
					p.Send(tea.WindowSizeMsg{Width: w, Height: h})
				}
			}
		}
	}()
	return func() { close(done) }
}
