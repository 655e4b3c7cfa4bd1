package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
)

func TestTheWatcherRereadsTheHistoryOnlyWhenItChanges(t *testing.T) {
	store := history.Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	load := watch(store)
	if recs, changed, err := load(); len(recs) != 0 || !changed || err != nil {
		t.Fatalf("no file yet: %d records, changed %v, %v", len(recs), changed, err)
	}
	if _, changed, _ := load(); changed {
		t.Error("still no file, yet changed")
	}
	rec := history.Record{Kind: history.ReminderEvent, At: time.Now(), Action: history.Resumed}
	store.Append(rec)
	if recs, changed, _ := load(); len(recs) != 1 || !changed {
		t.Fatalf("after a write: %d records, changed %v", len(recs), changed)
	}
	if recs, changed, _ := load(); len(recs) != 1 || changed {
		t.Errorf("unchanged: %d records (want the last read kept), changed %v", len(recs), changed)
	}
	rec.At = rec.At.Add(time.Second) // an identical line would count once
	store.Append(rec)
	if recs, changed, _ := load(); len(recs) != 2 || !changed {
		t.Errorf("after another write: %d records, changed %v", len(recs), changed)
	}
}

func TestOnlyOneCompanionTakesTheReminders(t *testing.T) {
	dir := t.TempDir()
	first, _, err := takeReminders(dir)
	if err != nil || first == nil {
		t.Fatalf("the first companion did not get the reminders: %v", err)
	}
	second, pid, err := takeReminders(dir)
	if err != nil || second != nil || pid != os.Getpid() {
		t.Fatalf("the second: %v, pid %d (want %d), %v", second, pid, os.Getpid(), err)
	}
	first.release()
	third, _, err := takeReminders(dir)
	if err != nil || third == nil {
		t.Fatalf("after the first quit, another could not take over: %v", err)
	}
	third.release()
}
