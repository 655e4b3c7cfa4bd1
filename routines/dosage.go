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
	// and beyond are full dosage.
	Day int
	// Ramp is how many active days the ramp-up lasts (3–5).
	Ramp int
	// Week is the week since the first session, 1 for the first seven days.
	Week int
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

// Full reports whether today is at full dosage.
func (p Progress) Full() bool { return p.Fraction() >= 1 }

// String says which dosage applies today and why.
func (p Progress) String() string {
	p = p.normal()
	var s string
	switch {
	case p.Day == 1:
		s = fmt.Sprintf("day 1 of %d of the ramp-up: %d s holds, %d rep each", p.Ramp, FirstHold, FirstReps)
	case !p.Full():
		s = fmt.Sprintf("day %d of %d of the ramp-up", p.Day, p.Ramp)
	default:
		s = "full dosage"
	}
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
	f := p.Fraction()
	out := make([]Dose, 0, len(r.Items))
	for _, it := range r.Items {
		ex, ok := it.exercise()
		if !ok {
			continue // the catalogue test and the config's checks guarantee this never happens
		}
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
		if ex.ID == "wall-pushups" {
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

// Variant is a stage of the wall push-up progression (000).
type Variant struct {
	Name    string // "wall push-ups"
	Surface string // "wall"
	Weeks   string // "weeks 1–2"
}

var variants = []struct {
	fromWeek int
	Variant
}{
	{1, Variant{"wall push-ups", "wall", "weeks 1–2"}},
	{3, Variant{"counter push-ups", "counter", "weeks 3–4"}},
	{5, Variant{"couch push-ups", "couch", "weeks 5–6"}},
	{7, Variant{"floor push-ups", "floor", "week 7 on"}},
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
