//go:build darwin || dragonfly || freebsd || netbsd || openbsd

package main

import (
	"os"
	"syscall"
	"unsafe"
)

// termiosOf reads the terminal settings of f. On the BSDs, a pty's two
// sides share one set: asked of the master side, they are what the
// program left.
func termiosOf(f *os.File) (syscall.Termios, error) {
	var tio syscall.Termios
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TIOCGETA, uintptr(unsafe.Pointer(&tio))); e != 0 {
		return tio, e
	}
	return tio, nil
}
