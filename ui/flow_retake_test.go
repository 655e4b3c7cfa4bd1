package ui

import (
	"strings"
	"testing"

	"github.com/backstretch/backstretch/checkin"
)

// r on the pain check-in takes the safety screening again, then comes back
// to the check-in; the key is named on the screen.
func TestRAtThePainCheckInRetakesTheScreening(t *testing.T) {
	b := &checkin.Before{Screening: checkin.NoneApplies()}
	f, started := newTestFlow(t, "desk", b, 80, 24)
	if !strings.Contains(flowText(f), "r retake screening") {
		t.Fatalf("the key is not named:\n%s", flowText(f))
	}
	f, _ = press(f, "r")
	if !strings.Contains(flowText(f), "Safety screening, question 1 of 4") {
		t.Fatalf("r did not start the screening:\n%s", flowText(f))
	}
	f, _ = press(f, "n", "n", "n", "n")
	if !strings.Contains(flowText(f), "Pain now") || *started != 0 {
		t.Fatalf("after the screening, the check-in does not come back:\n%s", flowText(f))
	}
	f, _ = press(f, "2", "enter")
	if *started != 1 {
		t.Fatal("the session did not start after the check-in")
	}
	if recs := b.Records(t0, "s", "desk"); len(recs) != 2 || recs[0].Kind != "screening" {
		t.Errorf("records %+v, want the new screening and the pain", recs)
	}
}
