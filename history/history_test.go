package history

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)

func newStore(t *testing.T) Store {
	return Store{Path: filepath.Join(t.TempDir(), "state", "backstretch", "history.jsonl")}
}

func TestRecordsComeBackAsTheyWereWritten(t *testing.T) {
	s := newStore(t)
	in := []Record{
		{Kind: SessionStarted, At: t0, Session: "a", Routine: "evening", Day: 1},
		{Kind: StepEnded, At: t0.Add(25 * time.Second), Session: "a", Exercise: "childs-pose", Step: "hold", Side: "left", PlannedSec: 10, DoneSec: 10, Status: "done"},
		{Kind: SessionEnded, At: t0.Add(165 * time.Second), Session: "a", Routine: "evening", Outcome: "completed", ActualSec: 165},
	}
	if err := s.Append(in[0]); err != nil {
		t.Fatal(err)
	}
	if err := s.Append(in[1:]...); err != nil {
		t.Fatal(err)
	}
	out, damage, err := s.Load()
	if err != nil || len(damage) != 0 {
		t.Fatalf("load: %v %v", err, damage)
	}
	if len(out) != 3 {
		t.Fatalf("%d records", len(out))
	}
	for i := range in {
		in[i].V = SchemaVersion
		if fmt.Sprint(in[i]) != fmt.Sprint(out[i]) {
			t.Errorf("record %d: %+v, want %+v", i, out[i], in[i])
		}
	}
}

func TestTheFileIsPrivate(t *testing.T) {
	s := newStore(t)
	if err := s.Append(Record{Kind: SessionStarted, At: t0}); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{s.Path: 0o600, filepath.Dir(s.Path): 0o700} {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s has mode %o, want %o", path, got, want)
		}
	}
}

func TestAMissingHistoryIsEmpty(t *testing.T) {
	recs, damage, err := newStore(t).Load()
	if err != nil || recs != nil || damage != nil {
		t.Fatalf("%v %v %v", recs, damage, err)
	}
}

// TestMain doubles as the appender process of the concurrency test: with
// BS_APPEND_PATH set, the test binary appends BS_APPEND_N records and exits.
func TestMain(m *testing.M) {
	if path := os.Getenv("BS_APPEND_PATH"); path != "" {
		n, _ := strconv.Atoi(os.Getenv("BS_APPEND_N"))
		for i := 0; i < n; i++ {
			rec := Record{Kind: StepEnded, At: t0, Session: os.Getenv("BS_APPEND_ID"), Reps: i}
			if err := (Store{Path: path}).Append(rec); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestTwoProcessesAppendingAtOnceLoseNothing(t *testing.T) {
	s := newStore(t)
	var cmds []*exec.Cmd
	for _, id := range []string{"one", "two"} {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "BS_APPEND_PATH="+s.Path, "BS_APPEND_N=1000", "BS_APPEND_ID="+id)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	recs, damage, err := s.Load()
	if err != nil || len(damage) != 0 {
		t.Fatalf("%v %v", err, damage)
	}
	seen := map[string]int{}
	for _, r := range recs {
		seen[r.Session]++
	}
	if len(recs) != 2000 || seen["one"] != 1000 || seen["two"] != 1000 {
		t.Fatalf("%d valid lines (%v), want 2000", len(recs), seen)
	}
}

func TestDamagedLinesAreReportedAndLeftAlone(t *testing.T) {
	s := newStore(t)
	if err := s.Append(Record{Kind: SessionStarted, At: t0, Session: "a"}); err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(s.Path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("this is not json\n")
	f.WriteString(`{"v":99,"kind":"step","at":"2026-11-23T19:00:00Z"}` + "\n")
	f.WriteString(`{"v":1,"kind":"session_ended","at":"2026-11-23T19:0`) // killed mid-write
	f.Close()
	before, _ := os.ReadFile(s.Path)
	recs, damage, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("%d good records, want 1", len(recs))
	}
	var lines []int
	for _, d := range damage {
		lines = append(lines, d.Line)
	}
	if fmt.Sprint(lines) != "[2 3 4]" {
		t.Fatalf("damaged lines %v, want [2 3 4]: %v", lines, damage)
	}
	if !strings.Contains(damage[1].Reason, "version 99") {
		t.Errorf("unknown version reported as %q", damage[1].Reason)
	}
	after, _ := os.ReadFile(s.Path)
	if !bytes.Equal(before, after) {
		t.Fatal("reading the history changed the file")
	}
	// A later append starts on a new line and keeps every earlier byte.
	if err := s.Append(Record{Kind: SessionStarted, At: t0, Session: "b"}); err != nil {
		t.Fatal(err)
	}
	grown, _ := os.ReadFile(s.Path)
	if !bytes.HasPrefix(grown, before) {
		t.Fatal("appending rewrote earlier bytes")
	}
	recs, _, _ = s.Load()
	if len(recs) != 2 || recs[1].Session != "b" {
		t.Fatalf("the record after a torn line was lost: %+v", recs)
	}
}

func TestAnUnwritablePlaceIsAClearError(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "state")
	os.WriteFile(blocker, []byte("a file where the folder should be"), 0o600)
	err := Store{Path: filepath.Join(blocker, "backstretch", "history.jsonl")}.Append(Record{Kind: SessionStarted, At: t0})
	if err == nil || !strings.Contains(err.Error(), "history folder") {
		t.Fatalf("got %v", err)
	}
}

func TestDefaultPathFollowsXDGStateHome(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/tmp/xdg-state")
	if p, _ := DefaultPath(); p != "/tmp/xdg-state/backstretch/history.jsonl" {
		t.Fatalf("path %s", p)
	}
	t.Setenv("XDG_STATE_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/someone")
	if p, _ := DefaultPath(); p != "/home/someone/.local/state/backstretch/history.jsonl" {
		t.Fatalf("path %s", p)
	}
}

func FuzzParseLine(f *testing.F) {
	f.Add([]byte(`{"v":1,"kind":"step","at":"2026-11-23T19:00:25Z","exercise":"cobra","done_s":5}`))
	f.Add([]byte(`{"v":1,"kind":"session_ended","at":"2026-11-23T19:02:45Z","outcome":"completed"}`))
	f.Add([]byte(`{"v":1,"kind":"session_ended","at":"2026-11-23T19:0`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := ParseLine(line)
		if err != nil {
			return
		}
		// Whatever reads as a record writes back as one.
		again, err := ParseLine(mustJSON(t, rec))
		if err != nil || again.Kind != rec.Kind || !again.At.Equal(rec.At) {
			t.Fatalf("round trip of %q: %+v, %v", line, again, err)
		}
	})
}

func mustJSON(t *testing.T, r Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	s := Store{Path: filepath.Join(t.TempDir(), "h.jsonl")}
	if err := s.Append(r); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(s.Path)
	buf.Write(bytes.TrimSpace(b))
	return buf.Bytes()
}
