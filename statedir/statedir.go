// Package statedir keeps the program's state folder private: the folder
// the program made for itself is narrowed to 0700 and its files to 0600,
// with a word each time something was wider, and a folder the person
// chose is left as it is, with a warning when others can write to it.
// Nothing is done through a symbolic link.
package statedir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/backstretch/backstretch/regular"
)

// Kind says whose folder it is, which decides what may be changed in it.
type Kind int

const (
	// Own is a folder the program made for itself, such as
	// $XDG_STATE_HOME/backstretch: its modes are the program's to narrow.
	Own Kind = iota
	// Chosen is a folder the person named, such as a synced one: it is
	// left as it is, and only warned about.
	Chosen
)

// The widest modes the program keeps its own folder and files at: health
// data is for its owner alone.
const (
	folderMode fs.FileMode = 0o700
	fileMode   fs.FileMode = 0o600
)

// Prepare makes an existing dir fit to hold the state files: for a folder
// of the program's own, it narrows the folder and every regular file in it
// to 0700 and 0600. It returns one notice for
// each mode narrowed or each risk left alone, and an error when the file
// named history (a base name) is not a regular file, naming its path, so
// that nothing is read or written through a link.
//
// An own folder that is itself a symbolic link was put there by the
// person, so it is treated as chosen.
func Prepare(dir string, kind Kind, historyName string) ([]string, error) {
	st, err := os.Lstat(dir)
	if err == nil && st.Mode()&fs.ModeSymlink != 0 {
		kind = Chosen
		st, err = os.Stat(dir)
	}
	if err != nil || !st.IsDir() {
		// Missing, it is made 0700 when the first record is written; a
		// file in its place is reported by whatever next uses it.
		return nil, nil
	}
	var notices []string
	if !modesMatter {
		return nil, checkHistory(dir, historyName)
	}
	if kind == Chosen {
		if n := othersCanWrite(dir, st.Mode()); n != "" {
			notices = append(notices, n)
		}
		return notices, checkHistory(dir, historyName)
	}
	// The folder first: once it is closed to others, nobody else can
	// swap the files in it while they are narrowed.
	if n, err := narrow(dir, st, folderMode); err != nil {
		notices = append(notices, err.Error())
	} else if n != "" {
		notices = append(notices, n)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return notices, fmt.Errorf("cannot read the history folder: %w", err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue // links are never followed, folders and pipes not ours
		}
		info, err := e.Info()
		if err != nil {
			continue // gone since the folder was read
		}
		n, err := narrow(filepath.Join(dir, e.Name()), info, fileMode)
		switch {
		case err != nil:
			notices = append(notices, err.Error())
		case n != "":
			notices = append(notices, n)
		}
	}
	return notices, checkHistory(dir, historyName)
}

// checkHistory refuses a history that is a link, a pipe or a folder, with
// regular.Open's message naming it. A missing one is fine.
func checkHistory(dir, name string) error {
	f, err := regular.Open(filepath.Join(dir, name), os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// narrow takes path (as info found it) down to widest, if it is wider,
// and says what it was and what it is now.
func narrow(path string, info fs.FileInfo, widest fs.FileMode) (string, error) {
	old := info.Mode().Perm()
	if old&^widest == 0 {
		return "", nil
	}
	now := old & widest
	if err := chmodNoFollow(path, info, now); err != nil {
		return "", fmt.Errorf("%s is %s (%04o) and could not be made %04o: %v", path, exposure(old, info.IsDir()), old, now, err)
	}
	return fmt.Sprintf("%s was %s (%04o); made it %04o", path, exposure(old, info.IsDir()), old, now), nil
}

// othersCanWrite warns about a chosen folder in which others can create,
// replace or delete files.
func othersCanWrite(dir string, mode fs.FileMode) string {
	if mode.Perm()&0o022 == 0 {
		return ""
	}
	return fmt.Sprintf("%s is writable by others (%04o): they can change or replace your history there; it is a folder you chose, so it is left as it is", dir, mode.Perm())
}

// exposure says in words what a mode lets others do: "readable by
// others", "readable and writable by others", or, for the owner's own
// execute bit on a file, "executable".
func exposure(mode fs.FileMode, folder bool) string {
	others := mode & 0o077
	var can []string
	if others&0o044 != 0 {
		can = append(can, "readable")
	}
	if others&0o022 != 0 {
		can = append(can, "writable")
	}
	switch {
	case len(can) > 0:
		return strings.Join(can, " and ") + " by others"
	case others != 0 && folder:
		return "open to others"
	case others != 0:
		return "executable by others"
	}
	return "executable"
}
