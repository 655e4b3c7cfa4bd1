package history

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backstretch/backstretch/regular"
)

// writeFile writes the history file as given, byte for byte.
func writeFile(t *testing.T, s Store, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(s.Path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

const (
	lineA = `{"v":1,"kind":"session_started","at":"2026-11-23T19:00:00Z","session":"a","routine":"evening","day":1}`
	lineB = `{"v":1,"kind":"session_ended","at":"2026-11-23T19:03:00Z","session":"a","routine":"evening","outcome":"completed","actual_s":180}`
)

func TestALineOfAnyLengthIsReportedWithItsNumberAndEveryLaterRecordCounts(t *testing.T) {
	for _, size := range []int{MaxLine + 1, 1<<20 + 1, 3 << 20} {
		s := newStore(t)
		writeFile(t, s, lineA+"\n"+strings.Repeat("\x00", size)+"\n"+lineB+"\n")
		recs, damage, err := s.Load()
		if err != nil {
			t.Fatalf("%d bytes: Load: %v", size, err)
		}
		if len(recs) != 2 || recs[1].Outcome != "completed" {
			t.Fatalf("%d bytes: %d records %+v, want both records around the long line", size, len(recs), recs)
		}
		if len(damage) != 1 || damage[0].Line != 2 || !strings.Contains(damage[0].Reason, fmt.Sprintf("a line of %d bytes", size)) {
			t.Fatalf("%d bytes: damage %v, want line 2 named as too long", size, damage)
		}
		var back []Record
		if err := s.ReadBack(func(r Record) bool { back = append(back, r); return true }); err != nil || len(back) != 2 {
			t.Fatalf("%d bytes: ReadBack gives %d records, %v; it must agree with Load", size, len(back), err)
		}
	}
}

func TestALongLastLineWithoutANewlineIsReportedToo(t *testing.T) {
	s := newStore(t)
	writeFile(t, s, lineA+"\n"+strings.Repeat("x", MaxLine+10))
	recs, damage, err := s.Load()
	if err != nil || len(recs) != 1 || len(damage) != 1 || damage[0].Line != 2 {
		t.Fatalf("Load = %d records, %v, %v", len(recs), damage, err)
	}
}

func TestAByteOrderMarkBeforeTheFirstLineIsNotDamage(t *testing.T) {
	s := newStore(t)
	writeFile(t, s, "\ufeff"+lineA+"\n"+lineB+"\n")
	recs, damage, err := s.Load()
	if err != nil || len(damage) != 0 || len(recs) != 2 {
		t.Fatalf("Load = %d records, %v, %v; want both, no damage", len(recs), damage, err)
	}
	var back []Record
	s.ReadBack(func(r Record) bool { back = append(back, r); return true })
	if len(back) != 2 {
		t.Fatalf("ReadBack gives %d records, want 2", len(back))
	}
}

func TestARecordRepeatedExactlyCountsOnceAndIsSaid(t *testing.T) {
	s := newStore(t)
	writeFile(t, s, lineA+"\n"+lineB+"\n"+lineA+"\n"+lineB+"  \n")
	recs, damage, err := s.Load()
	if err != nil || len(recs) != 2 {
		t.Fatalf("Load = %d records, %v; want each record once", len(recs), err)
	}
	if len(damage) != 2 || damage[0].Line != 3 || !strings.Contains(damage[0].Reason, "line 1") || !strings.Contains(damage[1].Reason, "line 2") {
		t.Fatalf("damage %v, want lines 3 and 4 named as repeats of 1 and 2", damage)
	}
}

func TestManyRepeatsAreSummedUpNotListedOneByOne(t *testing.T) {
	s := newStore(t)
	var b strings.Builder
	for i := 0; i < 500; i++ {
		b.WriteString(lineA + "\n")
	}
	writeFile(t, s, b.String())
	recs, damage, err := s.Load()
	if err != nil || len(recs) != 1 {
		t.Fatalf("Load = %d records, %v", len(recs), err)
	}
	if len(damage) > maxDamage+1 || !strings.Contains(damage[len(damage)-1].String(), "more") {
		t.Fatalf("%d damage entries, last %v; want at most %d and a summary", len(damage), damage[len(damage)-1], maxDamage+1)
	}
}

func TestValuesOutOfRangeAreDamageNotSums(t *testing.T) {
	bad := []string{
		`{"v":1,"kind":"session_ended","at":"2026-11-23T19:03:00Z","session":"a","outcome":"completed","actual_s":-1e308}`,
		`{"v":1,"kind":"session_ended","at":"2026-11-23T19:03:00Z","session":"a","outcome":"completed","actual_s":1e308}`,
		`{"v":1,"kind":"step","at":"2026-11-23T19:03:00Z","session":"a","exercise":"rhomboid","planned_s":-5}`,
		`{"v":1,"kind":"step","at":"2026-11-23T19:03:00Z","session":"a","exercise":"rhomboid","done_s":99999999}`,
		`{"v":1,"kind":"step","at":"2026-11-23T19:03:00Z","session":"a","exercise":"rhomboid","reps":-3}`,
		`{"v":1,"kind":"step","at":"2026-11-23T19:03:00Z","session":"a","exercise":"rhomboid","reps":2000000000}`,
		`{"v":1,"kind":"session_started","at":"2026-11-23T19:03:00Z","session":"a","day":-1}`,
	}
	for _, line := range bad {
		if rec, err := ParseLine([]byte(line)); err == nil {
			t.Errorf("ParseLine(%s) = %+v, want damage", line, rec)
		}
	}
}

func TestAHistoryThatIsNotARegularFileIsRefusedAtOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "elsewhere.jsonl")
	os.WriteFile(target, []byte(lineA+"\n"), 0o644)
	link := filepath.Join(dir, "link.jsonl")
	os.Symlink(target, link)
	for _, c := range []struct{ path, what string }{{fifo, "named pipe"}, {link, "symbolic link"}, {dir, "folder"}} {
		s := Store{Path: c.path}
		done := make(chan error, 2)
		go func() { _, _, err := s.Load(); done <- err }()
		go func() { done <- s.ReadBack(func(Record) bool { return true }) }()
		for i := 0; i < 2; i++ {
			select {
			case err := <-done:
				if !errors.Is(err, regular.ErrNotRegular) || !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.what) {
					t.Errorf("reading %s: %v, want a message naming it as a %s", c.path, err, c.what)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("reading a %s hangs", c.what)
			}
		}
	}
}

