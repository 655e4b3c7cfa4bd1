package history

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/backstretch/backstretch/testenv"
)

// fullDisk is a history on a disk that fills up and empties again.
type fullDisk struct {
	name  string
	store Store
	out   appender // how to write to it: Store.Append's, or a simulated disk's
	// fill makes the next write run out of space part of the way through
	// a record; free gives the space back.
	fill, free func()
}

// fullDisks are the disks to test a full disk on: a real 64 KiB tmpfs
// where the test may mount one (root on Linux), and always a disk
// simulated in the write step, which writes half of what it is given and
// fails as a full disk does.
func fullDisks(t *testing.T) []fullDisk {
	t.Helper()
	disks := []fullDisk{simulatedFullDisk(t)}
	if d, err := tmpfsFullDisk(t); err == nil {
		disks = append(disks, d)
	} else {
		t.Logf("no tmpfs here (%v): the full disk is simulated only", err)
	}
	return disks
}

// simulatedFullDisk is a history whose write step fails half-way while
// the disk is "full".
func simulatedFullDisk(t *testing.T) fullDisk {
	t.Helper()
	var full atomic.Bool
	d := fullDisk{name: "a simulated full disk", store: Store{Path: filepath.Join(t.TempDir(), "backstretch", "history.jsonl")}}
	d.out = appender{path: d.store.Path, write: func(f *os.File, b []byte) (int, error) {
		if !full.Load() {
			return f.Write(b)
		}
		n, _ := f.Write(b[:len(b)/2])
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}}
	if err := d.out.append([]Record{pagePadding(t, 4096-30)}, nil); err != nil {
		t.Fatal(err)
	}
	d.fill, d.free = func() { full.Store(true) }, func() { full.Store(false) }
	return d
}

// tmpfsFullDisk puts a history on a real 64 KiB tmpfs, with one record
// that ends 30 bytes short of a page, so that the next record is cut off
// by the full disk part of the way.
func tmpfsFullDisk(t *testing.T) (fullDisk, error) {
	t.Helper()
	dir, err := testenv.TinyDisk(t)
	if err != nil {
		return fullDisk{}, err
	}
	d := fullDisk{name: "a full tmpfs", store: Store{Path: filepath.Join(dir, "backstretch", "history.jsonl")}}
	d.out = appender{path: d.store.Path}
	if err := d.store.Append(pagePadding(t, 4096-30)); err != nil {
		t.Fatal(err)
	}
	filler := filepath.Join(dir, "filler")
	d.fill = func() { testenv.Fill(t, filler) }
	d.free = func() {
		if err := os.Remove(filler); err != nil {
			t.Fatal(err)
		}
	}
	return d, nil
}

// pagePadding is a valid record whose line is n bytes long.
func pagePadding(t *testing.T, n int) Record {
	t.Helper()
	r := Record{V: SchemaVersion, Kind: ReminderEvent, At: t0, Action: Resumed}
	base, _ := json.Marshal(r)
	r.Note = strings.Repeat("x", n-1-len(base)-len(`,"note":""`))
	if line, _ := json.Marshal(r); len(line)+1 != n {
		t.Fatalf("the padding record is %d bytes, want %d", len(line)+1, n)
	}
	return r
}
