package history

import (
	"time"

	"github.com/backstretch/backstretch/routines"
)

// Progress works out today's place in the ramp-up from past sessions
// (SPEC §4):
//
//   - the level starts at 1 (10 s holds, 1 rep) and goes up by one the day
//     after each active day (a day with at least one completed session
//     with real work in it), up to the ramp's last day, full dosage;
//   - a day on which a session ended with more pain than it started with
//     earns no step up, and neither does a day with a stop for pain;
//   - a stop for sharp pain takes the level one step back at once, so the
//     very next session is easier;
//   - the week, which sets the wall push-up variant, counts from the first
//     active day.
//
// Days are calendar days in now's location; sessions after now are
// ignored.
func Progress(sessions []Session, now time.Time, ramp int) routines.Progress {
	ramp = min(max(ramp, routines.MinRampDays), routines.MaxRampDays)
	today := dayOf(now)
	level, note := 1, ""
	var first, day time.Time // the first active day; the day being summed up
	active, held := false, ""
	closeDay := func() {
		switch {
		case !active:
		case held != "":
			note = held
		case level < ramp:
			level, note = level+1, ""
		}
	}
	for _, s := range sessions {
		if s.Start.After(now) {
			break
		}
		if d := dayOf(s.Start.In(now.Location())); !d.Equal(day) {
			closeDay()
			day, active, held = d, false, ""
		}
		switch {
		case s.StoppedForPain():
			level = max(level-1, 1)
			held = "one step back after the stop for pain on " + day.Format("Mon 2 Jan")
			note = held
		case s.Active():
			active = true
			if first.IsZero() {
				first = day
			}
			if s.PainRose() && held == "" {
				held = "not raised: pain was higher after the session on " + day.Format("Mon 2 Jan")
			}
		}
	}
	if day.Before(today) {
		closeDay()
	}
	week := 1
	if !first.IsZero() {
		week = daysBetween(first, today)/7 + 1
	}
	return routines.Progress{Day: level, Ramp: ramp, Week: week, Note: note}
}

// dayOf is the start of t's calendar day in its location.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// daysBetween counts calendar days from a to b, both day starts; daylight
// saving changes make some days 23 or 25 hours long, hence the rounding.
func daysBetween(a, b time.Time) int {
	return int((b.Sub(a) + 12*time.Hour) / (24 * time.Hour))
}
