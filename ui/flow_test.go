package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// newTestFlow is a flow for routine with the given questions before it, in
// a w×h pane. started counts the sessions it started.
func newTestFlow(t *testing.T, routine string, b *checkin.Before, w, h int) (Flow, *int) {
	t.Helper()
	r, _ := routines.BuiltinRoutine(routine)
	clk := timer.NewFake(t0)
	started := new(int)
	f := NewFlow(FlowOptions{
		Options:  Options{Clock: clk},
		Before:   b,
		AskAfter: true,
		Start: func(now time.Time) *session.Session {
			*started++
			if b.WarmUp() { // as the program does: the answers decide the plan
				r = routines.WithWarmUp(r)
			}
			return session.New(session.Build(r, routines.FirstSession()))
		},
	})
	return update(f, tea.WindowSizeMsg{Width: w, Height: h}), started
}

func flowText(f Flow) string { return ansi.Strip(f.View().Content) }

func TestPainIsChosenWithDigitsOrArrowsAndNeedsEnter(t *testing.T) {
	t.Parallel()
	b := &checkin.Before{Screening: checkin.NoneApplies()}
	f, started := newTestFlow(t, "desk", b, 80, 24)
	f, _ = press(f, "enter") // nothing chosen yet: nothing happens
	if *started != 0 || !strings.Contains(flowText(f), "Pain now") {
		t.Fatal("enter with no level chosen moved on")
	}
	f, _ = press(f, "1", "0")
	if !strings.Contains(flowText(f), "[10]") {
		t.Fatalf("1 then 0 should choose 10:\n%s", flowText(f))
	}
	f, _ = press(f, "left", "left", "7") // 9, 8, then a new choice: 7
	if !strings.Contains(flowText(f), "[7]") {
		t.Fatalf("want 7:\n%s", flowText(f))
	}
	f, _ = press(f, "2", "enter")
	if *started != 1 || f.Session() == nil {
		t.Fatal("pain 2 and enter did not start the session")
	}
	if r := b.Records(t0, "s", "desk"); *r[0].Pain != 2 {
		t.Errorf("saved pain %d, want 2", *r[0].Pain)
	}
}

func TestAStrayKeyCannotConfirmHighPain(t *testing.T) {
	t.Parallel()
	b := &checkin.Before{Screening: checkin.NoneApplies(), Pain: intp(6)}
	f, started := newTestFlow(t, "desk", b, 80, 24)
	if !strings.Contains(flowText(f), "Pain 6 out of 10") {
		t.Fatalf("no warning for pain 6:\n%s", flowText(f))
	}
	// Keys that start or continue things elsewhere: none of them confirm.
	f, cmd := press(f, "space", "y", "q", "n", "enter")
	if *started != 0 || !has(messages(cmd), isQuitMsg) {
		t.Fatal("stray keys did something other than stop")
	}
	if !strings.Contains(b.Stopped(), "below 4") {
		t.Errorf("stopped without the advice: %q", b.Stopped())
	}

	b = &checkin.Before{Screening: checkin.NoneApplies(), Pain: intp(6)}
	f, started = newTestFlow(t, "desk", b, 80, 24)
	f, _ = press(f, "c", "o", "n", "t", "i", "n", "u", "e", "enter")
	if *started != 1 {
		t.Fatal("typing continue did not start the session")
	}
}

func intp(n int) *int { return &n }

func isQuitMsg(tea.QuitMsg) bool { return true }

func TestThePainAfterIsAskedAndCanBeSkipped(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		keys []string
		want int
	}{{[]string{"3", "enter"}, 3}, {[]string{"s"}, history.NoPain}, {[]string{"esc"}, history.NoPain}} {
		f, _ := newTestFlow(t, "desk", &checkin.Before{Screening: checkin.NoneApplies(), Pain: intp(2)}, 80, 24)
		f.Model().s.Skip(t0) // into the first rep: some work
		f = update(f, keyPress("x"))
		f = update(f, EndedMsg{})
		if !strings.Contains(flowText(f), "Pain after the session") {
			t.Fatalf("no pain check-in after the session:\n%s", flowText(f))
		}
		f, cmd := press(f, c.keys...)
		if f.PainAfter() != c.want || !has(messages(cmd), isQuitMsg) {
			t.Errorf("%v: pain after %d, want %d, and the end", c.keys, f.PainAfter(), c.want)
		}
	}
	// Nothing done: nothing to ask.
	f, _ := newTestFlow(t, "desk", &checkin.Before{Screening: checkin.NoneApplies(), Pain: intp(2)}, 80, 24)
	f = update(f, keyPress("q"))
	if _, cmd := f.Update(EndedMsg{}); !has(messages(cmd), isQuitMsg) {
		t.Error("a session quit at once still asks the pain after it")
	}
}

func TestTheSafetyStepsCanBeReadToTheEndOnASmallPane(t *testing.T) {
	t.Parallel()
	f, started := newTestFlow(t, "desk", &checkin.Before{FirstEver: true, Screening: checkin.NoneApplies(), Pain: intp(1)}, 40, 12)
	seen := ""
	for i := 0; i < 20 && *started == 0; i++ {
		seen += flowText(f)
		f, _ = press(f, "enter")
	}
	if *started != 1 {
		t.Fatal("enter never got through the safety steps")
	}
	words := strings.Join(strings.Fields(seen), " ") // lines wrap anywhere
	for _, step := range []string{"shooting pain", "numbness in your left arm", "doctor", "10 s, once", "arm circles"} {
		if !strings.Contains(words, step) {
			t.Errorf("the safety step about %q never showed", step)
		}
	}
}

func TestQuestionScreensLookAsExpected(t *testing.T) {
	t.Parallel()
	questions := map[string]*checkin.Before{
		"safety":            {FirstEver: true},
		"screening":         {},
		"pain":              {Screening: checkin.NoneApplies(), Trend: "Your pain before sessions has gone from about 2 to about 4 out of 10 over the last 7 days."},
		"pain-confirm":      {Screening: checkin.NoneApplies(), Pain: intp(5)},
		"screening-confirm": {Screening: map[string]bool{"herniated-disc": true, "radiating-pain": true}},
	}
	for name, b := range questions {
		for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 12}} {
			t.Run(fmt.Sprintf("%s-%dx%d", name, size[0], size[1]), func(t *testing.T) {
				copy := *b
				f, _ := newTestFlow(t, "desk", &copy, size[0], size[1])
				if name == "pain" {
					f, _ = press(f, "3")
				}
				golden.RequireEqual(t, flowText(f))
			})
		}
	}
}
