package main

// Fault tests of the state folder: modes wider than the program's own,
// and symbolic links where its files should be. Nothing is written
// through a link, and what was too open is narrowed once, with a word.

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// mode is the permission bits of path, without following a link.
func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	st, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

func TestAWideHistoryAndFolderAreNarrowedAndSaidOnce(t *testing.T) {
	state := newState(t)
	dir := filepath.Join(state, "backstretch")
	file := filepath.Join(dir, "history.jsonl")
	// chmod is not subject to the umask: these are the modes a careless
	// copy or a permissive umask leaves.
	if err := os.Chmod(file, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLIEnv(t, state, "history")
	if code != 0 {
		t.Fatalf("history: exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		fmt.Sprintf("backstretch: %s was readable by others (0644); made it 0600", file),
		fmt.Sprintf("backstretch: %s was readable and writable by others (0777); made it 0700", dir),
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("standard error lacks %q:\n%s", want, errOut)
		}
	}
	if m := mode(t, file); m != 0o600 {
		t.Errorf("the history is %04o, want 0600", m)
	}
	if m := mode(t, dir); m != 0o700 {
		t.Errorf("the folder is %04o, want 0700", m)
	}
	code, _, errOut = runCLIEnv(t, state, "history")
	if code != 0 || errOut != "" {
		t.Errorf("the second run: exit %d, said %q; want nothing said", code, errOut)
	}
}

func TestAHistoryThatIsASymlinkGetsNothingAppendedAndIsNamed(t *testing.T) {
	state := t.TempDir()
	dir := filepath.Join(state, "backstretch")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(t.TempDir(), "elsewhere.jsonl")
	if err := os.WriteFile(target, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "history.jsonl")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLIEnv(t, state, "screening", "--none")
	if code == 0 || !strings.Contains(errOut, link+" is a symbolic link") {
		t.Errorf("screening through a linked history: exit %d, said %q; want an error naming %s", code, errOut, link)
	}
	if data, _ := os.ReadFile(target); len(data) != 0 {
		t.Errorf("health records were written through the link: %q", data)
	}
	if m := mode(t, target); m != 0o644 {
		t.Errorf("the link's target was changed to %04o", m)
	}
}

func TestACompanionPidSymlinkIsReplacedNeverWrittenThroughOrFollowedOnExit(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := newState(t)
	target := filepath.Join(t.TempDir(), "precious")
	if err := os.WriteFile(target, []byte("precious\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pidPath := filepath.Join(state, "backstretch", "companion.pid")
	if err := os.Symlink(target, pidPath); err != nil {
		t.Fatal(err)
	}
	s := startInPTY(t, state, 80, 24, "--start-at", "2026-11-23 10:30")
	s.waitFor(`q quit`, 5*time.Second)
	if data, _ := os.ReadFile(target); string(data) != "precious\n" {
		t.Errorf("the companion wrote through the link: %q", data)
	}
	if data, err := os.ReadFile(pidPath); err != nil || strings.TrimSpace(string(data)) != strconv.Itoa(s.cmd.Process.Pid) {
		t.Errorf("companion.pid holds %q (%v), want the companion's process id", data, err)
	} else if st, _ := os.Lstat(pidPath); !st.Mode().IsRegular() || st.Mode().Perm() != 0o600 {
		t.Errorf("companion.pid is %v, want a regular file of mode 0600", st.Mode())
	}
	s.keys("q")
	if code, _ := s.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	if data, _ := os.ReadFile(target); string(data) != "precious\n" {
		t.Errorf("the link's target was changed to %q", data)
	}
	if _, err := os.Lstat(pidPath); err == nil {
		t.Error("the companion left its companion.pid behind")
	}
}

func TestACompanionLockSymlinkIsRefusedByNameAndNeverFollowed(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := newState(t)
	target := filepath.Join(t.TempDir(), "made-through-the-link")
	lockPath := filepath.Join(state, "backstretch", "companion.lock")
	if err := os.Symlink(target, lockPath); err != nil {
		t.Fatal(err)
	}
	s := startInPTY(t, state, 200, 30, "--start-at", "2026-11-23 10:30")
	s.waitFor(`(?s)No reminders from this companion:.*companion\.lock\s+is\s+a\s+symbolic\s+link`, 5*time.Second)
	s.keys("q")
	if code, _ := s.wait(5 * time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("the lock was created through the link")
	}
}
