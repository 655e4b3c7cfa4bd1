package main

// Fault tests of the real program: signals, a closed pane, kill -9, a torn
// history line, two writers at once, a read-only configuration, a
// notification service that never answers, absurd pane sizes and a storm
// of resizes. Each checks that nothing is lost and, where the program had
// the chance, that the terminal is left as it was given.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
)

// seasoned returns a history folder in which the screening was taken and
// one session already ran, so the next goes straight to its first step.
func seasoned(t *testing.T) string {
	t.Helper()
	state := newState(t)
	if code, out := plainSession(t, state, "", "desk", "--pain", "1", "--pain-after", "1"); code != 0 {
		t.Fatalf("the first session: exit %d\n%s", code, out)
	}
	return state
}

// historyFile is the history's path in state.
func historyFile(state string) string { return filepath.Join(state, "backstretch", "history.jsonl") }

// historyJSON runs history --json and returns the records and what it
// said on standard error.
func historyJSON(t *testing.T, state string) ([]history.Record, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := command(state, "history", "--json")
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("history --json: %v: %s", err, errOut.String())
	}
	var recs []history.Record
	if err := json.Unmarshal(out.Bytes(), &recs); err != nil {
		t.Fatalf("history --json is not an array of records: %v", err)
	}
	return recs, errOut.String()
}

// lastSession is the records of the session started last.
func lastSession(recs []history.Record) []history.Record {
	id := ""
	for _, r := range recs {
		if r.Kind == history.SessionStarted {
			id = r.Session
		}
	}
	var out []history.Record
	for _, r := range recs {
		if id != "" && r.Session == id {
			out = append(out, r)
		}
	}
	return out
}

// ended is how a session's records say it ended, or "" when they do not.
func ended(recs []history.Record) string {
	for _, r := range recs {
		if r.Kind == history.SessionEnded {
			return r.Outcome
		}
	}
	return ""
}

// freshTermios is the terminal settings of a new pseudo-terminal: what the
// program was given.
func freshTermios(t *testing.T) syscall.Termios {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	defer tty.Close()
	tio, err := termiosOf(ptmx)
	if err != nil {
		t.Fatal(err)
	}
	return tio
}

// privateModes are the DEC private modes a program sets (h) and resets
// (l): the alternate screen (1049), the cursor (25), mouse and paste modes.
var privateModes = regexp.MustCompile(`\x1b\[\?([0-9;]+)([hl])`)

// onByDefault are the private modes a terminal starts with on: autowrap
// and the visible cursor. Every other one starts off.
var onByDefault = map[string]bool{"7": true, "25": true}

// kittyPush and kittyPop enable and disable the kitty keyboard protocol.
var kittyPush, kittyPop = regexp.MustCompile(`\x1b\[>\d*u`), regexp.MustCompile(`\x1b\[<\d*u`)

// leftUsable checks that the program, now gone, left the terminal as it
// was given: its settings restored (echo, line editing, Ctrl-C), the
// alternate screen left, the cursor shown, and every mode it turned on
// turned off again.
func leftUsable(t *testing.T, s *screen, out string) {
	t.Helper()
	got, err := termiosOf(s.pty)
	if err != nil {
		t.Fatalf("reading the terminal's settings: %v", err)
	}
	if want := uint64(syscall.ECHO | syscall.ICANON | syscall.ISIG); uint64(got.Lflag)&want != want {
		t.Errorf("the terminal was left without echo, line editing or Ctrl-C: lflag %#x", got.Lflag)
	}
	if want := freshTermios(t); got != want {
		t.Errorf("the terminal's settings were not restored:\n got %+v\nwant %+v", got, want)
	}
	last := map[string]string{}
	for _, m := range privateModes.FindAllStringSubmatch(out, -1) {
		for _, n := range strings.Split(m[1], ";") {
			last[n] = m[2]
		}
	}
	if last["1049"] == "" {
		t.Errorf("the program never used the alternate screen: nothing to leave, so nothing tested")
	}
	for n, hl := range last {
		switch {
		case n == "1049" && hl == "h":
			t.Errorf("the alternate screen was not left (no ESC[?1049l after the last ESC[?1049h)")
		case n == "25" && hl == "l":
			t.Errorf("the cursor was left hidden (no ESC[?25h after the last ESC[?25l)")
		case onByDefault[n] && hl == "l", !onByDefault[n] && hl == "h":
			t.Errorf("private mode %s was left %s", n, map[string]string{"h": "on", "l": "off"}[hl])
		}
	}
	if p := kittyPush.FindAllStringIndex(out, -1); len(p) > 0 {
		q := kittyPop.FindAllStringIndex(out, -1)
		if len(q) == 0 || q[len(q)-1][0] < p[len(p)-1][0] {
			t.Errorf("the kitty keyboard protocol was left on")
		}
	}
	if strings.Contains(out, "panic:") || strings.Contains(out, "goroutine ") {
		t.Errorf("the program panicked:\n%s", out)
	}
}

