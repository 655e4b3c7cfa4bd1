package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

var evening7pm = time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)

func newSession(t *testing.T, id string) *session.Session {
	t.Helper()
	r, ok := routines.BuiltinRoutine(id)
	if !ok {
		t.Fatalf("no routine %s", id)
	}
	s := session.New(session.Build(r, routines.FirstSession()))
	s.Slack = time.Minute // a fast clock: any wake-up lateness still chains exactly
	return s
}

// virtualClock jumps straight to every wake-up the runner sleeps until, so a
// whole session runs in no real time and its output is deterministic.
type virtualClock struct{ t time.Time }

func (c *virtualClock) Now() time.Time { return c.t }

func (c *virtualClock) Real(d time.Duration) time.Duration {
	c.t = c.t.Add(d)
	return 0
}

func TestAWholeFirstEveningPrintsEveryCueAtItsTime(t *testing.T) {
	var out bytes.Buffer
	s := newSession(t, "evening")
	sum := Run(context.Background(), &out, &virtualClock{evening7pm}, s, nil, nil)
	if sum.Outcome != session.Completed || sum.Actual != sum.Planned {
		t.Fatalf("outcome %v, actual %v, planned %v", sum.Outcome, sum.Actual, sum.Planned)
	}
	golden.RequireEqual(t, out.String())
}

func TestEveryRoutineRunsToItsEndInPlainMode(t *testing.T) {
	for _, id := range routines.BuiltinRoutineIDs() {
		var out bytes.Buffer
		sum := Run(context.Background(), &out, &virtualClock{evening7pm}, newSession(t, id), nil, nil)
		if sum.Outcome != session.Completed {
			t.Errorf("%s: %v", id, sum.Outcome)
		}
		if !strings.Contains(out.String(), "complete.") {
			t.Errorf("%s: no completion line", id)
		}
	}
}

// commands returns a channel that delivers cs one after the other.
func commands(cs ...Command) <-chan Command {
	ch := make(chan Command, len(cs))
	for _, c := range cs {
		ch <- c
	}
	close(ch)
	return ch
}

func TestStopForPainEndsAtOnceWithAdviceFirst(t *testing.T) {
	var out bytes.Buffer
	sum := Run(context.Background(), &out, timer.New(evening7pm, 1), newSession(t, "evening"), commands(Next, StopPain), nil)
	if sum.Outcome != session.StoppedForPain {
		t.Fatalf("outcome %v", sum.Outcome)
	}
	text := out.String()
	for _, want := range []string{"Skipped.", "Hold 10 s", "Stopped for sharp pain.", routines.StopNowAdvice, "Child's pose: stopped partway"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	// Last, just above the warning signs that follow it: on a small
	// terminal the summary scrolls away first, the advice stays.
	if strings.Index(text, "Summary:") > strings.Index(text, routines.StopNowAdvice) {
		t.Error("the stop-now advice should come after the summary")
	}
}

func TestPauseSkipAndBackAreReported(t *testing.T) {
	var out bytes.Buffer
	sum := Run(context.Background(), &out, timer.New(evening7pm, 1), newSession(t, "evening"),
		commands(TogglePause, TogglePause, Next, Back, Quit), nil)
	if sum.Outcome != session.Quit {
		t.Fatalf("outcome %v", sum.Outcome)
	}
	text := out.String()
	for _, want := range []string{"Paused.", "Resumed: 15 s left.", "Skipped.", "Going back a step.", "Session ended early."} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "Get into position (15 s): Child's pose"); n != 2 {
		t.Errorf("child's pose set-up shown %d times, want 2 (start, then back)", n)
	}
}

func TestCancellingStopsWithTheCausesOutcome(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(StopCause{Outcome: session.Interrupted})
	var out bytes.Buffer
	sum := Run(ctx, &out, timer.New(evening7pm, 1), newSession(t, "desk"), nil, nil)
	if sum.Outcome != session.Interrupted || !strings.Contains(out.String(), "Session interrupted.") {
		t.Fatalf("outcome %v:\n%s", sum.Outcome, out.String())
	}
}

func TestParseCommandKnowsTheLettersAndWords(t *testing.T) {
	cases := map[string]Command{"": TogglePause, "p": TogglePause, " N ": Next, "skip": Next, "b": Back, "x": StopPain, "pain": StopPain, "q": Quit}
	for in, want := range cases {
		if got, ok := ParseCommand(in); !ok || got != want {
			t.Errorf("ParseCommand(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := ParseCommand("hello"); ok {
		t.Error("an unknown word was taken as a command")
	}
}
