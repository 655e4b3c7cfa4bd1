package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// The words of the session screen: what to do now, how to get into
// position, and what to show where rows allow.

// instruction is what to do now, in plain words, wrapped to w. (While
// getting ready, what to do is the exercise's steps: layoutFor.)
func (m Model) instruction(st session.Step, now time.Time, w int) []string {
	ex := st.Exercise
	var text string
	switch st.Kind {
	case session.Ready: // with no steps to show (layoutFor)
		text = ex.Cue
	case session.Switch:
		text = fmt.Sprintf("Switch to the %s side: %s.", st.Side, st.SideCue)
	case session.Hold:
		text = ex.Cue
		if st.SideCue != "" {
			text = routines.Capitalize(st.SideCue) + ". " + ex.Cue
		}
	case session.Reps:
		text = routines.Capitalize(m.s.Pace(now).Cue) + "…"
		if m.s.Counting() {
			text = "Do each rep at your own pace and press space after it. " + ex.Cue
		}
	case session.Timed:
		text = ex.Cue
	case session.Rest:
		text = "Rest and breathe."
	}
	return printed.StyleLines(m.styles.Cue, printed.Wrap(text, w))
}

// setup is how to get into position, while getting ready: shown above the
// steps when there is room for it whole.
func (m Model) setup(st session.Step, w int) []string {
	if st.Kind != session.Ready {
		return nil
	}
	setup := st.Dose.Setup()
	if len(setup) == 0 {
		return nil
	}
	return printed.StyleLines(m.styles.Cue, printed.Wrap("Get into position. "+strings.Join(setup, " "), w))
}

// numbered lays steps out as a numbered list, wrapped with a hanging
// indent: a step's end says today's dose, so none is cut.
func numbered(st lipgloss.Style, steps []string, w int) []string {
	var lines []string
	for i, s := range steps {
		lines = append(lines, printed.StyleLines(st, printed.Hanging(fmt.Sprintf("%d. ", i+1), s, w))...)
	}
	return lines
}

// clipLines keeps the first n of lines (at least one), marking a cut with
// an ellipsis.
func clipLines(lines []string, n int) []string {
	n = max(n, 1)
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	out[n-1] += "…"
	return out
}

// optional is what to show when rows allow, most useful first: today's dose of this exercise, what
// you should (not) feel, what it is for, then its steps.
func (m Model) optional(st session.Step, w int) [][]string {
	ex := st.Exercise
	var parts [][]string
	// Today's dose of this exercise, never the routine's: a summary of
	// the routine would contradict this exercise's counter.
	parts = append(parts, printed.StyleLines(m.styles.Dim, printed.Wrap("Today: "+m.s.Plan.Progress.OfDose(st.Dose), w)))
	var feel []string
	if ex.Feel != "" {
		feel = append(feel, "Feel it: "+routines.LowerFirst(ex.Feel))
	}
	if ex.NotFeel != "" {
		feel = append(feel, "Not: "+routines.LowerFirst(ex.NotFeel))
	}
	if len(feel) > 0 && st.Kind != session.Ready {
		parts = append(parts, printed.StyleLines(m.styles.Dim, printed.Wrap(strings.Join(feel, " "), w)))
	}
	if ex.Targets != "" {
		parts = append(parts, printed.StyleLines(m.styles.Dim, printed.Wrap(ex.Targets, w)))
	}
	if st.Kind != session.Ready { // while getting ready, they are the instruction
		parts = append(parts, numbered(m.styles.Dim, st.Dose.Steps(), w))
	}
	return parts
}
