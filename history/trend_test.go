package history

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/session"
)

// week is seven days of sessions with the given pain before each; -1 is a
// day without a session.
func week(pains ...int) []Session {
	var out []Session
	for n, p := range pains {
		if p >= 0 {
			out = append(out, day(n, session.Completed, p, p))
		}
	}
	return out
}

func TestPainRisingOverAWeekOfStretchingCallsForAnEvaluation(t *testing.T) {
	tr := PainTrend(week(2, 3, 2, 3, 4, 4, 5), now(6).Add(14*time.Hour))
	if !tr.Worsening() {
		t.Fatalf("%+v: not worsening", tr)
	}
	if tr.Early != 7.0/3 || tr.Late != 13.0/3 || tr.ActiveDays != 7 {
		t.Errorf("%+v, want early 7/3, late 13/3, 7 active days", tr)
	}
	for _, want := range []string{"from 2.3 to 4.3", "7 days", "6 of 7 days", "doctor or physiotherapist"} {
		if !strings.Contains(tr.Advice(), want) {
			t.Errorf("advice %q lacks %q", tr.Advice(), want)
		}
	}
}

func TestNoTrendAdviceWithoutAReason(t *testing.T) {
	at := now(6).Add(14 * time.Hour)
	cases := map[string][]Session{
		"steady pain":          week(3, 3, 3, 3, 3, 3, 3),
		"falling pain":         week(5, 5, 4, 3, 3, 2, 2),
		"rise under one point": week(2, 2, 3, 3, 3, 3, 3),
		"not consistent":       week(2, -1, 3, -1, 4, 5, 5),
		"no early check-ins":   week(-1, -1, -1, 3, 4, 5, 6),
	}
	for name, hist := range cases {
		if tr := PainTrend(hist, at); tr.Worsening() || tr.Advice() != "" {
			t.Errorf("%s: %+v says worsening", name, tr)
		}
	}
	if tr := PainTrend(nil, at); !math.IsNaN(tr.Early) || tr.ActiveDays != 0 {
		t.Errorf("empty history: %+v", tr)
	}
}

func TestOneMissedDayIsStillConsistent(t *testing.T) {
	tr := PainTrend(week(2, 2, 2, -1, 4, 4, 4), now(6).Add(14*time.Hour))
	if tr.ActiveDays != 6 || !tr.Worsening() {
		t.Errorf("%+v: six active days of rising pain should count", tr)
	}
}

// A rise of a whole point, from 1.5 to 2.5, once read "from about 2 to
// about 2" (rounding half to even): the numbers shown can never
// contradict the rule.
func TestTheTrendsNumbersCannotContradictEachOther(t *testing.T) {
	tr := Trend{ActiveDays: 7, Early: 1.5, Late: 2.5}
	if !tr.Worsening() || !strings.Contains(tr.Advice(), "from 1.5 to 2.5") {
		t.Fatalf("advice %q", tr.Advice())
	}
}
