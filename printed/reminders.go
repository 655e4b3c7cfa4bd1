package printed

import (
	"fmt"
	"strings"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/session"
)

// rollsHow is the shoulder-roll set in one line (000: three to four slow
// rotations, then the other way at once).
const rollsHow = "Sit tall and roll your shoulders slowly: 3–4 circles back, then 3–4 forward."

// reminderTitle is what a reminder is about, in a few words.
func reminderTitle(cat routines.Catalogue, it schedule.Item) string {
	switch it.Kind {
	case schedule.Rolls, schedule.Standing:
		return routines.Capitalize(it.ShortName())
	case schedule.Again:
		return "Still to do: " + strings.ToLower(RoutineName(cat, it.Routine))
	}
	return RoutineName(cat, it.Routine) + " is due"
}

// reminderBody is what to do, and how long it takes at today's dosage p
// (the first days' sessions are shorter than the article's minutes).
func reminderBody(cat routines.Catalogue, it schedule.Item, p routines.Progress) string {
	switch it.Kind {
	case schedule.Rolls:
		return rollsHow
	case schedule.Standing:
		return "25 minutes at the desk: stand up and move for a moment."
	}
	r, _ := cat.RoutineByID(it.Routine)
	var names []string
	for _, item := range r.Items {
		if e, ok := cat.ExerciseByID(item.Exercise); ok {
			names = append(names, safetext.Line(e.LowerName())) // a config file's exercise, perhaps
		}
	}
	list := andList(names)
	return fmt.Sprintf("%s: about %s today.", routines.Capitalize(list), routines.Span(session.Build(r, p).Duration()))
}

// ReminderName is a reminder to come, as the companion's "Next:" line
// says it, by its routine's name in cat.
func ReminderName(cat routines.Catalogue, it schedule.Item) string {
	return it.LongName(RoutineName(cat, it.Routine))
}

// Notification is the desktop notification of a reminder shown now, at
// today's dosage p.
func Notification(cat routines.Catalogue, ev schedule.Event, p routines.Progress) (title, body string) {
	if ev.Action == schedule.Missed {
		return "Missed while you were away", missedList(cat, ev.Items)
	}
	it := ev.Items[0]
	return reminderTitle(cat, it), reminderBody(cat, it, p)
}

// missedList names what a gap swallowed, once each: "Shoulder rolls at
// 10:00, 11:00 and 12:00; midday routine at 12:30."
func missedList(cat routines.Catalogue, items []schedule.Item) string {
	var order []string
	times := map[string][]string{}
	for _, it := range items {
		name := "shoulder rolls"
		switch {
		case it.Kind == schedule.Standing:
			name = "standing breaks"
		case it.IsSession():
			name = strings.ToLower(RoutineName(cat, it.Routine))
			if it.Kind == schedule.Again {
				continue // the session itself is named already, or was earlier
			}
		}
		if _, ok := times[name]; !ok {
			order = append(order, name)
		}
		times[name] = append(times[name], schedule.Clock(it.Due))
	}
	parts := make([]string, len(order))
	for i, name := range order {
		parts[i] = name + " at " + andList(times[name])
	}
	if len(parts) == 0 {
		return "A reminder of a session still to do."
	}
	s := strings.Join(parts, "; ")
	return routines.Capitalize(s) + "."
}

func andList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
