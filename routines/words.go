package routines

import (
	"fmt"
	"strings"
	"time"
)

// Span writes a duration the way a person says it: "45 s", "1 min",
// "2 min 45 s".
func Span(d time.Duration) string {
	s := int((d + time.Second/2) / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%d s", s)
	case s%60 == 0:
		return fmt.Sprintf("%d min", s/60)
	}
	return fmt.Sprintf("%d min %d s", s/60, s%60)
}

// Plural says a count with the right word: "1 exercise", "3 exercises".
func Plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// String says the dose in a few words: "2 × 20 s", "10 s each side",
// "2 sets of 4 circles each way", "1 min".
func (d Dose) String() string {
	ex := d.Exercise
	switch ex.Kind {
	case Hold:
		s := fmt.Sprintf("%d × %s", d.Reps, Span(d.Hold))
		if len(ex.Sides) > 0 {
			s = Span(d.Hold) + " each side"
			if d.Reps > 1 {
				s = fmt.Sprintf("%d × %s", d.Reps, s)
			}
		}
		return s
	case Paced:
		s := fmt.Sprintf("%d %s", d.Reps, ex.RepUnit())
		if len(ex.Directions) > 0 {
			s += " each way"
		}
		if d.Sets > 1 {
			s = fmt.Sprintf("%d sets of %s", d.Sets, s)
		}
		return s
	}
	return Span(d.Hold)
}

// Dosage says the article's dosage of the exercise: "15–30 s, 2–4 reps".
func (e *Exercise) Dosage() string {
	span := func(r Range, unit string) string {
		if r.Min == r.Max {
			return fmt.Sprintf("%d %s", r.Min, unit)
		}
		return fmt.Sprintf("%d–%d %s", r.Min, r.Max, unit)
	}
	switch e.Kind {
	case Hold:
		s := span(e.HoldRange, "s")
		if len(e.Sides) > 0 {
			return s + " each side"
		}
		return s + ", " + span(e.RepRange, "reps")
	case Paced:
		s := span(e.RepRange, e.RepUnit())
		if len(e.Directions) > 0 {
			s += " each way"
		}
		return s
	}
	return Span(time.Duration(e.HoldRange.Min) * time.Second)
}

// Title is the exercise's name with its emphasis: "Rhomboid stretch, left
// emphasis".
func (e *Exercise) Title() string {
	if e.Emphasis != "" {
		return e.Name + ", " + e.Emphasis + " emphasis"
	}
	return e.Name
}

// PatternCue lists a paced rep's phases: "lower your chest, then push back
// smoothly".
func PatternCue(p []Phase) string {
	parts := make([]string, len(p))
	for i, ph := range p {
		parts[i] = ph.Cue
	}
	return strings.Join(parts, ", then ")
}
