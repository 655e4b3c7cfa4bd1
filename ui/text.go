package ui

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/timer"
)

// tooSmall asks for a larger pane in as many words as fit w×h.
func tooSmall(w, h int) string {
	msg := lipgloss.Wrap(fmt.Sprintf("Make the pane larger: at least %d×%d (now %d×%d).", MinWidth, MinHeight, w, h), w, " ")
	if strings.Count(msg, "\n") < h {
		return msg
	}
	return truncate("Pane too small", w)
}

// mmss formats a duration as m:ss.
func mmss(d time.Duration) string {
	s := timer.CeilSeconds(d)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// truncate cuts s to w cells, ending with an ellipsis when cut.
func truncate(s string, w int) string {
	return ansi.Truncate(s, max(w, 0), "…")
}

// clip keeps the first n lines of s, marking a cut with an ellipsis.
func clip(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) <= n {
		return s
	}
	return strings.Join(lines[:n], "\n") + "…"
}

// capitalize and lowerFirst change the first letter (not byte: names
// from the config file may be in any language).
func capitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// wrapWords wraps text to width at spaces only: a word is never broken,
// not at its hyphen either ("8-week", "ramp-up", as lipgloss.Wrap does),
// unless it is longer than the width by itself. Runs of spaces inside a
// line and its indentation stay; styles carry over the line ends as
// lipgloss.Wrap carries them.
func wrapWords(text string, width int) string {
	width = max(width, 1)
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		cur, cw, wrapped := "", 0, false
		for i, word := range strings.Split(para, " ") {
			ww := ansi.StringWidth(word)
			if i > 0 {
				switch {
				case cw+1+ww > width && strings.TrimSpace(ansi.Strip(cur)) != "":
					lines = append(lines, strings.TrimRight(cur, " "))
					cur, cw, wrapped = "", 0, true
				case wrapped && cw == 0: // no space begins a wrapped line
				default:
					cur, cw = cur+" ", cw+1
				}
			}
			if cw+ww > width { // a word wider than the line: cut, as the terminal would
				if cw >= width {
					lines = append(lines, strings.TrimRight(cur, " "))
					cur, cw, wrapped = "", 0, true
				}
				if parts := strings.Split(ansi.Hardwrap(word, width-cw, true), "\n"); len(parts) > 1 {
					lines = append(append(lines, cur+parts[0]), parts[1:len(parts)-1]...)
					cur, cw, wrapped = "", 0, true
					word, ww = parts[len(parts)-1], ansi.StringWidth(parts[len(parts)-1])
				}
			}
			cur, cw = cur+word, cw+ww
		}
		lines = append(lines, strings.TrimRight(cur, " "))
	}
	var b strings.Builder
	w := lipgloss.NewWrapWriter(&b)
	_, _ = w.Write([]byte(strings.Join(lines, "\n")))
	_ = w.Close()
	return b.String()
}
