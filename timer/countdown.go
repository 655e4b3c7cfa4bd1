package timer

import "time"

// Countdown is a pausable countdown kept as a deadline, never as a count of
// ticks: however late or often it is looked at, Remaining is exact, and a
// pause followed by a resume moves the deadline by exactly the time spent
// paused.
//
// Every Start, Pause and Resume bumps a generation number. A caller that
// schedules wake-ups tags them with Gen() and drops any whose generation is no
// longer Current, so a quick pause/resume never leaves two tick chains running
// (the flaw of tick-counting timers, bubbles #867).
type Countdown struct {
	total    time.Duration
	left     time.Duration // remaining while idle or paused
	deadline time.Time     // valid while running
	state    countdownState
	gen      int
}

type countdownState int

const (
	idle countdownState = iota
	running
	paused
)

// NewCountdown returns a countdown of d that has not started.
func NewCountdown(d time.Duration) Countdown {
	if d < 0 {
		d = 0
	}
	return Countdown{total: d, left: d}
}

// Start runs the countdown from its full length, beginning at now.
func (c *Countdown) Start(now time.Time) {
	c.left = c.total
	c.deadline = now.Add(c.total)
	c.state = running
	c.gen++
}

// Pause freezes the remaining time at now. Pausing a countdown that is not
// running does nothing.
func (c *Countdown) Pause(now time.Time) {
	if c.state != running {
		return
	}
	c.left = c.Remaining(now)
	c.state = paused
	c.gen++
}

// Resume continues a paused countdown from now with the time it had left.
func (c *Countdown) Resume(now time.Time) {
	if c.state != paused {
		return
	}
	c.deadline = now.Add(c.left)
	c.state = running
	c.gen++
}

// Total is the countdown's full length.
func (c Countdown) Total() time.Duration { return c.total }

// Remaining is the time left at now, never negative, and never more than
// the countdown had when it last started or resumed: a now before that (a
// clock set back) leaves it where it was instead of stretching it.
func (c Countdown) Remaining(now time.Time) time.Duration {
	if c.state != running {
		return c.left
	}
	if r := c.deadline.Sub(now); r > 0 {
		return min(r, c.left)
	}
	return 0
}

// Elapsed is how much of the countdown has run at now.
func (c Countdown) Elapsed(now time.Time) time.Duration {
	return c.total - c.Remaining(now)
}

// Fraction is the part of the countdown that has run at now, from 0 to 1.
func (c Countdown) Fraction(now time.Time) float64 {
	if c.total <= 0 {
		return 1
	}
	return float64(c.Elapsed(now)) / float64(c.total)
}

// Done reports whether the countdown has started and reached zero.
func (c Countdown) Done(now time.Time) bool {
	return c.state != idle && c.Remaining(now) == 0
}

// Running reports whether the countdown is counting down (started, not paused).
func (c Countdown) Running() bool { return c.state == running }

// Paused reports whether the countdown is paused.
func (c Countdown) Paused() bool { return c.state == paused }

// Deadline is the program time at which a running countdown reaches zero.
func (c Countdown) Deadline() time.Time { return c.deadline }

// Gen is the countdown's current generation, for tagging scheduled ticks.
func (c Countdown) Gen() int { return c.gen }

// Current reports whether a tick tagged with gen still belongs to this
// countdown's current run; stale ticks must be ignored.
func (c Countdown) Current(gen int) bool { return gen == c.gen }

// Seconds is the remaining time as the whole seconds a display shows: rounded
// up, so "1" stays on screen until the very end and "0" means done.
func (c Countdown) Seconds(now time.Time) int {
	return CeilSeconds(c.Remaining(now))
}

// UntilNextSecond is how long after now the displayed whole second changes:
// a display ticks then, not on a fixed interval, so it never shows a second
// late and never wakes for nothing. It is zero when nothing is running.
func (c Countdown) UntilNextSecond(now time.Time) time.Duration {
	r := c.Remaining(now)
	if c.state != running || r == 0 {
		return 0
	}
	if w := r % time.Second; w > 0 {
		return w
	}
	return time.Second
}

// CeilSeconds rounds a duration up to whole seconds.
func CeilSeconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int((d + time.Second - 1) / time.Second)
}