// says reports whether out says want, however its lines were wrapped.
func says(out, want string) bool {
	return strings.Contains(strings.Join(strings.Fields(out), " "), want)
}

// alive fails when the program has ended, showing what it said last.
func (s *screen) alive(when string) {
	s.t.Helper()
	select {
	case <-s.done:
		s.mu.Lock()
		raw := s.raw.String()
		s.mu.Unlock()
		s.t.Fatalf("the program ended %s; its last words:\n%s", when, raw[max(len(raw)-3000, 0):])
	default:
	}
}

// waitWhileAlive is waitFor, failing at once with the program's last words
// should it end instead.
func (s *screen) waitWhileAlive(pattern string, timeout time.Duration) {
	s.t.Helper()
	re := regexp.MustCompile(pattern)
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if re.MatchString(s.text()) {
			return
		}
		s.alive(fmt.Sprintf("before %q showed", pattern))
	}
	s.t.Fatalf("never saw %q on screen:\n%s", pattern, s.text())
}

// sending returns a way to end the program with sig.
func sending(sig syscall.Signal) func(*screen) {
	return func(s *screen) { s.cmd.Process.Signal(sig) }
}

// typing returns a way to end the program with keys.
func typing(keys string) func(*screen) {
	return func(s *screen) { s.keys(keys) }
}

// Every way a full-screen session can end, from outside or from the
// keyboard, on a question or in the session: the right exit code, the
// terminal as it was, the outcome said and the session saved.
func TestEveryWayOutOfAFullScreenSessionLeavesTheTerminalAsItWas(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		ready    string // on screen when the program is ready for the end
		end      func(*screen)
		code     int
		outcome  string // "" when no session starts
		printed  string
		question bool
	}{
		{"SIGTERM", nil, `x stop: pain`, sending(syscall.SIGTERM), 128 + 15, "interrupted", "Summary: Evening routine interrupted.", false},
		{"SIGHUP", nil, `x stop: pain`, sending(syscall.SIGHUP), 128 + 1, "interrupted", "Summary: Evening routine interrupted.", false},
		{"SIGINT", nil, `x stop: pain`, sending(syscall.SIGINT), 128 + 2, "quit", "Summary: Evening routine quit.", false},
		{"q", nil, `x stop: pain`, typing("q"), 0, "quit", "Summary: Evening routine quit.", false},
		{"Ctrl-C typed", nil, `x stop: pain`, typing("\x03"), 128 + 2, "quit", "Summary: Evening routine quit.", false},
		{"x", nil, `x stop: pain`, typing("x"), 0, "stopped for pain", "Stop now.", false},
		{"SIGTERM on the pain question", []string{"--pain-after", "1"}, `Pain now`, sending(syscall.SIGTERM), 128 + 15, "", "No session now.", true},
		{"SIGINT on the pain question", []string{"--pain-after", "1"}, `Pain now`, sending(syscall.SIGINT), 128 + 2, "", "No session now.", true},
		{"Ctrl-C typed on the pain question", []string{"--pain-after", "1"}, `Pain now`, typing("\x03"), 128 + 2, "", "No session now.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // a program of its own, in a terminal of its own
			state := seasoned(t)
			args := append([]string{"evening"}, c.args...)
			if !c.question {
				args = append(args, "--pain", "1", "--pain-after", "1")
			}
			s := startInPTY(t, state, 80, 24, args...)
			s.waitFor(c.ready, 5*time.Second)
			c.end(s)
			code, out := s.wait(10 * time.Second)
			if code != c.code {
				t.Errorf("exit %d, want %d", code, c.code)
			}
			leftUsable(t, s, out)
			for _, want := range []string{c.printed, "Warning signs", "Get medical help right away"} {
				if !strings.Contains(out, want) {
					t.Errorf("the terminal was not left with %q", want)
				}
			}
			recs, complaints := historyJSON(t, state)
			if complaints != "" {
				t.Errorf("the history has damage: %s", complaints)
			}
			this := lastSession(recs)
			switch {
			case c.outcome == "" && this[0].Routine == "evening":
				t.Errorf("a session was saved although none started: %+v", this)
			case c.outcome != "" && (this[0].Routine != "evening" || ended(this) != c.outcome):
				t.Errorf("the session is saved as %+v; want the evening %s", this, c.outcome)
			}
		})
	}
}

