package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// binary is the real program, built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "backstretch-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "backstretch")
	// Every run in these tests keeps its history here, never in a real home.
	os.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCLI runs the command line in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestBadInputIsOneLineNamingTheValueAndExitsTwo(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"yoga"}, []string{`"yoga"`, "morning, midday, evening, midback, desk"}},
		{[]string{"evening", "--speed", "0"}, []string{`"0"`, "--speed", "greater than 0"}},
		{[]string{"evening", "--speed", "-3"}, []string{`"-3"`, "greater than 0"}},
		{[]string{"evening", "--speed", "fast"}, []string{`"fast"`, "a number"}},
		{[]string{"evening", "--start-at", "noon"}, []string{`"noon"`, "RFC 3339", "2026-11-23 08:00"}},
		{[]string{"evening", "--frobnicate"}, []string{"unknown flag", "--frobnicate"}},
		{[]string{"evening", "now"}, []string{"takes no arguments", `"now"`}},
		{[]string{"list", "all"}, []string{"takes no arguments"}},
		// An unknown shell or help topic.
		{[]string{"completion", "nosuchshell"}, []string{`"nosuchshell"`, "bash", "zsh", "fish", "powershell"}},
		{[]string{"completion"}, []string{"bash", "zsh", "fish", "powershell"}},
		{[]string{"help", "nosuch"}, []string{`"nosuch"`, "backstretch --help"}},
		{[]string{"help", "config", "nosuch"}, []string{`"config nosuch"`}},
	}
	for _, tc := range cases {
		code, out, errOut := runCLI(t, tc.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", tc.args, code)
		}
		if out != "" {
			t.Errorf("%v: wrote %q to standard output", tc.args, out)
		}
		if n := strings.Count(strings.TrimSpace(errOut), "\n"); n != 0 {
			t.Errorf("%v: error is %d lines:\n%s", tc.args, n+1, errOut)
		}
		for _, w := range tc.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: error %q does not mention %q", tc.args, errOut, w)
			}
		}
	}
}

func TestListShowsAllFiveRoutinesAndElevenExercises(t *testing.T) {
	code, out, _ := runCLI(t, "list")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, id := range []string{"morning", "midday", "evening", "midback", "desk",
		"rhomboid", "childs-pose", "shoulder-rolls", "wall-pushups", "band-squeeze", "deep-breathing",
		"seated-twist", "foam-rolling", "cat-cow", "cobra", "warm-up"} {
		if !regexp.MustCompile(`(?m)^` + id + ` `).MatchString(out) {
			t.Errorf("list has no line for %s", id)
		}
	}
	for _, want := range []string{"day 1 of 4 of the ramp-up", "1 × 10 s", "about 2 min 45 s today"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks today's dosage %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("list wrote colour escapes to a non-terminal")
	}
}

func TestSignsShowsAllEightWarningSigns(t *testing.T) {
	code, out, _ := runCLI(t, "signs")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out, "  • "); n != 8 {
		t.Errorf("signs shows %d signs, want 8:\n%s", n, out)
	}
	for _, want := range []string{"chest", "fingers", "left arm or hand", "nausea", "7 days", "night", "waistline", "comfortable"} {
		if !strings.Contains(out, want) {
			t.Errorf("signs lacks %q", want)
		}
	}
}

