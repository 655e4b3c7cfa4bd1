package ui

import (
	"strconv"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/history"
)

// In a narrow pane the pain picker once shifted the numbers as the
// choice moved ("01[2]3" then "012[3]"). Every number keeps its column
// whatever is chosen.
func TestThePainPickerKeepsItsNumbersStill(t *testing.T) {
	t.Parallel()
	st := newStyles(true)
	col := func(line string, n string, value int) int {
		// The column of the number, found by its neighbours: the brackets
		// or the spaces around it.
		for i := 0; i+len(n) <= len(line); i++ {
			if line[i:i+len(n)] == n && (i == 0 || strings.ContainsRune(" []", rune(line[i-1]))) &&
				(i+len(n) == len(line) || strings.ContainsRune(" []", rune(line[i+len(n)]))) {
				return i
			}
		}
		t.Fatalf("value %d: no %s in %q", value, n, line)
		return -1
	}
	for _, width := range []int{80, 30} { // the full scale, and the narrow one
		want := map[string]int{}
		for value := -1; value <= 10; value++ {
			a := newAsker(checkin.PainQuestion("before"))
			a.value = value
			line := ansi.Strip(a.input(st, width))
			if value >= 0 && !strings.Contains(line, "["+itoa(value)+"]") {
				t.Fatalf("value %d not marked: %q", value, line)
			}
			for n := 0; n <= 10; n++ {
				c := col(line, itoa(n), value)
				if w, ok := want[itoa(n)]; ok && w != c {
					t.Errorf("with %d chosen, %d stands at column %d, not %d: %q", value, n, c, w, line)
				}
				want[itoa(n)] = c
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// Enter answers a 0–10 question once a level is chosen; the key line once
// offered "enter ok" before that, for a key that then did nothing.
func TestThePainKeysOfferEnterOnlyOnceALevelIsChosen(t *testing.T) {
	t.Parallel()
	st, h := newStyles(true), help.New()
	a := newAsker(checkin.PainQuestion(history.Before))
	keys := func(a asker) string {
		return ansi.Strip(strings.Join(a.layout(st, h, 80, 24).bottom, "\n"))
	}
	if got := keys(a); strings.Contains(got, "enter ok") || !strings.Contains(got, "0–10 choose") {
		t.Errorf("nothing chosen yet, the keys say:\n%s", got)
	}
	a, _ = a.update(keyPress("3"), a.layout(st, h, 80, 24))
	if got := keys(a); !strings.Contains(got, "enter ok") {
		t.Errorf("3 chosen, the keys say:\n%s", got)
	}
}