// A pane closed under a running session (the terminal gone, SIGHUP from
// the kernel): the program ends by itself, 128+1, with the session saved
// as interrupted.
func TestAClosedPaneEndsTheSessionAsInterruptedAndSavesIt(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	s := startInPTY(t, state, 80, 24, "evening", "--pain", "1", "--pain-after", "1")
	s.waitFor(`x stop: pain`, 5*time.Second)
	s.pty.Close()
	if code, _ := s.wait(10 * time.Second); code != 128+int(syscall.SIGHUP) {
		t.Errorf("exit %d, want %d", code, 128+int(syscall.SIGHUP))
	}
	recs, complaints := historyJSON(t, state)
	if this := lastSession(recs); this[0].Routine != "evening" || ended(this) != "interrupted" || complaints != "" {
		t.Errorf("the session is saved as %+v (damage: %q); want the evening, interrupted", this, complaints)
	}
}

// Every way out of the companion leaves the terminal as it was and the
// reminders free: the next companion sends them.
func TestEveryWayOutOfTheCompanionLeavesTheTerminalAsItWasAndTheRemindersFree(t *testing.T) {
	cases := []struct {
		name string
		end  func(*screen)
		code int
	}{
		{"SIGHUP", sending(syscall.SIGHUP), 128 + 1},
		{"SIGTERM", sending(syscall.SIGTERM), 128 + 15},
		{"SIGINT", sending(syscall.SIGINT), 128 + 2},
		{"Ctrl-C typed", typing("\x03"), 128 + 2},
		{"q", typing("q"), 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel() // a program of its own, in a terminal of its own
			state := newState(t)
			s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30")
			s.waitFor(`q quit`, 5*time.Second)
			c.end(s)
			code, out := s.wait(10 * time.Second)
			if code != c.code {
				t.Errorf("exit %d, want %d", code, c.code)
			}
			leftUsable(t, s, out)
			if !strings.Contains(out, "Warning signs") {
				t.Error("the companion did not leave the warning signs")
			}
			if _, err := os.Stat(filepath.Join(state, "backstretch", "companion.pid")); err == nil {
				t.Error("companion.pid was left behind")
			}
			next := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30")
			if txt := next.waitFor(`q quit`, 5*time.Second); strings.Contains(txt, "only shows them") {
				t.Errorf("the next companion does not send the reminders:\n%s", txt)
			}
			next.keys("q")
			next.wait(5 * time.Second)
		})
	}
}

