package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// altScreenOff is how a program leaves the alternate screen.
var altScreenOff = []byte("\x1b[?1049l")

// rawOutput is everything the program has written so far.
func (s *screen) rawOutput() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.raw.Bytes())
}

// The companion once quit its own screen to run a session as a second
// program, left the alternate screen twice on the way and checked no
// reminder while the session ran. It runs the session on a page of its
// own: from 2, the questions and the whole midday session, back home with
// the summary, the shoulder-roll reminder that fell due during it skipped
// once by the schedule's rule for a busy screen, then a break stopped with x on the advice
// and the warning signs; the alternate screen is left only when q ends it.
func TestTheCompanionRunsASessionOnAPageOfItsOwn(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 12:59:30", "--speed", "10", "--pain", "1", "--pain-after", "1")
	s.waitFor(`Today`, 5*time.Second)
	s.keys("2")
	s.waitFor(`Midday routine · exercise 1`, 10*time.Second)
	// The whole session at --speed 10 (13:00, when the shoulder rolls are
	// due, comes while it runs).
	s.waitFor(`Summary: Midday routine completed`, 40*time.Second)
	home := s.waitFor(`Next: `, 5*time.Second)
	if strings.Contains(home, "GET READY") {
		t.Errorf("the session's screen is still up:\n%s", home)
	}
	s.keys("r")
	s.waitFor(`Desk shoulder rolls`, 10*time.Second)
	s.keys("x")
	s.waitFor(`Stop now\.`, 10*time.Second)
	s.waitFor(`Warning signs|warning signs|Get medical help`, 5*time.Second)
	if bytes.Contains(s.rawOutput(), altScreenOff) {
		t.Error("the companion left the alternate screen before q")
	}
	s.keys("q")
	code, out := s.wait(5 * time.Second)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out, string(altScreenOff)); n != 1 {
		t.Errorf("the alternate screen was left %d times, want once (at q)", n)
	}
	var rolls []string
	for _, a := range reminderActions(t, state) {
		if strings.HasPrefix(a, "13:") && strings.HasSuffix(a, "shoulder-rolls") {
			rolls = append(rolls, a)
		}
	}
	// One answer to the 13:00 reminder: skipped at 13:00, for the session
	// on screen then; never a burst after it, never nothing.
	if len(rolls) != 1 || rolls[0] != "13:00 skipped shoulder-rolls" {
		t.Errorf("the 13:00 shoulder-roll reminder in the history: %q", rolls)
	}
	recs := records(t, state)
	stopped := false
	for _, r := range recs {
		if r["kind"] == "session_ended" && r["routine"] == "desk" && r["outcome"] == "stopped for pain" {
			stopped = true
		}
	}
	if !stopped {
		t.Error("the break stopped with x is not in the history as stopped for pain")
	}
}
