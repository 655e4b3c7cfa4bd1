// Package ui is the full-screen side of backstretch on Bubble Tea: the
// guided session, its check-in questions and the companion, drawn by its
// own eager renderer (terminal.go). What the one-shot commands print, and
// the text helpers both sides lay out with, are package printed.
package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/backstretch/backstretch/printed"
)

// Styles holds every style of the full-screen UI, built for a light or a
// dark background. Every distinction that colour makes is also made by text
// (a label, a word), so the screen reads the same with NO_COLOR.
type Styles struct {
	Header  lipgloss.Style // routine, step counts, clock
	Dim     lipgloss.Style // secondary text
	Rule    lipgloss.Style
	Title   lipgloss.Style // exercise name
	Cue     lipgloss.Style // the current instruction
	Count   lipgloss.Style // the countdown digits
	Side    lipgloss.Style // "LEFT side"
	Notice  lipgloss.Style // a quiet one-off message
	Warning lipgloss.Style // the too-small message, stop advice

	// Badge colours per kind of moment: get ready, hold/go, rest, paused.
	Ready, Active, Rest, Paused lipgloss.Style

	// Bar colours for the progress bar of each kind of moment.
	BarReady, BarActive, BarRest color.Color
	BarEmpty                     color.Color

	Help help.Styles

	// Printed lays out the printed views the companion shows (history,
	// stats, signs) in the terminal's own palette, drawn down to its
	// colours like the rest of the screen.
	Printed printed.Styles

	dark bool // which background the styles were made for
}

func newStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	fg := ld(lipgloss.Color("#1f2328"), lipgloss.Color("#e6edf3"))
	dim := ld(lipgloss.Color("#57606a"), lipgloss.Color("#8b949e"))
	green := ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#3fb950"))
	amber := ld(lipgloss.Color("#9a6700"), lipgloss.Color("#d29922"))
	blue := ld(lipgloss.Color("#0969da"), lipgloss.Color("#58a6ff"))
	grey := ld(lipgloss.Color("#6e7781"), lipgloss.Color("#6e7681"))
	ink := ld(lipgloss.Color("#ffffff"), lipgloss.Color("#0d1117"))
	badge := lipgloss.NewStyle().Bold(true).Padding(0, 1).Foreground(ink)
	return Styles{
		Header: lipgloss.NewStyle().Bold(true).Foreground(fg),
		Dim:    lipgloss.NewStyle().Foreground(dim),
		Rule:   lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#d0d7de"), lipgloss.Color("#30363d"))),
		Title:  lipgloss.NewStyle().Bold(true).Foreground(fg),
		Cue:    lipgloss.NewStyle().Bold(true).Foreground(fg),
		// The digits change every second: drawn in the terminal's own
		// colour (their heavy strokes need no bold), a second costs a third
		// fewer bytes.
		Count:     lipgloss.NewStyle(),
		Side:      lipgloss.NewStyle().Bold(true).Underline(true).Foreground(fg),
		Notice:    lipgloss.NewStyle().Italic(true).Foreground(dim),
		Warning:   lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Color("#cf222e"), lipgloss.Color("#f85149"))),
		Ready:     badge.Background(amber),
		Active:    badge.Background(green),
		Rest:      badge.Background(blue),
		Paused:    badge.Background(grey),
		BarReady:  amber,
		BarActive: green,
		BarRest:   blue,
		BarEmpty:  ld(lipgloss.Color("#d0d7de"), lipgloss.Color("#30363d")),
		Help:      help.DefaultStyles(isDark),
		Printed:   printed.NewStyles(colorprofile.ANSI),
		dark:      isDark,
	}
}
