package summary

import (
	"io/fs"
	"time"
)

// Stamp is what the file system says about a history file without reading
// it: its size and modification time and, where the system has them, its
// device, inode and change time. The change time cannot be set back by a
// program, so on those systems a file rewritten to the same size (by hand,
// by an editor, by a restore) always gets a new stamp.
type Stamp struct {
	Size, Mod, Change, Device, Inode int64
}

// stampFields is how many numbers a Stamp is in the summary file.
const stampFields = 5

func (s Stamp) fields() [stampFields]int64 {
	return [...]int64{s.Size, s.Mod, s.Change, s.Device, s.Inode}
}

func stampOf(f [stampFields]int64) Stamp {
	return Stamp{Size: f[0], Mod: f[1], Change: f[2], Device: f[3], Inode: f[4]}
}

// stampOfFile is fi's stamp; the change time, device and inode come from
// the system (sysStamp), zero where it has none.
func stampOfFile(fi fs.FileInfo) Stamp {
	s := sysStamp(fi)
	s.Size, s.Mod = fi.Size(), fi.ModTime().UnixNano()
	return s
}

// settle is how long after a file's last change its stamp is trusted
// alone. File times come from a coarse clock, so a change made just after
// a summary was taken can carry the very time the summary saw (git's
// "racy clean" problem); once the summary was taken well after the file's
// last change, a later change shows in its stamp.
const settle = 2 * time.Second

// trusted reports whether a summary that saw stamp s, taken at checked
// (just before the file was looked at), still matches a file whose stamp
// is now: the same stamp, settled before the summary was taken.
func (s Stamp) trusted(now Stamp, checked time.Time) bool {
	last := max(s.Mod, s.Change)
	return s == now && checked.UnixNano()-last >= int64(settle)
}
