package timer

import (
	"math/rand"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)

func TestCountdownRunsDownFromItsDeadline(t *testing.T) {
	c := NewCountdown(10 * time.Second)
	if c.Done(t0) {
		t.Fatal("a countdown that has not started is not done")
	}
	c.Start(t0)
	cases := []struct {
		at        time.Duration
		remaining time.Duration
		seconds   int
		done      bool
	}{
		{0, 10 * time.Second, 10, false},
		{300 * time.Millisecond, 9700 * time.Millisecond, 10, false},
		{time.Second, 9 * time.Second, 9, false},
		{9999 * time.Millisecond, time.Millisecond, 1, false},
		{10 * time.Second, 0, 0, true},
		{time.Hour, 0, 0, true},
	}
	for _, tc := range cases {
		now := t0.Add(tc.at)
		if got := c.Remaining(now); got != tc.remaining {
			t.Errorf("at +%v remaining = %v, want %v", tc.at, got, tc.remaining)
		}
		if got := c.Seconds(now); got != tc.seconds {
			t.Errorf("at +%v seconds = %d, want %d", tc.at, got, tc.seconds)
		}
		if got := c.Done(now); got != tc.done {
			t.Errorf("at +%v done = %v, want %v", tc.at, got, tc.done)
		}
	}
	if f := c.Fraction(t0.Add(2500 * time.Millisecond)); f != 0.25 {
		t.Errorf("fraction at a quarter = %v, want 0.25", f)
	}
}

func TestPauseAndResumeShiftTheDeadlineByExactlyThePause(t *testing.T) {
	c := NewCountdown(30 * time.Second)
	c.Start(t0)
	c.Pause(t0.Add(12*time.Second + 345*time.Millisecond))
	// However long the pause, the remaining time stays frozen.
	for _, wait := range []time.Duration{0, time.Second, time.Hour} {
		if got := c.Remaining(t0.Add(wait + 13*time.Second)); got != 17*time.Second+655*time.Millisecond {
			t.Fatalf("paused remaining = %v, want 17.655s", got)
		}
	}
	resumeAt := t0.Add(5 * time.Minute)
	c.Resume(resumeAt)
	if want := resumeAt.Add(17*time.Second + 655*time.Millisecond); !c.Deadline().Equal(want) {
		t.Fatalf("deadline after resume = %v, want %v", c.Deadline(), want)
	}
	if c.Done(resumeAt.Add(17 * time.Second)) {
		t.Fatal("done before the shifted deadline")
	}
	if !c.Done(resumeAt.Add(17*time.Second + 655*time.Millisecond)) {
		t.Fatal("not done at the shifted deadline")
	}
}

func TestRepeatedPauseResumeNeverLosesOrGainsTime(t *testing.T) {
	c := NewCountdown(60 * time.Second)
	now := t0
	c.Start(now)
	rng := rand.New(rand.NewSource(1))
	var running time.Duration
	for i := 0; i < 500; i++ {
		run := time.Duration(rng.Intn(50)) * time.Millisecond
		now = now.Add(run)
		running += run
		c.Pause(now)
		now = now.Add(time.Duration(rng.Intn(5000)) * time.Millisecond)
		c.Resume(now)
	}
	if got, want := c.Remaining(now), 60*time.Second-running; got != want {
		t.Fatalf("after 500 pauses remaining = %v, want %v", got, want)
	}
}

func TestTickingAThousandTimesDoesNotDrift(t *testing.T) {
	// A display that wakes at every whole second, each wake-up a little late,
	// still ends the countdown exactly on its deadline.
	c := NewCountdown(1000 * time.Second)
	c.Start(t0)
	now := t0
	ticks := 0
	rng := rand.New(rand.NewSource(2))
	for !c.Done(now) {
		wait := c.UntilNextSecond(now)
		now = now.Add(wait + time.Duration(rng.Intn(3))*time.Millisecond)
		ticks++
		if ticks > 2000 {
			t.Fatal("countdown never finished")
		}
	}
	if ticks < 999 || ticks > 1001 {
		t.Errorf("took %d ticks, want about 1000", ticks)
	}
	if late := now.Sub(c.Deadline()); late < 0 || late > 3*time.Millisecond {
		t.Errorf("finished %v after the deadline, want at most the last tick's lateness", late)
	}
}

