package printed

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/timer"
)

// The text helpers of every view, printed or full screen: the full-screen
// UI (package ui) lays its text out with these too.

// Wrap breaks s into lines of at most w cells at spaces, never inside a
// hyphenated word ("ramp-up", "8-week"), which lipgloss would break at
// its hyphen: the hyphens are held as non-breaking ones while wrapping.
func Wrap(s string, w int) string {
	const nonBreaking = "\u2011"
	held := strings.ReplaceAll(s, "-", nonBreaking)
	return strings.ReplaceAll(lipgloss.Wrap(held, w, " "), nonBreaking, "-")
}

// Paragraph wraps printed text at words to width, at most Width.
func Paragraph(text string, width int) string {
	return Wrap(text, min(max(width, 20), Width))
}

// Hanging wraps text to width with every line after the first indented
// by first's width.
func Hanging(first, text string, width int) string {
	return indented(first, strings.Repeat(" ", lipgloss.Width(first)), text, width)
}

// hangBeside puts text after first, on one line when it fits; otherwise
// wrapped beside first when that leaves room enough, or below it,
// indented. (Hanging always wraps beside first.)
func hangBeside(first, text string, width int) string {
	w := lipgloss.Width(first)
	if w+lipgloss.Width(text) <= width {
		return first + text
	}
	indent := strings.Repeat(" ", w)
	if width-w < 30 {
		first, indent = strings.TrimRight(first, " ")+"\n  ", "  "
	}
	lines := strings.Split(Wrap(text, width-len(indent)), "\n")
	return first + strings.Join(lines, "\n"+indent)
}

// indented wraps text at words to width, its first line after first and
// the others after rest (both spaces or plain text).
func indented(first, rest, text string, width int) string {
	lines := strings.Split(Wrap(text, width-max(lipgloss.Width(first), lipgloss.Width(rest))), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// StyleLines renders each line of text on its own, so that no line is
// padded.
func StyleLines(st lipgloss.Style, text string) []string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = st.Render(l)
	}
	return lines
}

// paintLines is StyleLines joined again.
func paintLines(st lipgloss.Style, text string) string {
	return strings.Join(StyleLines(st, text), "\n")
}

// trimLines drops the spaces that joining blocks leaves at line ends.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// pad right-pads s to n cells.
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(n-lipgloss.Width(s), 0))
}

// widest is the width of s's longest line.
func widest(s string) int {
	w := 0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, lipgloss.Width(l))
	}
	return w
}

// MinSec formats a duration as m:ss, rounded up to the second.
func MinSec(d time.Duration) string {
	s := timer.CeilSeconds(d)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
