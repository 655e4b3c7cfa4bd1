package history

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

func recordSession(t *testing.T, async bool) []Record {
	t.Helper()
	r, _ := routines.BuiltinRoutine("midday")
	s := session.New(session.Build(r, routines.FirstSession()))
	store := Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	rec := NewRecorder(store, s, SessionID(r.ID, t0), async)
	rec.Observe(s.Start(t0))
	rec.Observe(s.Skip(t0.Add(time.Second))) // skip the get-ready: not an exercise step
	now := t0.Add(time.Second)
	for i := 0; s.Live() && i < 3; i++ { // the push-ups, then the twist's get-ready
		now = s.NextWake(now)
		rec.Observe(s.Advance(now))
		for s.Live() && s.Current().Kind == session.Reps {
			now = s.NextWake(now)
			rec.Observe(s.Advance(now))
		}
	}
	rec.Observe(s.Stop(now.Add(4*time.Second), session.StoppedForPain))
	if err := rec.Close(); err != nil {
		t.Fatal(err)
	}
	recs, damage, err := store.Load()
	if err != nil || len(damage) > 0 {
		t.Fatal(err, damage)
	}
	return recs
}

func TestTheRecorderSavesStartStepsAndEnd(t *testing.T) {
	for _, async := range []bool{false, true} {
		recs := recordSession(t, async)
		var got []string
		for _, r := range recs {
			got = append(got, fmt.Sprintf("%s %s %s %s", r.Kind, r.Exercise, r.Status, r.Outcome))
		}
		want := "[session_started    step wall-pushups done  step seated-twist partial  session_ended   stopped for pain]"
		if fmt.Sprint(got) != want {
			t.Errorf("async=%v: %v\nwant %s", async, got, want)
		}
		ids := map[string]bool{}
		for _, r := range recs {
			ids[r.Session] = true
		}
		if len(ids) != 1 {
			t.Errorf("async=%v: records of one session carry %d ids", async, len(ids))
		}
	}
}

func TestAFailingStoreIsReportedOnceAtClose(t *testing.T) {
	r, _ := routines.BuiltinRoutine("desk")
	s := session.New(session.Build(r, routines.FirstSession()))
	rec := NewRecorder(Store{Path: "/dev/null/history.jsonl"}, s, "x", false)
	rec.Observe(s.Start(t0))
	rec.Observe(s.Skip(t0))
	if err := rec.Close(); err == nil {
		t.Fatal("a store that cannot be written reported nothing")
	}
}
