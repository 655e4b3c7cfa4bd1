package main

// Fault tests of signals: Ctrl-\ (SIGQUIT) ends the program like SIGTERM
// does, and every signal at every prompt, plain or full screen, before or
// after a session, ends the program the first time with 128+n and the
// terminal as it was given.

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// settingsKept fails when the program, now gone, left the terminal's
// settings other than it was given (for plain mode, which never uses the
// alternate screen that leftUsable looks for).
func settingsKept(t *testing.T, s *screen, out string) {
	t.Helper()
	got, err := termiosOf(s.pty)
	if err != nil {
		t.Fatalf("reading the terminal's settings: %v", err)
	}
	if want := freshTermios(t); got != want {
		t.Errorf("the terminal's settings were not restored:\n got %+v\nwant %+v", got, want)
	}
	if strings.Contains(out, "goroutine ") || strings.Contains(out, "SIGQUIT: quit") {
		t.Errorf("the program printed a goroutine dump:\n%s", out[:min(len(out), 2000)])
	}
}

func TestSIGQUITOrCtrlBackslashEndsAFullScreenSessionLikeSIGTERM(t *testing.T) {
	cases := []struct {
		name string
		end  func(*screen)
	}{
		{"SIGQUIT", sending(syscall.SIGQUIT)},
		{"Ctrl-\\ typed", typing("\x1c")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // a program of its own, in a terminal of its own
			state := seasoned(t)
			s := startInPTY(t, state, 80, 24, "evening", "--pain", "1", "--pain-after", "1")
			s.waitFor(`x stop: pain`, 5*time.Second)
			c.end(s)
			code, out := s.wait(10 * time.Second)
			if code != 128+int(syscall.SIGQUIT) {
				t.Errorf("exit %d, want %d", code, 128+int(syscall.SIGQUIT))
			}
			leftUsable(t, s, out)
			if !strings.Contains(out, "Summary: Evening routine interrupted.") {
				t.Errorf("the terminal was not left with the summary:\n%s", out[max(len(out)-2000, 0):])
			}
			recs, _ := historyJSON(t, state)
			if this := lastSession(recs); this[0].Routine != "evening" || ended(this) != "interrupted" {
				t.Errorf("the session is saved as %+v; want the evening, interrupted", this)
			}
		})
	}
}

func TestSIGQUITEndsTheCompanionAndFreesTheReminders(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := newState(t)
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30")
	s.waitFor(`q quit`, 5*time.Second)
	s.cmd.Process.Signal(syscall.SIGQUIT)
	code, out := s.wait(10 * time.Second)
	if code != 128+int(syscall.SIGQUIT) {
		t.Errorf("exit %d, want %d", code, 128+int(syscall.SIGQUIT))
	}
	leftUsable(t, s, out)
	if _, err := os.Stat(filepath.Join(state, "backstretch", "companion.pid")); err == nil {
		t.Error("companion.pid was left behind")
	}
}

func TestSIGQUITOnAFullScreenQuestionEndsWithoutASession(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	s := startInPTY(t, state, 80, 24, "evening", "--pain-after", "1")
	s.waitFor(`Pain now`, 5*time.Second)
	s.cmd.Process.Signal(syscall.SIGQUIT)
	code, out := s.wait(10 * time.Second)
	if code != 128+int(syscall.SIGQUIT) {
		t.Errorf("exit %d, want %d", code, 128+int(syscall.SIGQUIT))
	}
	leftUsable(t, s, out)
	if !strings.Contains(out, "No session now.") {
		t.Errorf("the terminal was not left with the outcome:\n%s", out[max(len(out)-2000, 0):])
	}
}

// Every signal at every plain prompt ends the program the first time: the
// pain question before a session, the one after it, and the screening.
func TestEverySignalAtEveryPlainPromptEndsTheProgramTheFirstTime(t *testing.T) {
	prompts := []struct {
		name   string
		args   []string
		prompt string
	}{
		{"before the session", []string{"desk", "--plain"}, `Pain now \(0–10\):`},
		{"after the session", []string{"desk", "--plain", "--pain", "1", "--speed", "2000"}, `Enter to skip`},
		{"in the screening", []string{"screening"}, `\(y/n\)`},
	}
	signals := []syscall.Signal{syscall.SIGTERM, syscall.SIGQUIT, syscall.SIGHUP, syscall.SIGINT}
	for _, p := range prompts {
		for _, sig := range signals {
			t.Run(p.name+" "+sig.String(), func(t *testing.T) {
				t.Parallel() // a program of its own, in a terminal of its own
				state := seasoned(t)
				s := startInPTY(t, state, 80, 24, p.args...)
				s.waitWhileAlive(p.prompt, 10*time.Second)
				s.cmd.Process.Signal(sig)
				code, out := s.wait(5 * time.Second)
				if code != 128+int(sig) {
					t.Errorf("exit %d, want %d", code, 128+int(sig))
				}
				settingsKept(t, s, out)
			})
		}
	}
}