func TestHelpAndVersionWork(t *testing.T) {
	code, out, _ := runCLI(t, "--help")
	if code != 0 || !strings.Contains(out, "evening") || !strings.Contains(out, "--speed") {
		t.Errorf("help exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "--version")
	if code != 0 || !strings.Contains(out, "backstretch") {
		t.Errorf("version exit %d: %q", code, out)
	}
}

var stamp = regexp.MustCompile(`^(\d\d):(\d\d):(\d\d)  `)

func seconds(line string) int {
	m := stamp.FindStringSubmatch(line)
	if m == nil {
		return -1
	}
	var h, mi, s int
	for i, p := range []*int{&h, &mi, &s} {
		for _, c := range m[i+1] {
			*p = *p*10 + int(c-'0')
		}
	}
	return h*3600 + mi*60 + s
}

// TestTheEveningSessionRunsEndToEndOnTime runs the real binary as the
// acceptance asks: evening, plain, speed 60, a first session.
func TestTheEveningSessionRunsEndToEndOnTime(t *testing.T) {
	cmd := command(newState(t), "evening", "--plain", "--pain", "2", "--speed", "60", "--start-at", "2026-11-23 19:00")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var lines []string
	var first, last time.Time
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		l := sc.Text()
		lines = append(lines, l)
		if stamp.MatchString(l) {
			if first.IsZero() {
				first = time.Now()
			}
			last = time.Now()
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit: %v\n%s", err, strings.Join(lines, "\n"))
	}
	out := strings.Join(lines, "\n")
	for _, want := range []string{
		"Child's pose", "Hold 10 s.", "Band shoulder-blade squeeze", "10 reps", "Rep 10 of 10.",
		"Foam rolling", "3 s left.", "Evening routine complete.",
		"Summary: Evening routine completed. Planned 2 min 45 s, actual 2 min 45 s.",
		"Warning signs",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// The program's own clock: the first and the last cue are the plan apart.
	var stamps []int
	for _, l := range lines {
		if s := seconds(l); s >= 0 {
			stamps = append(stamps, s)
		}
	}
	const planned = 165 // seconds: the first evening session
	if got := stamps[len(stamps)-1] - stamps[0]; got != planned {
		t.Errorf("program clock: session took %d s, planned %d s", got, planned)
	}
	// Real time, measured here: within 1 % of the plan at speed 60.
	real := last.Sub(first).Seconds() * 60
	if d := real - planned; d < -planned*0.01 || d > planned*0.01 {
		t.Errorf("real time × speed = %.2f s, planned %d s: off by more than 1 %%", real, planned)
	}
}

// newState returns a history folder in which the safety screening was
// taken (none of the four situations applies).
func newState(t *testing.T) string {
	t.Helper()
	state := t.TempDir()
	// The real program, not runCLIEnv: tests that run in parallel cannot
	// set the environment.
	if out, err := command(state, "screening", "--none").CombinedOutput(); err != nil {
		t.Fatalf("screening --none: %v: %s", err, out)
	}
	return state
}

// command is the real program with its history in state, and no
// configuration file unless a test writes one in state/config.
func command(state string, args ...string) *exec.Cmd {
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+state, "XDG_CONFIG_HOME="+filepath.Join(state, "config"))
	return cmd
}

// startSession starts a session of the real program, screened, with a
// history of its own and pain 2 before.
func startSession(t *testing.T, stdin io.Reader, args ...string) (*exec.Cmd, *bufio.Scanner, *bytes.Buffer) {
	t.Helper()
	cmd := command(newState(t), append(args, "--pain", "2")...)
	cmd.Stdin = stdin
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, bufio.NewScanner(stdout), &bytes.Buffer{}
}

// readUntil reads lines into all until one contains want.
func readUntil(t *testing.T, sc *bufio.Scanner, all *bytes.Buffer, want string) {
	t.Helper()
	for sc.Scan() {
		all.WriteString(sc.Text() + "\n")
		if strings.Contains(sc.Text(), want) {
			return
		}
	}
	t.Fatalf("never saw %q in:\n%s", want, all)
}

func TestCtrlCStopsCleanlyWithASummary(t *testing.T) {
	cmd, sc, all := startSession(t, nil, "morning", "--plain")
	readUntil(t, sc, all, "Exercise 1 of 3")
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	for sc.Scan() {
		all.WriteString(sc.Text() + "\n")
	}
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 {
		t.Fatalf("exit %v, want 130", err)
	}
	for _, want := range []string{"Session ended early.", "Summary: Morning routine quit.", "Warning signs"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, all)
		}
	}
}

func TestSIGTERMEndsTheSessionAsInterrupted(t *testing.T) {
	cmd, sc, all := startSession(t, nil, "desk", "--plain")
	readUntil(t, sc, all, "Exercise 1 of 1")
	cmd.Process.Signal(syscall.SIGTERM)
	for sc.Scan() {
		all.WriteString(sc.Text() + "\n")
	}
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 128+int(syscall.SIGTERM) {
		t.Fatalf("exit %v, want %d", err, 128+int(syscall.SIGTERM))
	}
	if !strings.Contains(all.String(), "Session interrupted.") {
		t.Errorf("output:\n%s", all)
	}
}