// kill -9 gives the companion no chance to tidy up: its lock goes with
// the process, so the next companion sends the reminders though the
// killed one's companion.pid is still there.
func TestAKilledCompanionLeavesTheRemindersToTheNextOne(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := newState(t)
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30")
	s.waitFor(`q quit`, 5*time.Second)
	s.cmd.Process.Kill()
	s.wait(5 * time.Second)
	next := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30")
	if txt := next.waitFor(`q quit`, 5*time.Second); strings.Contains(txt, "only shows them") {
		t.Errorf("after kill -9, the next companion does not send the reminders:\n%s", txt)
	}
	next.keys("q")
	if code, _ := next.wait(5 * time.Second); code != 0 {
		t.Errorf("the next companion exited %d", code)
	}
}

// SIGHUP while the companion runs a session in place: the session is
// saved as interrupted, the program ends 128+1 with the summary and the
// signs, and the terminal is as it was.
func TestSIGHUPDuringASessionInTheCompanionSavesItAndLeavesTheTerminalAsItWas(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30", "--pain", "1", "--pain-after", "1")
	s.waitFor(`q quit`, 5*time.Second)
	s.keys("r")
	s.waitFor(`x stop: pain`, 5*time.Second)
	s.cmd.Process.Signal(syscall.SIGHUP)
	code, out := s.wait(10 * time.Second)
	if code != 128+int(syscall.SIGHUP) {
		t.Errorf("exit %d, want %d", code, 128+int(syscall.SIGHUP))
	}
	leftUsable(t, s, out)
	for _, want := range []string{"Summary: Desk shoulder rolls interrupted.", "Warning signs"} {
		if !strings.Contains(out, want) {
			t.Errorf("the terminal was not left with %q", want)
		}
	}
	recs, complaints := historyJSON(t, state)
	if this := lastSession(recs); ended(this) != "interrupted" || this[0].At.Format("15:04") != "10:30" || complaints != "" {
		t.Errorf("the session is saved as %+v (damage: %q); want the 10:30 set, interrupted", this, complaints)
	}
}

