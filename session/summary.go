package session

import "time"

// Pace is where a paced step stands: which rep, which phase of it.
type Pace struct {
	Rep   int // from 1
	Phase int // index into the step's Pattern
	Cue   string
	// PhaseLeft is the time left in the current phase.
	PhaseLeft time.Duration
}

// Pace returns the position within the current paced step (or a timed
// step's pacer cycle) at now. While the person counts reps themselves, only
// Rep is set: the next rep to do.
func (s *Session) Pace(now time.Time) Pace {
	step := s.Current()
	rl := step.RepLength()
	if rl <= 0 {
		return Pace{}
	}
	if s.counting {
		return Pace{Rep: s.counted + 1}
	}
	e := s.cd.Elapsed(now)
	rep := int(e / rl)
	if step.Kind == Reps {
		rep = min(rep, step.Reps-1)
	}
	within := e - time.Duration(rep)*rl
	for i, ph := range step.Pattern {
		if within < ph.Dur || i == len(step.Pattern)-1 {
			return Pace{Rep: rep + 1, Phase: i, Cue: ph.Cue, PhaseLeft: max(ph.Dur-within, 0)}
		}
		within -= ph.Dur
	}
	return Pace{}
}

// ExerciseResult is what was done of one exercise.
type ExerciseResult struct {
	Name string
	// Steps counts the exercise's active steps (holds, rep runs, timed);
	// Done, Skipped and Partial count what became of them.
	Steps, Done, Skipped, Partial int
}

// Summary is the account of a session given at its end.
type Summary struct {
	Routine   string
	Outcome   Outcome
	Planned   time.Duration
	Actual    time.Duration
	Paused    time.Duration
	Exercises []ExerciseResult
}

// Summary sums up the session at now (its end, once ended).
func (s *Session) Summary(now time.Time) Summary {
	sum := Summary{
		Routine: s.Plan.Routine.Name,
		Outcome: s.outcome,
		Planned: s.Plan.Duration(),
		Actual:  s.Elapsed(now),
		Paused:  s.PausedFor(now),
	}
	for _, d := range s.Plan.Doses {
		sum.Exercises = append(sum.Exercises, ExerciseResult{Name: d.Exercise.Name})
	}
	for i, st := range s.Plan.Steps {
		if !st.Kind.Active() {
			continue
		}
		e := &sum.Exercises[st.Item]
		e.Steps++
		switch s.results[i].Status {
		case Done:
			e.Done++
		case SkippedOver:
			e.Skipped++
		case Partial:
			e.Partial++
		}
	}
	return sum
}

// Worked reports whether any exercise step was done, whole or in part.
func (s *Session) Worked() bool {
	for i, r := range s.results {
		if s.Plan.Steps[i].Kind.Active() && (r.Status == Done || r.Status == Partial) {
			return true
		}
	}
	return false
}
