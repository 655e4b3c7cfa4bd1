package main

import (
	"os"
	"syscall"
	"unsafe"
)

// termiosOf reads the terminal settings of f. On Linux, asked of a pty's
// master side, they are those of its terminal side: what the program left.
func termiosOf(f *os.File) (syscall.Termios, error) {
	var tio syscall.Termios
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&tio))); e != 0 {
		return tio, e
	}
	return tio, nil
}
