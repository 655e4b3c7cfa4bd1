package main

import (
	"strings"
	"testing"
	"time"
)

// on is 08:00 local on the given day of November 2026 (Monday 2 Nov is
// the first), as --start-at takes it.
func on(day int) string {
	return time.Date(2026, 11, day, 8, 0, 0, 0, time.Local).Format("2006-01-02 15:04")
}

// Three days of desk shoulder rolls once made the first rhomboid ever
// 2 × 20 s. Each exercise grows by the days it was done: the first
// rhomboid is 1 × 10 s, whatever else came before.
func TestThreeDeskDaysThenAMorningGiveTheFirstRhomboidItsFirstDose(t *testing.T) {
	t.Parallel()
	state := newState(t)
	for day := 2; day <= 4; day++ {
		if code, out := plainSession(t, state, "", "desk", "--start-at", on(day), "--pain", "1", "--pain-after", "1"); code != 0 {
			t.Fatalf("desk on the %d: exit %d\n%s", day, code, out)
		}
	}
	code, out := plainSession(t, state, "", "morning", "--start-at", on(5), "--pain", "1", "--pain-after", "1")
	if code != 0 {
		t.Fatalf("morning: exit %d\n%s", code, out)
	}
	rhomboid := out[strings.Index(out, "Rhomboid stretch"):]
	if !strings.Contains(rhomboid[:200], "Today: 1 × 10 s.") {
		t.Errorf("the first rhomboid ever after three desk days:\n%s", rhomboid[:200])
	}
	if !strings.Contains(out, "Today's dosage: days 1 to 4 of 4 of the ramp-up, by exercise.") {
		t.Errorf("the morning does not say its exercises stand at different days:\n%s", out)
	}
}

// Push-ups done only in weeks 1 and 4 are still wall push-ups in week 4:
// the stage follows the weeks they were done in.
func TestPushupsDoneInWeeksOneAndFourOnlyAreStillWallPushupsInWeekFour(t *testing.T) {
	state := newState(t)
	for _, day := range []int{2, 23} { // weeks 1 and 4
		if code, out := plainSession(t, state, "", "midday", "--start-at", on(day), "--pain", "1", "--pain-after", "1"); code != 0 {
			t.Fatalf("midday on the %d: exit %d\n%s", day, code, out)
		}
	}
	if got := dose(t, state, on(24), "midday", "Wall push-ups"); !strings.Contains(got, "wall push-ups this week") {
		t.Errorf("week 4 after push-ups in weeks 1 and 4: %q, want wall push-ups", got)
	}
}