// kill -9 in the middle of a full-screen session (whose steps are written
// by a goroutine of their own) keeps every step finished before it; the
// next run reads the history without a word of damage. A line torn by a
// crash mid-write is named once, kept, and the next session's records
// start on a line of their own, every one of them whole.
func TestKillNineMidSessionAndATornLineLoseNothingElse(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	s := startInPTY(t, state, 80, 24, "desk", "--speed", "10", "--pain", "1", "--pain-after", "1")
	s.waitFor(`step 3 of 3`, 10*time.Second) // the backward circles are done
	s.cmd.Process.Kill()
	s.wait(5 * time.Second)

	recs, complaints := historyJSON(t, state)
	if complaints != "" {
		t.Errorf("after kill -9 the next run complains: %s", complaints)
	}
	killed := lastSession(recs)
	steps := 0
	for _, r := range killed {
		if r.Kind == history.StepEnded && r.Status == "done" && r.Exercise == "shoulder-rolls" {
			steps++
		}
	}
	if steps != 1 || ended(killed) != "" {
		t.Errorf("the killed session is saved as %+v; want its finished step and no end", killed)
	}
	if table, err := command(state, "history").Output(); err != nil || !strings.Contains(string(table), "interrupted") {
		t.Errorf("history does not show the killed session as interrupted: %v\n%s", err, table)
	}

	path := historyFile(state)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const torn = `{"v":1,"kind":"step","at":"2026-11-23T19:0` // a crash mid-write: no newline
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(torn)
	f.Close()
	tornLine := bytes.Count(before, []byte("\n")) + 1

	cmd := command(state, "desk", "--plain", "--speed", "5000", "--pain", "2", "--pain-after", "3")
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if out, err := cmd.Output(); err != nil {
		t.Fatalf("the session after the torn line: %v\n%s%s", err, out, errOut.String())
	}
	if named := regexp.MustCompile(`line (\d+):`).FindAllStringSubmatch(errOut.String(), -1); len(named) != 1 || named[0][1] != fmt.Sprint(tornLine) {
		t.Errorf("want the torn line %d named once and nothing else; got:\n%s", tornLine, errOut.String())
	}
	after, _ := os.ReadFile(path)
	if !bytes.HasPrefix(after, append(before, torn...)) {
		t.Fatal("the session rewrote earlier bytes of the history")
	}
	rest := after[len(before)+len(torn):]
	if !bytes.HasPrefix(rest, []byte("\n{")) {
		t.Fatalf("the next record was glued onto the torn line: %q", rest[:min(len(rest), 40)])
	}
	kinds := map[history.Kind]int{}
	id := ""
	for _, line := range bytes.Split(bytes.TrimSpace(rest), []byte("\n")) {
		r, err := history.ParseLine(line)
		if err != nil {
			t.Fatalf("a record after the torn line is damaged: %v: %s", err, line)
		}
		if id == "" {
			id = r.Session
		}
		if r.Session != id {
			t.Errorf("a record of another session after the torn line: %+v", r)
		}
		kinds[r.Kind]++
	}
	if kinds[history.SessionStarted] != 1 || kinds[history.StepEnded] != 2 || kinds[history.SessionEnded] != 1 || kinds[history.PainCheckIn] != 2 {
		t.Errorf("the session after the torn line saved %v; want its start, 2 steps, its end and 2 check-ins", kinds)
	}
	recs, complaints = historyJSON(t, state)
	if ended(lastSession(recs)) != "completed" || strings.Count(complaints, "line ") != 1 {
		t.Errorf("reading back: the last session %q, complaints:\n%s", ended(lastSession(recs)), complaints)
	}
}

