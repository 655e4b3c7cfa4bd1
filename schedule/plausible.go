package schedule

import (
	"fmt"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/safetext"
)

// Ignored says which records of the history the last FromHistory left
// out of today's state, and why: one line each, to show the person.
func (s *Scheduler) Ignored() []string { return s.ignored }

// implausible says why today's state cannot take r, or "" when it can. A
// record from after now was made by a clock set ahead (--start-at, a
// wrong system clock, another computer's): taken as it is, a pause made
// "in March" would silence today until then. A pause or snooze longer
// than the program ever makes (until the end of the day; SnoozeFor) was
// not made by it, and would silence reminders for as long as it says.
func implausible(r history.Record, now time.Time) string {
	const stamp = "2006-01-02 15:04"
	switch {
	case r.Kind != history.SessionStarted && r.Kind != history.SessionEnded && r.Kind != history.ReminderEvent:
		return "" // the schedule reads no other kind: nothing to ignore
	case r.At.After(now):
		return fmt.Sprintf("a %s record dated %s, in the future", safetext.Line(fmt.Sprint(r.Kind)), r.At.Format(stamp))
	case r.Kind != history.ReminderEvent || r.Until == nil:
		return ""
	case r.Action == history.Paused && r.Until.After(EndOfDay(r.At)):
		return fmt.Sprintf("a pause made at %s until %s, past the end of its day", r.At.Format(stamp), r.Until.Format(stamp))
	case r.Action == history.Snoozed && r.Due != nil && r.Until.After(later(r.At, *r.Due).Add(SnoozeFor)):
		return fmt.Sprintf("a snooze made at %s until %s, longer than %v", r.At.Format(stamp), r.Until.Format(stamp), SnoozeFor)
	}
	return ""
}
