package testenv

import (
	"errors"
	"os"
	"syscall"
	"testing"
)

// TinyDisk mounts a 64 KiB tmpfs on a new folder of the test's and returns
// the folder, unmounted when the test ends. It fails where the test may
// not mount (not root, no tmpfs, not Linux).
func TinyDisk(t testing.TB) (string, error) {
	t.Helper()
	dir := t.TempDir()
	unmount, err := mountTinyDisk(dir)
	if err != nil {
		return "", err
	}
	t.Cleanup(unmount)
	return dir, nil
}

// Fill writes to path until its disk is full.
func Fill(t testing.TB, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 4096)
	for {
		if _, err := f.Write(block); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return
		}
	}
}
