// Package timer holds the program's one clock and the pausable, deadline-based
// countdown that every hold runs on.
//
// Every part of backstretch reads time through a Clock, so a whole session or a
// whole day of reminders can run faster (--speed) or start at a chosen wall time
// (--start-at) in demos and tests, while normal use reads the real clock.
package timer

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Clock is the program's notion of "now".
type Clock interface {
	// Now returns the current program time.
	Now() time.Time
	// Real converts a span of program time into the real time it takes to
	// pass, so a caller can sleep until a program-time deadline.
	Real(d time.Duration) time.Duration
}

// MaxSpeed bounds --speed: beyond it, a second of program time passes in
// under a millisecond and the scheduler's jitter dominates.
const MaxSpeed = 10000

// MinSpeed bounds --speed from below: slower, Real overflows a Duration for
// spans of program time of days (a wait until tomorrow's reminder), and a
// wait that overflows comes out negative, so it would end at once instead of
// taking longer. At MinSpeed, Real is exact for spans of up to ten days.
const MinSpeed = 1.0 / MaxSpeed

// Scaled is a clock that starts at a chosen time and runs Speed times faster
// than real time. The zero-speed, zero-start value is not valid; use New.
type Scaled struct {
	start     time.Time // program time at realStart
	realStart time.Time // carries the monotonic reading
	speed     float64
	real      bool // plain wall clock: speed 1 and no start time
	now       func() time.Time
}

// New returns the program clock. A zero start means "now"; speed 1 with a
// zero start is the real wall clock, whose readings keep Go's monotonic
// component so that holds are immune to wall-clock steps while reminders can
// still compare wall times (t.Round(0)).
func New(start time.Time, speed float64) *Scaled {
	return newScaled(start, speed, time.Now)
}

func newScaled(start time.Time, speed float64, now func() time.Time) *Scaled {
	if speed <= 0 {
		speed = 1
	}
	realStart := now()
	c := &Scaled{realStart: realStart, speed: speed, now: now}
	if start.IsZero() {
		c.real = speed == 1
		start = realStart.Round(0)
	}
	c.start = start
	return c
}

// Now returns the current program time.
func (c *Scaled) Now() time.Time {
	n := c.now()
	if c.real {
		return n
	}
	// Elapsed real time is measured on the monotonic clock, so a sped-up or
	// shifted clock never jumps when the wall clock is stepped.
	elapsed := n.Sub(c.realStart)
	return c.start.Add(time.Duration(float64(elapsed) * c.speed))
}

// Real converts program time into real time.
func (c *Scaled) Real(d time.Duration) time.Duration {
	return time.Duration(float64(d) / c.speed)
}

// Speed reports how many times faster than real time the clock runs.
func (c *Scaled) Speed() float64 { return c.speed }

// Fake is a clock that only moves when told to; for tests.
type Fake struct{ T time.Time }

// NewFake returns a fake clock set to t.
func NewFake(t time.Time) *Fake { return &Fake{T: t} }

// Now returns the fake time.
func (f *Fake) Now() time.Time { return f.T }

// Real returns 0: a fake clock moves only when told, so nothing real should
// wait on it (a tick scheduled on it fires at once).
func (f *Fake) Real(time.Duration) time.Duration { return 0 }

// Advance moves the fake clock forward (or back, for a negative d).
func (f *Fake) Advance(d time.Duration) { f.T = f.T.Add(d) }

// startLayouts are the accepted forms of --start-at besides RFC 3339; they are
// read in the local time zone.
var startLayouts = []string{
	"2006-01-02 15:04",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05",
}

// ParseStart reads a --start-at value: RFC 3339, or "2006-01-02 15:04" (with
// optional seconds) in local time. note, if not empty, says how a local
// time the clocks skip was read (see readStart).
func ParseStart(s string) (t time.Time, note string, err error) { return readStart(s, time.Local) }

// parseStart is ParseStart with the time zone of the local forms given, so
// tests can try zones with daylight saving time wherever they run.
func parseStart(s string, loc *time.Location) (time.Time, error) {
	t, _, err := readStart(s, loc)
	return t, err
}

// readStart reads a --start-at value in loc. Only times the history can
// hold are taken (see MinYear, MaxYear, the offsets). A local time that a
// clock change skips is read as the first time after the skip, the one
// the clocks jump to, whichever way Go's time.Date would have moved it
// (forward in Berlin, back in New York), and note says so.
func readStart(s string, loc *time.Location) (t time.Time, note string, err error) {
	s = strings.TrimSpace(s)
	t, err = time.Parse(time.RFC3339, s)
	for _, layout := range startLayouts {
		if err == nil {
			break
		}
		if t, err = time.ParseInLocation(layout, s, loc); err == nil {
			written, _ := time.ParseInLocation(layout, s, time.UTC)
			t, note = outOfGap(s, t, written)
		}
	}
	switch {
	case err != nil:
		return time.Time{}, "", fmt.Errorf("use RFC 3339 (2026-11-23T08:00:00+01:00) or \"2026-11-23 08:00\"")
	case t.IsZero():
		// New reads the zero time as no --start-at at all: start now.
		return time.Time{}, "", fmt.Errorf("0001-01-01T00:00:00Z stands for no start time; use a later time in RFC 3339 (2026-11-23T08:00:00+01:00) or \"2026-11-23 08:00\"")
	}
	if err := holdable(t); err != nil {
		return time.Time{}, "", err
	}
	return t, note, nil
}

// ParseSpeed reads a --speed value: a number greater than 0 (at least
// MinSpeed), at most MaxSpeed.
func ParseSpeed(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || v != v { // v != v: NaN
		return 0, fmt.Errorf("must be a number greater than 0, e.g. 1, 20 or 60")
	}
	if v < MinSpeed || v > MaxSpeed {
		return 0, fmt.Errorf("must be greater than 0 (%g at the least) and at most %d", MinSpeed, MaxSpeed)
	}
	return v, nil
}
