//go:build unix

package regular

import "syscall"

// NoFollow, added to an open's flags, makes it refuse a symbolic link
// (O_NOFOLLOW) and return at once on a named pipe instead of waiting for
// a writer (O_NONBLOCK, which changes nothing for a regular file).
const NoFollow = syscall.O_NOFOLLOW | nonBlock

// nonBlock makes an open of a named pipe return at once.
const nonBlock = syscall.O_NONBLOCK
