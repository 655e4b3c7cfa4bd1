//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package summary

import "syscall"

func changeTime(st *syscall.Stat_t) int64 { return st.Ctimespec.Nano() }
