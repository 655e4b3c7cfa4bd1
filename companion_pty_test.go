package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"
)

// reminderActions is the action and name of every reminder record, in
// order, with the time it was taken: "12:06 missed shoulder-rolls".
func reminderActions(t *testing.T, state string) []string {
	t.Helper()
	var out []string
	for _, r := range records(t, state) {
		if r["kind"] == "reminder" {
			at, _ := time.Parse(time.RFC3339Nano, r["at"].(string))
			name, _ := r["reminder"].(string)
			out = append(out, fmt.Sprintf("%s %s %s", at.Format("15:04"), r["action"], name))
		}
	}
	return out
}

func TestTheCompanionRemindsRunsTheSetInPlaceAndLeavesTheSigns(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := newState(t)
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 09:59:40", "--speed", "10", "--pain", "1", "--pain-after", "1")
	s.waitFor(`Next: shoulder rolls at 10:00`, 5*time.Second)
	s.waitFor(`enter start · z snooze · x dismiss`, 5*time.Second)
	s.keys("r")
	s.readSafetySteps()
	s.waitFor(`Desk shoulder rolls`, 5*time.Second)
	// The one-minute set takes 6 s at --speed 10; then the companion is back.
	s.waitFor(`Summary: Desk shoulder rolls completed`, 15*time.Second)
	if txt := s.text(); !strings.Contains(txt, "Next: shoulder rolls at 11:00") || strings.Contains(txt, "enter start · z snooze") {
		t.Errorf("the reminder was not answered:\n%s", txt)
	}
	s.keys("q")
	code, out := s.wait(5 * time.Second)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "Warning signs") || !strings.Contains(out, "Get medical help right away") {
		t.Error("the companion did not leave the warning signs in the terminal")
	}
	got := strings.Join(reminderActions(t, state), ",")
	if !strings.HasPrefix(got, "10:00 fired shoulder-rolls,10:0") || !strings.HasSuffix(got, "done shoulder-rolls") {
		t.Errorf("the history has %s; want the reminder fired at 10:00, then done", got)
	}
}

func TestASecondCompanionSaysWhichProcessReminds(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := newState(t)
	first := startInPTY(t, state, 80, 24)
	first.waitFor(`Today`, 5*time.Second)
	second := startInPTY(t, state, 80, 24)
	second.waitFor(fmt.Sprintf(`companion in process %d`, first.cmd.Process.Pid), 5*time.Second)
	second.keys("q")
	if code, _ := second.wait(5 * time.Second); code != 0 {
		t.Errorf("the second companion exited %d", code)
	}
	if strings.Contains(first.text(), "in process") {
		t.Error("the first companion says another one reminds")
	}
	first.cmd.Process.Signal(syscall.SIGTERM)
	if code, out := first.wait(5 * time.Second); code != 128+int(syscall.SIGTERM) || !strings.Contains(out, "Warning signs") {
		t.Errorf("SIGTERM: exit %d, signs shown: %v", code, strings.Contains(out, "Warning signs"))
	}
}

// A companion stopped for three hours of its clock (as a sleeping laptop
// stops it) says once what it missed when it runs again: never a burst.
func TestAStoppedCompanionGivesOneMissedReminderOnWaking(t *testing.T) {
	state := newState(t)
	const speed = 2400 // three hours pass in 4.5 s
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 09:59:50", "--speed", fmt.Sprint(speed))
	// The screen may say 11:00 before the 10:00 check has run: wait for
	// the reminder itself.
	s.waitFor(`z snooze`, 5*time.Second)
	s.cmd.Process.Signal(syscall.SIGSTOP)
	time.Sleep(3 * time.Hour / speed)
	s.cmd.Process.Signal(syscall.SIGCONT)
	s.waitFor(`Missed while you were away`, 5*time.Second)
	s.keys("q")
	if code, _ := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var missedAt []string
	fired := 0
	for _, a := range reminderActions(t, state) {
		f := strings.Fields(a)
		switch {
		case f[1] == "missed" && (len(missedAt) == 0 || missedAt[len(missedAt)-1] != f[0]):
			missedAt = append(missedAt, f[0])
		case f[1] == "fired":
			fired++
		}
	}
	if len(missedAt) != 1 || fired != 1 {
		t.Errorf("want the 10:00 reminder fired and one missed reminder; got %v", reminderActions(t, state))
	}
}

// BenchmarkCompanionKeyToScreen measures, on the real binary in a
// pseudo-terminal, the time from a key press to its effect on screen: the
// mean and the slowest.
func BenchmarkCompanionKeyToScreen(b *testing.B) {
	s := startInPTY(b, b.TempDir(), 80, 24, "--start-at", "2026-11-23 10:30")
	s.waitFor(`Today`, 5*time.Second)
	var total, slowest time.Duration
	for b.Loop() {
		// A person's key comes at any moment of the frame, not right after
		// the one that showed the last change.
		time.Sleep(time.Duration(rand.IntN(300)) * time.Millisecond)
		start := time.Now()
		s.keys("p")
		for !strings.Contains(s.text(), "Pause reminders for") {
			time.Sleep(time.Millisecond)
		}
		took := time.Since(start)
		total, slowest = total+took, max(slowest, took)
		s.keys("\x1b")
		s.waitFor(`p pause`, 2*time.Second)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms/key")
	b.ReportMetric(float64(slowest.Microseconds())/1000, "max-ms/key")
}
