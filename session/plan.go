// Package session is the guided-session engine: it turns a routine at
// today's dosage into the sequence of steps a person goes through, runs them
// on deadlines, and says what happens when (start, switch side, last 3
// seconds, done). Pause, resume, skip, back and stop are operations on it.
// Both the plain line-by-line mode and the full-screen UI drive the same
// engine. Plain Go, no terminal code.
package session

import (
	"time"

	"github.com/backstretch/backstretch/routines"
)

// Kind is what a step asks of the person.
type Kind int

const (
	// Ready is time to get into position for an exercise.
	Ready Kind = iota
	// Switch is time to change to the other side.
	Switch
	// Hold is one timed stretch hold (one rep, one side).
	Hold
	// Reps is a run of paced repetitions.
	Reps
	// Timed is an activity done for a while (breathing, foam rolling).
	Timed
	// Rest is a short pause between reps or sets.
	Rest
)

// String names the kind for labels and logs.
func (k Kind) String() string {
	return [...]string{"get ready", "switch sides", "hold", "reps", "timed", "rest"}[k]
}

// Active reports whether the step is exercise proper, as opposed to a
// transition (get ready, switch, rest).
func (k Kind) Active() bool { return k == Hold || k == Reps || k == Timed }

// Step is one timed segment of a session.
type Step struct {
	Kind     Kind
	Exercise *routines.Exercise
	Dose     routines.Dose
	// Item is the exercise's index in the routine, from 0.
	Item     int
	Duration time.Duration
	// Side and SideCue describe the side of a two-sided hold or switch.
	Side    routines.Side
	SideCue string
	// Rep of Reps for holds; for Reps steps, Reps is the count.
	Rep, Reps int
	// Set of Sets for paced exercises done in sets.
	Set, Sets int
	// Direction of a paced movement done both ways ("backward").
	Direction string
	// Pattern is one paced repetition's phases; on a timed step, the pacer's
	// cycle (breathe in, breathe out).
	Pattern []routines.Phase
}

// RepLength is the length of one paced repetition.
func (s Step) RepLength() time.Duration {
	var d time.Duration
	for _, p := range s.Pattern {
		d += p.Dur
	}
	return d
}

// Plan is a routine at today's dosage, laid out as steps.
type Plan struct {
	Routine  routines.Routine
	Progress routines.Progress
	Doses    []routines.Dose
	Steps    []Step
}

// Build lays out a routine at the dosage that p calls for.
func Build(r routines.Routine, p routines.Progress) Plan {
	plan := Plan{Routine: r, Progress: p, Doses: r.Doses(p)}
	for i, d := range plan.Doses {
		plan.Steps = append(plan.Steps, stepsFor(i, d)...)
	}
	return plan
}

func stepsFor(item int, d routines.Dose) []Step {
	ex := d.Exercise
	base := Step{Exercise: ex, Dose: d, Item: item}
	with := func(k Kind, dur time.Duration, f func(*Step)) Step {
		s := base
		s.Kind, s.Duration = k, dur
		if f != nil {
			f(&s)
		}
		return s
	}
	steps := []Step{with(Ready, ex.Ready, nil)}
	switch ex.Kind {
	case routines.Hold:
		sides := ex.Sides
		if len(sides) == 0 {
			sides = []routines.SideCue{{}}
		}
		for rep := 1; rep <= d.Reps; rep++ {
			for i, sc := range sides {
				switch {
				case i > 0:
					steps = append(steps, with(Switch, ex.Rest, func(s *Step) { s.Side, s.SideCue = sc.Side, sc.Cue }))
				case rep > 1:
					steps = append(steps, with(Rest, ex.Rest, nil))
				}
				steps = append(steps, with(Hold, d.Hold, func(s *Step) {
					s.Side, s.SideCue, s.Rep, s.Reps = sc.Side, sc.Cue, rep, d.Reps
				}))
			}
		}
	case routines.Paced:
		dirs := ex.Directions
		if len(dirs) == 0 {
			dirs = []routines.Direction{{Pattern: ex.Pattern}}
		}
		for set := 1; set <= d.Sets; set++ {
			if set > 1 {
				steps = append(steps, with(Rest, ex.Rest, nil))
			}
			for _, dir := range dirs {
				s := with(Reps, 0, func(s *Step) {
					s.Set, s.Sets, s.Direction, s.Pattern, s.Reps = set, d.Sets, dir.Name, dir.Pattern, d.Reps
				})
				s.Duration = time.Duration(s.Reps) * s.RepLength()
				steps = append(steps, s)
			}
		}
	case routines.Timed:
		steps = append(steps, with(Timed, d.Hold, func(s *Step) { s.Pattern = ex.Pattern }))
	}
	return steps
}

// Duration is the planned length of the whole session.
func (p Plan) Duration() time.Duration {
	var d time.Duration
	for _, s := range p.Steps {
		d += s.Duration
	}
	return d
}

// Exercises is how many exercises the session has.
func (p Plan) Exercises() int { return len(p.Doses) }
