package session

import (
	"fmt"

	"github.com/backstretch/backstretch/routines"
)

// Headline is the step's instruction in one line, as both the plain mode and
// the full-screen UI say it.
func (st Step) Headline() string {
	ex := st.Exercise
	span := routines.Span(st.Duration)
	switch st.Kind {
	case Ready:
		return fmt.Sprintf("Get into position (%s): %s.", span, ex.Title())
	case Switch:
		return fmt.Sprintf("Switch to the %s side (%s): %s.", st.Side, span, st.SideCue)
	case Hold:
		s := "Hold " + span
		if st.Reps > 1 {
			s += fmt.Sprintf(", rep %d of %d", st.Rep, st.Reps)
		}
		if st.Side != routines.NoSide {
			s += fmt.Sprintf(", %s side: %s", st.Side, st.SideCue)
		}
		return s + "."
	case Reps:
		s := fmt.Sprintf("%d %s", st.Reps, ex.RepUnit())
		if st.Direction != "" {
			s += " " + st.Direction
		}
		if st.Sets > 1 {
			s = fmt.Sprintf("Set %d of %d: %s", st.Set, st.Sets, s)
		}
		return fmt.Sprintf("%s, about %s each: %s.", s, routines.Span(st.RepLength()), routines.PatternCue(st.Pattern))
	case Timed:
		return fmt.Sprintf("Go, %s: %s", span, ex.Steps[0])
	case Rest:
		return fmt.Sprintf("Rest %s.", span)
	}
	return ""
}

// Label is the short name of what the step asks: "GET READY", "HOLD" …
func (st Step) Label() string {
	switch st.Kind {
	case Ready:
		return "GET READY"
	case Switch:
		return "SWITCH SIDES"
	case Hold:
		return "HOLD"
	case Reps:
		return "REPS"
	case Timed:
		return "GO"
	}
	return "REST"
}

// Short says the step in a few words, for "Next: …".
func (st Step) Short() string {
	span := routines.Span(st.Duration)
	switch st.Kind {
	case Ready:
		return st.Exercise.Title()
	case Switch:
		return fmt.Sprintf("switch to the %s side", st.Side)
	case Hold:
		s := "hold " + span
		if st.Reps > 1 {
			s += fmt.Sprintf(", rep %d of %d", st.Rep, st.Reps)
		}
		if st.Side != routines.NoSide {
			s += ", " + st.Side.String() + " side"
		}
		return s
	case Reps:
		s := fmt.Sprintf("%d %s", st.Reps, st.Exercise.RepUnit())
		if st.Direction != "" {
			s += " " + st.Direction
		}
		return s
	case Timed:
		return span + " of " + st.Exercise.LowerName()
	}
	return "rest " + span
}
