package printed

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/routines"
)

// colour is the styles of a colour terminal, which the tests lay the views
// out with: the view with every escape in it.
func colour() Styles { return NewStyles(colorprofile.ANSI) }

func TestWithoutColourThePrintedStylesAreBoldAndFaintOnlyAndLayOutTheSame(t *testing.T) {
	t.Parallel()
	s, _ := sixtyStats()
	views := func(st Styles) map[string]string {
		return map[string]string{
			"list":    List(st, routines.Builtin(), routines.FirstSession()),
			"signs":   Signs(st, 40),
			"stats":   Stats(st, s, 80),
			"history": HistoryFor(st, narrowHistory(), 20, 40),
		}
	}
	full := views(colour())
	for _, p := range []colorprofile.Profile{colorprofile.Ascii, colorprofile.NoTTY} {
		for name, view := range views(NewStyles(p)) {
			if !hasColour(full[name]) && name != "history" { // the history is bold and faint only
				t.Errorf("%s has no colour in a colour terminal; the test would prove nothing", name)
			}
			if hasColour(view) || !strings.Contains(view, "\x1b[1m") {
				t.Errorf("%s for %v: colour %v, bold %v; want bold and no colour", name, p, hasColour(view), strings.Contains(view, "\x1b[1m"))
			}
			if ansi.Strip(view) != ansi.Strip(full[name]) {
				t.Errorf("%s for %v lays out differently from the colour view:\n%s", name, p, ansi.Strip(view))
			}
			var out bytes.Buffer
			w := &colorprofile.Writer{Forward: &out, Profile: p}
			if _, err := w.WriteString(view); err != nil {
				t.Fatal(err)
			}
			if p == colorprofile.NoTTY && out.String() != ansi.Strip(view) {
				t.Errorf("%s through a pipe's writer is not the plain text:\n%q", name, out.String())
			}
		}
	}
}
