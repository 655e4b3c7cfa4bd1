package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// plainSession runs one plain session of the real program to its end, with its
// history in state, and returns the exit code and everything it printed.
func plainSession(t *testing.T, state, stdin string, args ...string) (int, string) {
	t.Helper()
	cmd := command(state, append(args, "--plain", "--speed", "5000")...)
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(interface{ ExitCode() int }); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, string(out)
}

// dose is the dosage list shows today for an exercise of a routine.
func dose(t *testing.T, state, when, routine, exercise string) string {
	t.Helper()
	code, out, errOut := runCLIEnv(t, state, "list", "--start-at", when)
	if code != 0 {
		t.Fatalf("list: exit %d: %s", code, errOut)
	}
	block := out[strings.Index(out, "\n"+routine+" "):]
	m := regexp.MustCompile(exercise + `\s+(.+)`).FindStringSubmatch(block)
	if m == nil {
		t.Fatalf("list has no %s in %s:\n%s", exercise, routine, out)
	}
	return strings.TrimSpace(m[1])
}

func TestFiveMorningsGrowTheHoldsToFullDosage(t *testing.T) {
	state := newState(t)
	want := []string{"1 × 10 s", "1 × 13 s", "2 × 17 s", "2 × 20 s", "2 × 20 s"}
	for i, w := range want {
		at := time.Date(2026, 11, 23+i, 8, 0, 0, 0, time.Local).Format("2006-01-02 15:04")
		code, out := plainSession(t, state, "", "morning", "--start-at", at, "--pain", "2", "--pain-after", "2")
		if code != 0 {
			t.Fatalf("morning %d: exit %d\n%s", i+1, code, out)
		}
		m := regexp.MustCompile(`Rhomboid stretch.*\n\s+Today: (.+)\.`).FindStringSubmatch(out)
		if m == nil || m[1] != w {
			t.Errorf("morning %d: rhomboid %v, want %s", i+1, m, w)
		}
		if i == 1 && !strings.Contains(out, "Today's dosage: day 2 of 4 of the ramp-up.") {
			t.Errorf("morning 2 does not say why:\n%s", out)
		}
	}
	// Five mornings do not advance a stretch of the evening never done:
	// its first time is a first time (10 s, once).
	if got := dose(t, state, "2026-11-28 08:00", "evening", "Child's pose"); got != "1 × 10 s" {
		t.Errorf("child's pose never done, after five mornings: %s, want 1 × 10 s", got)
	}
}

func TestAStopForPainEasesTheNextSessionAndRisingPainHoldsTheLevel(t *testing.T) {
	state := newState(t)
	for i := 0; i < 2; i++ {
		at := time.Date(2026, 11, 23+i, 8, 0, 0, 0, time.Local).Format("2006-01-02 15:04")
		if code, out := plainSession(t, state, "", "morning", "--start-at", at, "--pain", "2", "--pain-after", "2"); code != 0 {
			t.Fatalf("exit %d\n%s", code, out)
		}
	}
	if got := dose(t, state, "2026-11-25 07:00", "morning", "Rhomboid stretch"); got != "2 × 17 s" {
		t.Fatalf("day 3 starts at %s, want 2 × 17 s", got)
	}
	// Day 3: pain 2 before, 5 after: day 4 stays at day 3's dosage.
	if code, out := plainSession(t, state, "", "morning", "--start-at", "2026-11-25 08:00", "--pain", "2", "--pain-after", "5"); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if got := dose(t, state, "2026-11-26 07:00", "morning", "Rhomboid stretch"); got != "2 × 17 s" {
		t.Errorf("the day after pain rose: %s, want the same 2 × 17 s", got)
	}
	_, list, _ := runCLIEnv(t, state, "list", "--start-at", "2026-11-26 07:00")
	if !strings.Contains(list, "not raised: pain was higher after the session on Wed 25 Nov") {
		t.Errorf("list does not say why the level held:\n%s", list)
	}
	// Day 4: a stop for sharp pain; the next session is easier at once.
	code, out := plainSession(t, state, "x\n", "evening", "--start-at", "2026-11-26 19:00", "--pain", "3")
	if code != 0 || !strings.Contains(out, "Stopped for sharp pain.") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if got := dose(t, state, "2026-11-26 20:00", "morning", "Rhomboid stretch"); got != "1 × 13 s" {
		t.Errorf("after the stop for pain: %s, want one step back to 1 × 13 s", got)
	}
}

