package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// BenchmarkHoldView measures one render of a hold screen at 80×24 as the
// countdown ticks: the work the UI does once a second during a hold.
func BenchmarkHoldView(b *testing.B) {
	clk := timer.NewFake(time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC))
	r, _ := routines.BuiltinRoutine("evening")
	s := session.New(session.Build(r, routines.ProgressFor(3, 4, 3)))
	m := NewModel(s, Options{Clock: clk})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = next.(Model)
	s.Skip(clk.Now()) // into the 30 s hold
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		clk.Advance(time.Second / 4)
		if !s.Live() || s.Current().Kind != session.Hold {
			s.Back(clk.Now())
		}
		_ = m.View()
	}
}
