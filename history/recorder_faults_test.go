package history

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// drive runs the midday routine on a fake clock from t0 through the
// recorder rec makes, calling between after each moment: 0 is the start;
// the steps end at moments 9 and 12, the session at 15.
func drive(t *testing.T, rec func(*session.Session) *Recorder, between func(moment int, w *Recorder)) {
	t.Helper()
	r, _ := routines.BuiltinRoutine("midday")
	s := session.New(session.Build(r, routines.FirstSession()))
	w := rec(s)
	w.Observe(s.Start(t0))
	between(0, w)
	now := t0
	for moment := 1; s.Live(); moment++ {
		now = s.NextWake(now)
		w.Observe(s.Advance(now))
		between(moment, w)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// wellRecorded is the history of the same session on a disk with nothing
// wrong: what any fault must still end with.
func wellRecorded(t *testing.T) []Record {
	t.Helper()
	store := Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	drive(t, func(s *session.Session) *Recorder { return NewRecorder(store, s, "midday-1", false) }, func(int, *Recorder) {})
	recs, _, err := store.Load()
	if err != nil || len(recs) < 4 {
		t.Fatalf("the well-recorded session: %d records, %v", len(recs), err)
	}
	return recs
}

func sameRecords(t *testing.T, what string, got, want []Record) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s saved:\n%s\nwant (event times and all):\n%s", what, summarize(got), summarize(want))
	}
}

func summarize(recs []Record) string {
	s := ""
	for _, r := range recs {
		s += fmt.Sprintf("  %s %s %s %s %s\n", r.At.Format(time.TimeOnly), r.Kind, r.Exercise, r.Status, r.Outcome)
	}
	return s
}

func TestASessionWhoseDiskFillsUpAndEmptiesEndsWithEveryRecordAtItsRealTime(t *testing.T) {
	want := wellRecorded(t)
	for _, async := range []bool{false, true} {
		for _, d := range fullDisks(t) {
			d.fill()
			var unsaved string
			drive(t, func(s *session.Session) *Recorder { return newRecorder(d.out, s, "midday-1", async) }, func(moment int, w *Recorder) {
				if moment == 9 { // the start's and the first step's records are kept
					unsaved = waitUnsaved(t, d.name, w.Unsaved)
					d.free()
				}
			})
			if !strings.Contains(unsaved, "Not saved yet: 2 records (the disk is full); trying again at the next step") {
				t.Errorf("%s, async=%v: while it was full the session said %q", d.name, async, unsaved)
			}
			recs, damage, err := d.store.Load()
			if err != nil || len(damage) > 0 {
				t.Fatalf("%s: the history after the full disk: damage %v, %v", d.name, damage, err)
			}
			sameRecords(t, fmt.Sprintf("%s, async=%v,", d.name, async), recs[1:], want)
		}
	}
}

// waitUnsaved waits until the recorder's writer has told of unsaved
// records (an asynchronous one says so a moment after Observe).
func waitUnsaved(t *testing.T, what string, unsaved func() string) string {
	t.Helper()
	var got string
	waitOrFail(t, what+": the unsaved records told", func() {
		for got = unsaved(); got == ""; got = unsaved() {
			time.Sleep(time.Millisecond)
		}
	})
	return got
}

func TestASessionWhileAnotherProgramHoldsTheLockGoesOnAndSavesItAllAtItsRealTimes(t *testing.T) {
	want := wellRecorded(t)
	store := Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	other := flock.New(store.Path)
	if err := other.Lock(); err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	waitOrFail(t, "a session while the lock is held", func() {
		drive(t, func(s *session.Session) *Recorder { return NewRecorder(store, s, "midday-1", false) }, func(moment int, w *Recorder) {
			if moment == 13 { // after two steps' records
				other.Unlock()
			}
		})
	})
	recs, damage, err := store.Load()
	if err != nil || len(damage) > 0 {
		t.Fatalf("the history after the lock: damage %v, %v", damage, err)
	}
	sameRecords(t, "a session while the lock was held", recs, want)
}

func TestALockHeldLongerThanTheWaitKeepsTheRecordsAndSaysSoUntilItIsFree(t *testing.T) {
	want := wellRecorded(t)
	for _, async := range []bool{false, true} {
		store := Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
		other := flock.New(store.Path)
		if err := other.Lock(); err != nil {
			t.Fatal(err)
		}
		out := appender{path: store.Path, lockWait: 10 * time.Millisecond} // LockWait, made short for the test
		var said string
		waitOrFail(t, "a session while the lock is held", func() {
			drive(t, func(s *session.Session) *Recorder { return newRecorder(out, s, "midday-1", async) }, func(moment int, w *Recorder) {
				if moment == 12 {
					said = waitUnsaved(t, "the held lock", func() string {
						if n := w.Unsaved(); strings.Contains(n, "trying again") {
							return n
						}
						return ""
					})
					other.Unlock()
				}
			})
		})
		other.Close()
		if !strings.Contains(said, "Not saved yet: ") || !strings.Contains(said, "(another program holds the history's lock); trying again at the next step") {
			t.Errorf("async=%v: while the lock was held the session said %q", async, said)
		}
		recs, damage, err := store.Load()
		if err != nil || len(damage) > 0 {
			t.Fatalf("the history after the lock: damage %v, %v", damage, err)
		}
		sameRecords(t, fmt.Sprintf("async=%v: a session while the lock was held", async), recs, want)
	}
}

func TestRecordsStillUnsavedAtCloseAreCountedInItsError(t *testing.T) {
	store := Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	other := flock.New(store.Path)
	if err := other.Lock(); err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	r, _ := routines.BuiltinRoutine("desk")
	s := session.New(session.Build(r, routines.FirstSession()))
	rec := newRecorder(appender{path: store.Path, lockWait: 10 * time.Millisecond}, s, "x", true)
	rec.Observe(s.Start(t0))
	rec.Observe(s.Stop(t0.Add(time.Minute), session.Quit))
	err := rec.Close()
	if err == nil || !strings.Contains(err.Error(), "2 records of this session could not be saved (another program holds the history's lock)") || !errors.Is(err, ErrLocked) {
		t.Errorf("Close with the lock held throughout: %v", err)
	}
}
