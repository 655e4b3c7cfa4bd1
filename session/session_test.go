package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/routines"
)

var t0 = time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)

func plan(t *testing.T, id string, p routines.Progress) Plan {
	t.Helper()
	r, ok := routines.BuiltinRoutine(id)
	if !ok {
		t.Fatalf("no routine %s", id)
	}
	return Build(r, p)
}

// drive jumps to each wake-up in turn until the session ends.
func drive(t *testing.T, s *Session, from time.Time) ([]Event, time.Time) {
	t.Helper()
	var evs []Event
	now := from
	for i := 0; s.Live(); i++ {
		if i > 10000 {
			t.Fatal("session never ended")
		}
		now = s.NextWake(now)
		evs = append(evs, s.Advance(now)...)
	}
	return evs, now
}

// advanceTo runs the session up to now through every wake-up on the way,
// as a driver that wakes on time does.
func advanceTo(s *Session, now time.Time) []Event {
	var evs []Event
	for w := s.NextWake(now); s.Live() && !w.IsZero() && !w.After(now); w = s.NextWake(now) {
		evs = append(evs, s.Advance(w)...)
	}
	return append(evs, s.Advance(now)...)
}

// describe renders events compactly: "start ready childs-pose", "rep 2" …
func describe(p Plan, evs []Event) []string {
	var out []string
	for _, e := range evs {
		st := p.Steps[e.Step]
		switch e.Kind {
		case StepStarted:
			d := fmt.Sprintf("start %s %s", st.Kind, st.Exercise.ID)
			if st.Side != routines.NoSide {
				d += " " + st.Side.String()
			}
			if st.Kind == Hold {
				d += fmt.Sprintf(" %d/%d %v", st.Rep, st.Reps, st.Duration)
			}
			if st.Kind == Reps {
				d += fmt.Sprintf(" ×%d %s", st.Reps, st.Direction)
			}
			out = append(out, strings.TrimSpace(d))
		case RepStarted:
			out = append(out, fmt.Sprintf("rep %d", e.Rep))
		case LastSeconds:
			out = append(out, "3 s left")
		case StepDone:
			out = append(out, "done")
		case Finished:
			out = append(out, "finished")
		case Skipped:
			out = append(out, "skipped")
		case WentBack:
			out = append(out, "back")
		case Paused:
			out = append(out, "paused")
		case Resumed:
			out = append(out, "resumed")
		case Stopped:
			out = append(out, "stopped")
		}
	}
	return out
}

func TestTheFirstEveningSessionGoesThroughEveryStepInOrder(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	evs := s.Start(t0)
	more, _ := drive(t, s, t0)
	got := strings.Join(describe(p, append(evs, more...)), "\n")
	want := strings.Join([]string{
		"start get ready childs-pose", "done",
		"start hold childs-pose 1/1 10s", "3 s left", "done",
		"start get ready band-squeeze", "done",
		"start reps band-squeeze ×10",
		"rep 1", "rep 2", "rep 3", "rep 4", "rep 5", "rep 6", "rep 7", "rep 8", "rep 9", "rep 10", "done",
		"start get ready foam-rolling", "done",
		"start timed foam-rolling", "3 s left", "done",
		"finished",
	}, "\n")
	if got != want {
		t.Fatalf("events:\n%s\n\nwant:\n%s", got, want)
	}
	if s.Outcome() != Completed {
		t.Fatalf("outcome %v", s.Outcome())
	}
}

func TestEveryRoutineRunsToCompletionAtEveryRampDay(t *testing.T) {
	for _, id := range routines.BuiltinRoutineIDs() {
		for day := 0; day < 5; day++ {
			p := plan(t, id, routines.ProgressFor(day, 4, day))
			s := New(p)
			s.Start(t0)
			_, end := drive(t, s, t0)
			if s.Outcome() != Completed {
				t.Errorf("%s day %d: outcome %v", id, day+1, s.Outcome())
			}
			if got := end.Sub(t0); got != p.Duration() {
				t.Errorf("%s day %d: took %v, planned %v", id, day+1, got, p.Duration())
			}
			for i, r := range s.Results() {
				if r.Status != Done {
					t.Errorf("%s day %d: step %d is %v", id, day+1, i, r.Status)
				}
			}
		}
	}
}

