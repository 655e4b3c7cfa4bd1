//go:build unix

package statedir

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// chmodNoFollow changes the mode of the file info describes, through a
// descriptor opened without following a link or waiting on a pipe, and
// only if the path still names that file: chmod by path would follow a
// link someone put there since.
func chmodNoFollow(path string, info fs.FileInfo, mode fs.FileMode) error {
	flag := os.O_RDONLY | syscall.O_NOFOLLOW | syscall.O_NONBLOCK
	if info.IsDir() {
		flag |= syscall.O_DIRECTORY
	}
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if !os.SameFile(st, info) {
		return fmt.Errorf("it was replaced while being checked")
	}
	return f.Chmod(mode)
}

// modesMatter is true where a file's mode says who may read it.
const modesMatter = true

// NoFollow, added to the flags of an open, refuses a symbolic link
// (O_NOFOLLOW) and returns at once on a named pipe instead of waiting for
// a writer (O_NONBLOCK, which changes nothing for a regular file).
const NoFollow = syscall.O_NOFOLLOW | syscall.O_NONBLOCK
