package ui

import (
	"fmt"
	"strings"
	"time"

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

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