// Four sessions and two screenings written into one history at the same
// time, each by a program of its own: every record whole, none lost.
func TestSessionsWritingOneHistoryAtOnceLoseNothing(t *testing.T) {
	t.Parallel() // programs of their own
	state := newState(t)
	days := []string{"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"}
	var runs []*exec.Cmd
	var outs []*bytes.Buffer
	for _, d := range days {
		runs = append(runs, command(state, "desk", "--plain", "--speed", "200", "--pain", "1", "--pain-after", "2", "--start-at", d+"T08:00:00Z"))
	}
	runs = append(runs, command(state, "screening", "--none"), command(state, "screening", "--none"))
	for _, c := range runs {
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, &out
		outs = append(outs, &out)
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range runs {
		if err := c.Wait(); err != nil {
			t.Errorf("%v: %v\n%s", c.Args[1:], err, outs[i])
		}
	}
	recs, complaints := historyJSON(t, state)
	if complaints != "" {
		t.Errorf("the history has damage: %s", complaints)
	}
	bySession := map[string]map[history.Kind]int{}
	screenings := 0
	for _, r := range recs {
		if r.Kind == history.ScreeningTaken {
			screenings++
			continue
		}
		if bySession[r.Session] == nil {
			bySession[r.Session] = map[history.Kind]int{}
		}
		bySession[r.Session][r.Kind]++
	}
	for _, d := range days {
		id := "desk-" + strings.ReplaceAll(d, "-", "")
		var got map[history.Kind]int
		for s, kinds := range bySession {
			if strings.HasPrefix(s, id) {
				got = kinds
			}
		}
		if got[history.SessionStarted] != 1 || got[history.StepEnded] != 2 || got[history.SessionEnded] != 1 || got[history.PainCheckIn] != 2 {
			t.Errorf("the session of %s saved %v; want its start, 2 steps, its end and 2 check-ins", d, got)
		}
	}
	if screenings != 3 {
		t.Errorf("%d screenings saved, want 3", screenings)
	}
}

// Full screen, with no place for the history (its folder is a file: no
// one, root included, can write there): the screens ask what a saved
// history would have remembered, say the session will not be saved, run
// it to its end and leave the terminal as it was.
func TestAnUnwritableStateFolderWarnsOnTheFullScreenAndTheSessionRuns(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(blocker, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := startInPTY(t, blocker, 80, 24, "desk", "--speed", "50", "--pain", "1", "--pain-after", "1")
	s.readSafetySteps()
	for i := 1; i <= 4; i++ {
		s.waitFor(fmt.Sprintf(`question %d of 4`, i), 5*time.Second)
		s.keys("n")
	}
	s.waitFor(`will not be saved`, 5*time.Second)
	code, out := s.wait(15 * time.Second)
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	leftUsable(t, s, out)
	for _, want := range []string{"Warning: cannot create the history folder", "will not be saved", "Summary: Desk shoulder rolls completed."} {
		if !says(out, want) {
			t.Errorf("the terminal was not left with %q", want)
		}
	}
	if data, _ := os.ReadFile(blocker); string(data) != "x" {
		t.Error("the file in the history's way was written to")
	}
}

// A read-only configuration (0400 in a 0500 folder) is read by every
// command, and config init leaves it exactly as it was.
func TestAReadOnlyConfigIsReadAndNeverWritten(t *testing.T) {
	t.Parallel() // programs of its own, with their own environment
	home := t.TempDir()
	const text = "# mine, read-only\nramp_days = 5\n\n[sessions]\nmidday = \"13:15\"\n"
	path := e2eConfig(t, home, text)
	dir := filepath.Dir(path)
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) }) // before t.TempDir's removal
	state := newState(t)

	if r := e2eRun(t, state, home, nil, "config", "check"); r.code != 0 || r.stdout != path+" is fine.\n" {
		t.Errorf("config check: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if r := e2eRun(t, state, home, nil, "list"); r.code != 0 || !strings.Contains(r.stdout, "day 1 of 5 of the ramp-up") {
		t.Errorf("list did not read ramp_days = 5: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := e2eRun(t, state, home, nil, "desk", "--plain", "--speed", "5000", "--pain", "1"); r.code != 0 {
		t.Errorf("a session with the read-only config: exit %d\n%s", r.code, r.stderr)
	}

	r := e2eRun(t, state, home, nil, "config", "init")
	line := onlyLine(t, "config init's error", r.stderr)
	if r.code == 0 || r.stdout != "" || !strings.Contains(line, path) || !strings.Contains(line, "already exists") {
		t.Errorf("config init over the read-only file: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != text {
		t.Errorf("the read-only file changed:\n%s", data)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o400 {
		t.Errorf("the file's mode became %v", st.Mode().Perm())
	}

	// Where no config file can be created: as a user, a read-only folder
	// refuses one; root ignores permission bits, so for everyone a folder
	// on the way that is a file.
	blocker := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(blocker, []byte("not a folder"), 0o600)
	unwritable := map[string]string{filepath.Join(blocker, "backstretch", "config.toml"): "not a directory"}
	if os.Geteuid() != 0 {
		unwritable[filepath.Join(dir, "other.toml")] = "permission denied"
	}
	for p, why := range unwritable {
		r := e2eRun(t, state, home, nil, "--config", p, "config", "init")
		line := onlyLine(t, "config init's error", r.stderr)
		if r.code == 0 || !strings.Contains(line, "can't create config") || !strings.Contains(line, why) {
			t.Errorf("config init at %s: exit %d, %q; want a one-line error saying %q", p, r.code, r.stderr, why)
		}
		if _, err := os.Stat(p); err == nil {
			t.Errorf("config init created %s", p)
		}
	}
	if data, _ := os.ReadFile(blocker); string(data) != "not a folder" {
		t.Error("config init wrote into the file in its way")
	}
	if data, _ := os.ReadFile(path); string(data) != text {
		t.Error("the read-only file changed")
	}
	if cfg, err := config.Load(path); err != nil || cfg.RampDays != 5 {
		t.Errorf("the read-only file no longer reads: %v", err)
	}
}

// hungNotificationService listens where the D-Bus session bus would be,
// takes every connection and reads what it is sent, and never answers: a
// notification service that took the call and hangs. It returns the
// address for DBUS_SESSION_BUS_ADDRESS and the number of connections.
func hungNotificationService(t *testing.T) (string, func() int) {
	t.Helper()
	dir, err := os.MkdirTemp("", "bus") // short: a socket's path has a limit
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "bus")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			calls.Add(1)
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go io.Copy(io.Discard, c)
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		os.RemoveAll(dir)
	})
	return "DBUS_SESSION_BUS_ADDRESS=unix:path=" + sock, func() int { return int(calls.Load()) }
}

