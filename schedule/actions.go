package schedule

import "time"

// SnoozeFor is how far a snooze puts a reminder off.
const SnoozeFor = 10 * time.Minute

// Snooze puts off the reminder on screen (it comes back in SnoozeFor), or
// else the next one to come (it comes SnoozeFor later than it would have).
func (s *Scheduler) Snooze(now time.Time) (Event, bool) {
	now = now.Round(0)
	var it Item
	var until time.Time
	if ev, ok := s.Shown(now); ok {
		it = ev.Items[len(ev.Items)-1]
		delete(s.handled, it.key())
		s.shown = nil
		until = now.Add(SnoozeFor)
	} else {
		var due time.Time
		var ok bool
		if it, due, ok = s.Next(now); !ok {
			return Event{}, false
		}
		until = due.Add(SnoozeFor)
	}
	s.moved[it.key()] = until
	return Event{Action: Snoozed, At: now, Items: []Item{it}, Until: until}, true
}

// Dismiss takes the reminder on screen away without doing it.
func (s *Scheduler) Dismiss(now time.Time) (Event, bool) {
	ev, ok := s.Shown(now)
	if !ok {
		return Event{}, false
	}
	s.shown = nil
	return Event{Action: Skipped, At: now.Round(0), Items: ev.Items, Note: SkipDismissed}, true
}

// Pause silences every reminder until the given time; those that fall due
// meanwhile are skipped, not missed.
func (s *Scheduler) Pause(now, until time.Time) Event {
	s.pausedUntil = until.Round(0)
	s.shown = nil
	return Event{Action: Paused, At: now.Round(0), Until: s.pausedUntil}
}

// Resume ends a pause.
func (s *Scheduler) Resume(now time.Time) Event {
	s.pausedUntil = time.Time{}
	return Event{Action: Resumed, At: now.Round(0)}
}

// PausedUntil is the end of the pause, if reminders are paused at now.
func (s *Scheduler) PausedUntil(now time.Time) (time.Time, bool) {
	return s.pausedUntil, s.pausedAt(now.Round(0))
}

// Started notes that a session of routine started at t: its reminders
// for that day are no longer needed.
func (s *Scheduler) Started(routine string, t time.Time) {
	s.started[dayKey(routine, t)] = true
}

// Ending is how a session ended, as far as the schedule cares.
type Ending int

// The endings.
const (
	// Unfinished: quit or interrupted; the session is still to do.
	Unfinished Ending = iota
	// Completed with at least one step done: the day's session is done.
	Completed
	// PainStop: stopped for sharp pain; not asked for again that day.
	PainStop
)

// Finished notes a session that ended at t. A completed one is the day's
// session of its routine done, and a reminder on screen for it is done.
// No reminder follows within Quiet of the end.
func (s *Scheduler) Finished(routine string, t time.Time, how Ending) (Event, bool) {
	t = t.Round(0)
	s.lastFinished = later(s.lastFinished, t)
	k := dayKey(routine, t)
	switch _, done := s.completed[k]; {
	case how == PainStop && !done:
		s.painStops[k] = t
		return Event{}, false
	case how != Completed:
		return Event{}, false
	case !done:
		s.completed[k] = t
	}
	return s.done(t, func(it Item) bool { return it.Routine == routine || it.Kind == Rolls && routine == "desk" })
}

// done closes the reminder on screen if it asked for what was done at t.
// A session that ended before the reminder came up was not done for it:
// reading the history again replays old ends, and they answer nothing.
func (s *Scheduler) done(t time.Time, matches func(Item) bool) (Event, bool) {
	ev, ok := s.Shown(t)
	if !ok || t.Before(ev.At) {
		return Event{}, false
	}
	for _, it := range ev.Items {
		if matches(it) {
			s.shown = nil
			return Event{Action: Done, At: t, Items: []Item{it}}, true
		}
	}
	return Event{}, false
}

// Handled notes a reminder the history says was already dealt with.
func (s *Scheduler) Handled(name string, due time.Time) { s.handled[key(name, due)] = true }

// Moved notes a reminder the history says was snoozed until a new time:
// it is due again then, even if it was shown before.
func (s *Scheduler) Moved(name string, due, until time.Time) {
	delete(s.handled, key(name, due))
	s.moved[key(name, due)] = until
}
