package history

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/routines"
)

var t0 = time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)

// t1 is ten minutes after t0.
var t1 = t0.Add(10 * time.Minute)

func newStore(t *testing.T) Store {
	return Store{Path: filepath.Join(t.TempDir(), "state", "backstretch", "history.jsonl")}
}

func TestRecordsComeBackAsTheyWereWritten(t *testing.T) {
	s := newStore(t)
	in := []Record{
		{Kind: SessionStarted, At: t0, Session: "a", Routine: "evening", Day: 1},
		{Kind: StepEnded, At: t0.Add(25 * time.Second), Session: "a", Exercise: "childs-pose", Step: "hold", Side: "left", PlannedSec: 10, DoneSec: 10, Status: "done"},
		{Kind: SessionEnded, At: t0.Add(165 * time.Second), Session: "a", Routine: "evening", Outcome: "completed", ActualSec: 165},
		{Kind: PainCheckIn, At: t0.Add(170 * time.Second), Session: "a", Routine: "evening", Pain: PainLevel(0), When: After},
		{Kind: ScreeningTaken, At: t0, Answers: map[string]bool{"recent-injury": false, "herniated-disc": true, "inflammatory-flare": false, "radiating-pain": false}},
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
	if len(out) != len(in) {
		t.Fatalf("%d records", len(out))
	}
	for i := range in {
		in[i].V = SchemaVersion
		if !reflect.DeepEqual(in[i], out[i]) {
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

// FuzzParseLine checks that ParseLine accepts only records that pass its
// own rules (see valid), that what it accepts is written by Append and
// read back by Load as the same record, and that Read gives a line the same
// record, or the same reason for the damage, as ParseLine.
func FuzzParseLine(f *testing.F) {
	f.Add([]byte(`{"v":1,"kind":"step","at":"2026-11-23T19:00:25Z","exercise":"cobra","done_s":5}`))
	f.Add([]byte(`{"v":1,"kind":"session_ended","at":"2026-11-23T19:02:45Z","outcome":"completed"}`))
	f.Add([]byte(`{"v":1,"kind":"session_ended","at":"2026-11-23T19:0`))
	f.Add([]byte(`{"v":1,"kind":"reminder","at":"2024-02-29T10:00:01+01:00","reminder":"midday","action":"snoozed","due":"2024-02-29T12:30:00+01:00","until":"2024-02-29T12:40:00+01:00"}`))
	f.Add([]byte(`{"v":1,"kind":"screening","at":"2026-11-23T19:00:00Z","answers":{"herniated-disc":false,"inflammatory-flare":true,"radiating-pain":false,"recent-injury":false,"extra":true}}`))
	f.Add([]byte(`{"V":1,"KIND":"pain","at":"2026-03-29T02:30:00+02:00","pain":1e1,"when":"after"}`))
	f.Add([]byte("\ufeff{\"v\":1,\"kind\":\"step\",\"at\":\"2026-11-23T19:00:25Z\"}\r"))
	f.Add([]byte(`not json`))
	store := Store{Path: filepath.Join(f.TempDir(), "history.jsonl")}
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := ParseLine(line)
		if single := !bytes.ContainsAny(line, "\n") && len(line) > 0 && bytes.Equal(bytes.TrimSpace(line), line); single {
			recs, damage, rerr := Read(bytes.NewReader(line))
			switch {
			case rerr != nil:
				t.Fatalf("Read(%q): %v", line, rerr)
			case err == nil && (len(recs) != 1 || len(damage) != 0 || !reflect.DeepEqual(recs[0], rec)):
				t.Fatalf("Read(%q) = %+v, %v; ParseLine gives %+v", line, recs, damage, rec)
			case err != nil && (len(recs) != 0 || len(damage) != 1 || damage[0] != Damage{Line: 1, Reason: err.Error()}):
				t.Fatalf("Read(%q) = %+v, %v; ParseLine says %v", line, recs, damage, err)
			}
		}
		if err != nil {
			if !reflect.DeepEqual(rec, Record{}) {
				t.Fatalf("ParseLine(%q) = %+v along with the error %v", line, rec, err)
			}
			return
		}
		if why := valid(rec); why != "" {
			t.Fatalf("ParseLine(%q) accepted a record %s: %+v", line, why, rec)
		}
		// Whatever reads as a record writes back as the same one.
		os.Remove(store.Path)
		if err := store.Append(rec); err != nil {
			t.Fatalf("ParseLine(%q) = %+v, which Append cannot write: %v", line, rec, err)
		}
		recs, damage, err := store.Load()
		if err != nil || len(recs) != 1 || len(damage) != 0 || !reflect.DeepEqual(normal(recs[0]), normal(rec)) {
			written, _ := os.ReadFile(store.Path)
			t.Fatalf("ParseLine(%q) = %+v, written as %s, which reads back as %+v, %v, %v", line, rec, written, recs, damage, err)
		}
	})
}

// valid says what is wrong with r by the rules of the history, "" if
// nothing.
func valid(r Record) string {
	switch {
	case r.V != SchemaVersion:
		return "of another version"
	case r.At.IsZero():
		return "without a time"
	}
	switch r.Kind {
	case SessionStarted, StepEnded, SessionEnded:
	case PainCheckIn:
		if r.Pain == nil || *r.Pain < 0 || *r.Pain > 10 || (r.When != Before && r.When != After) {
			return "with a pain level not from 0 to 10, before or after"
		}
	case ScreeningTaken:
		for _, c := range routines.Screening {
			if _, ok := r.Answers[c.ID]; !ok {
				return "without an answer for " + c.ID
			}
		}
	case ReminderEvent:
		switch r.Action {
		case Paused:
			if r.Until == nil {
				return "pausing without an end"
			}
		case Resumed:
		case Fired, Missed, Done, Snoozed, Skipped:
			if r.Reminder == "" || r.Due == nil || (r.Action == Snoozed && r.Until == nil) {
				return "about a reminder without its name, due time or new time"
			}
		default:
			return "of an unknown reminder action"
		}
	default:
		return "of an unknown kind"
	}
	return ""
}

// normal is r as it reads back when written: an empty map of answers,
// which is not written, made nil; and its times at the same instant and
// offset, whatever *time.Location stood for the offset (time.Local, when
// the offset is the local one, or a zone of its own).
func normal(r Record) Record {
	if len(r.Answers) == 0 {
		r.Answers = nil
	}
	fixed := func(t time.Time) time.Time {
		_, off := t.Zone()
		return t.In(time.FixedZone("", off))
	}
	r.At = fixed(r.At)
	if r.Due != nil {
		r.Due = ptr(fixed(*r.Due))
	}
	if r.Until != nil {
		r.Until = ptr(fixed(*r.Until))
	}
	return r
}

func ptr[T any](v T) *T { return &v }

func TestCheckInsScreeningsAndRemindersAreValidated(t *testing.T) {
	bad := map[string]string{
		`{"v":1,"kind":"pain","at":"2026-11-23T19:00:00Z","when":"before"}`:                                                         "level",
		`{"v":1,"kind":"pain","at":"2026-11-23T19:00:00Z","pain":11,"when":"before"}`:                                               "0 to 10",
		`{"v":1,"kind":"pain","at":"2026-11-23T19:00:00Z","pain":-1,"when":"after"}`:                                                "0 to 10",
		`{"v":1,"kind":"pain","at":"2026-11-23T19:00:00Z","pain":3,"when":"during"}`:                                                "during",
		`{"v":1,"kind":"screening","at":"2026-11-23T19:00:00Z","answers":{"recent-injury":false}}`:                                  "herniated-disc",
		`{"v":1,"kind":"reminder_fired","at":"2026-11-23T19:00:00Z"}`:                                                               "unknown kind",
		`{"v":1,"kind":"pain","at":"2026-11-23T19:00:00Z","pain":3,"when":"before"} {"v":1}`:                                        "text after",
		`{"v":1,"kind":"screening","at":"2026-11-23T19:00:00Z","answers":{"recent-injury":"no"}}`:                                   "not a valid record",
		`{"v":1,"kind":"pain","pain":3,"when":"before"}`:                                                                            "no time",
		`{"v":1,"kind":"pain","at":"2026-11-23T19:00:00Z","pain":0,"when":"before","answers":{"x":true}} junk`:                      "text after",
		`{"v":1,"kind":"reminder","at":"2026-11-23T19:00:00Z","action":"paused"}`:                                                   "without an end",
		`{"v":1,"kind":"reminder","at":"2026-11-23T19:00:00Z","action":"rang","reminder":"midday"}`:                                 "unknown action",
		`{"v":1,"kind":"reminder","at":"2026-11-23T19:00:00Z","action":"fired","reminder":"midday"}`:                                "due time",
		`{"v":1,"kind":"reminder","at":"2026-11-23T19:00:00Z","action":"snoozed","reminder":"midday","due":"2026-11-23T12:30:00Z"}`: "new time",
	}
	for line, want := range bad {
		_, err := ParseLine([]byte(line))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one about %q", line, err, want)
		}
	}
	rec, err := ParseLine([]byte(`{"v":1,"kind":"pain","at":"2026-11-23T19:00:00Z","pain":0,"when":"before","confirmed":true}`))
	if err != nil || rec.Pain == nil || *rec.Pain != 0 || !rec.Confirmed {
		t.Errorf("a pain of 0 did not read back: %+v %v", rec, err)
	}
	rec, err = ParseLine([]byte(`{"v":1,"kind":"reminder","at":"2026-11-23T10:00:01Z","reminder":"shoulder-rolls","action":"fired","due":"2026-11-23T10:00:00Z"}`))
	if err != nil || rec.Due == nil || rec.Action != Fired {
		t.Errorf("a fired reminder did not read back: %+v %v", rec, err)
	}
}

func TestSessionsGroupRecordsAndKeepKilledOnesAsInterrupted(t *testing.T) {
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	recs := []Record{
		{Kind: PainCheckIn, At: at(-1), Session: "b", Routine: "evening", Pain: PainLevel(3), When: Before},
		{Kind: SessionStarted, At: at(0), Session: "b", Routine: "evening", PlannedSec: 165, Day: 2},
		{Kind: StepEnded, At: at(25), Session: "b", Status: "done"},
		{Kind: StepEnded, At: at(40), Session: "b", Status: "skipped"},
		{Kind: SessionEnded, At: at(100), Session: "b", Outcome: "completed", PlannedSec: 165, ActualSec: 100},
		{Kind: PainCheckIn, At: at(101), Session: "b", Routine: "evening", Pain: PainLevel(4), When: After},
		{Kind: SessionStarted, At: at(-3600), Session: "a", Routine: "morning", PlannedSec: 120},
		{Kind: StepEnded, At: at(-3590), Session: "a", Status: "done"},
		// "a" was killed: no end record
		{Kind: ScreeningTaken, At: at(-7200), Answers: map[string]bool{}},
		// "c": pain of 6, and the person chose to wait
		{Kind: PainCheckIn, At: at(3600), Session: "c", Routine: "midday", Pain: PainLevel(6), When: Before},
	}
	rows := Sessions(recs)
	if len(rows) != 3 || rows[0].ID != "a" || rows[1].ID != "b" || rows[2].ID != "c" {
		t.Fatalf("rows %+v, want a, b, c in time order", rows)
	}
	if a := rows[0]; a.Outcome != "interrupted" || !a.Started || a.Done != 1 || a.Actual != 10*time.Second || a.PainBefore != NoPain || a.Active() {
		t.Errorf("killed session %+v", a)
	}
	b := rows[1]
	if b.Outcome != "completed" || b.Done != 1 || b.Skipped != 1 || b.Actual != 100*time.Second || b.Day != 2 || !b.Active() {
		t.Errorf("completed session %+v", b)
	}
	if b.PainBefore != 3 || b.PainAfter != 4 || !b.PainRose() {
		t.Errorf("check-ins of b: %d → %d", b.PainBefore, b.PainAfter)
	}
	if c := rows[2]; c.Started || c.Outcome != NotStarted || c.PainBefore != 6 || c.Routine != "midday" {
		t.Errorf("waited session %+v", c)
	}
}

func TestTheLatestScreeningCounts(t *testing.T) {
	if _, ok := LatestScreening(nil); ok {
		t.Error("a screening in an empty history")
	}
	recs := []Record{
		{Kind: ScreeningTaken, Answers: map[string]bool{"herniated-disc": true}},
		{Kind: SessionStarted},
		{Kind: ScreeningTaken, Answers: map[string]bool{"herniated-disc": false}},
	}
	if a, ok := LatestScreening(recs); !ok || a["herniated-disc"] {
		t.Errorf("latest screening %v %v, want the retaken one", a, ok)
	}
}
