package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/gofrs/flock"

	"github.com/backstretch/backstretch/regular"
	"github.com/backstretch/backstretch/statedir"
)

// reminderOwner is the right to send reminders: one companion at a time
// holds a lock on companion.lock in the state folder and writes its
// process id beside it, in companion.pid, so another can say which process
// reminds. A companion without the right asks again at every check, and
// takes over when the owner stops; the owner makes sure at every check
// that the file it holds the lock on is still the one at the path, so a
// deleted or replaced companion.lock never lets a second owner in.
type reminderOwner struct {
	mu       sync.Mutex // checks come from the companion's ticks, in commands
	dir      string
	lockPath string
	pidPath  string
	lock     *flock.Flock // held, on the file at lockPath at the last check
	pidFile  os.FileInfo  // the pid file this companion wrote: only it is removed
	other    int          // who reminded at the last check, 0 if unknown
	said     string       // the last notice, so that it is said once
	checked  bool
}

// newReminderOwner is the right to send reminders of the companions whose
// state is in dir. It takes nothing until check is called.
func newReminderOwner(dir string) *reminderOwner {
	return &reminderOwner{
		dir:      dir,
		lockPath: filepath.Join(dir, "companion.lock"),
		pidPath:  filepath.Join(dir, "companion.pid"),
	}
}

// check says whether this companion sends the reminders now: it keeps the
// right if the lock it holds is still on the file at the path, and takes
// it if it is free. notice says what changed since the last check ("" if
// nothing did, and at the first check of a companion that reminds).
func (o *reminderOwner) check() (owns bool, notice string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	first := !o.checked
	o.checked = true
	lost := false
	if o.lock != nil {
		if heldOnDisk(o.lock) {
			o.keepPidFile()
			return true, ""
		}
		// companion.lock was deleted or replaced: another companion may
		// already hold a lock on the new file, and this one's is on a
		// file nobody else can see.
		o.lock.Close()
		o.lock, lost = nil, true
	}
	owns, pid, err := o.take()
	switch {
	case err != nil:
		return false, o.say(fmt.Sprintf("No reminders from this companion: %v.", err))
	case owns && lost:
		return true, o.say(fmt.Sprintf("%s was removed while this companion held it; it made it again and still sends the reminders.", o.lockPath))
	case owns && first:
		return true, ""
	case owns:
		before := o.other
		o.other = 0
		return true, o.say(tookOver(before))
	}
	o.other = pid
	if lost {
		return false, o.say(fmt.Sprintf("%s was removed while this companion held it, and another companion took the reminders. %s", o.lockPath, otherOwner(pid)))
	}
	return false, o.say(otherOwner(pid))
}

// say returns msg unless it was the last thing said.
func (o *reminderOwner) say(msg string) string {
	if msg == o.said {
		return ""
	}
	o.said = msg
	return msg
}

// take tries to lock companion.lock, never through a link, and returns
// the process id in companion.pid when another companion holds it.
func (o *reminderOwner) take() (bool, int, error) {
	if err := os.MkdirAll(o.dir, 0o700); err != nil {
		return false, 0, fmt.Errorf("cannot create %s: %w", o.dir, err)
	}
	// A link, a pipe or a folder in its place is refused by name; the
	// lock's own open refuses a link made since.
	f, err := regular.Open(o.lockPath, os.O_RDONLY|os.O_CREATE, 0o600)
	if err != nil {
		return false, 0, err
	}
	f.Close()
	// The file can be deleted between the open and the lock: then the
	// lock is on a file nobody else sees, and the next try opens the new
	// one.
	for range 3 {
		lock := flock.New(o.lockPath, flock.SetFlag(os.O_CREATE|os.O_RDONLY|statedir.NoFollow), flock.SetPermissions(0o600))
		ok, err := lock.TryLock()
		switch {
		case err != nil:
			return false, 0, fmt.Errorf("cannot lock %s: %w", o.lockPath, err)
		case !ok:
			return false, readPid(o.pidPath), nil
		case !heldOnDisk(lock):
			lock.Close()
			continue
		}
		o.lock = lock
		o.writePid()
		return true, 0, nil
	}
	return false, 0, fmt.Errorf("%s keeps being replaced", o.lockPath)
}

// heldOnDisk reports whether the file lock holds is the file at its path.
func heldOnDisk(lock *flock.Flock) bool {
	held, err := lock.Stat() // the open file's, while locked
	if err != nil {
		return false
	}
	onDisk, err := os.Lstat(lock.Path())
	return err == nil && os.SameFile(held, onDisk)
}

// release gives the right up, removing companion.pid if it is still the
// one this companion wrote.
func (o *reminderOwner) release() {
	if o == nil {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.lock == nil {
		return
	}
	if st, err := os.Lstat(o.pidPath); err == nil && o.pidFile != nil && os.SameFile(st, o.pidFile) {
		os.Remove(o.pidPath)
	}
	o.lock.Close()
	o.lock = nil
}

// otherOwner says who sends the reminders when this companion does not.
func otherOwner(pid int) string {
	if pid == 0 {
		return "Another backstretch companion sends the reminders; this one only shows them."
	}
	return fmt.Sprintf("Reminders come from the companion in process %d; this one only shows them.", pid)
}

// tookOver says that this companion sends the reminders now, and why the
// one before it (process pid, 0 if unknown) no longer does.
func tookOver(pid int) string {
	switch {
	case pid == 0:
		return "This companion now sends the reminders."
	case processAlive(pid):
		return fmt.Sprintf("This companion now sends the reminders; the one in process %d no longer holds the lock on them.", pid)
	}
	return fmt.Sprintf("This companion now sends the reminders; the one in process %d has stopped.", pid)
}

// processAlive reports whether process pid still runs. Where a process
// cannot be asked (Windows), it is taken to have stopped: the words are
// only a label, the lock decides.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