func TestTheSeatedTwistDoesTheRightSideThenSwitchesLeft(t *testing.T) {
	p := plan(t, "midday", routines.ProgressFor(3, 4, 3))
	var got []string
	for _, st := range p.Steps {
		if st.Exercise.ID == "seated-twist" {
			got = append(got, fmt.Sprintf("%s %s", st.Kind, st.Side))
		}
	}
	want := "get ready |hold right|switch sides left|hold left"
	if strings.Join(got, "|") != want {
		t.Fatalf("twist steps %q, want %q", strings.Join(got, "|"), want)
	}
	for _, st := range p.Steps {
		if st.Exercise.ID == "seated-twist" && st.Kind == Hold && st.Duration != 30*time.Second {
			t.Errorf("full twist hold %v, want 30s each side", st.Duration)
		}
	}
}

func TestShoulderRollsGoBothWaysInEachSet(t *testing.T) {
	p := plan(t, "morning", routines.ProgressFor(3, 4, 3))
	var got []string
	for _, st := range p.Steps {
		if st.Exercise.ID == "shoulder-rolls" && st.Kind != Ready {
			got = append(got, fmt.Sprintf("%s %s %d/%d ×%d", st.Kind, st.Direction, st.Set, st.Sets, st.Reps))
		}
	}
	want := "reps backward 1/2 ×4|reps forward 1/2 ×4|rest  0/0 ×0|reps backward 2/2 ×4|reps forward 2/2 ×4"
	if strings.Join(got, "|") != want {
		t.Fatalf("rolls %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestHoldRepsAreSeparatedByRests(t *testing.T) {
	p := plan(t, "evening", routines.ProgressFor(3, 4, 3))
	var got []string
	for _, st := range p.Steps {
		if st.Exercise.ID == "childs-pose" {
			got = append(got, fmt.Sprintf("%s %d", st.Kind, st.Rep))
		}
	}
	if want := "get ready 0|hold 1|rest 0|hold 2"; strings.Join(got, "|") != want {
		t.Fatalf("child's pose steps %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestEventsComeAtTheirExactProgramTimes(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	evs, _ := drive(t, s, t0)
	ready := p.Steps[0].Duration // child's pose get-ready
	for _, e := range evs {
		if e.Kind == LastSeconds && e.Step == 1 {
			if want := t0.Add(ready + 10*time.Second - 3*time.Second); !e.At.Equal(want) {
				t.Errorf("3 s cue at %v, want %v", e.At, want)
			}
		}
		if e.Kind == RepStarted && e.Rep == 3 {
			start := t0.Add(p.Steps[0].Duration + p.Steps[1].Duration + p.Steps[2].Duration)
			if want := start.Add(2 * p.Steps[3].RepLength()); !e.At.Equal(want) {
				t.Errorf("rep 3 at %v, want %v", e.At, want)
			}
		}
	}
}

func TestLateWakeUpsWithinTheSlackDoNotDrift(t *testing.T) {
	p := plan(t, "morning", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	now := t0
	for i := 0; s.Live(); i++ {
		now = s.NextWake(now).Add(40 * time.Millisecond) // every wake-up 40 ms late
		s.Advance(now)
	}
	if got := s.Elapsed(now); got != p.Duration() {
		t.Fatalf("actual %v, planned %v: the session drifted", got, p.Duration())
	}
}

func TestAfterALongGapTheNextStepStartsWholeFromNow(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	late := t0.Add(p.Steps[0].Duration + time.Minute) // the process was stopped a minute
	evs := s.Advance(late)
	if s.Index() != 1 {
		t.Fatalf("after the gap at step %d, want 1", s.Index())
	}
	if got := s.Countdown().Remaining(late); got != p.Steps[1].Duration {
		t.Fatalf("the hold has %v left, want all %v", got, p.Steps[1].Duration)
	}
	if n := len(evs); n != 2 {
		t.Fatalf("one gap gave %d events (%v), want done + start", n, describe(p, evs))
	}
}

func TestPauseFreezesTheStepAndAddsToTheActualLength(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	at := t0.Add(20 * time.Second) // 5 s into the 10 s hold
	advanceTo(s, at)
	s.Pause(at)
	if s.NextWake(at.Add(time.Hour)) != (time.Time{}) {
		t.Fatal("a paused session schedules a wake-up")
	}
	if evs := s.Advance(at.Add(time.Hour)); len(evs) != 0 {
		t.Fatalf("a paused session produced %v", describe(p, evs))
	}
	if r := s.Countdown().Remaining(at.Add(time.Hour)); r != 5*time.Second {
		t.Fatalf("paused with %v left, want 5s", r)
	}
	s.Resume(at.Add(2 * time.Minute))
	_, end := drive(t, s, at.Add(2*time.Minute))
	if got, want := s.Elapsed(end), p.Duration()+2*time.Minute; got != want {
		t.Fatalf("actual %v, want planned + pause = %v", got, want)
	}
	if s.PausedFor(end) != 2*time.Minute {
		t.Fatalf("paused for %v, want 2m", s.PausedFor(end))
	}
}

func TestSkipMovesOnAndRecordsTheSkip(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	advanceTo(s, t0.Add(17*time.Second)) // 2 s into the hold
	evs := s.Skip(t0.Add(17 * time.Second))
	if got := strings.Join(describe(p, evs), ","); got != "skipped,start get ready band-squeeze" {
		t.Fatalf("skip gave %s", got)
	}
	if r := s.Results()[1]; r.Status != SkippedOver || r.Active != 2*time.Second {
		t.Fatalf("skipped hold recorded as %+v", r)
	}
	sum := s.Summary(t0.Add(17 * time.Second))
	if sum.Exercises[0].Skipped != 1 || sum.Exercises[0].Done != 0 {
		t.Fatalf("summary %+v", sum.Exercises[0])
	}
}

func TestSkippingTheLastStepCompletesTheSession(t *testing.T) {
	p := plan(t, "desk", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	for s.Live() {
		s.Skip(t0)
	}
	if s.Outcome() != Completed {
		t.Fatalf("outcome %v", s.Outcome())
	}
}

func TestSkipExerciseJumpsToTheNextExercise(t *testing.T) {
	p := plan(t, "evening", routines.ProgressFor(3, 4, 3))
	s := New(p)
	s.Start(t0)
	s.SkipExercise(t0)
	if st := s.Current(); st.Exercise.ID != "band-squeeze" || st.Kind != Ready {
		t.Fatalf("after skipping the exercise: %s %s", st.Kind, st.Exercise.ID)
	}
}

func TestBackRestartsThePreviousStep(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	now := t0.Add(18 * time.Second)
	advanceTo(s, now)
	evs := s.Back(now)
	if got := strings.Join(describe(p, evs), ","); got != "back,start get ready childs-pose" {
		t.Fatalf("back gave %s", got)
	}
	if s.Countdown().Remaining(now) != p.Steps[0].Duration {
		t.Fatal("the previous step did not restart whole")
	}
	if s.Results()[1].Status != Pending {
		t.Fatal("the step gone back over still counts")
	}
	s.Back(now)
	if s.Index() != 0 {
		t.Fatal("back on the first step left it")
	}
}

func TestStopEndsTheSessionWithTheReason(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	now := t0.Add(19 * time.Second)
	advanceTo(s, now)
	evs := s.Stop(now, StoppedForPain)
	if len(evs) != 1 || evs[0].Kind != Stopped {
		t.Fatalf("stop gave %v", describe(p, evs))
	}
	if s.Live() || s.Outcome() != StoppedForPain {
		t.Fatal("the session is still live after stop")
	}
	if s.Results()[1] != (Result{Status: Partial, Active: 4 * time.Second}) {
		t.Fatalf("the stopped hold is recorded as %+v", s.Results()[1])
	}
	for _, op := range []func(time.Time) []Event{s.Advance, s.Skip, s.Back, s.Pause, s.Resume} {
		if len(op(now.Add(time.Minute))) != 0 {
			t.Fatal("an ended session still reacts")
		}
	}
	if s.Elapsed(now.Add(time.Hour)) != 19*time.Second {
		t.Fatal("an ended session's length keeps growing")
	}
}

func TestPaceFollowsThePhasesOfEachRep(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	repsStart := t0.Add(p.Steps[0].Duration + p.Steps[1].Duration + p.Steps[2].Duration)
	advanceTo(s, repsStart)
	cases := []struct {
		at    time.Duration
		rep   int
		phase int
	}{
		{0, 1, 0}, {2 * time.Second, 1, 1}, {5 * time.Second, 1, 2}, {6 * time.Second, 2, 0}, {59 * time.Second, 10, 2},
	}
	for _, tc := range cases {
		pc := s.Pace(repsStart.Add(tc.at))
		if pc.Rep != tc.rep || pc.Phase != tc.phase {
			t.Errorf("at +%v: rep %d phase %d, want rep %d phase %d", tc.at, pc.Rep, pc.Phase, tc.rep, tc.phase)
		}
	}
	if pc := s.Pace(repsStart.Add(3 * time.Second)); pc.Cue != "hold 2 s" || pc.PhaseLeft != time.Second {
		t.Errorf("pace mid-hold %+v", pc)
	}
}

func TestTheFirstEveningPlanIsAboutThreeMinutes(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	// ready 15 + hold 10 + ready 10 + 10 reps × 6 s + ready 10 + foam 60.
	if got := p.Duration(); got != 165*time.Second {
		t.Fatalf("first evening plan %v, want 2m45s", got)
	}
	full := plan(t, "evening", routines.ProgressFor(3, 4, 3))
	if full.Duration() <= p.Duration() {
		t.Fatal("the full evening is not longer than the first")
	}
}

func TestCountingRepsYourselfStopsTheClockAndEndsOnTheLastRep(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	repsAt := t0.Add(p.Steps[0].Duration + p.Steps[1].Duration + p.Steps[2].Duration)
	now := repsAt.Add(13 * time.Second) // 6 s reps: two done, third under way
	advanceTo(s, now)
	s.SetSelfCount(now, true)
	if !s.Counting() || s.IsPaused() {
		t.Fatal("self-count is not on, or looks like a pause")
	}
	if got := s.Pace(now).Rep; got != 3 {
		t.Fatalf("counting from rep %d, want 3", got)
	}
	if !s.NextWake(now.Add(time.Hour)).IsZero() || len(s.Advance(now.Add(time.Hour))) != 0 {
		t.Fatal("the clock still runs while the person counts")
	}
	later := now.Add(time.Hour)
	var evs []Event
	for i := 0; i < 8; i++ { // reps 3..10
		evs = append(evs, s.CountRep(later)...)
	}
	got := strings.Join(describe(p, evs), ",")
	if want := "rep 4,rep 5,rep 6,rep 7,rep 8,rep 9,rep 10,done,start get ready foam-rolling"; got != want {
		t.Fatalf("counting gave %s, want %s", got, want)
	}
	if s.Results()[3].Status != Done {
		t.Fatal("the counted set is not recorded as done")
	}
}

func TestSwitchingBackToTimedRepsCarriesOnFromTheNextRep(t *testing.T) {
	p := plan(t, "evening", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	repsAt := t0.Add(p.Steps[0].Duration + p.Steps[1].Duration + p.Steps[2].Duration)
	advanceTo(s, repsAt)
	s.SetSelfCount(repsAt, true)
	s.CountRep(repsAt.Add(time.Minute))
	s.CountRep(repsAt.Add(time.Minute))
	back := repsAt.Add(2 * time.Minute)
	evs := s.SetSelfCount(back, false)
	if got := strings.Join(describe(p, evs), ","); got != "rep 3" {
		t.Fatalf("back to timed gave %s, want rep 3", got)
	}
	if got, want := s.Countdown().Remaining(back), 8*p.Steps[3].RepLength(); got != want {
		t.Fatalf("timed reps resume with %v left, want %v (8 reps)", got, want)
	}
}

func TestSelfCountCarriesOverToTheNextPacedStep(t *testing.T) {
	p := plan(t, "morning", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	s.SetSelfCount(t0, true) // chosen during the get-ready
	if s.Counting() {
		t.Fatal("a get-ready step is counted")
	}
	s.Skip(t0)
	if !s.Counting() || s.Current().Direction != "backward" {
		t.Fatal("the first shoulder-roll run is not counted by the person")
	}
}

func TestTheBreathingPacerAlternatesInAndOut(t *testing.T) {
	p := plan(t, "morning", routines.FirstSession())
	s := New(p)
	s.Start(t0)
	for s.Current().Exercise.ID != "deep-breathing" || s.Current().Kind != Timed {
		s.Skip(t0)
	}
	cases := []struct {
		at  time.Duration
		cue string
	}{{0, "breathe in"}, {4 * time.Second, "breathe in"}, {5 * time.Second, "breathe out"}, {10 * time.Second, "breathe in"}, {59 * time.Second, "breathe out"}}
	for _, tc := range cases {
		if got := s.Pace(t0.Add(tc.at)).Cue; got != tc.cue {
			t.Errorf("at +%v: %q, want %q", tc.at, got, tc.cue)
		}
	}
}
