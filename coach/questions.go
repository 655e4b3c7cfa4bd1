package coach

import (
	"time"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
)

// What the history says for the questions before a session.

// lastPainRose says the last session before now ended with more pain
// than it began with.
func lastPainRose(sessions []history.Session, now time.Time) bool {
	for i := len(sessions) - 1; i >= 0; i-- {
		if s := sessions[i]; !s.Start.After(now) && s.Started {
			return s.PainRose()
		}
	}
	return false
}

// startedToday says a session was started on now's day before now.
func startedToday(sessions []history.Session, now time.Time) bool {
	y, m, d := now.Date()
	for i := len(sessions) - 1; i >= 0; i-- {
		s := sessions[i]
		if sy, sm, sd := s.Start.In(now.Location()).Date(); s.Started && !s.Start.After(now) && sy == y && sm == m && sd == d {
			return true
		}
	}
	return false
}

// stopCaution is the caution about a stop for pain earlier today, or "".
func stopCaution(cat routines.Catalogue, sessions []history.Session, now time.Time) string {
	if s, ok := history.StoppedToday(sessions, now); ok {
		return checkin.StopCaution(cat, s)
	}
	return ""
}

// anyStarted reports whether a session was ever started.
func anyStarted(sessions []history.Session) bool {
	for _, s := range sessions {
		if s.Started {
			return true
		}
	}
	return false
}
