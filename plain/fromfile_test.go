package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext/safetexttest"
	"github.com/backstretch/backstretch/session"
)

// payloadPlan is the desk routine with its name and every exercise's name,
// setup and steps replaced by payload, as a config file could word them.
func payloadPlan(payload string) session.Plan {
	r, _ := routines.BuiltinRoutine("desk")
	r.Name = payload
	plan := session.Build(r, routines.FirstSession())
	for i := range plan.Steps {
		e := *plan.Steps[i].Exercise
		e.Name, e.Setup, e.Steps, e.Feel = payload, []string{payload}, []string{payload}, payload
		plan.Steps[i].Exercise = &e
	}
	return plan
}

func TestAPlainSessionPrintsControlBytesFromItsRoutineEscaped(t *testing.T) {
	for _, p := range safetexttest.Payloads() {
		t.Run(p.Name, func(t *testing.T) {
			var out bytes.Buffer
			s := session.New(payloadPlan(p.Raw))
			Run(context.Background(), &out, &virtualClock{evening7pm}, s, nil, nil)
			if strings.Contains(out.String(), p.Raw) {
				t.Errorf("plain mode prints %q raw:\n%q", p.Raw, out.String())
			}
			if strings.Count(out.String(), p.Shown) < 3 {
				t.Errorf("plain mode does not show the name, the steps and the summary as %s:\n%s", p.Shown, out.String())
			}
		})
	}
}

func TestASummaryPrintsControlBytesFromItsRoutineAndExercisesEscaped(t *testing.T) {
	for _, p := range safetexttest.Payloads() {
		t.Run(p.Name, func(t *testing.T) {
			var out bytes.Buffer
			WriteSummary(&out, session.Summary{Routine: p.Raw, Outcome: session.Completed,
				Exercises: []session.ExerciseResult{{Name: p.Raw, Steps: 1, Done: 1}}})
			if strings.Contains(out.String(), p.Raw) {
				t.Errorf("the summary prints %q raw:\n%q", p.Raw, out.String())
			}
			if strings.Count(out.String(), p.Shown) != 2 {
				t.Errorf("the summary does not show the routine and the exercise as %s:\n%s", p.Shown, out.String())
			}
		})
	}
}
