//go:build !unix

package history

// noFollow is 0 where the system has no O_NOFOLLOW: openRegular's Lstat
// and SameFile checks do the work alone.
const noFollow = 0
