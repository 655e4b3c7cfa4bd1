package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"syscall"

	"github.com/backstretch/backstretch/regular"
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
	f, err := regular.OpenFollowing(path)
	if errors.Is(err, regular.ErrNotRegular) {
		return nil, fmt.Errorf("can't read config: %w", err)
	}
	if err != nil {
		return nil, readError(err)
	}
	defer f.Close()
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