// waitUntil polls ok until it holds, failing after timeout.
func waitUntil(t *testing.T, what string, timeout time.Duration, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(timeout); !ok(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after %v", what, timeout)
		}
	}
}

const hungNotice = "Desktop notifications are unavailable (the notification service did not answer)"

// The session's notification at its end goes to a service that never
// answers: the screen still takes keys while it waits, the program gives
// up after its 3 s, says so, exits 0 and the session is saved whole.
func TestAHungNotificationServiceNeverHoldsUpTheSession(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	bus, calls := hungNotificationService(t)
	state := seasoned(t)
	s := startInPTYEnv(t, state, 80, 24, []string{bus}, "desk", "--speed", "20", "--pain", "1", "--pain-after", "2")
	s.waitFor(`step 3 of 3`, 10*time.Second) // the countdown ran through the first two steps
	waitUntil(t, "the notification reaching the service", 10*time.Second, func() bool { return calls() > 0 })
	s.keys("?") // while the notification hangs
	s.waitFor(`previous step`, 2*time.Second)
	s.mu.Lock()
	pending := !bytes.Contains(s.raw.Bytes(), []byte("\x1b[?1049l"))
	s.mu.Unlock()
	if !pending {
		t.Error("the program had left the full screen before the keys were shown: the notification did not hang")
	}
	code, out := s.wait(15 * time.Second)
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	leftUsable(t, s, out)
	for _, want := range []string{hungNotice, "Summary: Desk shoulder rolls completed."} {
		if !says(out, want) {
			t.Errorf("the terminal was not left with %q", want)
		}
	}
	recs, _ := historyJSON(t, state)
	this := lastSession(recs)
	after := false
	for _, r := range this {
		after = after || r.Kind == history.PainCheckIn && r.When == history.After && r.Pain != nil && *r.Pain == 2
	}
	if ended(this) != "completed" || !after {
		t.Errorf("the session is saved as %+v; want it completed, with the pain after", this)
	}
}

// The companion's reminder goes to a service that never answers: while it
// waits, the clock on screen keeps moving and keys work; after 3 s the
// companion says so, and the reminder is saved.
func TestAHungNotificationServiceLeavesTheCompanionTicking(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	bus, calls := hungNotificationService(t)
	state := newState(t)
	// A minute a second: the 10:00 reminder after a third of a second.
	s := startInPTYEnv(t, state, 80, 24, []string{bus}, "--start-at", "2026-11-23 09:59:40", "--speed", "60")
	waitUntil(t, "the reminder reaching the service", 10*time.Second, func() bool { return calls() > 0 })
	s.keys("p")
	clock := regexp.MustCompile(`(\d\d:\d\d)\s*$`)
	minutes := map[string]bool{}
	menu := false
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		txt := s.text()
		if says(txt, hungNotice) {
			break
		}
		if m := clock.FindStringSubmatch(strings.SplitN(txt, "\n", 2)[0]); m != nil {
			minutes[m[1]] = true
		}
		if strings.Contains(txt, "Pause reminders for:") && !menu {
			menu = true
			s.keys("\x1b")
		}
	}
	if len(minutes) < 2 || !menu {
		t.Errorf("while the notification hung: minutes shown %v, the pause menu shown %v; want the clock moving and the key working", minutes, menu)
	}
	s.waitFor(`notification service did not\s+answer`, 10*time.Second)
	s.keys("q")
	code, out := s.wait(5 * time.Second)
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	leftUsable(t, s, out)
	if got := reminderActions(t, state); len(got) == 0 || got[0] != "10:00 fired shoulder-rolls" {
		t.Errorf("the history has %v; want the 10:00 reminder fired", got)
	}
}

