//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package summary

import (
	"io/fs"
	"syscall"
)

// sysStamp is the device, inode and change time of fi.
func sysStamp(fi fs.FileInfo) Stamp {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return Stamp{}
	}
	return Stamp{Change: changeTime(st), Device: int64(st.Dev), Inode: int64(st.Ino)}
}
