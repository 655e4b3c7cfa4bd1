package main

import (
	"strings"
	"testing"
)

// A stop for sharp pain at midday was forgotten by the evening: the
// evening session started with no word of it. The next session that day
// begins with a caution naming the stop, the program's rule, before the
// session; the next day it is not said again.
func TestTheNextSessionThatDayNamesTheStopForPain(t *testing.T) {
	t.Parallel()
	state := newState(t)
	code, out := plainSession(t, state, "x\n", "midday", "--start-at", on(23)[:10]+" 12:40", "--pain", "3")
	if code != 0 || !strings.Contains(out, "Stopped for sharp pain.") {
		t.Fatalf("midday: exit %d\n%s", code, out)
	}
	code, out = plainSession(t, state, "", "evening", "--start-at", on(23)[:10]+" 19:00", "--pain", "2", "--pain-after", "2")
	if code != 0 {
		t.Fatalf("evening: exit %d\n%s", code, out)
	}
	caution := "Earlier today, at 12:40, you stopped the midday routine for sharp pain. This program's rule"
	i := strings.Index(out, caution)
	if i < 0 || i > strings.Index(out, "Evening routine:") {
		t.Errorf("the evening does not begin with the caution:\n%s", out)
	}
	code, out = plainSession(t, state, "", "evening", "--start-at", on(24)[:10]+" 19:00", "--pain", "2", "--pain-after", "2")
	if code != 0 || strings.Contains(out, "Earlier today") {
		t.Errorf("the next day still names the stop: exit %d\n%s", code, out)
	}
}