// written is how much the program has written so far.
func (s *screen) written() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.Len()
}

// writtenSince is what the program wrote after the first n bytes.
func (s *screen) writtenSince(n int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.String()[n:]
}

// resize gives the pane a new size; the kernel tells the program with
// SIGWINCH. The emulator is resized first (while the size is not zero), as
// a real terminal is before its program hears of it: a program quick to
// redraw once drew the new width into the emulator's old one.
func (s *screen) resize(cols, rows int) {
	s.t.Helper()
	if cols > 0 && rows > 0 {
		s.mu.Lock()
		s.term.Resize(cols, rows)
		s.mu.Unlock()
	}
	if err := pty.Setsize(s.pty, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		s.t.Fatal(err)
	}
}

// Panes of 20×5, 1×1 and 0×0, keys typed in them, and a storm of resizes,
// on a question and in the session: the program asks for a larger pane
// where it must, never ends, and at 80×24 shows its whole screen again.
func TestTinyPanesAndAStormOfResizesNeverEndTheSession(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	s := startInPTY(t, state, 80, 24, "evening", "--pain-after", "1")
	rng := rand.New(rand.NewSource(5))
	tiny := func(key string) {
		s.resize(20, 5)
		s.waitFor(`larger`, 10*time.Second)
		s.keys(key)
		since := s.written()
		s.resize(1, 1)
		// A 1×1 emulator scrolls its one cell away as soon as it is
		// written: look for the ellipsis in what was written instead.
		waitUntil(t, "the ellipsis of a 1×1 pane", 10*time.Second, func() bool { return strings.Contains(s.writtenSince(since), "…") })
		s.keys(key)
		s.resize(0, 0)
		s.keys(key)
		time.Sleep(100 * time.Millisecond)
		for i := 0; i < 300; i++ {
			s.resize(rng.Intn(131), rng.Intn(51))
		}
		s.resize(80, 24)
	}

	s.waitFor(`Pain now`, 5*time.Second)
	tiny("1")
	s.waitWhileAlive(`(?s)Pain check-in.*Pain now.*\[1\].*enter ok`, 10*time.Second)
	s.keys("\r")
	s.waitFor(`GET READY`, 5*time.Second)
	tiny("?")
	s.waitWhileAlive(`(?s)Evening routine · exercise 1 of 3.*Child's pose.*previous step`, 10*time.Second)
	s.keys("q")
	code, out := s.wait(10 * time.Second)
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	leftUsable(t, s, out)
	recs, complaints := historyJSON(t, state)
	if this := lastSession(recs); this[0].Routine != "evening" || ended(this) != "quit" || complaints != "" {
		t.Errorf("the session is saved as %+v (damage: %q); want the evening, quit", this, complaints)
	}
}

// A state folder that is a file stops neither a session nor the companion:
// the companion starts with a blank day and says why.
func TestTheCompanionRunsWhenTheHistoryCannotBeRead(t *testing.T) {
	t.Parallel()
	state := t.TempDir()
	if err := os.WriteFile(filepath.Join(state, "backstretch"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30")
	s.waitFor(`cannot read the history`, 5*time.Second)
	s.waitFor(`Dosage: day 1 of 4`, 5*time.Second)
	s.keys("q")
	code, out := s.wait(5 * time.Second)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	leftUsable(t, s, out)
}
