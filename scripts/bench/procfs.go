package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// taskSample is what one thread has used so far.
type taskSample struct {
	cpuNS int64 // time on the CPU: the first field of schedstat, in ns
	vcsw  int64 // voluntary context switches
}

// usage follows one process's threads through a measurement window.
//
// Linux counts CPU time and context switches per thread
// (/proc/PID/task/TID/schedstat and .../status); the process's own files
// show the main thread only. A thread that ends takes its counts with it,
// so usage polls every thread during the window and keeps each one's last
// reading: a thread that ends loses at most one poll interval.
type usage struct {
	pid        int
	base, last map[int]taskSample
	t0, t1     time.Time
	ticks0     int64 // utime+stime of the whole process, in clock ticks: a cross-check
	ticks1     int64
}

// readTasks reads every thread of pid.
func readTasks(pid int) (map[int]taskSample, error) {
	dir := fmt.Sprintf("/proc/%d/task", pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[int]taskSample{}
	for _, e := range ents {
		tid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		var s taskSample
		b, err := os.ReadFile(filepath.Join(dir, e.Name(), "schedstat"))
		if err != nil {
			continue // the thread just ended
		}
		if f := strings.Fields(string(b)); len(f) > 0 {
			s.cpuNS, _ = strconv.ParseInt(f[0], 10, 64)
		}
		st, err := os.ReadFile(filepath.Join(dir, e.Name(), "status"))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(bytes.NewReader(st))
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "voluntary_ctxt_switches:"); ok {
				s.vcsw, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			}
		}
		out[tid] = s
	}
	return out, nil
}

// procTicks is utime+stime of the whole process (dead threads included),
// in clock ticks (10 ms).
func procTicks(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name in parentheses may hold spaces: count from the ")".
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64) // field 14 of stat
	k, _ := strconv.ParseInt(f[12], 10, 64) // field 15
	return u + k
}

// startUsage takes the readings at the start of a window.
func startUsage(pid int) (*usage, error) {
	u := &usage{pid: pid, t0: time.Now(), ticks0: procTicks(pid)}
	var err error
	if u.base, err = readTasks(pid); err != nil {
		return nil, err
	}
	u.last = map[int]taskSample{}
	for tid, s := range u.base {
		u.last[tid] = s
	}
	return u, nil
}

// poll updates the last reading of every thread; a thread new in the
// window counts from zero.
func (u *usage) poll() {
	now, err := readTasks(u.pid)
	if err != nil {
		return
	}
	for tid, s := range now {
		u.last[tid] = s
	}
	u.t1 = time.Now()
	u.ticks1 = procTicks(u.pid)
}

// cpuPerMinute is the CPU time used in the window, in ms a minute.
func (u *usage) cpuPerMinute() float64 {
	var ns int64
	for tid, s := range u.last {
		ns += s.cpuNS - u.base[tid].cpuNS
	}
	return float64(ns) / 1e6 / u.t1.Sub(u.t0).Minutes()
}

// ticksPerMinute is the same from the process's clock ticks (10 ms each).
func (u *usage) ticksPerMinute() float64 {
	return float64(u.ticks1-u.ticks0) * 10 / u.t1.Sub(u.t0).Minutes()
}

// switchesPerSecond is the voluntary context switches a second.
func (u *usage) switchesPerSecond() float64 {
	var n int64
	for tid, s := range u.last {
		n += s.vcsw - u.base[tid].vcsw
	}
	return float64(n) / u.t1.Sub(u.t0).Seconds()
}

// threads is how many threads the process had.
func (u *usage) threads() int { return len(u.last) }
