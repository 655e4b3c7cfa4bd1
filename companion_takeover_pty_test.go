package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Two real companions on one history: the first sends the reminders, the
// second only shows them. Killed, the first can tidy nothing up; the
// second takes over at its next check, says so, and sends and records the
// next reminder itself, once.
func TestWhenTheRemindingCompanionIsKilledTheOtherTakesOverAndReminds(t *testing.T) {
	t.Parallel() // programs of their own, in terminals of their own
	state := newState(t)
	// At --speed 20 the two minutes to the 11:00 shoulder rolls take 6 s,
	// and a check comes at least every 1.5 s.
	args := []string{"--start-at", "2026-11-23 10:58:00", "--speed", "20"}
	first := startInPTY(t, state, 100, 30, args...)
	first.waitFor(`q quit`, 5*time.Second)
	second := startInPTY(t, state, 100, 30, args...)
	pid := first.cmd.Process.Pid
	second.waitFor(fmt.Sprintf(`companion in process %d`, pid), 5*time.Second)

	first.cmd.Process.Kill()
	first.wait(5 * time.Second)
	second.waitFor(fmt.Sprintf(`(?s)This companion now sends the reminders; the one in\s+process %d has stopped`, pid), 5*time.Second)
	second.waitFor(`enter start · z snooze · x dismiss`, 10*time.Second)
	// The record is written in a command just after the reminder shows.
	waitUntil(t, "the 11:00 reminder recorded", 5*time.Second, func() bool {
		return strings.Contains(strings.Join(reminderActions(t, state), ","), "fired shoulder-rolls")
	})
	second.keys("q")
	if code, _ := second.wait(5 * time.Second); code != 0 {
		t.Errorf("the second companion exited %d", code)
	}
	fired := 0
	for _, a := range reminderActions(t, state) {
		if strings.HasSuffix(a, "fired shoulder-rolls") {
			fired++
		}
	}
	if fired != 1 {
		t.Errorf("the shoulder rolls were fired %d times; want once: %v", fired, reminderActions(t, state))
	}
}