func TestScanHandsOutRecordsInFileOrderAndStopsOnAnError(t *testing.T) {
	s := newStore(t)
	writeFile(t, s, lineA+"\nbroken\n"+lineB+"\n")
	var got []Kind
	stop := errors.New("stop")
	rep, err := s.Scan(func(r Record) error { got = append(got, r.Kind); return nil })
	if err != nil || len(got) != 2 || got[0] != SessionStarted || len(rep.Damage) != 1 || rep.Damage[0].Line != 2 {
		t.Fatalf("Scan = %v, %v, %v", got, rep, err)
	}
	if _, err := s.Scan(func(Record) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("Scan returned %v, want the visitor's error", err)
	}
}

func TestTheExportsStreamTheSameBytesAsBefore(t *testing.T) {
	s := newStore(t)
	writeFile(t, s, lineA+"\n"+lineB+"\n")
	recs, _, _ := s.Load()
	var whole, streamed bytes.Buffer
	if err := WriteJSON(&whole, recs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Export(&streamed, JSON); err != nil {
		t.Fatal(err)
	}
	if whole.String() != streamed.String() {
		t.Fatalf("streamed JSON\n%s\nwant\n%s", streamed.String(), whole.String())
	}
	whole.Reset()
	streamed.Reset()
	WriteCSV(&whole, recs)
	if _, err := s.Export(&streamed, CSV); err != nil || whole.String() != streamed.String() {
		t.Fatalf("streamed CSV %q, %v; want %q", streamed.String(), err, whole.String())
	}
}

func TestACSVCellFromTheHistoryCannotStartAFormula(t *testing.T) {
	rec := Record{V: 1, Kind: ReminderEvent, At: t0, Reminder: "=HYPERLINK(\"http://x\",\"y\")", Action: Skipped, Due: &t0, Note: "\x1b[8m@SUM(A1)"}
	var b bytes.Buffer
	if err := WriteCSV(&b, []Record{rec}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, ",=HYPERLINK") || strings.Contains(out, "\x1b") || !strings.Contains(out, `'=HYPERLINK`) || !strings.Contains(out, `\x1b[8m@SUM`) {
		t.Fatalf("CSV row %q: a cell may not start a formula nor carry ESC", out)
	}
}
