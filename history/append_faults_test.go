package history

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestARecordCutOffByAFullDiskIsUndoneBackToTheLastWholeLine(t *testing.T) {
	for _, d := range fullDisks(t) {
		before, _ := os.ReadFile(d.store.Path)
		d.fill()
		rec := Record{Kind: SessionStarted, At: t1, Session: "b", Routine: "evening", Day: 2}
		err := d.out.append([]Record{rec}, nil)
		if err == nil {
			t.Fatalf("%s: a write reported no error", d.name)
		}
		if !strings.Contains(err.Error(), d.store.Path) || !errors.Is(err, syscall.ENOSPC) {
			t.Errorf("%s: the error does not name the history and the full disk: %v", d.name, err)
		}
		after, _ := os.ReadFile(d.store.Path)
		if !bytes.Equal(after, before) {
			t.Errorf("%s left %q after the last whole line", d.name, after[min(len(before), len(after)):])
		}
		d.free()
		if err := d.out.append([]Record{rec}, nil); err != nil {
			t.Fatal(err)
		}
		recs, damage, err := d.store.Load()
		if err != nil || len(damage) > 0 || len(recs) != 2 {
			t.Errorf("%s, once the space came back: %d records, damage %v, %v", d.name, len(recs), damage, err)
		}
	}
}

func TestAnAppendThroughASymlinkedHistoryIsRefusedNamingThePath(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "elsewhere.txt")
	if err := os.WriteFile(target, []byte("someone else's file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "backstretch", "history.jsonl")
	os.MkdirAll(filepath.Dir(path), 0o700)
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
	s := Store{Path: path}
	for name, write := range map[string]func() error{
		"Append": func() error { return s.Append(Record{Kind: SessionStarted, At: t0, Session: "a"}) },
		"Check":  s.Check,
	} {
		err := write()
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "symbolic link") {
			t.Errorf("%s through a symlinked history: %v; want an error naming %s as a symbolic link", name, err, path)
		}
	}
	if data, _ := os.ReadFile(target); string(data) != "someone else's file\n" {
		t.Errorf("the link's target was written to: %q", data)
	}
}

func TestADanglingSymlinkedHistoryCreatesNothingAtItsTarget(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "made-through-the-link")
	path := filepath.Join(dir, "history.jsonl")
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
	if err := (Store{Path: path}).Append(Record{Kind: SessionStarted, At: t0}); err == nil {
		t.Error("an append through a dangling link reported nothing")
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("the append created the dangling link's target")
	}
}

// waitOrFail runs f and fails the test if it has not returned within a
// minute: something is stuck (this is a hang guard, not a speed test).
func waitOrFail(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatalf("%s never returned", what)
	}
}
