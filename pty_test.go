package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
)

// screen is the real binary running in a pseudo-terminal, seen through a
// VT emulator, with every byte it wrote kept too.
type screen struct {
	t    testing.TB
	cmd  *exec.Cmd
	pty  *os.File
	mu   sync.Mutex
	term vt10x.Terminal
	raw  bytes.Buffer
	done chan struct{}
}

// startInPTY runs the program in a cols×rows terminal with its history in
// state.
func startInPTY(t testing.TB, state string, cols, rows int, args ...string) *screen {
	t.Helper()
	return startInPTYEnv(t, state, cols, rows, nil, args...)
}

// deviceAttributes is the query for the terminal's primary device
// attributes, and a VT220's answer to it.
var deviceAttributes, deviceAttributesReply = []byte("\x1b[c"), []byte("\x1b[?62;22c")

// startInPTYEnv is startInPTY with env added last, so that it wins.
func startInPTYEnv(t testing.TB, state string, cols, rows int, env []string, args ...string) *screen {
	t.Helper()
	cmd := command(state, args...)
	cmd.Env = append(cmd.Env, "TERM=xterm-256color", "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")
	cmd.Env = append(cmd.Env, env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		t.Fatal(err)
	}
	s := &screen{t: t, cmd: cmd, pty: f, done: make(chan struct{})}
	// The emulator answers the program's terminal queries through the pty.
	s.term = vt10x.New(vt10x.WithSize(cols, rows), vt10x.WithWriter(f))
	go func() {
		defer close(s.done)
		buf := make([]byte, 4096)
		answered := 0
		for {
			n, err := f.Read(buf)
			if n > 0 {
				s.mu.Lock()
				s.raw.Write(buf[:n])
				s.term.Write(buf[:n])
				asked := bytes.Count(s.raw.Bytes(), deviceAttributes)
				s.mu.Unlock()
				// vt10x leaves this query unanswered, where a real terminal
				// answers at once: Lip Gloss, asking for the background
				// colour as the program exits, would wait 2 s for it.
				for ; answered < asked; answered++ {
					f.Write(deviceAttributesReply)
				}
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { cmd.Process.Kill(); f.Close() })
	return s
}

func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.String()
}

func (s *screen) waitFor(pattern string, timeout time.Duration) string {
	s.t.Helper()
	re := regexp.MustCompile(pattern)
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if txt := s.text(); re.MatchString(txt) {
			return txt
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("never saw %q on screen:\n%s", pattern, s.text())
	return ""
}

func (s *screen) keys(k string) {
	s.t.Helper()
	if _, err := io.WriteString(s.pty, k); err != nil {
		s.t.Fatal(err)
	}
}

// wait returns the exit code and everything the program wrote.
func (s *screen) wait(timeout time.Duration) (int, string) {
	s.t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	select {
	case err := <-exited:
		<-s.done
		s.mu.Lock()
		defer s.mu.Unlock()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode(), s.raw.String()
		}
		return 0, s.raw.String()
	case <-time.After(timeout):
		s.t.Fatalf("still running after %v:\n%s", timeout, s.text())
		return -1, ""
	}
}

// readSafetySteps presses Enter through the safety steps shown before the
// first session, a page at a time on a small pane.
func (s *screen) readSafetySteps() {
	s.t.Helper()
	s.waitFor(`Before your first session`, 5*time.Second)
	for i := 0; i < 10 && strings.Contains(s.text(), "Before your first session"); i++ {
		s.keys("\r")
		time.Sleep(100 * time.Millisecond)
	}
}

// digits returns the rows of the big countdown.
func digits(screen string) string {
	var rows []string
	for _, l := range strings.Split(screen, "\n") {
		if strings.ContainsAny(l, "┏┗┃╺╻") {
			rows = append(rows, l)
		}
	}
	return strings.Join(rows, "\n")
}

func TestAWholeEveningSessionFullScreenInARealTerminal(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	s := startInPTY(t, newState(t), 80, 24, "evening", "--speed", "20", "--pain", "2", "--pain-after", "2")
	s.waitFor(`Before your first session`, 5*time.Second)
	s.keys("\r") // read the safety steps
	s.waitFor(`GET READY`, 5*time.Second)
	s.waitFor(`Child's pose`, time.Second)
	s.waitFor(` HOLD `, 5*time.Second)

	s.keys(" ")
	frozen := digits(s.waitFor(`PAUSED`, 2*time.Second))
	time.Sleep(2 * time.Second) // 40 s of program time at --speed 20
	if now := digits(s.text()); now != frozen {
		t.Fatalf("the countdown moved while paused:\n%s\nthen\n%s", frozen, now)
	}
	s.keys(" ")
	s.waitFor(`space pause`, 2*time.Second)

	s.keys("n") // skip the rest of the hold
	s.waitFor(`Band shoulder-blade squeeze`, 2*time.Second)
	s.keys("b") // and go back to it
	s.waitFor(`(?s)Child's pose.* HOLD `, 2*time.Second)
	s.waitFor(`Band shoulder-blade squeeze`, 5*time.Second)
	s.waitFor(`rep \d+ of 10`, 5*time.Second)
	s.waitFor(`Foam rolling`, 10*time.Second)

	code, out := s.wait(15 * time.Second)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Summary: Evening routine completed.", "Warning signs", "Get medical help right away", "Desktop notifications are unavailable"} {
		if !strings.Contains(out, want) {
			t.Errorf("the terminal was not left with %q", want)
		}
	}
}

func TestStopForPainLeavesTheAdviceAndSigns(t *testing.T) {
	s := startInPTY(t, newState(t), 40, 12, "midday", "--speed", "20", "--no-notify", "--pain", "3", "--pain-after", "5")
	s.readSafetySteps()
	s.waitFor(`x stop: pain`, 5*time.Second)
	s.keys("x")
	code, out := s.wait(5 * time.Second)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	stop, signs := strings.Index(out, "Stop now."), strings.Index(out, "Get medical help right away")
	if stop < 0 || signs < stop {
		t.Fatalf("want the stop-now advice, then the warning signs; got:\n%s", out)
	}
}

func TestATinyPaneAsksForMoreRoomAndRecovers(t *testing.T) {
	s := startInPTY(t, newState(t), 30, 8, "desk", "--speed", "5", "--no-notify", "--pain", "0")
	s.waitFor(`larger`, 5*time.Second)
	s.resize(80, 24)
	s.readSafetySteps()
	s.waitFor(`Shoulder rolls`, 5*time.Second)
	s.keys("q")
	if code, _ := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
}

func TestASignalDuringAQuestionEndsCleanly(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	s := startInPTY(t, newState(t), 80, 24, "evening")
	s.readSafetySteps()
	s.waitFor(`Pain now`, 5*time.Second)
	s.cmd.Process.Signal(syscall.SIGHUP)
	code, out := s.wait(5 * time.Second)
	if code != 128+int(syscall.SIGHUP) {
		t.Fatalf("exit %d, want %d", code, 128+int(syscall.SIGHUP))
	}
	if !strings.Contains(out, "No session now.") || !strings.Contains(out, "Warning signs") {
		t.Errorf("the terminal was not left with the outcome and the signs:\n%s", out)
	}
}
