package schedule

import (
	"testing"
	"time"
)

func TestEachReminderHasAShortAndALongName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		it          Item
		short, long string
	}{
		{Item{Kind: Rolls}, "shoulder rolls", "shoulder rolls"},
		{Item{Kind: Standing}, "standing break", "a standing break"},
		{Item{Kind: Session, Routine: "midday"}, "midday", "the midday routine"},
		{Item{Kind: Again, Routine: "midday"}, "midday", "a second reminder of the midday routine"},
	} {
		if got := c.it.ShortName(); got != c.short {
			t.Errorf("%v: short name %q, want %q", c.it, got, c.short)
		}
		if got := c.it.LongName("Midday routine"); got != c.long {
			t.Errorf("%v: long name %q, want %q", c.it, got, c.long)
		}
	}
}

func TestTheTimeUntilAReminderIsRoundedUpToTheMinuteInBothForms(t *testing.T) {
	t.Parallel()
	now := at("10:00")
	for d, want := range map[time.Duration][2]string{
		0:                            {"in a minute", "1m"},
		time.Second:                  {"in a minute", "1m"},
		61 * time.Second:             {"in 2 min", "2m"},
		18 * time.Minute:             {"in 18 min", "18m"},
		59*time.Minute + time.Second: {"in 1 h", "1h"},
		65 * time.Minute:             {"in 1 h 5 min", "1h05m"},
		3 * time.Hour:                {"in 3 h", "3h"},
	} {
		if got := Until(now, now.Add(d)); got != want[0] {
			t.Errorf("Until %v = %q, want %q", d, got, want[0])
		}
		if got := ShortUntil(now, now.Add(d)); got != want[1] {
			t.Errorf("ShortUntil %v = %q, want %q", d, got, want[1])
		}
	}
}

func TestAPauseSaysUntilWhenOrTheRestOfTheDay(t *testing.T) {
	t.Parallel()
	now := at("10:00")
	if got := PausedFor(now, at("14:00")); got != "until 14:00" {
		t.Errorf("a pause to 14:00 says %q", got)
	}
	if got := PausedFor(now, EndOfDay(now)); got != "for the rest of the day" {
		t.Errorf("a pause to the day's end says %q", got)
	}
	if got := Clock(at("08:05")); got != "08:05" {
		t.Errorf("Clock says %q", got)
	}
}
