package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/testenv"
)

// lockedBuffer is a buffer a running program writes to while the test
// reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// The full disk: a plain session on a 64 KiB tmpfs that is full
// when it starts and freed once the session says records wait. The
// session ends with every record in the file, whole, and says so. Where
// no tmpfs can be mounted, history's tests run the same on a simulated
// full disk (TestASessionWhoseDiskFillsUpAndEmptiesEndsWithEveryRecordAtItsRealTime).
func TestAPlainSessionOnADiskThatFillsUpAndEmptiesSavesEverything(t *testing.T) {
	t.Parallel() // a program of its own
	state, err := testenv.TinyDisk(t)
	if err != nil {
		testenv.Missing(t, "no tmpfs can be mounted here (the history package's simulated full disk covers the rest)", err)
	}
	if out, err := command(state, "screening", "--none").CombinedOutput(); err != nil {
		t.Fatalf("screening --none: %v: %s", err, out)
	}
	padToPageEnd(t, historyFile(state))
	filler := state + "/filler"
	testenv.Fill(t, filler)

	var out lockedBuffer
	cmd := command(state, "midday", "--plain", "--speed", "50", "--pain", "1", "--pain-after", "1")
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the session says records wait", 20*time.Second, func() bool { return strings.Contains(out.String(), "Not saved yet:") })
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the session: %v\n%s", err, out.String())
	}
	for _, want := range []string{"(the disk is full); trying again at the next step.", "Saved: the records that were waiting are in the history now."} {
		if !says(out.String(), want) {
			t.Errorf("the session did not say %q:\n%s", want, out.String())
		}
	}
	if says(out.String(), "could not be saved") {
		t.Errorf("the session says records were lost:\n%s", out.String())
	}
	recs, complaints := historyJSON(t, state)
	if complaints != "" {
		t.Errorf("the history has damage: %s", complaints)
	}
	kinds := map[history.Kind]int{}
	for _, r := range lastSession(recs) {
		kinds[r.Kind]++
	}
	if kinds[history.SessionStarted] != 1 || kinds[history.StepEnded] != 3 || kinds[history.SessionEnded] != 1 || kinds[history.PainCheckIn] != 2 || ended(lastSession(recs)) != "completed" {
		t.Errorf("the session saved %v ending %q; want its start, its 3 steps, its end (completed) and 2 check-ins", kinds, ended(lastSession(recs)))
	}
}

// padToPageEnd appends a valid record that leaves the history 30 bytes
// short of a 4 KiB page, so the next record needs a page the full disk
// does not have.
func padToPageEnd(t *testing.T, path string) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	r := history.Record{V: history.SchemaVersion, Kind: history.ReminderEvent, At: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC), Action: history.Resumed}
	base, _ := json.Marshal(r)
	want := 4096 - 30 - int(st.Size()%4096)
	r.Note = strings.Repeat("x", want-1-len(base)-len(`,"note":""`))
	line, _ := json.Marshal(r)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(append(line, '\n')); err != nil {
		t.Fatal(err)
	}
}
