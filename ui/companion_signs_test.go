package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/coach"
	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// afterAStopForPain is the companion as it comes back from a session
// stopped for sharp pain, in a pane of w×h.
func afterAStopForPain(w, h int) Companion {
	clk := timer.NewFake(monday("12:40"))
	c := NewCompanion(CompanionOptions{Catalogue: routines.Builtin(), Clock: clk, Schedule: schedule.New(config.Default())})
	next, _ := c.Update(tea.WindowSizeMsg{Width: w, Height: h})
	sum := session.Summary{Routine: "Midday routine", Outcome: session.StoppedForPain}
	next, _ = next.(Companion).Update(hostedEndMsg{report: coach.Report{Summary: &sum}})
	return next.(Companion)
}

// pages is every line the companion shows on its current page, scrolling
// down with the arrow key until the page ends.
func pages(c Companion) string {
	var all []string
	seen := map[string]bool{}
	for range 40 {
		for _, l := range strings.Split(ansi.Strip(c.View().Content), "\n") {
			if l = strings.TrimSpace(l); l != "" && !seen[l] {
				seen[l] = true
				all = append(all, l)
			}
		}
		next, _ := c.Update(keyPress("down"))
		c = next.(Companion)
	}
	return strings.Join(all, " ")
}

// After a stop for pain in a session the companion ran, it once showed
// the stop-now advice with no signs below it and offered the next session
// at once. It opens on the advice and all eight signs, the heart-mimic
// symptoms among them; esc goes home.
func TestAfterAStopForPainTheCompanionShowsTheAdviceAndEverySign(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		c := afterAStopForPain(size[0], size[1])
		first := strings.Join(strings.Fields(ansi.Strip(c.View().Content)), " ")
		if !strings.Contains(first, "Stop now.") {
			t.Errorf("%dx%d: the first screen does not start with the advice:\n%s", size[0], size[1], c.View().Content)
		}
		text := strings.Join(strings.Fields(pages(c)), " ")
		want := []string{routines.StopNowAdvice, "chest discomfort, shortness of breath or numbness in your left arm"}
		for _, g := range routines.WarningSigns {
			want = append(want, g.Signs...)
		}
		for _, w := range want {
			if !strings.Contains(text, strings.Join(strings.Fields(w), " ")) {
				t.Errorf("%dx%d: the companion does not show %q", size[0], size[1], w)
			}
		}
		next, _ := c.Update(keyPress("esc"))
		if home := ansi.Strip(next.(Companion).View().Content); !strings.Contains(home, "Today") {
			t.Errorf("%dx%d: esc does not go home:\n%s", size[0], size[1], home)
		}
	}
}
