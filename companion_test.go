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
	load := watch(store, nil, nil)
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

// The companion's first reading once happened twice at its start: the
// watcher starts from it, and reads again only what changed after the
// file was looked at.
func TestTheWatcherStartsFromTheReadingItIsGiven(t *testing.T) {
	store := history.Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	rec := history.Record{Kind: history.ReminderEvent, At: time.Now(), Action: history.Resumed}
	store.Append(rec)
	seen, _ := os.Stat(store.Path)
	given := []history.Record{rec}
	if recs, changed, _ := watch(store, given, seen)(); changed || len(recs) != 1 {
		t.Errorf("an unchanged file: changed %v, %d records; want the reading given", changed, len(recs))
	}
	rec.At = rec.At.Add(time.Second)
	store.Append(rec) // written after the file was looked at
	if recs, changed, _ := watch(store, given, seen)(); !changed || len(recs) != 2 {
		t.Errorf("a file written since: changed %v, %d records; want it read again", changed, len(recs))
	}
}