func TestTypedCommandsDriveThePlainSession(t *testing.T) {
	r, w := io.Pipe()
	cmd, sc, all := startSession(t, r, "midday", "--plain", "--start-at", "2026-11-23 12:30")
	t.Cleanup(func() { w.Close() }) // before the wait for the process, should a step fail
	readUntil(t, sc, all, "Exercise 1 of 2")
	io.WriteString(w, "n\n") // skip the get-ready
	readUntil(t, sc, all, "8 reps")
	io.WriteString(w, "p\n")
	readUntil(t, sc, all, "Paused.")
	io.WriteString(w, "\n")
	readUntil(t, sc, all, "Resumed")
	io.WriteString(w, "x\n")
	w.Close() // exec waits for stdin's copier to see the end
	for sc.Scan() {
		all.WriteString(sc.Text() + "\n")
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("stopping for pain is not a failure: %v", err)
	}
	out := all.String()
	for _, want := range []string{"Skipped.", "Stopped for sharp pain.", "Stop now.", "Get medical help right away"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "Stop now.") > strings.Index(out, "Get medical help right away") {
		t.Error("the stop-now advice should come before the warning signs")
	}
}

func TestKillNineKeepsEveryStepFinishedBeforeIt(t *testing.T) {
	state := newState(t)
	cmd := command(state, "morning", "--plain", "--pain", "2", "--speed", "40")
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	done := 0
	for sc.Scan() {
		if strings.HasSuffix(sc.Text(), "  Done.") {
			done++
		}
		if done == 2 {
			break
		}
	}
	cmd.Process.Kill() // SIGKILL: no chance to clean up
	cmd.Wait()
	code, out, errOut := runCLIEnv(t, state, "history", "--json")
	if code != 0 || errOut != "" {
		t.Fatalf("history after kill -9: exit %d, %s", code, errOut)
	}
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("history is not readable after kill -9: %v\n%s", err, out)
	}
	steps := 0
	for _, r := range recs {
		if r["kind"] == "step" && r["status"] == "done" {
			steps++
		}
	}
	if steps < 2 {
		t.Fatalf("%d finished steps saved, want the 2 printed as done before the kill:\n%s", steps, out)
	}
	_, table, _ := runCLIEnv(t, state, "history")
	if !strings.Contains(table, "interrupted") {
		t.Errorf("the killed session does not show as interrupted:\n%s", table)
	}
}

// runCLIEnv runs the command line in-process with its history in state
// and its configuration, if a test writes one, in state/config.
func runCLIEnv(t *testing.T, state string, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv("XDG_STATE_HOME", state)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(state, "config"))
	return runCLI(t, args...)
}

// An unwritable history cannot keep the screening, so it is asked each
// time: here in plain mode on a terminal, answered a line at a time.
func TestAnUnwritableStateFolderWarnsAndTheSessionStillRuns(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	os.WriteFile(blocker, []byte("x"), 0o600)
	s := startInPTY(t, blocker, 80, 24, "desk", "--plain", "--speed", "2000")
	s.waitFor(`Press Enter when you have read these`, 5*time.Second)
	s.keys("\r")
	for i := 1; i <= 4; i++ {
		s.waitFor(fmt.Sprintf(`question %d of 4`, i), 5*time.Second)
		s.keys("n\r")
	}
	s.waitFor(`Pain now`, 5*time.Second)
	s.keys("eleven\r")
	s.waitFor(`whole number from 0`, 5*time.Second)
	s.keys("1\r")
	s.waitFor(`Enter to skip`, 10*time.Second)
	s.keys("\r")
	code, out := s.wait(5 * time.Second)
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	for _, want := range []string{"Warning: cannot create the history folder", "will not be saved", "Desk shoulder rolls complete.", "Warning signs"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// The commands that only read the history once created an empty one (the
// check that it can be written): on a new machine, list, stats, history
// and the plan without a terminal leave no file behind.
func TestTheCommandsThatOnlyReadCreateNoHistory(t *testing.T) {
	t.Parallel()
	state := t.TempDir()
	for _, args := range [][]string{{"list"}, {"stats"}, {"history"}, {}} {
		if out, err := command(state, args...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		if _, err := os.Stat(historyFile(state)); err == nil {
			t.Fatalf("%v created %s", args, historyFile(state))
		}
	}
}

// The companion, the main way to use the program, is what it does with
// no command: --help once never said so.
func TestHelpSaysThatNoCommandOpensTheCompanion(t *testing.T) {
	code, out, _ := runCLI(t, "--help")
	if code != 0 || !strings.Contains(out, "Run with no command, it opens the companion") {
		t.Errorf("exit %d; --help does not say what no command does:\n%s", code, out)
	}
}
