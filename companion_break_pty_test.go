package main

import (
	"strings"
	"testing"
	"time"
)

// The hourly shoulder rolls from a reminder once asked the pain before
// and after a 35-second set: up to 16 questions a day. They are a break,
// not a session: one key starts them, no question comes, and the reminder
// is recorded done.
func TestTheDeskBreakFromAReminderAsksNothingAndIsRecordedDone(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 09:59:40", "--speed", "10")
	s.waitFor(`enter start · z snooze · x dismiss`, 5*time.Second)
	s.keys("r")
	s.waitFor(`GET READY`, 5*time.Second)
	s.waitFor(`Summary: Desk shoulder rolls completed`, 15*time.Second)
	s.mu.Lock()
	raw := s.raw.String() // everything the program drew, screen after screen
	s.mu.Unlock()
	if strings.Contains(raw, "Pain check-in") || strings.Contains(raw, "Pain after the session") {
		t.Errorf("the break asked the pain:\n%s", s.text())
	}
	s.keys("q")
	if code, _ := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	pains := 0
	for _, r := range records(t, state) {
		if r["kind"] == "pain" {
			pains++
		}
	}
	if pains != 2 { // the seasoned history's own session: before and after
		t.Errorf("%d pain check-ins in the history, want only the earlier session's 2", pains)
	}
	if got := strings.Join(reminderActions(t, state), ","); !strings.HasSuffix(got, "done shoulder-rolls") {
		t.Errorf("the reminder is not recorded done: %s", got)
	}
}
