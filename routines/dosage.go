package routines

import (
	"fmt"
	"math"
	"time"
)

// Ramp-up bounds (000): start gentle and grow over 3–5 days of practice.
const (
	MinRampDays     = 3
	MaxRampDays     = 5
	DefaultRampDays = 4
	// FirstHold is every stretch's hold on the very first session (000:
	// "10-second holds instead of the recommended 15-30 seconds").
	FirstHold = 10
	// FirstReps is every stretch's reps on the first session (000: "just one
	// repetition of each stretch").
	FirstReps = 1
)

// Progress is where the user stands in the ramp-up: the input of the dosage
// rules, worked out from the history (history.Progress).
type Progress struct {
	// Day is today's level in the ramp: 1 is the first session ever, Ramp
	// and beyond are full dosage. With Levels, it is the highest level of
	// any exercise, and each exercise has its own.
	Day int
	// Ramp is how many days of doing an exercise its ramp-up lasts (3–5).
	Ramp int
	// Week is the push-up stage's week: how many weeks push-ups were done
	// in, the current one included (1 before the first).
	Week int
	// Levels is each exercise's level by id (an exercise not in it has
	// never been done: level 1). Nil means every exercise is at Day.
	Levels map[string]int
	// Note says why the level is lower than the days alone would make it
	// (a stop for pain, pain that rose), or is empty.
	Note string
}

// FirstSession is the progress of someone who has never done a session.
func FirstSession() Progress { return Progress{Day: 1, Ramp: DefaultRampDays, Week: 1} }

// ProgressFor turns "active days so far" (days with at least one completed
// session before today), the ramp length and the days since the first
// session into today's progress.
func ProgressFor(activeDaysSoFar, ramp, daysSinceFirst int) Progress {
	return Progress{Day: activeDaysSoFar + 1, Ramp: ramp, Week: max(daysSinceFirst, 0)/7 + 1}.normal()
}

func (p Progress) normal() Progress {
	p.Ramp = min(max(p.Ramp, MinRampDays), MaxRampDays)
	p.Day = max(p.Day, 1)
	p.Week = max(p.Week, 1)
	return p
}

// Fraction is how far along the ramp today is: 0 on the first session, 1
// from the last ramp day on.
func (p Progress) Fraction() float64 {
	p = p.normal()
	return min(float64(p.Day-1)/float64(p.Ramp-1), 1)
}

// LevelOf is the level of one exercise: 1 the first time it is done.
func (p Progress) LevelOf(id string) int {
	if p.Levels == nil {
		return p.normal().Day
	}
	return max(p.Levels[id], 1)
}

// FractionOf is how far along its ramp one exercise is.
func (p Progress) FractionOf(id string) float64 {
	p = p.normal()
	return min(float64(p.LevelOf(id)-1)/float64(p.Ramp-1), 1)
}

// Full reports whether today is at full dosage.
func (p Progress) Full() bool { return p.Fraction() >= 1 }

// String says which dosage applies today and why. With levels by
// exercise it says the rule rather than one level, which some exercise
// would contradict; For says a routine's.
func (p Progress) String() string {
	p = p.normal()
	switch {
	case p.Day == 1:
		return p.level(1)
	case p.Levels != nil:
		return p.noted(fmt.Sprintf("by exercise: %d s holds and %d rep the first time you do one, full after %d days of doing it",
			FirstHold, FirstReps, p.Ramp))
	}
	return p.level(p.Day)
}

// For says the dosage of routine r's exercises today: one level when they
// share it, else the range of their days.
func (p Progress) For(r Routine) string {
	p = p.normal()
	lo, hi := p.span(r)
	if lo == hi {
		return p.level(lo)
	}
	return p.noted(fmt.Sprintf("days %d to %d of %d of the ramp-up, by exercise", lo, hi, p.Ramp))
}

// Short is For in a few words, for a line that also says other things:
// "first time", "day 2 of 4", "days 1–3 of 4", "full dosage".
func (p Progress) Short(r Routine) string {
	p = p.normal()
	lo, hi := p.span(r)
	switch {
	case lo < hi:
		return fmt.Sprintf("days %d–%d of %d", lo, hi, p.Ramp)
	case lo == 1:
		return "first time"
	case lo < p.Ramp:
		return fmt.Sprintf("day %d of %d", lo, p.Ramp)
	}
	return "full dosage"
}

// OfDose says one exercise's dose today and the stage of the ramp-up it
// is at: "8 reps, day 1 of 4 of the ramp-up", "2 × 30 s, full dosage".
func (p Progress) OfDose(d Dose) string {
	p = p.normal()
	stage := "full dosage"
	if l := min(p.LevelOf(d.Exercise.ID), p.Ramp); l < p.Ramp {
		stage = fmt.Sprintf("day %d of %d of the ramp-up", l, p.Ramp)
	}
	return p.noted(d.String() + ", " + stage)
}

