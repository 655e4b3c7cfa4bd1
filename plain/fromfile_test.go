package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// fromFilePayloads are strings a config or history file can carry that a
// terminal would act on, each with the escaped form plain mode must print.
var fromFilePayloads = []struct{ name, raw, shown string }{
	{"a bell", "bell\a", `bell\a`},
	{"a carriage return", "over\rwrite", `over\rwrite`},
	{"a C1 CSI", "c1\u009b2J", `c1\u009b2J`},
	{"an SGR that hides text", "\x1b[8mhidden", `\x1b[8mhidden`},
	{"an OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", `\x1b]8;;https://evil.example/\x1b\click\x1b]8;;\x1b\`},
}

// payloadPlan is the desk routine with its name and every exercise's name,
// setup and steps replaced by payload, as a config file could word them.
func payloadPlan(payload string) session.Plan {
	r, _ := routines.RoutineByID("desk")
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
	for _, p := range fromFilePayloads {
		t.Run(p.name, func(t *testing.T) {
			var out bytes.Buffer
			s := session.New(payloadPlan(p.raw))
			Run(context.Background(), &out, &virtualClock{evening7pm}, s, nil, nil)
			if strings.Contains(out.String(), p.raw) {
				t.Errorf("plain mode prints %q raw:\n%q", p.raw, out.String())
			}
			if strings.Count(out.String(), p.shown) < 3 {
				t.Errorf("plain mode does not show the name, the steps and the summary as %s:\n%s", p.shown, out.String())
			}
		})
	}
}

func TestASummaryPrintsControlBytesFromItsRoutineAndExercisesEscaped(t *testing.T) {
	for _, p := range fromFilePayloads {
		t.Run(p.name, func(t *testing.T) {
			var out bytes.Buffer
			WriteSummary(&out, session.Summary{Routine: p.raw, Outcome: session.Completed,
				Exercises: []session.ExerciseResult{{Name: p.raw, Steps: 1, Done: 1}}})
			if strings.Contains(out.String(), p.raw) {
				t.Errorf("the summary prints %q raw:\n%q", p.raw, out.String())
			}
			if strings.Count(out.String(), p.shown) != 2 {
				t.Errorf("the summary does not show the routine and the exercise as %s:\n%s", p.shown, out.String())
			}
		})
	}
}
