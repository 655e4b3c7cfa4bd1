package ui

import (
	"slices"
	"testing"
	"time"

	"github.com/backstretch/backstretch/assets"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

func TestReducedMotionKeepsTheBarStillBetweenWholeSeconds(t *testing.T) {
	t.Parallel()
	for _, reduced := range []bool{false, true} {
		m, clk := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
		m.opts.ReducedMotion = reduced
		atHold(m, clk)
		clk.Advance(2200 * time.Millisecond)
		early := m.countdown(clk.T, 78, true)
		clk.Advance(600 * time.Millisecond) // the same second on the digits
		late := m.countdown(clk.T, 78, true)
		if moved := early != late; moved == reduced {
			t.Errorf("reduced motion %v: the bar moved within a second: %v", reduced, moved)
		}
		clk.Advance(time.Second)
		if next := m.countdown(clk.T, 78, true); next == late {
			t.Errorf("reduced motion %v: nothing moved at the next whole second", reduced)
		}
	}
}

func TestReducedMotionKeepsTheFiguresStill(t *testing.T) {
	t.Parallel()
	for _, reduced := range []bool{false, true} {
		m, clk := newTestModel(t, "midback", routines.FirstSession(), 80, 24)
		m.opts.ReducedMotion = reduced
		for m.s.Current().Kind != session.Reps {
			m.s.Skip(clk.T)
		}
		if n := len(assets.Figure(m.s.Current().Exercise.ID)); n < 2 {
			t.Fatalf("%s has %d frames: nothing to animate", m.s.Current().Exercise.ID, n)
		}
		first := m.layoutFor(clk.T).figure
		clk.Advance(m.s.Pace(clk.T).PhaseLeft + time.Millisecond) // the next phase
		if still := slices.Equal(first, m.layoutFor(clk.T).figure); still != reduced {
			t.Errorf("reduced motion %v: the figure stayed still: %v", reduced, still)
		}
	}
}