func TestUntilNextSecondLandsOnWholeSeconds(t *testing.T) {
	c := NewCountdown(10 * time.Second)
	if c.UntilNextSecond(t0) != 0 {
		t.Error("an idle countdown schedules no tick")
	}
	c.Start(t0)
	cases := []struct{ at, want time.Duration }{
		{0, time.Second},
		{300 * time.Millisecond, 700 * time.Millisecond},
		{time.Second, time.Second},
		{9900 * time.Millisecond, 100 * time.Millisecond},
		{10 * time.Second, 0},
	}
	for _, tc := range cases {
		if got := c.UntilNextSecond(t0.Add(tc.at)); got != tc.want {
			t.Errorf("at +%v next tick in %v, want %v", tc.at, got, tc.want)
		}
	}
	c.Pause(t0.Add(2 * time.Second))
	if c.UntilNextSecond(t0.Add(3*time.Second)) != 0 {
		t.Error("a paused countdown schedules no tick")
	}
}

func TestTicksFromBeforeAPauseAreStale(t *testing.T) {
	c := NewCountdown(10 * time.Second)
	c.Start(t0)
	before := c.Gen()
	if !c.Current(before) {
		t.Fatal("the current generation is not current")
	}
	c.Pause(t0.Add(time.Second))
	c.Resume(t0.Add(2 * time.Second))
	if c.Current(before) {
		t.Fatal("a tick scheduled before pause/resume is still accepted")
	}
	if !c.Current(c.Gen()) {
		t.Fatal("a tick of the new generation is rejected")
	}
	// Pausing twice or resuming a running countdown changes nothing.
	g := c.Gen()
	c.Resume(t0.Add(3 * time.Second))
	if c.Gen() != g {
		t.Fatal("resuming a running countdown started a new generation")
	}
}

func TestScaledClockRunsFasterFromItsStart(t *testing.T) {
	real := t0
	fakeNow := func() time.Time { return real }
	start := time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)
	c := newScaled(start, 60, fakeNow)
	if !c.Now().Equal(start) {
		t.Fatalf("clock starts at %v, want %v", c.Now(), start)
	}
	real = real.Add(time.Second)
	if want := start.Add(time.Minute); !c.Now().Equal(want) {
		t.Fatalf("after 1 real second at speed 60: %v, want %v", c.Now(), want)
	}
	if got := c.Real(time.Minute); got != time.Second {
		t.Fatalf("a program minute takes %v of real time, want 1s", got)
	}
}

func TestRealClockIsTheWallClock(t *testing.T) {
	c := New(time.Time{}, 1)
	before := time.Now()
	got := c.Now()
	if got.Before(before) || got.Sub(before) > time.Second {
		t.Fatalf("real clock says %v, wall clock %v", got, before)
	}
	if c.Real(time.Second) != time.Second {
		t.Fatal("real clock scales durations")
	}
}

func TestParseStartAcceptsRFC3339AndLocalMinutes(t *testing.T) {
	good := map[string]time.Time{
		"2026-11-23T08:00:00+01:00": time.Date(2026, 11, 23, 7, 0, 0, 0, time.UTC),
		"2026-11-23 08:30":          time.Date(2026, 11, 23, 8, 30, 0, 0, time.Local),
		"2026-11-23 08:30:15":       time.Date(2026, 11, 23, 8, 30, 15, 0, time.Local),
		" 2026-11-23T08:30 ":        time.Date(2026, 11, 23, 8, 30, 0, 0, time.Local),
	}
	for in, want := range good {
		got, _, err := ParseStart(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseStart(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "tomorrow", "08:00", "2026-13-01 08:00", "2026-11-23 25:00"} {
		if _, _, err := ParseStart(bad); err == nil {
			t.Errorf("ParseStart(%q) accepted a bad time", bad)
		}
	}
}

func TestParseSpeedAcceptsOnlyPositiveNumbers(t *testing.T) {
	for in, want := range map[string]float64{"1": 1, "60": 60, "0.5": 0.5, "10000": 10000} {
		if got, err := ParseSpeed(in); err != nil || got != want {
			t.Errorf("ParseSpeed(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"0", "-1", "abc", "", "NaN", "Inf", "10001", "1e9"} {
		if _, err := ParseSpeed(bad); err == nil {
			t.Errorf("ParseSpeed(%q) accepted a bad speed", bad)
		}
	}
}
