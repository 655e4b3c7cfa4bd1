package history

import (
	"sort"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// NoPain marks a check-in that was not given.
const NoPain = -1

// Session is one session put together from its records.
type Session struct {
	ID               string
	Start            time.Time
	Routine, Outcome string
	// Day is the ramp level its dosage was for.
	Day             int
	Planned, Actual time.Duration
	// Done, Skipped and Partial count exercise steps, as the session's
	// summary does: done, skipped over, and ended partway by the session's
	// end (quit, stopped for pain, interrupted).
	Done, Skipped, Partial int
	// PainBefore and PainAfter are the check-ins, or NoPain.
	PainBefore, PainAfter int
	// Started is false when only a check-in was given and the person chose
	// to wait.
	Started bool
	// Did is the exercises with at least one step done, by id: what the
	// ramp-up advances (Progress). Nil when not known (a session made by
	// hand, as tests do): then every exercise of its routine counts, if it
	// is a built-in one. A session read from the records that counts
	// always has Did (Active needs a step done), so the config file's
	// routines need no catalogue here.
	Did map[string]bool
}

// exercisesDone is what the session advances: the exercises with a step
// done, or those of its routine when that is not known.
func (s Session) exercisesDone() []string {
	var ids []string
	if s.Did != nil {
		for id := range s.Did {
			ids = append(ids, id)
		}
		return ids
	}
	if r, ok := routines.BuiltinRoutine(s.Routine); ok {
		for _, it := range r.Items {
			ids = append(ids, it.Exercise)
		}
	}
	return ids
}

// NotStarted is the outcome of a session the person decided not to do
// after the check-in.
const NotStarted = "not started"

// Active reports whether the session counts for the day: it was completed
// and at least one exercise step was done (not all skipped).
func (s Session) Active() bool {
	return s.Outcome == session.Completed.String() && s.Done > 0
}

// StoppedForPain reports whether the person stopped it for sharp pain.
func (s Session) StoppedForPain() bool { return s.Outcome == session.StoppedForPain.String() }

// PainRose reports whether pain after the session was higher than before.
func (s Session) PainRose() bool {
	return s.PainBefore != NoPain && s.PainAfter != NoPain && s.PainAfter > s.PainBefore
}

// Sessions groups records into sessions, oldest first. A session that
// started but has no end record (the program was killed) is
// "interrupted"; check-ins with no session after them are NotStarted.
func Sessions(recs []Record) []Session {
	byID := map[string]*Session{}
	var order []string
	for _, r := range recs {
		if r.Session == "" || r.Kind == ScreeningTaken {
			continue
		}
		row, ok := byID[r.Session]
		if !ok {
			row = &Session{ID: r.Session, Start: r.At, Routine: r.Routine, Outcome: NotStarted, Day: r.Day,
				PainBefore: NoPain, PainAfter: NoPain}
			byID[r.Session] = row
			order = append(order, r.Session)
		}
		if r.Kind != PainCheckIn && !row.Started {
			row.Started, row.Outcome = true, session.Interrupted.String()
		}
		switch r.Kind {
		case SessionStarted:
			row.Start, row.Planned, row.Day = r.At, seconds(r.PlannedSec), r.Day
			row.Actual = 0
		case StepEnded:
			if r.Status == "done" {
				row.Done++
				if row.Did == nil {
					row.Did = map[string]bool{}
				}
				row.Did[r.Exercise] = true
			} else if r.Status == "partial" {
				row.Partial++
			} else {
				row.Skipped++
			}
			row.Actual = r.At.Sub(row.Start)
		case SessionEnded:
			row.Outcome, row.Actual, row.Planned = r.Outcome, seconds(r.ActualSec), seconds(r.PlannedSec)
		case PainCheckIn:
			if r.When == Before {
				row.PainBefore = *r.Pain
			} else {
				row.PainAfter = *r.Pain
			}
		}
		if row.Routine == "" {
			row.Routine = r.Routine
		}
	}
	rows := make([]Session, 0, len(order))
	for _, id := range order {
		rows = append(rows, *byID[id])
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Start.Before(rows[j].Start) })
	return rows
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// LatestScreening returns the answers of the last screening taken, and
// false if there was none.
func LatestScreening(recs []Record) (map[string]bool, bool) {
	for i := len(recs) - 1; i >= 0; i-- {
		if recs[i].Kind == ScreeningTaken {
			return recs[i].Answers, true
		}
	}
	return nil, false
}

// StoppedToday is the last session stopped for pain on now's day before
// now, if there was one.
func StoppedToday(sessions []Session, now time.Time) (Session, bool) {
	today := dayOf(now)
	for i := len(sessions) - 1; i >= 0; i-- {
		s := sessions[i]
		if s.Start.After(now) {
			continue
		}
		if dayOf(s.Start.In(now.Location())).Before(today) {
			break
		}
		if s.StoppedForPain() {
			return s, true
		}
	}
	return Session{}, false
}