func TestAQuestionWithNoTerminalIsAnErrorNamingTheFlagNeverAHang(t *testing.T) {
	unscreened := t.TempDir()
	screened := newState(t)
	cases := []struct {
		state string
		args  []string
		want  []string
	}{
		{unscreened, []string{"evening", "--plain", "--pain", "2"}, []string{"screening", "backstretch screening --none"}},
		{screened, []string{"evening", "--plain"}, []string{"pain check-in", "--pain N"}},
		{screened, []string{"evening"}, []string{"--pain N"}}, // not a terminal: plain
	}
	for _, c := range cases {
		cmd := command(c.state, c.args...)
		r, w, err := os.Pipe() // an input that never ends: reading it would hang
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		defer r.Close()
		cmd.Stdin = r
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v: still waiting for an answer after 10 s", c.args)
		}
		if code := cmd.ProcessState.ExitCode(); code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		for _, want := range c.want {
			if !strings.Contains(errOut.String(), want) {
				t.Errorf("%v: error %q does not mention %q", c.args, errOut.String(), want)
			}
		}
	}
}

// records is the history of state, read through history --json.
func records(t *testing.T, state string) []map[string]any {
	t.Helper()
	out, err := command(state, "history", "--json").Output()
	if err != nil {
		t.Fatalf("history --json: %v", err)
	}
	var recs []map[string]any
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatal(err)
	}
	return recs
}

func count(recs []map[string]any, kind string) int {
	n := 0
	for _, r := range recs {
		if r["kind"] == kind {
			n++
		}
	}
	return n
}

