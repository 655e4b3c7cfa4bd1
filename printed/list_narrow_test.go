package printed

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/routines"
)

// At 40 columns list once ran past the pane, and the terminal broke its
// words ("ab / out 2 min 58 s today", "Band shoulder-blade sque / eze").
// Narrow, each entry is stacked and wrapped at words: every line fits,
// and every word of the table is there whole.
func TestListAtFortyColumnsBreaksNoWord(t *testing.T) {
	t.Parallel()
	for _, p := range []routines.Progress{routines.FirstSession(), routines.ProgressFor(30, 4, 45)} {
		narrow := ansi.Strip(ListFor(colour(), routines.Builtin(), p, 40))
		for _, l := range strings.Split(narrow, "\n") {
			if w := ansi.StringWidth(l); w > 40 {
				t.Errorf("a line of %d columns: %q", w, l)
			}
		}
		// Every line end is a space: not even a hyphenated word ("ramp-"
		// "up") is broken.
		have := map[string]bool{}
		for _, w := range strings.Fields(strings.ReplaceAll(narrow, ":", " ")) {
			have[w] = true
		}
		for _, w := range strings.Fields(ansi.Strip(List(colour(), routines.Builtin(), p))) {
			if !have[strings.TrimSuffix(w, ":")] {
				t.Errorf("the word %q of the table is not whole at 40 columns:\n%s", w, narrow)
			}
		}
	}
	if wide := ListFor(colour(), routines.Builtin(), routines.FirstSession(), 120); wide != List(colour(), routines.Builtin(), routines.FirstSession()) {
		t.Error("a wide terminal does not get the table")
	}
}
