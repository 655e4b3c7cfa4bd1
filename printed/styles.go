package printed

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// Styles are the printed views' styles, built once for the output they
// go to by NewStyles and handed to every view. Every distinction colour
// makes is also made by a glyph or a word, so a view reads the same once
// the colour is gone (NO_COLOR, a pipe).
type Styles struct {
	Title lipgloss.Style // headings, routine names
	Dim   lipgloss.Style // secondary text
	ID    lipgloss.Style // a routine's or exercise's id, a command, a flag

	// The two groups of warning signs: stop now, and see someone soon.
	Urgent, Consult lipgloss.Style

	// The stats: a session done, a full day, the pain chart's bars.
	Done, Full, Pain lipgloss.Style
}

// NewStyles builds the styles for output of colour profile p: bold and
// faint only where colour is off (Ascii: NO_COLOR; NoTTY: a pipe, a file,
// --no-color, where the output's writer takes even those away), else the
// terminal's own ANSI palette, which every theme adapts to light or dark,
// so that a printed view never needs to ask the terminal for its
// background (a query whose reply can leak to the prompt).
//
// The styles of no colour keep bold or faint where they have it: a styled
// block of lines is padded to its widest line and a style of nothing is
// not, and a view must lay out the same whatever its colours.
func NewStyles(p colorprofile.Profile) Styles {
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	st := Styles{Title: bold, Dim: plain.Faint(true), ID: plain, Urgent: bold, Consult: bold, Done: plain, Full: bold, Pain: plain}
	if p == colorprofile.NoTTY || p == colorprofile.Ascii {
		return st
	}
	st.ID = st.ID.Foreground(lipgloss.Cyan)
	st.Urgent = st.Urgent.Foreground(lipgloss.Red)
	st.Consult = st.Consult.Foreground(lipgloss.Yellow)
	st.Done = st.Done.Foreground(lipgloss.Green)
	st.Full = st.Full.Foreground(lipgloss.Green)
	st.Pain = st.Pain.Foreground(lipgloss.Magenta)
	return st
}
