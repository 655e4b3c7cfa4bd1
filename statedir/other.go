//go:build !unix

package statedir

import "io/fs"

// chmodNoFollow does nothing where modes are not Unix permissions: on
// Windows the folder's access list, not its mode, says who may read it.
func chmodNoFollow(string, fs.FileInfo, fs.FileMode) error { return nil }

// modesMatter is false where a file's mode does not say who may read it.
const modesMatter = false

// NoFollow is 0 where the system has no O_NOFOLLOW: callers check with
// Lstat and os.SameFile instead.
const NoFollow = 0
