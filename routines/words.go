package routines

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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

// Capitalize changes the first letter (not byte: names from the config
// file may be in any language) to upper case.
func Capitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// LowerFirst changes the first letter to lower case, as Capitalize
// changes it to upper.
func LowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
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
		switch {
		case len(ex.Sides) == 1:
			s = fmt.Sprintf("%s, %s side", Span(d.Hold), ex.Sides[0].Side)
			if d.Reps > 1 {
				s = fmt.Sprintf("%d × %s", d.Reps, s)
			}
		case len(ex.Sides) > 1:
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

// Dosage says the article's dosage of the exercise: "15–30 s, 2–4 reps";
// for an exercise of the user's own, the config file's: "2 × 20 s, from
// your config".
func (e *Exercise) Dosage() string {
	if it := e.Own; it != nil {
		d := Dose{Exercise: e, Hold: time.Duration(it.Hold) * time.Second, Reps: it.Reps, Sets: max(it.Sets, 1)}
		return d.String() + ", from your config"
	}
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

// LowerName is the name as said inside a sentence: "rhomboid stretch".
// It works on the first letter, not the first byte, since the config
// file's own exercises may be named in any language.
func (e *Exercise) LowerName() string { return LowerFirst(e.Name) }

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

// Steps is the exercise's steps with today's dose beside the step that
// gives the article's hold and the one that gives its count: "Hold for
// 15–30 seconds, breathing deeply into your left side. (Today: 10 s; this
// range is the goal.)".
func (d Dose) Steps() []string {
	ex := d.Exercise
	steps := append([]string(nil), ex.Steps...)
	note := func(step int, today string) {
		if step < 1 || step > len(steps) || today == "" {
			return
		}
		goal := "; this range is the goal"
		if ex.Chosen {
			goal = ", the program's number for \"a few\" or \"several\""
		}
		steps[step-1] += " (Today: " + today + goal + ".)"
	}
	note(ex.HoldStep, Span(d.Hold))
	switch ex.Kind {
	case Hold:
		note(ex.CountStep, times(d.Reps))
	case Paced:
		note(ex.CountStep, d.String())
	}
	return steps
}

// times says a count of repetitions: "once", "twice", "3 times".
func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// Setup is how to get into position today: the exercise's set-up, with
// this week's push-up stage in place of the wall's distance.
func (d Dose) Setup() []string {
	setup := append([]string(nil), d.Exercise.Setup...)
	if v := d.Variant; v != nil && len(setup) > 0 {
		setup[0] = v.Setup
		if v.Note != "" {
			setup = append(setup, v.Note)
		}
	}
	return setup
}
