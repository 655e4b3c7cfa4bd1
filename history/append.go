package history

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gofrs/flock"
)

// Append writes records at the end of the file in one write, under the
// lock, creating the folder (0700) and the file (0600) if needed.
func (s Store) Append(recs ...Record) error {
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
	if err := os.MkdirAll(filepath.Dir(s.Path), 0o700); err != nil {
		return fmt.Errorf("cannot create the history folder: %w", err)
	}
	lock := flock.New(s.Path, flock.SetPermissions(0o600))
	if err := lock.Lock(); err != nil {
		return fmt.Errorf("cannot lock %s: %w", s.Path, err)
	}
	defer lock.Close()
	f, err := os.OpenFile(s.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("cannot open the history: %w", err)
	}
	if err := endLine(f); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("cannot write to %s: %w", s.Path, err)
	}
	return f.Close()
}

// endLine makes sure a record starts on a line of its own even after a
// crash left a partial last line (which stays, and is reported as damaged).
func endLine(f *os.File) error {
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return err
	}
	r, err := os.Open(f.Name())
	if err != nil {
		return err
	}
	defer r.Close()
	last := make([]byte, 1)
	if _, err := r.ReadAt(last, st.Size()-1); err != nil {
		return err
	}
	if last[0] != '\n' {
		_, err = f.Write([]byte{'\n'})
	}
	return err
}

// Check makes sure the history can be written: the folder exists (0700)
// and the file opens for appending (0600). It writes nothing.
func (s Store) Check() error {
	if err := os.MkdirAll(filepath.Dir(s.Path), 0o700); err != nil {
		return fmt.Errorf("cannot create the history folder: %w", err)
	}
	f, err := os.OpenFile(s.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("cannot open the history: %w", err)
	}
	return f.Close()
}
