// Package regular opens the program's files only when they are regular
// files: a symbolic link in the state folder is never followed, a named
// pipe never waited on (it would block for ever), a device never read
// (it could be endless), and a message names the path and what is there.
// Plain Go.
package regular

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotRegular says a state file is a symbolic link, a named pipe, a
// device or a folder: something the program will not read or write its
// health data through. Its message names the path and what it is.
var ErrNotRegular = errors.New("not a regular file")

// notRegularError names the path and what it found there.
type notRegularError struct {
	path string
	what string
}

func (e notRegularError) Error() string {
	return fmt.Sprintf("%s is %s, not a regular file; backstretch reads and writes only regular files (move it away and try again)", e.path, e.what)
}

func (e notRegularError) Unwrap() error { return ErrNotRegular }

// describe says what kind of file mode is, for a message.
func describe(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	case mode.IsDir():
		return "a folder"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}

// OpenFollowing opens path for reading, following symbolic links (a
// config file is often a link into a dotfiles repository), and refuses at
// once whatever they lead to that is not a regular file.
func OpenFollowing(path string) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegularError{path, describe(st.Mode())}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	if st, err = f.Stat(); err == nil && !st.Mode().IsRegular() {
		err = notRegularError{path, describe(st.Mode())}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Open opens path with flag (os.O_RDONLY, or os.O_WRONLY|os.O_APPEND
// with or without os.O_CREATE) and perm, refusing at once, with a message
// naming the path, anything that is not a regular file: a symbolic link is
// never followed and a named pipe never waited on. A missing file is
// fs.ErrNotExist unless flag creates it.
func Open(path string, flag int, perm fs.FileMode) (*os.File, error) {
	before, err := os.Lstat(path)
	switch {
	case err == nil && !before.Mode().IsRegular():
		return nil, notRegularError{path, describe(before.Mode())}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	f, err := os.OpenFile(path, flag|NoFollow, perm)
	if err != nil {
		// Made a link or a pipe between the Lstat and the open.
		if st, lerr := os.Lstat(path); lerr == nil && !st.Mode().IsRegular() {
			return nil, notRegularError{path, describe(st.Mode())}
		}
		return nil, err
	}
	st, err := f.Stat()
	if err == nil && !st.Mode().IsRegular() {
		err = notRegularError{path, describe(st.Mode())}
	}
	if err == nil && before != nil && !os.SameFile(before, st) {
		err = fmt.Errorf("%s was replaced while it was being opened; try again", path)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
