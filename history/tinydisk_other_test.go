//go:build !linux

package history

import "errors"

// mountTinyDisk has no tmpfs to mount outside Linux: the tests simulate
// the full disk in the write step instead.
func mountTinyDisk(string) (func(), error) {
	return nil, errors.New("no tmpfs outside Linux")
}
