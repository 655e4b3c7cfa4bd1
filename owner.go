package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gofrs/flock"
)

// reminderOwner is the right to send reminders: one companion at a time
// holds a lock on companion.lock in the state folder and writes its
// process id beside it, so a second one can say which process reminds.
type reminderOwner struct {
	lock    *flock.Flock
	pidPath string
}

// takeReminders tries to become the companion that sends reminders. When
// another one already is, it returns nil and that one's process id (0 if
// unknown).
func takeReminders(dir string) (*reminderOwner, int, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, 0, fmt.Errorf("cannot create %s: %w", dir, err)
	}
	lock := flock.New(filepath.Join(dir, "companion.lock"), flock.SetPermissions(0o600))
	ok, err := lock.TryLock()
	if err != nil {
		return nil, 0, fmt.Errorf("cannot lock %s: %w", lock.Path(), err)
	}
	pidPath := filepath.Join(dir, "companion.pid")
	if !ok {
		data, _ := os.ReadFile(pidPath)
		pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
		return nil, pid, nil
	}
	// The pid file is only a label for the other companion's message; the
	// lock is what counts, so a failed write is not an error.
	_ = os.WriteFile(pidPath, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600)
	return &reminderOwner{lock: lock, pidPath: pidPath}, 0, nil
}

// release gives the right up.
func (o *reminderOwner) release() {
	if o == nil {
		return
	}
	os.Remove(o.pidPath)
	o.lock.Close()
}

// otherOwner says who sends the reminders when this companion does not.
func otherOwner(pid int) string {
	if pid == 0 {
		return "Another backstretch companion sends the reminders; this one only shows them."
	}
	return fmt.Sprintf("Reminders come from the companion in process %d; this one only shows them.", pid)
}
