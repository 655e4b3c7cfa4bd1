package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// launchEnv, set, makes this program the launcher of one command instead
// of the benchmark.
//
// Peak memory of a short command cannot be polled (status is over before
// a second look), and its exit rusage counts more than its own: Go starts
// programs with vfork, and Linux folds the parent's peak memory at the
// exec into the child's. So the benchmark, holding ten years of history
// in memory, starts this small launcher (a fresh exec of its own, a few
// MB), which starts the command and reports on file descriptor 3 the wall
// time from its exec to its exit and its peak RSS: the command's own, or
// the launcher's when that is larger (floor 0, measured the same way,
// shows that floor).
const launchEnv = "BACKSTRETCH_BENCH_LAUNCH"

// launch runs os.Args[1:] and exits with its exit code.
func launch() {
	report := os.NewFile(3, "report")
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	var env []string
	for _, kv := range os.Environ() {
		if len(kv) < len(launchEnv) || kv[:len(launchEnv)] != launchEnv {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	var rss int64
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss // KB on Linux
		}
	}
	fmt.Fprintf(report, "%d %d\n", d.Nanoseconds(), rss)
	report.Close()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		os.Exit(exit.ExitCode())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
