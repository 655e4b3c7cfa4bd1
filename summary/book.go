// Package summary keeps, beside a history file, what `backstretch status`
// needs of its past: every session's start and whether it counts for the
// streak. With it, status reads only the lines appended since, instead of
// decoding years of JSON whenever the streak is long (which is the very
// thing the app aims for).
//
// The summary is never the source of truth. It is a cache of the history
// file up to a byte offset, keyed on that offset and a checksum of those
// bytes; whatever does not match (a history edited, truncated or
// replaced, a summary damaged or of another version) is thrown away and
// rebuilt from the history, so deleting it changes nothing but speed.
// Each history file has a summary of its own, so that histories kept in
// several files can be summed up file by file. Plain Go.
package summary

import (
	"slices"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/session"
)

// Session is the part of a history.Session that decides the streak: when
// it started and whether it is active (completed with a step done).
type Session struct {
	ID    string
	Start time.Time
	// Completed and Done follow history.Sessions: Completed while the
	// last end record said "completed", Done the exercise steps done.
	// (Whether a session started is not kept: until its end record it is
	// "interrupted" or "not started", neither of which counts.)
	Completed bool
	Done      int
}

// Active is history.Session.Active for the fields kept here.
func (s Session) Active() bool { return s.Completed && s.Done > 0 }

// Book is the sessions of a history, in the order their first record
// came, as history.Sessions groups them.
type Book struct {
	Sessions []Session
	// index finds a session by id once the book is large; built on demand.
	index map[string]int
}

// completed is the outcome that makes a session active.
var completed = session.Completed.String()

// Add applies records, in file order, the way history.Sessions does: a
// record joins the session of its id, wherever in the file that began.
func (b *Book) Add(recs []history.Record) {
	for _, r := range recs {
		if r.Session == "" || r.Kind == history.ScreeningTaken {
			continue
		}
		i := b.find(r.Session)
		if i < 0 {
			i = len(b.Sessions)
			b.Sessions = append(b.Sessions, Session{ID: r.Session, Start: r.At})
			if b.index != nil {
				b.index[r.Session] = i
			}
		}
		s := &b.Sessions[i]
		switch r.Kind {
		case history.SessionStarted:
			s.Start = r.At
		case history.StepEnded:
			if r.Status == "done" {
				s.Done++
			}
		case history.SessionEnded:
			s.Completed = r.Outcome == completed
		}
	}
}

// find is the position of the session with id, or -1. The last few
// sessions are looked at first: a record nearly always belongs to one of
// them or starts a new one.
func (b *Book) find(id string) int {
	if b.index == nil {
		for i := len(b.Sessions) - 1; i >= max(0, len(b.Sessions)-8); i-- {
			if b.Sessions[i].ID == id {
				return i
			}
		}
		b.index = make(map[string]int, len(b.Sessions))
		for i, s := range b.Sessions {
			b.index[s.ID] = i
		}
	}
	if i, ok := b.index[id]; ok {
		return i
	}
	return -1
}

// Streak is stats.Compute's Streak and TodayActive for this book at now:
// the run of days (in now's location) with an active session, ending
// today, or yesterday while today has none yet. It follows Compute step
// by step: sessions in the order of their start, those after now left
// out, and an hour that a clock change puts back across midnight kept
// with the day after. The tests hold the two to the same answers.
func (b *Book) Streak(now time.Time) (streak int, todayActive bool) {
	sessions := b.Sessions
	byStart := func(x, y Session) int { return x.Start.Compare(y.Start) }
	if !slices.IsSortedFunc(sessions, byStart) {
		sessions = slices.Clone(sessions)
		slices.SortStableFunc(sessions, byStart)
	}
	c := newStreakCount(now)
	for _, s := range sessions {
		if !c.add(s.Start, s.Active()) {
			break
		}
	}
	return c.result()
}

// streakCount is the streak worked out one session at a time, in the
// order of their start: for Book.Streak, and for StreakOf, which reads the
// sessions straight from a summary's bytes without making a Book.
type streakCount struct {
	now                   time.Time
	today                 int
	day, lastActive, days int
}

func newStreakCount(now time.Time) *streakCount {
	const never = -1 << 31
	return &streakCount{now: now, today: dayNumber(now), day: never, lastActive: never}
}

// add counts a session that started at start, and reports false once the
// sessions reach past now (the rest are left out).
func (c *streakCount) add(start time.Time, active bool) bool {
	if start.After(c.now) {
		return false
	}
	c.day = max(c.day, dayNumber(start.In(c.now.Location())))
	if !active || c.day == c.lastActive {
		return true
	}
	if c.day == c.lastActive+1 {
		c.days++
	} else {
		c.days = 1
	}
	c.lastActive = c.day
	return true
}

// result is the streak and whether today counts in it.
func (c *streakCount) result() (streak int, todayActive bool) {
	if c.lastActive < c.today-1 {
		return 0, false
	}
	return c.days, c.lastActive == c.today
}

// dayNumber numbers t's calendar day in t's location, as stats does.
func dayNumber(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}
