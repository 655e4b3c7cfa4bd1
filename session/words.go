package session

import (
	"fmt"
	"strings"

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

// Headline is the summary's first line: "Summary: Evening routine
// completed. Planned 2 min 45 s, actual 2 min 50 s."
func (sum Summary) Headline() string {
	paused := ""
	if sum.Paused > 0 {
		paused = fmt.Sprintf(" (%s of it paused)", routines.Span(sum.Paused))
	}
	return fmt.Sprintf("Summary: %s %s. Planned %s, actual %s%s.", sum.Routine, sum.Outcome,
		routines.Span(sum.Planned), routines.Span(sum.Actual), paused)
}

// Lines are the headline, then each exercise's result, indented:
// "  Child's pose: done".
func (sum Summary) Lines() []string {
	lines := []string{sum.Headline()}
	for _, e := range sum.Exercises {
		lines = append(lines, "  "+e.Name+": "+e.Result())
	}
	return lines
}

// Result says what became of an exercise's steps: "done", "skipped",
// "not reached", or "2 of 4 done, 1 skipped, stopped partway".
func (e ExerciseResult) Result() string {
	switch {
	case e.Done == e.Steps:
		return "done"
	case e.Skipped == e.Steps:
		return "skipped"
	case e.Done+e.Skipped+e.Partial == 0:
		return "not reached"
	}
	var parts []string
	if e.Done > 0 {
		parts = append(parts, fmt.Sprintf("%d of %d done", e.Done, e.Steps))
	}
	if e.Skipped > 0 {
		parts = append(parts, fmt.Sprintf("%d skipped", e.Skipped))
	}
	if e.Partial > 0 {
		parts = append(parts, "stopped partway")
	}
	return strings.Join(parts, ", ")
}
