package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// owners counts the companions among cs that say they send the reminders,
// each checked in turn, as their ticks would.
func owners(cs ...*reminderOwner) (n int, notices []string) {
	for _, c := range cs {
		owns, notice := c.check()
		if owns {
			n++
		}
		notices = append(notices, notice)
	}
	return n, notices
}

func TestOnlyOneCompanionTakesTheRemindersAndTheOtherNamesItsProcess(t *testing.T) {
	dir := t.TempDir()
	first, second := newReminderOwner(dir), newReminderOwner(dir)
	if owns, notice := first.check(); !owns || notice != "" {
		t.Fatalf("the first companion: owns %v, says %q; want the reminders, quietly", owns, notice)
	}
	owns, notice := second.check()
	if owns || notice != otherOwner(os.Getpid()) {
		t.Fatalf("the second: owns %v, says %q; want it to name process %d", owns, notice, os.Getpid())
	}
	if owns, notice := second.check(); owns || notice != "" {
		t.Errorf("checked again: owns %v, says %q; want the same, not said again", owns, notice)
	}
	first.release()
	second.release()
}

func TestWhenTheOwnerStopsTheOtherTakesOverAtItsNextCheckAndSaysSo(t *testing.T) {
	dir := t.TempDir()
	first, second := newReminderOwner(dir), newReminderOwner(dir)
	first.check()
	second.check()
	// A process id that is surely not running: the owner that stopped.
	os.WriteFile(filepath.Join(dir, "companion.pid"), []byte("2147483646\n"), 0o600)
	second.check()
	first.release()
	owns, notice := second.check()
	if want := "This companion now sends the reminders; the one in process 2147483646 has stopped."; !owns || notice != want {
		t.Fatalf("after the owner stopped: owns %v, says %q; want %q", owns, notice, want)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "companion.pid")); strings.TrimSpace(string(data)) != strconv.Itoa(os.Getpid()) {
		t.Errorf("companion.pid holds %q, want the new owner's process id", data)
	}
	if owns, notice := second.check(); !owns || notice != "" {
		t.Errorf("the next check: owns %v, says %q; want the reminders, quietly", owns, notice)
	}
	second.release()
}

// Deleting or replacing companion.lock while the owner runs: whichever
// companion checks first gets the new file's lock, the other says so at
// its own check, and at no check do both send the reminders.
func TestARemovedOrReplacedLockNeverMakesTwoOwners(t *testing.T) {
	for _, c := range []struct {
		name     string
		tamper   func(lock string)
		ownFirst bool // the owner checks before the other after the tampering
	}{
		{"removed, the owner checks first", func(lock string) { os.Remove(lock) }, true},
		{"removed, the other checks first", func(lock string) { os.Remove(lock) }, false},
		{"replaced, the other checks first", func(lock string) {
			os.WriteFile(lock+".new", nil, 0o600)
			os.Rename(lock+".new", lock)
		}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			owner, other := newReminderOwner(dir), newReminderOwner(dir)
			defer owner.release()
			defer other.release()
			owner.check()
			other.check()
			c.tamper(filepath.Join(dir, "companion.lock"))
			order := []*reminderOwner{owner, other}
			if !c.ownFirst {
				order = []*reminderOwner{other, owner}
			}
			for round := range 3 {
				n, notices := owners(order...)
				if n != 1 {
					t.Fatalf("round %d: %d companions send the reminders (notices %q); want exactly one", round, n, notices)
				}
				if round == 0 && !strings.Contains(strings.Join(notices, " "), "companion.lock was removed while this companion held it") {
					t.Errorf("nobody said the lock was removed: %q", notices)
				}
			}
			owns, _ := owner.check()
			if wantOwner := c.ownFirst; owns != wantOwner {
				t.Errorf("the first owner still reminds: %v, want %v", owns, wantOwner)
			}
		})
	}
}

func TestAnotherCompanionsPidFileIsReadWithoutFollowingALinkAndGarbageIsUnknown(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "pid")
	os.WriteFile(target, []byte("4242\n"), 0o600)
	cases := map[string]func(path string){
		"a link":          func(p string) { os.Symlink(target, p) },
		"garbage":         func(p string) { os.WriteFile(p, []byte("\x1b[31mnot a pid"), 0o600) },
		"a negative id":   func(p string) { os.WriteFile(p, []byte("-7"), 0o600) },
		"a huge file":     func(p string) { os.WriteFile(p, []byte(strings.Repeat("9", 1<<20)), 0o600) },
		"a folder":        func(p string) { os.Mkdir(p, 0o700) },
		"nothing at all":  func(string) {},
		"an id and space": func(p string) { os.WriteFile(p, []byte(" 31 \n"), 0o600) },
	}
	for name, make := range cases {
		path := filepath.Join(dir, fmt.Sprint(len(name)), "companion.pid")
		os.MkdirAll(filepath.Dir(path), 0o700)
		make(path)
		want := 0
		if name == "an id and space" {
			want = 31
		}
		if got := readPid(path); got != want {
			t.Errorf("%s: read %d, want %d", name, got, want)
		}
	}
}

func TestAPidFileThatIsALinkIsReplacedAndOnlyTheOwnersOwnFileIsRemoved(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "precious")
	os.WriteFile(target, []byte("precious\n"), 0o644)
	pidPath := filepath.Join(dir, "companion.pid")
	os.Symlink(target, pidPath)
	owner := newReminderOwner(dir)
	if owns, _ := owner.check(); !owns {
		t.Fatal("the companion did not get the reminders")
	}
	if st, err := os.Lstat(pidPath); err != nil || !st.Mode().IsRegular() || st.Mode().Perm() != 0o600 {
		t.Fatalf("companion.pid is %v (%v); want a regular file, 0600", st, err)
	}
	// Someone else's file in its place by the time the owner quits: left.
	os.Remove(pidPath)
	os.WriteFile(pidPath, []byte("99\n"), 0o600)
	owner.release()
	if data, _ := os.ReadFile(target); string(data) != "precious\n" {
		t.Errorf("the link's target became %q", data)
	}
	if data, err := os.ReadFile(pidPath); err != nil || string(data) != "99\n" {
		t.Errorf("a pid file the owner did not write was removed or changed: %q, %v", data, err)
	}
}

func TestALockThatIsALinkIsRefusedByNameAndNotFollowed(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "made-through-the-link")
	lock := filepath.Join(dir, "companion.lock")
	os.Symlink(target, lock)
	owns, notice := newReminderOwner(dir).check()
	if owns || !strings.Contains(notice, lock+" is a symbolic link") {
		t.Errorf("owns %v, says %q; want no reminders and the link named", owns, notice)
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("the lock was created through the link")
	}
}
