package history

import (
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// did is a completed session on day n in which only the given exercises
// had a step done.
func did(n int, routine string, exercises ...string) Session {
	s := day(n, session.Completed, 2, 2)
	s.Routine, s.Did = routine, map[string]bool{}
	for _, e := range exercises {
		s.Did[e] = true
	}
	return s
}

// doseOf is today's dose of one exercise of a routine.
func doseOf(t *testing.T, p routines.Progress, routine, exercise string) routines.Dose {
	t.Helper()
	r, _ := routines.BuiltinRoutine(routine)
	for _, d := range r.Doses(p) {
		if d.Exercise.ID == exercise {
			return d
		}
	}
	t.Fatalf("%s has no %s", routine, exercise)
	return routines.Dose{}
}

// Three days of desk shoulder rolls once made the first rhomboid ever
// 2 × 20 s: a first time is a first time, whatever else was done.
func TestDaysOfOtherExercisesNeverAdvanceAStretchNeverDone(t *testing.T) {
	hist := []Session{did(0, "desk", "shoulder-rolls"), did(1, "desk", "shoulder-rolls"), did(2, "desk", "shoulder-rolls")}
	p := Progress(hist, now(3), 4)
	if d := doseOf(t, p, "morning", "rhomboid"); d.Hold != 10*time.Second || d.Reps != 1 {
		t.Errorf("the first rhomboid ever after three desk days: %d × %v, want 1 × 10s", d.Reps, d.Hold)
	}
	if d := doseOf(t, p, "evening", "childs-pose"); d.Hold != 10*time.Second || d.Reps != 1 {
		t.Errorf("the first child's pose ever: %d × %v, want 1 × 10s", d.Reps, d.Hold)
	}
	if got := p.LevelOf("shoulder-rolls"); got != 4 {
		t.Errorf("the shoulder rolls after three days of them: level %d, want 4", got)
	}
}

// A step skipped or never reached does not count as done.
func TestOnlyTheExercisesActuallyDoneAdvance(t *testing.T) {
	hist := []Session{did(0, "morning", "shoulder-rolls"), did(1, "morning", "shoulder-rolls", "rhomboid")}
	p := Progress(hist, now(2), 4)
	if p.LevelOf("shoulder-rolls") != 3 || p.LevelOf("rhomboid") != 2 || p.LevelOf("deep-breathing") != 1 {
		t.Errorf("levels %v, want shoulder rolls 3, rhomboid 2, breathing 1", p.Levels)
	}
}

// A session started despite pain of 4 or more (--continue-anyway) once
// kept the ramp going for days: it earns no step up, and list says why.
func TestASessionStartedAtFourOrMoreDoesNotAdvanceTheRamp(t *testing.T) {
	var hist []Session
	for n := range 4 {
		s := day(n, session.Completed, 5, 5)
		hist = append(hist, s)
	}
	p := Progress(hist, now(4), 4)
	if p.Day != 1 || p.Full() {
		t.Errorf("after four days started at pain 5: level %d, want 1", p.Day)
	}
	if p.Note == "" || !strings.Contains(p.String(), "pain of 4 or more") {
		t.Errorf("no reason given: %q", p.String())
	}
}

// The push-up stage follows the weeks in which push-ups were done.
func TestThePushupStageCountsTheWeeksPushupsWereDoneIn(t *testing.T) {
	pushups := func(n int) Session { return did(n, "midday", routines.PushupsID) }
	cases := []struct {
		name string
		hist []Session
		at   int
		want string
	}{
		{"none yet", nil, 30, "wall"},
		{"weeks 1 and 4 only, in week 4", []Session{pushups(0), pushups(22)}, 23, "wall"},
		{"weeks 1, 2 and 3, now week 4", []Session{pushups(0), pushups(8), pushups(15)}, 22, "counter"},
		{"every week for six weeks, week 7", []Session{pushups(0), pushups(7), pushups(14), pushups(21), pushups(28), pushups(35)}, 42, "floor"},
		{"week 1, then a month of other things", []Session{pushups(0), did(20, "morning", "rhomboid")}, 30, "wall"},
		{"another exercise in weeks 1–3", []Session{did(0, "morning", "rhomboid"), did(8, "morning", "rhomboid"), did(15, "morning", "rhomboid")}, 22, "wall"},
	}
	for _, c := range cases {
		p := Progress(c.hist, now(c.at), 4)
		if d := doseOf(t, p, "midday", routines.PushupsID); d.Variant == nil || d.Variant.Surface != c.want {
			t.Errorf("%s: %+v (week %d), want %s", c.name, d.Variant, p.Week, c.want)
		}
	}
}
