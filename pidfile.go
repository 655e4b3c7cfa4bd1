package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/backstretch/backstretch/regular"
)

// The pid file is only a label for the other companions' messages; the
// lock is what counts, so a failed write or a bad read is not an error.

// writePid puts this process's id in companion.pid: written to a new file
// of its own (O_EXCL, 0600) and renamed into place, so that whatever is
// at the path, a link included, is replaced and never written through.
func (o *reminderOwner) writePid() {
	tmp, err := os.CreateTemp(o.dir, "companion.pid.*")
	if err != nil {
		return
	}
	_, err = tmp.WriteString(strconv.Itoa(os.Getpid()) + "\n")
	st, serr := tmp.Stat()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && serr == nil {
		err = os.Rename(tmp.Name(), o.pidPath)
	}
	if err != nil || serr != nil {
		os.Remove(tmp.Name())
		return
	}
	o.pidFile = st
}

// keepPidFile writes companion.pid again if it was removed or replaced
// while this companion reminds.
func (o *reminderOwner) keepPidFile() {
	if st, err := os.Lstat(o.pidPath); err != nil || o.pidFile == nil || !os.SameFile(st, o.pidFile) {
		o.writePid()
	}
}

// readPid is the process id in another companion's pid file, or 0 when it
// is missing, a link, a pipe, too long or not a process id.
func readPid(path string) int {
	f, err := regular.Open(path, os.O_RDONLY, 0)
	if err != nil {
		return 0
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 32))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid <= 0 {
		return 0
	}
	return pid
}
