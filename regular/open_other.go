//go:build !unix

package regular

// NoFollow is 0 where the system has no O_NOFOLLOW: Open's Lstat
// and SameFile checks do the work alone.
const NoFollow = 0

// nonBlock is 0 where there are no named pipes to wait on.
const nonBlock = 0
