package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// TimeOfDay is a wall-clock time of day, minute precision. It has no date
// or zone because "08:00" means eight in the morning wherever and whenever
// the app runs; On attaches both.
type TimeOfDay struct{ Hour, Minute int }

// String formats t the way the file writes it, "08:00".
func (t TimeOfDay) String() string {
	return fmt.Sprintf("%02d:%02d", t.Hour, t.Minute)
}

// On returns t on day's date in day's location. time.Date normalizes times
// that a DST change skips or repeats, so callers don't have to.
func (t TimeOfDay) On(day time.Time) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d, t.Hour, t.Minute, 0, 0, day.Location())
}

// Minutes returns the minutes since midnight, which makes times easy to
// compare and subtract.
func (t TimeOfDay) Minutes() int {
	return t.Hour*60 + t.Minute
}

// ParseTimeOfDay parses "H:MM" or "HH:MM" on the 24-hour clock: "8:00",
// "08:00", "19:05". It accepts nothing looser (no seconds, no "am"), so a
// typo is reported instead of being read as some other time.
func ParseTimeOfDay(s string) (TimeOfDay, error) {
	h, m, ok := strings.Cut(s, ":")
	if ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && digits(h) && digits(m) {
		hour, _ := strconv.Atoi(h)
		minute, _ := strconv.Atoi(m)
		if hour <= 23 && minute <= 59 {
			return TimeOfDay{hour, minute}, nil
		}
	}
	return TimeOfDay{}, fmt.Errorf(`%q is not a time; use HH:MM on the 24-hour clock, e.g. "12:30"`, s)
}

// digits reports whether s is all ASCII digits; strconv.Atoi alone would
// also take "+8" or "-0".
func digits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
