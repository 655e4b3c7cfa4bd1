package printed

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/routines"
)

func TestOneShotViewsFitAnEightyColumnTerminal(t *testing.T) {
	t.Parallel()
	for name, view := range map[string]string{
		"list day 1": List(colour(), routines.Builtin(), routines.FirstSession()),
		"list full":  List(colour(), routines.Builtin(), routines.ProgressFor(10, 4, 60)),
		"signs":      Signs(colour(), Width),
	} {
		for _, l := range strings.Split(view, "\n") {
			if w := lipgloss.Width(l); w > 80 {
				t.Errorf("%s: a line is %d cells wide: %q", name, w, l)
			}
		}
	}
}

func TestSignsWrapToANarrowTerminal(t *testing.T) {
	t.Parallel()
	out := Signs(colour(), 40)
	for _, l := range strings.Split(out, "\n") {
		if w := lipgloss.Width(l); w > 40 {
			t.Errorf("a line is %d wide at 40 columns: %q", w, l)
		}
	}
	if !strings.Contains(out, "physiotherapist") {
		t.Error("a word was broken to fit")
	}
}

func TestListShowsFloorPushupsAfterSixWeeks(t *testing.T) {
	t.Parallel()
	if out := List(colour(), routines.Builtin(), routines.ProgressFor(30, 4, 45)); !strings.Contains(out, "floor push-ups this week") {
		t.Errorf("week 7 list:\n%s", out)
	}
}
