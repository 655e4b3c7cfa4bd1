package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// shownKey is a key for a key line, and whether it must stay on it
// whatever the width: the stop and quit keys, and ? for the rest.
type shownKey struct {
	b    key.Binding
	keep bool
}

// everyKey is keys of which every one stays, for a list that shows them
// all on as many lines as they need.
func everyKey(keys ...key.Binding) []shownKey {
	shown := make([]shownKey, len(keys))
	for i, b := range keys {
		shown[i] = shownKey{b, true}
	}
	return shown
}

// keyRows lays keys out in at most rows lines of width w, broken between
// keys, never inside one. When they do not fit, keys that need not stay
// are left to the full help, the last first, so the line never ends in a
// cut-off key and the keys that must stay are always there.
func keyRows(h help.Model, keys []shownKey, w, rows int) []string {
	var on []shownKey
	for _, k := range keys {
		if k.b.Enabled() {
			on = append(on, k)
		}
	}
	for {
		lines := layKeys(h, on, w)
		if len(lines) <= rows {
			return lines
		}
		drop := -1
		for i := len(on) - 1; i >= 0 && drop < 0; i-- {
			if !on[i].keep {
				drop = i
			}
		}
		if drop < 0 {
			return lines // only keys that must stay: they take the lines they need
		}
		on = append(on[:drop:drop], on[drop+1:]...)
	}
}

// layKeys breaks keys into lines of width w, as many as they need, and
// never leaves one key alone on the last line when the line above can
// give it company. Each key is measured once: a line's width is its keys'
// and the separators'.
func layKeys(h help.Model, keys []shownKey, w int) []string {
	h.SetWidth(0)
	sep := lipgloss.Width(h.ShortSeparator)
	widths := make([]int, len(keys))
	for i, k := range keys {
		widths[i] = lipgloss.Width(h.ShortHelpView([]key.Binding{k.b}))
	}
	lineWidth := func(from, to int) int {
		total := 0
		for i := from; i < to; i++ {
			total += widths[i]
		}
		return total + sep*max(to-from-1, 0)
	}
	var starts []int // the first key of each line
	for i := range keys {
		if len(starts) == 0 || lineWidth(starts[len(starts)-1], i+1) > w {
			starts = append(starts, i)
		}
	}
	if n := len(starts); n > 1 && starts[n-1] == len(keys)-1 && starts[n-1]-starts[n-2] > 1 &&
		lineWidth(starts[n-1]-1, len(keys)) <= w {
		starts[n-1]--
	}
	lines := make([]string, len(starts))
	for i, from := range starts {
		to := len(keys)
		if i+1 < len(starts) {
			to = starts[i+1]
		}
		line := make([]key.Binding, 0, to-from)
		for _, k := range keys[from:to] {
			line = append(line, k.b)
		}
		lines[i] = h.ShortHelpView(line)
	}
	return lines
}