func TestPainOfFourOrMoreWaitsUnlessConfirmed(t *testing.T) {
	state := newState(t)
	code, out := plainSession(t, state, "", "desk", "--pain", "5")
	if code != 2 {
		t.Fatalf("exit %d, want 2\n%s", code, out)
	}
	for _, want := range []string{"This program's rule: at 4 out of 10 or more, wait until the pain settles below 4", "--continue-anyway"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	recs := records(t, state)
	if count(recs, "session_started") != 0 || count(recs, "pain") != 1 {
		t.Fatalf("a session started, or the check-in was lost: %v", recs)
	}
	code, out = plainSession(t, state, "", "desk", "--pain", "5", "--continue-anyway")
	if code != 0 || !strings.Contains(out, "Desk shoulder rolls complete.") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	recs = records(t, state)
	last := recs[len(recs)-1]
	for _, r := range recs {
		if r["kind"] == "pain" && r["confirmed"] == true {
			last = r
		}
	}
	if count(recs, "session_started") != 1 || last["confirmed"] != true || last["pain"] != 5.0 {
		t.Errorf("the confirmed check-in was not saved as such: %v", recs)
	}
}

func TestTheScreeningCommand(t *testing.T) {
	state := t.TempDir()
	bad := map[string][]string{
		"choose one":   {"screening", "--none", "--answers", "no,no,no,no"},
		"has 2":        {"screening", "--answers", "no,no"},
		`"perhaps"`:    {"screening", "--answers", "no,perhaps,no,no"},
		"no terminal":  {"screening"},
		"no arguments": {"screening", "now"},
	}
	for want, args := range bad {
		code, out, errOut := runCLIEnv(t, state, args...)
		if code != 2 || out != "" || !strings.Contains(errOut, want) {
			t.Errorf("%v: exit %d, error %q, want 2 and %q", args, code, errOut, want)
		}
	}
	if recs := records(t, state); len(recs) != 0 {
		t.Fatalf("bad input saved something: %v", recs)
	}
	code, out, _ := runCLIEnv(t, state, "screening", "--answers", "no,no,yes,no")
	if code != 0 || !strings.Contains(out, "below 4 out of 10") || !strings.Contains(out, "type continue") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	// The flare-up's measure is the pain: below 4 a session goes ahead; at
	// 4 or more it needs the confirmation, with the flare-up named.
	code, sess := plainSession(t, state, "", "desk", "--pain", "5")
	if code != 2 || !strings.Contains(sess, "flare-up") || !strings.Contains(sess, "--continue-anyway") {
		t.Errorf("exit %d\n%s", code, sess)
	}
	if code, sess = plainSession(t, state, "", "desk", "--pain", "1"); code != 0 {
		t.Errorf("a flare-up with pain 1 (below the article's 4/10): exit %d\n%s", code, sess)
	}
	if code, sess = plainSession(t, state, "", "desk", "--pain", "5", "--continue-anyway"); code != 0 {
		t.Errorf("exit %d\n%s", code, sess)
	}
	// Retaken: the latest answers count.
	runCLIEnv(t, state, "screening", "--none")
	if code, sess = plainSession(t, state, "", "desk", "--pain", "1"); code != 0 {
		t.Errorf("after retaking the screening: exit %d\n%s", code, sess)
	}
	if n := count(records(t, state), "screening"); n != 2 {
		t.Errorf("%d screenings saved, want 2", n)
	}
}

func TestADamagedHistoryNeverStopsACommandAndIsNeverRewritten(t *testing.T) {
	state := newState(t)
	if code, out := plainSession(t, state, "", "desk", "--pain", "1"); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	path := filepath.Join(state, "backstretch", "history.jsonl")
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("garbage, not a record\n")
	f.WriteString(`{"v":1,"kind":"step","at":"2026-11-2`) // torn by a kill
	f.Close()
	original, _ := os.ReadFile(path)
	lines := strings.Count(string(original), "\n")
	garbage, torn := lines, lines+1

	readers := [][]string{{"list"}, {"history"}, {"history", "--json"}, {"history", "--csv"}, {}}
	writers := [][]string{{"screening", "--none"}, {"desk", "--plain", "--speed", "5000", "--pain", "1"}}
	for _, args := range append(readers, writers...) {
		code, _, errOut := runCLIEnv(t, state, args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
		for _, n := range []int{garbage, torn} {
			if c := strings.Count(errOut, "line "+strconv.Itoa(n)+":"); c != 1 {
				t.Errorf("%v names line %d %d times, want once:\n%s", args, n, c, errOut)
			}
		}
		now, _ := os.ReadFile(path)
		isReader := len(args) == 0 || args[0] == "list" || args[0] == "history"
		switch {
		case isReader && !bytes.Equal(now, original):
			t.Fatalf("%v changed the history's bytes", args)
		case !bytes.HasPrefix(now, original):
			t.Fatalf("%v rewrote earlier bytes", args)
		}
		original = now
	}
	if n := count(records(t, state), "session_ended"); n != 2 {
		t.Errorf("%d sessions readable after the damage, want 2", n)
	}
}

func TestPainWorseningOverAWeekOfStretchingIsSaidAtTheNextSession(t *testing.T) {
	state := newState(t)
	var out string
	for i, pain := range []string{"2", "2", "3", "3", "4", "4", "4", "4"} {
		at := time.Date(2026, 11, 23+i, 8, 0, 0, 0, time.Local).Format("2006-01-02 15:04")
		var code int
		code, out = plainSession(t, state, "", "desk", "--start-at", at, "--pain", pain, "--continue-anyway")
		if code != 0 {
			t.Fatalf("day %d: exit %d\n%s", i+1, code, out)
		}
		if i < 6 && strings.Contains(out, "Your pain before sessions") {
			t.Fatalf("day %d already speaks of a worsening trend:\n%s", i+1, out)
		}
	}
	for _, want := range []string{"Your pain before sessions went from 2.7 to 4.0 out of 10 over the last 7 days, and you stretched on 6 of them", "see a doctor or physiotherapist"} {
		if !strings.Contains(out, want) {
			t.Errorf("the 8th session does not say %q:\n%s", want, out)
		}
	}
}

func TestStatsPrintsPlainTextWhenPiped(t *testing.T) {
	state := newState(t)
	if code, _, _ := runCLIEnv(t, state, "stats"); code != 0 {
		t.Fatalf("stats on an empty history: exit %d", code)
	}
	for i := 0; i < 3; i++ {
		at := time.Date(2026, 11, 23+i, 8, 0, 0, 0, time.Local).Format("2006-01-02 15:04")
		plainSession(t, state, "", "morning", "--start-at", at, "--pain", "3", "--pain-after", "2")
	}
	cmd := command(state, "stats", "--start-at", "2026-11-25 20:00")
	cmd.Env = append(cmd.Env, "NO_COLOR=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("\x1b[")) {
		t.Error("stats wrote colour escapes with NO_COLOR to a pipe")
	}
	for _, want := range []string{"Streak       3 days", "morning   3/3 days", "Rhomboid stretch  2 × 17 s"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("stats lacks %q:\n%s", want, out)
		}
	}
}
