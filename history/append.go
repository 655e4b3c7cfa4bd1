package history

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"

	"github.com/backstretch/backstretch/regular"
)

// LockWait is how long a write waits for another program to let go of
// the history's lock before it gives up; a recorder keeps the records and
// tries again at the next step.
const LockWait = 2 * time.Second

// lockRetry is how often a held lock is tried again while waiting.
const lockRetry = 20 * time.Millisecond

// ErrLocked says another program held the history's lock for all of
// LockWait. Its message names the history.
var ErrLocked = errors.New("another program is holding the history's lock")

// lockedError names the history whose lock was held.
type lockedError struct{ path string }

func (e lockedError) Error() string {
	return fmt.Sprintf("another program is holding the lock of %s", e.path)
}

func (e lockedError) Unwrap() error { return ErrLocked }

// appender writes records at the end of a history. Its zero options are
// those of Store.Append; tests set them to stand in for a failing disk.
type appender struct {
	path string
	// write writes b to f, like f.Write; a test makes it fail part-way.
	write func(f *os.File, b []byte) (int, error)
	// lockWait bounds the wait for the lock; 0 is LockWait.
	lockWait time.Duration
}

// Append writes records at the end of the file in one write, under the
// lock, creating the folder (0700) and the file (0600) if needed. A record
// lands whole or not at all: a failed or short write (a full disk) is
// undone back to the last whole line before Append returns its error.
// Append waits at most LockWait for a lock held elsewhere (then ErrLocked)
// and never follows a symbolic link (regular.ErrNotRegular).
func (s Store) Append(recs ...Record) error {
	return appender{path: s.Path}.append(recs, nil)
}

// append is Append; busy, if set, is called once, before waiting, when the
// lock is held elsewhere.
func (a appender) append(recs []Record, busy func()) error {
	if len(recs) == 0 {
		return nil
	}
	var buf bytes.Buffer
	for _, r := range recs {
		r.V = SchemaVersion
		line, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("history: %w", err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	if err := os.MkdirAll(filepath.Dir(a.path), 0o700); err != nil {
		return fmt.Errorf("cannot create the history folder: %w", err)
	}
	// The file is opened first, refusing a link or a pipe, so that the lock
	// below (gofrs/flock locks by path, as every backstretch does) only
	// ever opens a regular file that already exists.
	f, err := regular.Open(a.path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("cannot open the history: %w", err)
	}
	defer f.Close()
	lock, err := a.lock(f, busy)
	if err != nil {
		return err
	}
	defer lock.Close()
	return a.appendLocked(f, buf.Bytes())
}

// lock takes the history's lock, waiting a bounded time, and makes sure
// the file locked is the file f that will be written.
func (a appender) lock(f *os.File, busy func()) (*flock.Flock, error) {
	lock := flock.New(a.path, flock.SetFlag(os.O_RDONLY|regular.NoFollow), flock.SetPermissions(0o600))
	ok, err := lock.TryLock()
	if err == nil && !ok {
		if busy != nil {
			busy()
		}
		wait := a.lockWait
		if wait == 0 {
			wait = LockWait
		}
		ctx, cancel := context.WithTimeout(context.Background(), wait)
		ok, err = lock.TryLockContext(ctx, lockRetry)
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			err = nil
		}
	}
	switch {
	case err != nil:
		lock.Close()
		return nil, fmt.Errorf("cannot lock %s: %w", a.path, err)
	case !ok:
		lock.Close()
		return nil, lockedError{a.path}
	}
	locked, lerr := lock.Stat()
	written, werr := f.Stat()
	if lerr != nil || werr != nil || !os.SameFile(locked, written) {
		lock.Close()
		return nil, fmt.Errorf("%s was replaced while it was being written; try again", a.path)
	}
	return lock, nil
}

// appendLocked writes b at the end of f, which holds the lock, after ending
// a torn last line; whatever fails, the file is cut back to its size
// before, so no part of a record is left behind.
func (a appender) appendLocked(f *os.File, b []byte) error {
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", a.path, err)
	}
	size := st.Size()
	if err := endLine(f, size); err != nil {
		return a.undo(f, size, err)
	}
	write := a.write
	if write == nil {
		write = (*os.File).Write
	}
	if _, err := write(f, b); err != nil {
		return a.undo(f, size, err)
	}
	return nil
}

// undo cuts f back to size after the write that failed with err, and says
// so, or says the part of a record that could not be taken back.
func (a appender) undo(f *os.File, size int64, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is named once, below
	}
	if terr := f.Truncate(size); terr != nil {
		return fmt.Errorf("cannot write to %s: %w; part of a record may be left there (undoing it failed: %v), and will be reported as a damaged line", a.path, err, terr)
	}
	return fmt.Errorf("cannot write to %s: %w", a.path, err)
}

// endLine makes sure a record starts on a line of its own even after a
// crash left a partial last line (which stays, and is reported as damaged).
func endLine(f *os.File, size int64) error {
	if size == 0 {
		return nil
	}
	last := make([]byte, 1)
	if _, err := f.ReadAt(last, size-1); err != nil {
		return err
	}
	if last[0] == '\n' {
		return nil
	}
	_, err := f.Write([]byte{'\n'})
	return err
}

// Check makes sure the history can be written: the folder exists (0700)
// and the file, a regular file and not a link, opens for appending (0600).
// It writes nothing.
func (s Store) Check() error {
	if err := os.MkdirAll(filepath.Dir(s.Path), 0o700); err != nil {
		return fmt.Errorf("cannot create the history folder: %w", err)
	}
	f, err := regular.Open(s.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("cannot open the history: %w", err)
	}
	return f.Close()
}
