package schedule

import (
	"time"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
)

// State is where one of today's sessions stands.
type State int

// The states of a day's session.
const (
	// Later: its time has not come.
	Later State = iota
	// DueNow: its time has come and the next session's has not.
	DueNow
	// DoneToday: completed today.
	DoneToday
	// MissedToday: the next session's time came first.
	MissedToday
	// StoppedToday: stopped for pain today; not asked for again.
	StoppedToday
)

// Status is one of today's sessions.
type Status struct {
	Routine string
	At      time.Time
	State   State
	// DoneAt is when it was completed (DoneToday) or stopped (StoppedToday).
	DoneAt time.Time
}

// Today is the day's sessions in order, with where each stands at now.
func (s *Scheduler) Today(now time.Time) []Status {
	cfg := s.cfg
	out := make([]Status, len(cfg.Sessions))
	for i, c := range cfg.Sessions {
		nextAt := EndOfDay(now)
		if i+1 < len(cfg.Sessions) {
			nextAt = cfg.Sessions[i+1].At.On(now)
		}
		out[i] = s.status(c, nextAt, now)
	}
	return out
}

// Extra is the config file's routines with a time of their own, with
// where each stands at now. Not one of the day's three sessions, such a
// routine is due from its time until the day ends, unless done or stopped
// for pain.
func (s *Scheduler) Extra(now time.Time) []Status {
	out := make([]Status, len(s.cfg.Extra))
	for i, c := range s.cfg.Extra {
		out[i] = s.status(c, EndOfDay(now), now)
	}
	return out
}

// status is where session c stands at now, missed once nextAt comes.
func (s *Scheduler) status(c config.Session, nextAt, now time.Time) Status {
	st := Status{Routine: c.Routine, At: c.At.On(now)}
	done, ok := s.completed[dayKey(c.Routine, now)]
	stopped, painStop := s.painStops[dayKey(c.Routine, now)]
	switch {
	case ok:
		st.State, st.DoneAt = DoneToday, done
	case painStop:
		st.State, st.DoneAt = StoppedToday, stopped
	case !now.Before(nextAt):
		st.State = MissedToday
	case !now.Before(st.At):
		st.State = DueNow
	}
	return st
}

// maxIgnored is how many ignored records FromHistory names one by one.
const maxIgnored = 2

// FromHistory brings the scheduler up to date with the history: sessions
// started and completed (in this program or another), reminders already
// fired, snoozed or skipped, and the latest pause. Calling it again after
// the history grows is safe. It returns the reminder on screen as done if
// a session in the history did what it asked. Records today's state
// cannot take (from after now; a pause or snooze longer than the program
// makes) are left out, and Ignored says which.
func (s *Scheduler) FromHistory(recs []history.Record, now time.Time) []Event {
	var evs []Event
	since := midnight(now).AddDate(0, 0, -1)
	var recent []history.Record
	s.ignored = nil
	for _, r := range recs {
		if r.At.Before(since) {
			continue
		}
		if why := implausible(r, now); why != "" {
			// Once: a session from the future is several records.
			if len(s.ignored) < maxIgnored {
				s.ignored = append(s.ignored, "Ignored "+why+".")
			} else if len(s.ignored) == maxIgnored {
				s.ignored = append(s.ignored, "And more records like these were ignored.")
			}
			continue
		}
		recent = append(recent, r)
	}
	sessions := map[string]history.Session{}
	for _, ses := range history.Sessions(recent) {
		sessions[ses.ID] = ses
	}
	for _, r := range recent {
		switch {
		case r.Kind == history.SessionStarted:
			s.Started(r.Routine, r.At)
		case r.Kind == history.SessionEnded:
			if ev, ok := s.Finished(r.Routine, r.At, ending(sessions[r.Session])); ok {
				evs = append(evs, ev)
			}
		case r.Kind != history.ReminderEvent:
		case r.Action == history.Paused:
			s.pausedUntil = *r.Until
		case r.Action == history.Resumed:
			s.pausedUntil = time.Time{}
		case r.Action == history.Snoozed:
			s.Moved(r.Reminder, *r.Due, *r.Until)
		default:
			s.Handled(r.Reminder, *r.Due)
			if r.Action == history.Fired || r.Action == history.Missed {
				s.lastReminder = later(s.lastReminder, r.At)
			}
		}
	}
	return evs
}

// ending is how a session from the history ended, for Finished.
func ending(s history.Session) Ending {
	switch {
	case s.Active():
		return Completed
	case s.StoppedForPain():
		return PainStop
	}
	return Unfinished
}

// Records turns events into history records, one per reminder.
func Records(evs ...Event) []history.Record {
	var recs []history.Record
	for _, ev := range evs {
		base := history.Record{Kind: history.ReminderEvent, At: ev.At, Action: string(ev.Action), Note: ev.Note}
		if !ev.Until.IsZero() {
			u := ev.Until
			base.Until = &u
		}
		if len(ev.Items) == 0 {
			recs = append(recs, base)
		}
		for _, it := range ev.Items {
			r := base
			due := it.Due
			r.Reminder, r.Due = it.Name(), &due
			recs = append(recs, r)
		}
	}
	return recs
}
