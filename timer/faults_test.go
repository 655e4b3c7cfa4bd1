package timer

import (
	"strings"
	"testing"
	"time"
)

// A wall clock set back or forward while a session runs must not move its
// countdowns: every reading of the program's clock, and every deadline
// made from one, carries Go's monotonic clock reading, so the time between
// two of them is measured on the monotonic clock, which no one sets
// (t.Round(0), t.UTC() or t.In() would drop it, and with it this).
func TestTheProgramClockIsMeasuredOnTheMonotonicClock(t *testing.T) {
	monotonic := func(what string, v time.Time) {
		t.Helper()
		if !strings.Contains(v.String(), " m=") {
			t.Errorf("%s %v has no monotonic clock reading: a wall-clock step would move it", what, v)
		}
	}
	real := New(time.Time{}, 1)
	now := real.Now()
	monotonic("the real clock's reading", now)
	cd := NewCountdown(10 * time.Second)
	cd.Start(now)
	monotonic("a countdown's deadline", cd.Deadline())
	cd.Pause(now.Add(time.Second))
	cd.Resume(real.Now())
	monotonic("a resumed countdown's deadline", cd.Deadline())
	// A sped-up clock, or one started at --start-at, counts the real time
	// since its start on the monotonic clock too.
	for _, c := range []*Scaled{New(time.Time{}, 60), New(time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC), 1)} {
		monotonic("the start of a scaled clock", c.realStart)
	}
}

// Should a countdown be asked about a time before it started (a clock set
// back), it shows no more than it had, never a span longer than itself.
func TestACountdownAskedAboutAnEarlierTimeShowsNoMoreThanItHad(t *testing.T) {
	c := NewCountdown(10 * time.Second)
	c.Start(t0)
	for _, back := range []time.Duration{time.Second, time.Minute, time.Hour} {
		if got := c.Remaining(t0.Add(-back)); got != 10*time.Second {
			t.Errorf("%v before the start: %v left, want the 10s it had", back, got)
		}
	}
	c.Pause(t0.Add(4 * time.Second))
	c.Resume(t0.Add(time.Minute))
	if got := c.Remaining(t0); got != 6*time.Second {
		t.Errorf("before the resume: %v left, want the 6s it had when paused", got)
	}
	if got := c.Fraction(t0.Add(-time.Hour)); got < 0 || got > 1 {
		t.Errorf("fraction %v", got)
	}
}
