package config

import (
	"strings"
	"testing"
	"time"
)

func TestParseTimeOfDayTakesHHMMOnThe24HourClock(t *testing.T) {
	t.Parallel()
	good := map[string]TimeOfDay{"8:00": {8, 0}, "08:00": {8, 0}, "19:05": {19, 5}, "0:00": {0, 0}, "23:59": {23, 59}}
	for s, want := range good {
		if got, err := ParseTimeOfDay(s); err != nil || got != want {
			t.Errorf("ParseTimeOfDay(%q) = %v, %v, want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "8", "800", "8:0", "08:000", "24:00", "12:60", "-1:00", "+8:00", " 8:00", "8:00 ", "08:00:00", "8am", "12:3O", "１:00"} {
		_, err := ParseTimeOfDay(s)
		if err == nil || !strings.Contains(err.Error(), `use HH:MM on the 24-hour clock, e.g. "12:30"`) {
			t.Errorf("ParseTimeOfDay(%q) = %v, want an error saying what is accepted", s, err)
		}
	}
}

func TestATimeOfDayPrintsAndCountsMinutes(t *testing.T) {
	t.Parallel()
	if got := (TimeOfDay{8, 5}).String(); got != "08:05" {
		t.Errorf("String() = %q, want 08:05", got)
	}
	if got := (TimeOfDay{19, 5}).Minutes(); got != 19*60+5 {
		t.Errorf("Minutes() = %d, want %d", got, 19*60+5)
	}
}

func TestOnPutsTheTimeOnThatDayInItsZone(t *testing.T) {
	t.Parallel()
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	tests := []struct {
		name string
		t    TimeOfDay
		day  time.Time
		want time.Time
	}{
		{"any time of the day picks that date", TimeOfDay{8, 0}, time.Date(2026, 3, 10, 23, 59, 0, 0, berlin), time.Date(2026, 3, 10, 8, 0, 0, 0, berlin)},
		{"after a DST change the wall clock still reads 08:00", TimeOfDay{8, 0}, time.Date(2026, 3, 29, 1, 0, 0, 0, berlin), time.Date(2026, 3, 29, 8, 0, 0, 0, berlin)},
		{"a time DST skips moves forward", TimeOfDay{2, 30}, time.Date(2026, 3, 29, 12, 0, 0, 0, berlin), time.Date(2026, 3, 29, 3, 30, 0, 0, berlin)},
	}
	for _, tt := range tests {
		got := tt.t.On(tt.day)
		if !got.Equal(tt.want) || got.Location() != berlin {
			t.Errorf("%s: On = %v, want %v", tt.name, got, tt.want)
		}
	}
}
