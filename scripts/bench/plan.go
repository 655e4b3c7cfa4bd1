package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// plannedMark is a moment the session plan calls for (a bell, a step's
// start on screen), at its time from the session's start.
type plannedMark struct {
	at   time.Duration
	what string
}

// plannedStep is one step of the plan: when it starts, counted from the
// session's start, how long it is, and what kind.
type plannedStep struct {
	start, dur time.Duration
	kind       session.Kind
}

// eveningPlan is the first evening session as the app lays it out (run.go:
// session.Build with the dosage of a first session): its steps, and the
// moments to check: every bell (the end of every Hold and Timed step and
// the start of every Switch step, as ui/model.go rings them) and the start
// of every step after the first, which the screen shows the moment it
// comes.
func eveningPlan() ([]plannedStep, []plannedMark, time.Duration, error) {
	r, ok := routines.BuiltinRoutine("evening")
	if !ok {
		return nil, nil, 0, fmt.Errorf("no evening routine")
	}
	p := session.Build(r, routines.FirstSession())
	var steps []plannedStep
	var marks []plannedMark
	var t time.Duration
	for i, st := range p.Steps {
		steps = append(steps, plannedStep{t, st.Duration, st.Kind})
		if i > 0 {
			marks = append(marks, plannedMark{t, fmt.Sprintf("step %d on screen", i+1)})
		}
		if st.Kind == session.Switch {
			marks = append(marks, plannedMark{t, "bell: switch to " + st.Exercise.ID + " " + st.SideCue})
		}
		t += st.Duration
		if st.Kind == session.Hold || st.Kind == session.Timed {
			marks = append(marks, plannedMark{t, "bell: end of " + st.Kind.String() + " " + st.Exercise.ID})
		}
	}
	// At one moment the screen comes first, then the bell (it is a message
	// of its own, sent once the screen is drawn).
	slices.SortStableFunc(marks, func(a, b plannedMark) int {
		if a.at != b.at {
			return int(a.at - b.at)
		}
		return strings.Compare(b.what[:4], a.what[:4]) // "step" before "bell"
	})
	return steps, marks, p.Duration(), nil
}

// bellResult compares the bells heard with the plan.
type bellResult struct {
	expected, matched int
	worst, drift      time.Duration // the largest |error| and the last error
	extra             []time.Duration
	log               []string        // each bell, for the progress report
	fromStart         []time.Duration // each matched bell's error counted from t0, not anchored
}

// matchBells pairs each planned bell, in order, with the earliest bell
// heard within 2 s of its nominal time (counted from t0, the session's
// start) and after the previous match. Errors are anchored on the first
// matched bell: error_i = (t_i − t_0) − (nominal_i − nominal_0), so the
// start-up of the session does not count, only the holds. Bells heard and
// not matched are returned as extra, as times from t0.
func matchBells(plan []plannedMark, heard []time.Time, t0 time.Time) bellResult {
	r := bellResult{expected: len(plan)}
	used := make([]bool, len(heard))
	next := 0
	var first struct {
		t   time.Time
		nom time.Duration
	}
	for _, b := range plan {
		for j := next; j < len(heard); j++ {
			off := heard[j].Sub(t0) - b.at
			if off < -2*time.Second {
				continue
			}
			if off > 2*time.Second {
				break
			}
			used[j], next = true, j+1
			if r.matched == 0 {
				first.t, first.nom = heard[j], b.at
			}
			r.matched++
			e := heard[j].Sub(first.t) - (b.at - first.nom)
			if e.Abs() > r.worst {
				r.worst = e.Abs()
			}
			r.drift = e
			r.fromStart = append(r.fromStart, off)
			r.log = append(r.log, fmt.Sprintf("%s: planned at %.3f s, heard at %.3f s, error %+.1f ms",
				b.what, b.at.Seconds(), heard[j].Sub(t0).Seconds(), ms(e)))
			break
		}
	}
	for j, u := range used {
		if !u {
			r.extra = append(r.extra, heard[j].Sub(t0))
		}
	}
	return r
}

// lineResult is the floor's lines against its deadlines.
type lineResult struct {
	lines        int
	worst, drift time.Duration
	late         []string // the lines more than 20 ms off, for the log
}

// matchLines compares line k with the first line + k seconds.
func matchLines(ts []time.Time) lineResult {
	r := lineResult{lines: len(ts)}
	for k, t := range ts {
		e := t.Sub(ts[0]) - time.Duration(k)*time.Second
		if e.Abs() > r.worst {
			r.worst = e.Abs()
		}
		if e.Abs() > 20*time.Millisecond {
			r.late = append(r.late, fmt.Sprintf("line %d: %+.0f ms", k, ms(e)))
		}
		r.drift = e
	}
	return r
}

// median of ds; 0 for none.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// meanMax is the mean and the largest of ds, in ms; NaN for none.
func meanMax(ds []time.Duration) (mean, maxMS float64) {
	if len(ds) == 0 {
		return math.NaN(), math.NaN()
	}
	var sum time.Duration
	for _, d := range ds {
		sum += d
		maxMS = max(maxMS, ms(d))
	}
	return ms(sum) / float64(len(ds)), maxMS
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
