package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"github.com/backstretch/backstretch/history"
)

// holdLock takes the history's lock as another backstretch would, and
// returns how to let it go.
func holdLock(t *testing.T, state string) func() {
	t.Helper()
	lock := flock.New(historyFile(state))
	if err := lock.Lock(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lock.Close() })
	return func() { lock.Unlock() }
}

// A lock held elsewhere: the full-screen session still takes Enter (the
// pain question) and n (next), says what waits, and once the lock is free
// saves it all with the times things happened, not when they were written.
func TestAHeldHistoryLockNeverFreezesTheFullScreenSessionAndItsRecordsKeepTheirTimes(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	release := holdLock(t, state)
	const speed = 10
	startAt := time.Now().Add(24 * time.Hour).UTC().Truncate(time.Second)
	began := time.Now()
	s := startInPTY(t, state, 80, 24, "evening", "--speed", "10", "--start-at", startAt.Format(time.RFC3339), "--pain-after", "1")
	programTime := func(real time.Time) time.Time { return startAt.Add(speed * real.Sub(began)) }
	s.waitFor(`Pain now`, 10*time.Second)
	s.keys("1")
	s.keys("\r")
	answered := time.Now()
	s.waitWhileAlive(` HOLD `, 10*time.Second)
	s.keys("n")
	s.waitWhileAlive(`Band shoulder-blade squeeze`, 10*time.Second)
	s.waitWhileAlive(`Not saved yet: \d+ records`, 10*time.Second)
	time.Sleep(3 * time.Second) // 30 s of program time with the lock held
	released := time.Now()
	release()
	s.keys("q")
	code, out := s.wait(15 * time.Second)
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	leftUsable(t, s, out)
	recs, complaints := historyJSON(t, state)
	if complaints != "" {
		t.Errorf("the history has damage: %s", complaints)
	}
	this := lastSession(recs)
	kinds := map[history.Kind]int{}
	for _, r := range this {
		kinds[r.Kind]++
	}
	if kinds[history.SessionStarted] != 1 || kinds[history.PainCheckIn] != 2 || kinds[history.StepEnded] < 1 || ended(this) != "quit" {
		t.Fatalf("the session saved %v, ending %q; want its start, its pain before and after, its steps and its end", kinds, ended(this))
	}
	// Stamped when written, the start would be at the release; it is at the
	// answer (program time runs ten times faster: the margins are wide).
	start := this[0].At
	if start.Before(startAt) || !start.Before(programTime(answered).Add(10*time.Second)) || !start.Before(programTime(released).Add(-15*time.Second)) {
		t.Errorf("the session started at %v by its record; the answer was at about %v, the lock let go at about %v",
			start, programTime(answered), programTime(released))
	}
}

// Ctrl-C while another program holds the lock throughout: the session
// ends at once (a bounded last try) and says what could not be saved.
func TestCtrlCWhileTheHistoryIsLockedEndsTheSessionAndSaysWhatIsLost(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := seasoned(t)
	holdLock(t, state)
	before, _ := os.ReadFile(historyFile(state))
	s := startInPTY(t, state, 80, 24, "evening", "--speed", "10", "--pain", "1", "--pain-after", "1")
	s.waitWhileAlive(`Not saved yet: \d+ records? \(another program holds the history's lock\)`, 10*time.Second)
	s.keys("\x03")
	code, out := s.wait(15 * time.Second)
	if code != 128+2 {
		t.Errorf("exit %d, want 130", code)
	}
	leftUsable(t, s, out)
	if !says(out, "of this session could not be saved (another program holds the history's lock)") {
		t.Errorf("the terminal was not told what was lost:\n%s", out)
	}
	if after, _ := os.ReadFile(historyFile(state)); string(after) != string(before) {
		t.Error("the history changed while another program held its lock")
	}
}

// A history.jsonl that is a symbolic link is neither read nor written
// through: the session names the path and says it will not be saved, and
// nothing reaches the link's target. Unread, the history holds no
// screening, so without a terminal to ask it the session cannot start:
// it says which command takes the screening (exit 2), as with any
// history that cannot be kept. (On a terminal the screening is asked and
// the session runs unsaved: TestAnUnwritableStateFolderWarnsAndTheSessionStillRuns.)
func TestASymlinkedHistoryIsNotWrittenThroughAndTheSessionSaysSo(t *testing.T) {
	t.Parallel()         // a program of its own
	state := newState(t) // the screening taken, in a history that is then moved
	target := filepath.Join(t.TempDir(), "elsewhere.jsonl")
	if err := os.Rename(historyFile(state), target); err != nil {
		t.Fatal(err)
	}
	os.Chmod(target, 0o644)
	screened, _ := os.ReadFile(target)
	if err := os.Symlink(target, historyFile(state)); err != nil {
		t.Fatal(err)
	}
	code, out := plainSession(t, state, "", "desk", "--pain", "1", "--pain-after", "1")
	if code != 2 {
		t.Errorf("exit %d, want 2 (the screening cannot be asked)\n%s", code, out)
	}
	for _, want := range []string{historyFile(state) + " is a symbolic link", "This session will not be saved.", "backstretch screening --none"} {
		if !says(out, want) {
			t.Errorf("the session did not say %q:\n%s", want, out)
		}
	}
	if data, _ := os.ReadFile(target); string(data) != string(screened) {
		t.Errorf("the link's target was written to: %q", data)
	}
	if st, _ := os.Lstat(historyFile(state)); st == nil || st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}
