package history

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// readBack collects what ReadBack hands out, newest first.
func readBack(t *testing.T, s Store) []Record {
	t.Helper()
	var got []Record
	if err := s.ReadBack(func(r Record) bool { got = append(got, r); return true }); err != nil {
		t.Fatal(err)
	}
	return got
}

// sameAsLoadReversed checks that ReadBack gives Load's records, newest first.
func sameAsLoadReversed(t *testing.T, s Store) {
	t.Helper()
	want, _, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(want)
	got := readBack(t, s)
	if len(got) != len(want) {
		t.Fatalf("chunk %d: %d records, want %d", s.chunk, len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("chunk %d: record %d from the end\ngot  %+v\nwant %+v", s.chunk, i, got[i], want[i])
		}
	}
}

// writeLines writes lines to a new history file, each ending in a newline.
func writeLines(t *testing.T, lines ...string) Store {
	t.Helper()
	s := newStore(t)
	if err := os.MkdirAll(filepath.Dir(s.Path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadBackGivesLoadsRecordsNewestFirstWhateverTheChunkSize(t *testing.T) {
	s := newStore(t)
	var recs []Record
	for i := range 3000 {
		r := Record{Kind: StepEnded, At: t0.Add(time.Duration(i) * time.Second), Session: fmt.Sprint("s", i/10),
			Exercise: "rhomboid", Step: "hold", Status: "done", Reps: i}
		if i%7 == 0 { // lines of different lengths
			r.Side = strings.Repeat("left", i%13)
		}
		recs = append(recs, r)
	}
	// One line far longer than the small chunks, one in the middle and
	// one at each end.
	long := func(at time.Time, n int) Record {
		return Record{Kind: ReminderEvent, At: at, Action: Resumed, Note: strings.Repeat("x", n)}
	}
	recs = slices.Insert(recs, 1500, long(t0, 70_000))
	recs = append([]Record{long(t0, 9000)}, recs...)
	recs = append(recs, long(t1, 5000))
	if err := s.Append(recs...); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 7, 100, 4096, 64 << 10, 1 << 20} {
		s.chunk = n
		sameAsLoadReversed(t, s)
	}
}

func TestReadBackSkipsADamagedLineInTheMiddle(t *testing.T) {
	good := func(i int) string {
		return fmt.Sprintf(`{"v":1,"kind":"session_started","at":"2026-11-23T19:%02d:00Z","session":"s%d"}`, i, i)
	}
	s := writeLines(t, good(1), good(2), "this is not json", `{"v":99,"kind":"step","at":"2026-11-23T19:00:00Z"}`,
		"", "   ", good(3), good(4))
	for _, n := range []int{3, 64 << 10} {
		s.chunk = n
		got := readBack(t, s)
		var ids []string
		for _, r := range got {
			ids = append(ids, r.Session)
		}
		if fmt.Sprint(ids) != "[s4 s3 s2 s1]" {
			t.Errorf("chunk %d: sessions %v, want [s4 s3 s2 s1]", n, ids)
		}
		sameAsLoadReversed(t, s)
	}
}

func TestReadBackReadsAFinalLineWithoutANewline(t *testing.T) {
	s := writeLines(t, `{"v":1,"kind":"session_started","at":"2026-11-23T19:00:00Z","session":"a"}`)
	f, err := os.OpenFile(s.Path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"v":1,"kind":"session_started","at":"2026-11-23T19:05:00Z","session":"b"}`)
	f.Close()
	for _, n := range []int{5, 64 << 10} {
		s.chunk = n
		got := readBack(t, s)
		if len(got) != 2 || got[0].Session != "b" || got[1].Session != "a" {
			t.Errorf("chunk %d: %+v, want b then a", n, got)
		}
	}
	// A line cut short by a crash is skipped, and the line before it read.
	s = writeLines(t, `{"v":1,"kind":"session_started","at":"2026-11-23T19:00:00Z","session":"a"}`)
	f, _ = os.OpenFile(s.Path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"v":1,"kind":"session_ended","at":"2026-11-23T19:0`)
	f.Close()
	if got := readBack(t, s); len(got) != 1 || got[0].Session != "a" {
		t.Errorf("after a torn last line: %+v, want a", got)
	}
}

func TestReadBackOfAnEmptyOrMissingFileVisitsNothing(t *testing.T) {
	empty := newStore(t)
	os.MkdirAll(filepath.Dir(empty.Path), 0o700)
	if err := os.WriteFile(empty.Path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	blank := writeLines(t, "", "", "")
	for _, s := range []Store{empty, blank, newStore(t)} {
		calls := 0
		err := s.ReadBack(func(Record) bool { calls++; return true })
		if err != nil || calls != 0 {
			t.Errorf("%s: %d calls, error %v; want none", s.Path, calls, err)
		}
	}
}

func TestReadBackStopsWhenToldAndReadsNoFurther(t *testing.T) {
	s := newStore(t)
	var recs []Record
	for i := range 1000 {
		recs = append(recs, Record{Kind: SessionStarted, At: t0.Add(time.Duration(i) * time.Minute), Session: fmt.Sprint(i)})
	}
	if err := s.Append(recs...); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 50, 64 << 10} {
		s.chunk = n
		calls := 0
		var last Record
		err := s.ReadBack(func(r Record) bool {
			calls++
			last = r
			return calls < 10
		})
		if err != nil || calls != 10 || last.Session != "990" {
			t.Errorf("chunk %d: %d calls, the last for session %s (error %v); want 10, the last for 990", n, calls, last.Session, err)
		}
	}
}

func TestReadBackOfAnUnreadableFileIsAnError(t *testing.T) {
	// A folder where the file should be cannot be read.
	s := Store{Path: t.TempDir()}
	if err := s.ReadBack(func(Record) bool { return true }); err == nil || !strings.Contains(err.Error(), "cannot read the history") {
		t.Errorf("error %v, want cannot read the history", err)
	}
}
