//go:build linux

package testenv

import "syscall"

// mountTinyDisk mounts a 64 KiB tmpfs on dir, and returns how to unmount it.
func mountTinyDisk(dir string) (unmount func(), err error) {
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0700"); err != nil {
		return nil, err
	}
	return func() { syscall.Unmount(dir, syscall.MNT_DETACH) }, nil
}
