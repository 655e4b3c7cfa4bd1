package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/printed"
)

// tooSmall asks for a larger pane in as many words as fit w×h.
func tooSmall(w, h int) string {
	msg := printed.Wrap(fmt.Sprintf("Make the pane larger: at least %d×%d (now %d×%d).", MinWidth, MinHeight, w, h), w)
	if strings.Count(msg, "\n") < h {
		return msg
	}
	return truncate("Pane too small", w)
}

// truncate cuts s to w cells, ending with an ellipsis when cut: after the
// last whole word that fits, so no word shows broken, unless that would
// leave less than half the room used (one long word).
func truncate(s string, w int) string {
	w = max(w, 0)
	if ansi.StringWidth(s) <= w {
		return s
	}
	fits := ansi.Truncate(ansi.Strip(s), max(w-1, 0), "") // beside the ellipsis
	if i := strings.LastIndexByte(fits, ' '); i > 0 {
		keep := ansi.StringWidth(strings.TrimRight(fits[:i], " ,;:·–-"))
		if keep >= w/2 {
			return ansi.Truncate(s, keep+1, "…")
		}
	}
	return ansi.Truncate(s, w, "…")
}
