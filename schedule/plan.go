// Package schedule decides when the companion reminds: each daily session
// at its time (and once more if it has not started), shoulder rolls every
// hour of the work day, and standing breaks if they are on.
//
// Due times are wall-clock times worked out for each day, and the
// Scheduler only compares them with the time it is given on each check:
// it keeps no timers. A machine that sleeps through reminders therefore
// gets one "missed" reminder when it wakes, never a burst, and a clock set
// back never brings a reminder twice. Plain Go.
package schedule

import (
	"fmt"
	"sort"
	"time"

	"github.com/backstretch/backstretch/config"
)

// Kind is what a reminder is for.
type Kind int

// The kinds of reminder, in order of precedence when two fall together.
const (
	// Session is a daily session at its time.
	Session Kind = iota
	// Again is the one gentle reminder of a session not started by then.
	Again
	// Rolls is the hourly set of shoulder rolls at work.
	Rolls
	// Standing is the standing break.
	Standing
)

// Rule choices. The article says "every hour" and "every 25 minutes"; the
// spacing between reminders and the lateness that counts as missed are
// ours.
const (
	// AgainAfter is when a session not yet started is mentioned once more.
	AgainAfter = 30 * time.Minute
	// Quiet is the least time between two reminders, and between a
	// finished session and a reminder.
	Quiet = 5 * time.Minute
	// Late is how late a reminder may still come as if on time; a check
	// that finds one later (the machine slept, the clock jumped) reports it
	// as missed.
	Late = 5 * time.Minute
	// ShowFor is how long a reminder stays highlighted on screen.
	ShowFor = 30 * time.Minute
	// lookBack bounds how far back a check looks after a long gap.
	lookBack = 48 * time.Hour
)

// RollsName and StandingName name those reminders in the history; a
// session's reminder is named after its routine.
const (
	RollsName    = "shoulder-rolls"
	StandingName = "standing"
)

// Item is one reminder due at a time.
type Item struct {
	Kind Kind
	// Routine is the session's routine for Session and Again: a daily
	// one, or a routine of the config file with a time of its own.
	Routine string
	Due     time.Time
}

// Name is what the history calls the reminder.
func (it Item) Name() string {
	switch it.Kind {
	case Rolls:
		return RollsName
	case Standing:
		return StandingName
	}
	return it.Routine
}

// IsSession reports whether the item is about a daily session.
func (it Item) IsSession() bool { return it.Kind == Session || it.Kind == Again }

func (it Item) key() string { return key(it.Name(), it.Due) }

func key(name string, due time.Time) string { return fmt.Sprintf("%s@%d", name, due.Unix()) }

// Plan is every reminder of day's date, in its location, in order.
func Plan(cfg config.Config, day time.Time) []Item {
	var items []Item
	// The config file's routines with a time (at = "HH:MM") are reminded
	// as the daily sessions are.
	for _, s := range append(cfg.Sessions[:len(cfg.Sessions):len(cfg.Sessions)], cfg.Extra...) {
		at := s.At.On(day)
		items = append(items, Item{Session, s.Routine, at}, Item{Again, s.Routine, at.Add(AgainAfter)})
	}
	if cfg.WorkDays[day.Weekday()] {
		start, end := cfg.WorkStart.On(day), cfg.WorkEnd.On(day)
		// Rolls from the start of work (the person has just sat down, a
		// good moment for the first set); standing breaks after a first
		// stretch of sitting.
		if cfg.RollsEvery > 0 {
			for t := start; t.Before(end); t = t.Add(cfg.RollsEvery) {
				items = append(items, Item{Kind: Rolls, Due: t})
			}
		}
		if cfg.StandingBreak && cfg.StandingEvery > 0 {
			for t := start.Add(cfg.StandingEvery); t.Before(end); t = t.Add(cfg.StandingEvery) {
				items = append(items, Item{Kind: Standing, Due: t})
			}
		}
	}
	sortItems(items)
	return items
}

func sortItems(items []Item) {
	sort.SliceStable(items, func(i, j int) bool {
		if !items[i].Due.Equal(items[j].Due) {
			return items[i].Due.Before(items[j].Due)
		}
		return items[i].Kind < items[j].Kind
	})
}

// midnight is the start of t's day.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// EndOfDay is the midnight that ends t's day: "for the rest of the day".
func EndOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, t.Location())
}

// dayKey names a routine on a date.
func dayKey(routine string, t time.Time) string {
	return routine + "/" + t.Format(time.DateOnly)
}
