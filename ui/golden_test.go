package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// screens puts a model into each kind of screen, deterministically.
var screens = []struct {
	name    string
	routine string
	prepare func(m Model, clk *testClock) Model
}{
	{"get-ready", "evening", func(m Model, clk *testClock) Model {
		clk.advance(4 * time.Second)
		return m
	}},
	{"hold", "evening", func(m Model, clk *testClock) Model {
		atHold(m, clk)
		clk.advance(6 * time.Second)
		return m
	}},
	{"reps", "evening", func(m Model, clk *testClock) Model {
		for m.s.Current().Kind != session.Reps {
			m.s.Skip(clk.t)
		}
		clk.advance(15 * time.Second) // rep 3, holding the squeeze
		return m
	}},
	{"breathing", "morning", func(m Model, clk *testClock) Model {
		for m.s.Current().Kind != session.Timed {
			m.s.Skip(clk.t)
		}
		clk.advance(17 * time.Second) // breathing out
		return m
	}},
	{"switch-sides", "midday", func(m Model, clk *testClock) Model {
		for m.s.Current().Kind != session.Switch {
			m.s.Skip(clk.t)
		}
		return m
	}},
	{"rest", "evening-full", func(m Model, clk *testClock) Model {
		for m.s.Current().Kind != session.Rest {
			m.s.Skip(clk.t)
		}
		return m
	}},
	{"paused", "evening", func(m Model, clk *testClock) Model {
		atHold(m, clk)
		clk.advance(3 * time.Second)
		m, _ = press(m, "space")
		clk.advance(time.Minute)
		return m
	}},
	{"counting", "evening", func(m Model, clk *testClock) Model {
		for m.s.Current().Kind != session.Reps {
			m.s.Skip(clk.t)
		}
		m, _ = press(m, "c", "space", "space")
		return m
	}},
	{"full-help", "evening", func(m Model, clk *testClock) Model {
		m, _ = press(m, "?")
		return m
	}},
}

func TestScreensLookAsExpected(t *testing.T) {
	for _, sc := range screens {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
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
	m, _ := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	m = update(m, tea.WindowSizeMsg{Width: 30, Height: 8})
	golden.RequireEqual(t, screenText(m))
}
