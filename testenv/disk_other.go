//go:build !linux

package testenv

import "errors"

// mountTinyDisk has no tmpfs to mount outside Linux: the history tests
// simulate the full disk in the write step instead.
func mountTinyDisk(string) (func(), error) {
	return nil, errors.New("no tmpfs outside Linux")
}
