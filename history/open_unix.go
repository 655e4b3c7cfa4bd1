//go:build unix

package history

import "syscall"

// noFollow makes an open refuse a symbolic link (O_NOFOLLOW) and return at
// once on a named pipe instead of waiting for a writer (O_NONBLOCK, which
// changes nothing for a regular file).
const noFollow = syscall.O_NOFOLLOW | syscall.O_NONBLOCK
