package history

import (
	"time"

	"github.com/backstretch/backstretch/routines"
)

// Progress works out today's dosage from past sessions (SPEC §4), for each
// exercise by the days on which that exercise was done:
//
//   - every exercise starts at level 1 (10 s holds, 1 rep) and goes up by
//     one the day after each day on which it was done (a step of it done
//     in a completed session; a skipped or not-reached step does not
//     count), up to the ramp's last day, full dosage. Days of other
//     exercises, say only the desk shoulder rolls, never advance a
//     stretch: a first time is always a first time;
//   - a day on which a session ended with more pain than it started with,
//     or was started at PainLimit or more (--continue-anyway), or was
//     stopped for pain, earns no step up;
//   - a stop for sharp pain takes every exercise one step back at once, so
//     the very next session is easier;
//   - the push-up stage follows the weeks in which push-ups were done,
//     counted from the first such day, the current week included: weeks
//     without them do not move it on.
//
// Days are calendar days in now's location; sessions after now are
// ignored.
func Progress(sessions []Session, now time.Time, ramp int) routines.Progress {
	ramp = min(max(ramp, routines.MinRampDays), routines.MaxRampDays)
	w := walk{ramp: ramp, levels: map[string]int{}, pushupWeeks: map[int]bool{}}
	today := dayOf(now)
	for _, s := range sessions {
		if s.Start.After(now) {
			break
		}
		if d := dayOf(s.Start.In(now.Location())); !d.Equal(w.day) {
			w.closeDay()
			w.day, w.done, w.held = d, nil, ""
		}
		w.add(s)
	}
	if w.day.Before(today) {
		w.closeDay()
	}
	return routines.Progress{Day: w.highest(), Ramp: ramp, Week: w.pushupWeek(today), Note: w.note, Levels: w.levels}
}

// walk is Progress's state as it goes through the sessions day by day.
type walk struct {
	ramp   int
	levels map[string]int // by exercise id; missing is level 1
	note   string
	// The day being summed up: the exercises done on it, and why it earns
	// no step up ("" if it does).
	day  time.Time
	done map[string]bool
	held string
	// The push-up weeks: the first day push-ups were done, and the weeks
	// since it (1 = its week) in which they were.
	firstPushup time.Time
	pushupWeeks map[int]bool
}

// add takes one session of the current day into account.
func (w *walk) add(s Session) {
	switch {
	case s.StoppedForPain():
		for id, l := range w.levels {
			w.levels[id] = max(l-1, 1)
		}
		w.held = "one step back after the stop for pain on " + w.day.Format("Mon 2 Jan")
		w.note = w.held
	case s.Active():
		if s.PainRose() && w.held == "" {
			w.held = "not raised: pain was higher after the session on " + w.day.Format("Mon 2 Jan")
		}
		if s.PainBefore >= routines.PainLimit && w.held == "" {
			w.held = "not raised: a session on " + w.day.Format("Mon 2 Jan") + " was started at a pain of 4 or more"
		}
		for _, id := range s.exercisesDone() {
			if w.done == nil {
				w.done = map[string]bool{}
			}
			w.done[id] = true
			if id == routines.PushupsID {
				w.pushup()
			}
		}
	}
}

// closeDay steps up every exercise done on the day, unless it is held.
func (w *walk) closeDay() {
	switch {
	case len(w.done) == 0:
	case w.held != "":
		w.note = w.held
	default:
		for id := range w.done {
			w.levels[id] = min(max(w.levels[id], 1)+1, w.ramp)
		}
		w.note = ""
	}
}

// pushup notes that push-ups were done on the current day.
func (w *walk) pushup() {
	if w.firstPushup.IsZero() {
		w.firstPushup = w.day
	}
	w.pushupWeeks[daysBetween(w.firstPushup, w.day)/7+1] = true
}

// pushupWeek is how many weeks of push-ups today's stage stands for: the
// weeks they were done in, and the current one.
func (w *walk) pushupWeek(today time.Time) int {
	if w.firstPushup.IsZero() {
		return 1
	}
	weeks := len(w.pushupWeeks)
	if !w.pushupWeeks[daysBetween(w.firstPushup, today)/7+1] {
		weeks++
	}
	return weeks
}

// highest is the highest level of any exercise, 1 if none was done.
func (w *walk) highest() int {
	h := 1
	for _, l := range w.levels {
		h = max(h, l)
	}
	return h
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
