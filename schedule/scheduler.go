package schedule

import (
	"time"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
)

// Action is what happened to a reminder, in the history's words.
type Action string

// The actions.
const (
	Fired   Action = history.Fired
	Missed  Action = history.Missed
	Done    Action = history.Done
	Snoozed Action = history.Snoozed
	Skipped Action = history.Skipped
	Paused  Action = history.Paused
	Resumed Action = history.Resumed
)

// Why a reminder was skipped without being shown.
const (
	SkipPaused    = "reminders paused"
	SkipQuiet     = "too close to another reminder or a finished session"
	SkipBusy      = "during a session"
	SkipDismissed = "dismissed"
)

// Event is what a check or a key press did: a reminder to show (Fired, or
// Missed with every reminder the gap swallowed), or something to record.
type Event struct {
	Action Action
	At     time.Time
	Items  []Item
	// Note says why an item was skipped.
	Note string
	// Until is the end of a pause, or the new time of a snoozed reminder.
	Until time.Time
}

// Scheduler keeps the state of one day's reminders between checks.
type Scheduler struct {
	cfg config.Config
	// last is the wall time of the last check.
	last time.Time
	// handled holds every reminder already fired, missed or skipped, by
	// name and due time: a clock set back never brings one twice.
	handled map[string]bool
	// moved holds the new due time of snoozed and deferred reminders.
	moved map[string]time.Time
	// started and completed hold routines by date.
	started   map[string]bool
	completed map[string]time.Time
	painStops map[string]time.Time

	pausedUntil  time.Time
	lastReminder time.Time
	lastFinished time.Time
	// shown is the reminder on screen, if any.
	shown *Event
	// ignored says which records the last FromHistory left out, and why.
	ignored []string
}

// New returns a scheduler with nothing handled yet. Its first check only
// notes the time: reminders due before the program started do not fire.
func New(cfg config.Config) *Scheduler {
	return &Scheduler{
		cfg:       cfg,
		handled:   map[string]bool{},
		moved:     map[string]time.Time{},
		started:   map[string]bool{},
		completed: map[string]time.Time{},
		painStops: map[string]time.Time{},
	}
}

// Config is the configuration the scheduler follows.
func (s *Scheduler) Config() config.Config { return s.cfg }

// due is when an item now falls due, after snoozes and deferrals.
func (s *Scheduler) due(it Item) time.Time {
	if t, ok := s.moved[it.key()]; ok {
		return t
	}
	return it.Due
}

// Check compares the wall clock with the reminders due since the last
// check and returns what to show and record. busy says a session is on
// screen: shoulder rolls and standing breaks are skipped then, and
// session reminders wait for it to end.
func (s *Scheduler) Check(now time.Time, busy bool) []Event {
	now = now.Round(0) // wall clock, whatever the monotonic reading says
	from := s.last
	s.last = now
	if from.IsZero() || !now.After(from) {
		return nil // the first check, or the clock stood still or went back
	}
	from = later(from, now.Add(-lookBack))

	var evs []Event
	var due []Item
	for _, it := range s.between(from, now) {
		k := it.key()
		switch {
		case it.IsSession() && s.started[dayKey(it.Routine, it.Due)]:
			s.handled[k] = true // nothing to remind of
		case it.IsSession() && busy:
			s.moved[k] = now.Add(time.Minute)
		case busy:
			evs = append(evs, s.skip(now, it, SkipBusy))
		case s.pausedAt(s.due(it)):
			evs = append(evs, s.skip(now, it, SkipPaused))
		default:
			due = append(due, it)
		}
	}
	for _, it := range due {
		if now.Sub(s.due(it)) > Late {
			// Found late: the machine slept or the clock jumped. One
			// reminder names everything the gap swallowed.
			for _, it := range due {
				s.handled[it.key()] = true
			}
			return append(evs, s.show(Event{Action: Missed, At: now, Items: due}))
		}
	}
	for _, it := range due {
		if ev, ok := s.fire(now, it); ok {
			evs = append(evs, ev)
		}
	}
	return evs
}

// fire shows a reminder that fell due on time, unless one was shown or a
// session finished within Quiet: then a session's reminder waits for the
// gap to pass, and the others are skipped.
func (s *Scheduler) fire(now time.Time, it Item) (Event, bool) {
	if quietUntil := later(s.lastReminder, s.lastFinished).Add(Quiet); now.Before(quietUntil) {
		if it.IsSession() {
			s.moved[it.key()] = quietUntil
			return Event{}, false
		}
		return s.skip(now, it, SkipQuiet), true
	}
	s.handled[it.key()] = true
	return s.show(Event{Action: Fired, At: now, Items: []Item{it}}), true
}

// between is every reminder not yet handled that falls due after from and
// at or before to.
func (s *Scheduler) between(from, to time.Time) []Item {
	var items []Item
	// A day before from too: a reminder snoozed past midnight belongs to
	// the day before.
	for day := midnight(from).AddDate(0, 0, -1); !day.After(to); day = day.AddDate(0, 0, 1) {
		for _, it := range Plan(s.cfg, day) {
			d := s.due(it)
			if !s.handled[it.key()] && d.After(from) && !d.After(to) {
				items = append(items, it)
			}
		}
	}
	sortItems(items)
	return items
}

func (s *Scheduler) skip(now time.Time, it Item, why string) Event {
	s.handled[it.key()] = true
	return Event{Action: Skipped, At: now, Items: []Item{it}, Note: why}
}

func (s *Scheduler) show(ev Event) Event {
	s.lastReminder = ev.At
	s.shown = &ev
	return ev
}

func (s *Scheduler) pausedAt(t time.Time) bool { return t.Before(s.pausedUntil) }

// Shown is the reminder on screen: the last one shown, for ShowFor, until
// it is done, snoozed or dismissed.
func (s *Scheduler) Shown(now time.Time) (Event, bool) {
	if s.shown == nil || now.Sub(s.shown.At) >= ShowFor {
		return Event{}, false
	}
	return *s.shown, true
}

// Next is the next reminder to come after now, and when: not handled,
// not for a session already started, not inside a pause, and not one the
// quiet gap after the last reminder or session will skip.
func (s *Scheduler) Next(now time.Time) (Item, time.Time, bool) {
	now = now.Round(0)
	quietUntil := later(s.lastReminder, s.lastFinished).Add(Quiet)
	var next Item
	var at time.Time
	for day := midnight(now).AddDate(0, 0, -1); day.Before(now.AddDate(0, 0, 2)); day = day.AddDate(0, 0, 1) {
		for _, it := range Plan(s.cfg, day) {
			d := s.due(it)
			if it.IsSession() && d.After(now) && d.Before(quietUntil) {
				d = quietUntil // it will wait for the gap
			}
			switch {
			case s.handled[it.key()], !d.After(now), s.pausedAt(d),
				it.IsSession() && s.started[dayKey(it.Routine, it.Due)],
				!it.IsSession() && d.Before(quietUntil):
			case at.IsZero() || d.Before(at) || d.Equal(at) && it.Kind < next.Kind:
				next, at = it, d
			}
		}
	}
	return next, at, !at.IsZero()
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