// span is the lowest and highest level of r's exercises (1 for none).
func (p Progress) span(r Routine) (lo, hi int) {
	for _, it := range r.Items {
		l := min(p.LevelOf(it.Exercise), p.Ramp)
		if lo == 0 || l < lo {
			lo = l
		}
		hi = max(hi, l)
	}
	return max(lo, 1), max(hi, 1)
}

// level says the dosage of one level of the ramp, with the note.
func (p Progress) level(l int) string {
	switch {
	case l == 1:
		// Stretches only: reps exercises start from the bottom of their
		// range, which "1 rep each" would contradict.
		return p.noted(fmt.Sprintf("day 1 of %d of the ramp-up: stretches held %d s, %s each", p.Ramp, FirstHold, times(FirstReps)))
	case l < p.Ramp:
		return p.noted(fmt.Sprintf("day %d of %d of the ramp-up", l, p.Ramp))
	}
	return p.noted("full dosage")
}

func (p Progress) noted(s string) string {
	if p.Note != "" {
		s += " (" + p.Note + ")"
	}
	return s
}

// Dose is one exercise of a routine at today's dosage.
type Dose struct {
	Exercise *Exercise
	// Hold is the length of one hold (Hold kind) or of the activity (Timed).
	Hold time.Duration
	// Reps is holds per side (Hold) or repetitions per set and direction (Paced).
	Reps int
	// Sets of a Paced exercise.
	Sets int
	// Variant is this week's wall push-up progression, for that exercise.
	Variant *Variant
	// Full is the routine's full dosage of the exercise, for comparison.
	Full Item
}

// Doses returns the routine's exercises at the dosage that p calls for.
//
// Holds grow from 10 s to the routine's hold and stretches from 1 rep to the
// routine's reps, smoothly and in whole numbers; strength and mobility reps
// grow from the bottom of the article's range. Nothing ever exceeds the
// routine's full dosage, which lies within the article's ranges; holds the
// article already keeps under 10 s (cobra) stay as they are. Timed
// activities are always their full minute.
func (r Routine) Doses(p Progress) []Dose {
	out := make([]Dose, 0, len(r.Items))
	for _, it := range r.Items {
		ex, ok := it.exercise()
		if !ok {
			continue // the catalogue test and the config's checks guarantee this never happens
		}
		f := p.FractionOf(ex.ID)
		d := Dose{Exercise: ex, Full: it}
		switch ex.Kind {
		case Hold:
			d.Hold = time.Duration(lerp(min(FirstHold, it.Hold), it.Hold, f)) * time.Second
			d.Reps = lerp(FirstReps, it.Reps, f)
		case Paced:
			d.Reps = lerp(min(ex.RepRange.Min, it.Reps), it.Reps, f)
			d.Sets = lerp(1, max(it.Sets, 1), f)
		case Timed:
			d.Hold = time.Duration(it.Hold) * time.Second
		}
		if ex.ID == PushupsID {
			v := VariantForWeek(p.normal().Week)
			d.Variant = &v
		}
		out = append(out, d)
	}
	return out
}

// lerp goes from a (f=0) to b (f=1), rounded to a whole number.
func lerp(a, b int, f float64) int {
	return int(math.Round(float64(a) + float64(b-a)*f))
}

// PushupsID is the wall push-ups' id: its stage follows the weeks it was
// done in.
const PushupsID = "wall-pushups"

// Variant is a stage of the wall push-up progression (000).
type Variant struct {
	Name    string // "wall push-ups"
	Surface string // "wall"
	Weeks   string // "weeks 1–2"
	// Setup is where to stand for this stage, in place of the exercise's
	// first set-up line (which is the wall's). The article gives the
	// wall's distance; for the other surfaces it names only the surface,
	// so their words only say where the hands go.
	Setup string
	// Note is a fact of the article about the stage, or "".
	Note string
}

var variants = []struct {
	fromWeek int
	Variant
}{
	{1, Variant{"wall push-ups", "wall", "weeks 1–2", "Stand 12–24 inches (30–60 cm) from the wall.",
		"The article gives 3 sets a day in weeks 1–2; the midday routine does one."}},
	{3, Variant{"counter push-ups", "counter", "weeks 3–4",
		"Put your hands on the edge of a sturdy kitchen counter and step back until your body leans in a straight line.", ""}},
	{5, Variant{"couch push-ups", "couch", "weeks 5–6",
		"Put your hands on the seat of a couch that will not slide and step back until your body is in a straight line.", ""}},
	{7, Variant{"floor push-ups", "floor", "week 7 on",
		"Put your hands on the floor under your shoulders, your body in a straight line from head to heels.", ""}},
}

// VariantForWeek returns the push-up stage for a week since the first
// session (1-based).
func VariantForWeek(week int) Variant {
	v := variants[0].Variant
	for _, s := range variants {
		if week >= s.fromWeek {
			v = s.Variant
		}
	}
	return v
}
