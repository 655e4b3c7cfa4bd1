package schedule

import (
	"fmt"
	"strings"
	"time"
)

// The wording of the schedule's states, said once for every place that
// shows them: the status line, the companion's screen and the reminders'
// notifications.

// ShortName is the reminder in two words at most, as the status line says
// it: "shoulder rolls", "standing break", or a session's routine id.
func (it Item) ShortName() string {
	switch it.Kind {
	case Rolls:
		return "shoulder rolls"
	case Standing:
		return "standing break"
	}
	return it.Routine
}

// LongName is the reminder as a sentence names it ("Next: the morning
// routine at 08:00"); routine is the display name of a session's routine.
func (it Item) LongName(routine string) string {
	switch it.Kind {
	case Rolls:
		return "shoulder rolls"
	case Standing:
		return "a standing break"
	case Again:
		return "a second reminder of the " + strings.ToLower(routine)
	}
	return "the " + strings.ToLower(routine)
}

// Clock is a time of the day as every view says it: "12:30".
func Clock(t time.Time) string { return t.Format("15:04") }

// Until says how long from now until t in words, rounded up to the
// minute: "in a minute", "in 30 min", "in 1 h", "in 1 h 5 min".
func Until(now, t time.Time) string {
	m := minutesUntil(now, t)
	switch {
	case m <= 1:
		return "in a minute"
	case m < 60:
		return fmt.Sprintf("in %d min", m)
	case m%60 == 0:
		return fmt.Sprintf("in %d h", m/60)
	}
	return fmt.Sprintf("in %d h %d min", m/60, m%60)
}

// ShortUntil is Until in a few characters, for a status bar: 1m, 18m,
// 1h, 1h05m.
func ShortUntil(now, t time.Time) string {
	m := minutesUntil(now, t)
	switch {
	case m < 60:
		return fmt.Sprintf("%dm", max(m, 1))
	case m%60 == 0:
		return fmt.Sprintf("%dh", m/60)
	}
	return fmt.Sprintf("%dh%02dm", m/60, m%60)
}

// minutesUntil is the time from now until t in whole minutes, rounded up.
func minutesUntil(now, t time.Time) int {
	return int((t.Sub(now) + time.Minute - 1) / time.Minute)
}

// PausedFor says how long a pause that ends at until lasts, as of now:
// "until 14:00", or "for the rest of the day".
func PausedFor(now, until time.Time) string {
	if until.Equal(EndOfDay(now)) {
		return "for the rest of the day"
	}
	return "until " + Clock(until)
}

// Words say where a session of the day stands: "done at 08:12", "due now
// (12:30)", "missed (08:00)", "stopped for pain at 12:41", "at 19:00".
func (st Status) Words() string {
	switch st.State {
	case DoneToday:
		return "done at " + Clock(st.DoneAt)
	case DueNow:
		return "due now (" + Clock(st.At) + ")"
	case MissedToday:
		return "missed (" + Clock(st.At) + ")"
	case StoppedToday:
		return "stopped for pain at " + Clock(st.DoneAt)
	}
	return "at " + Clock(st.At)
}
