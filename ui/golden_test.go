package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// screens puts a model into each kind of screen, deterministically.
var screens = []struct {
	name    string
	routine string
	prepare func(m Model, clk *timer.Fake) Model
}{
	{"get-ready", "evening", func(m Model, clk *timer.Fake) Model {
		clk.Advance(4 * time.Second)
		return m
	}},
	{"hold", "evening", func(m Model, clk *timer.Fake) Model {
		atHold(m, clk)
		clk.Advance(6 * time.Second)
		return m
	}},
	{"reps", "evening", func(m Model, clk *timer.Fake) Model {
		for m.s.Current().Kind != session.Reps {
			m.s.Skip(clk.T)
		}
		clk.Advance(15 * time.Second) // rep 3, holding the squeeze
		return m
	}},
	{"breathing", "morning", func(m Model, clk *timer.Fake) Model {
		for m.s.Current().Kind != session.Timed {
			m.s.Skip(clk.T)
		}
		clk.Advance(17 * time.Second) // breathing out
		return m
	}},
	{"switch-sides", "midday", func(m Model, clk *timer.Fake) Model {
		for m.s.Current().Kind != session.Switch {
			m.s.Skip(clk.T)
		}
		return m
	}},
	{"rest", "evening-full", func(m Model, clk *timer.Fake) Model {
		for m.s.Current().Kind != session.Rest {
			m.s.Skip(clk.T)
		}
		return m
	}},
	{"paused", "evening", func(m Model, clk *timer.Fake) Model {
		atHold(m, clk)
		clk.Advance(3 * time.Second)
		m, _ = press(m, "space")
		clk.Advance(time.Minute)
		return m
	}},
	{"counting", "evening", func(m Model, clk *timer.Fake) Model {
		for m.s.Current().Kind != session.Reps {
			m.s.Skip(clk.T)
		}
		m, _ = press(m, "c", "space", "space")
		return m
	}},
	{"full-help", "evening", func(m Model, clk *timer.Fake) Model {
		m, _ = press(m, "?")
		return m
	}},
}

func TestScreensLookAsExpected(t *testing.T) {
	t.Parallel()
	for _, sc := range screens {
		for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 12}} {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				routine, p := sc.routine, routines.FirstSession()
				if routine == "evening-full" {
					routine, p = "evening", routines.ProgressFor(3, 4, 3)
				}
				m, clk := newTestModel(t, routine, p, size[0], size[1])
				m = sc.prepare(m, clk)
				golden.RequireEqual(t, screenText(m))
			})
		}
	}
}

func TestTooSmallAsksForALargerPane(t *testing.T) {
	t.Parallel()
	m, _ := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	m = update(m, tea.WindowSizeMsg{Width: 30, Height: 8})
	golden.RequireEqual(t, screenText(m))
}
