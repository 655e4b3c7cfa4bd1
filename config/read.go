package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// MaxFileSize bounds the config file: a hand-written file of settings,
// routines and exercises is a few KiB, so a file this large is the wrong
// file (a log, a disk image, /dev/zero), and reading it all would only
// fill memory.
const MaxFileSize = 1 << 20

// readFile reads the config file at path, following links, and refuses at
// once whatever they lead to that is not a regular file: a named pipe
// would wait for a writer forever, a device could be endless.
func readFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, readError(err)
	}
	if !st.Mode().IsRegular() {
		return nil, notAFile(path, st.Mode())
	}
	// O_NONBLOCK: should the file become a pipe after the Stat, opening
	// it does not wait for a writer.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, readError(err)
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, readError(err)
	}
	if !st.Mode().IsRegular() {
		return nil, notAFile(path, st.Mode())
	}
	// One byte more than the limit tells a file at the limit from one
	// over it, whatever its size said.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	switch {
	case err != nil:
		return nil, readError(&fs.PathError{Op: "read", Path: path, Err: err})
	case len(data) > MaxFileSize:
		return nil, fmt.Errorf("%s is larger than %d MiB, more than any config file needs: is it the right file?", path, MaxFileSize>>20)
	}
	return data, nil
}

// readError keeps a missing file recognisable (the config is optional)
// and says what failed otherwise; the *fs.PathError names the file.
func readError(err error) error {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		return err
	}
	return fmt.Errorf("can't read config: %w", err)
}

// notAFile says that path leads to something other than a regular file.
func notAFile(path string, mode fs.FileMode) error {
	return fmt.Errorf("can't read config: %s is %s, not a regular file", path, kindOf(mode))
}

// kindOf names the kind of file mode describes, with its article.
func kindOf(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a folder"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
