package ui

import (
	"strings"
	"testing"

	"github.com/backstretch/backstretch/checkin"
)

// r on the pain check-in takes the safety screening again, then comes back
// to the check-in; the key is named on the screen.
func TestRAtThePainCheckInRetakesTheScreening(t *testing.T) {
	t.Parallel()
	b := &checkin.Before{Screening: checkin.NoneApplies()}
	f, started := newTestFlow(t, "desk", b, 80, 24)
	if !strings.Contains(flowText(f), "r screening") {
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

// w at the day's first check-in puts the guided warm-up before the
// session's first exercise.
func TestWAtTheFirstCheckInStartsWithTheWarmUp(t *testing.T) {
	t.Parallel()
	b := &checkin.Before{Screening: checkin.NoneApplies(), OfferWarmUp: true}
	f, _ := newTestFlow(t, "evening", b, 80, 24)
	if !strings.Contains(flowText(f), "w warm-up") {
		t.Fatalf("the key is not named:\n%s", flowText(f))
	}
	f, _ = press(f, "w", "1", "enter")
	if f.Session() == nil || f.Session().Plan.Steps[0].Exercise.ID != "warm-up" {
		t.Fatalf("the session does not begin with the warm-up:\n%s", flowText(f))
	}
}
