package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/checkin"
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
