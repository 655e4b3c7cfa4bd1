// Command bench measures backstretch against a floor, a plain Go program
// that prints one line a second (scripts/bench/floor), and prints one
// markdown table: the CPU, context switches and bytes of a session and of
// the idle companion, key to screen, the timing of the bells against the
// plan, peak memory, the first frame, and the time and peak memory of
// status and stats on ten years of history, unbroken and broken. Progress goes to standard error.
//
//	go run ./scripts/bench            # about 3 minutes
//	go run ./scripts/bench -quick     # a fast check: 15 s window, fewer keys and repeats
//	go run ./scripts/bench -o bench.md
//
// Linux only: it reads /proc. See README.md beside it.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// config is what the flags ask for.
type config struct {
	window  time.Duration // the steady window for CPU, switches and bytes
	quick   bool
	keys    int // keys pressed in the session and in the companion
	starts  int // starts timed for the first frame
	repeats int // runs of status and stats
	seed    uint64
	out     string
	serial  bool // the companion after the session, not beside it
}

// env is the temporary folder with the two programs built into it.
type env struct {
	dir        string
	app, floor string
	states     int
}

// environ is our environment without the variables we set per run.
func (e *env) environ() []string {
	var out []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "XDG_STATE_HOME", "XDG_CONFIG_HOME", "DBUS_SESSION_BUS_ADDRESS", "TERM", "NO_COLOR", "TZ":
			continue
		}
		out = append(out, kv)
	}
	return out
}

// appEnv is the environment a program runs in: ours, with a terminal
// type, its own state and config folders, and a D-Bus address that leads
// nowhere, so that no desktop notification is sent.
func (e *env) appEnv(state string) []string {
	return append(e.environ(),
		"TERM=xterm-256color",
		"XDG_STATE_HOME="+state,
		"XDG_CONFIG_HOME="+filepath.Join(state, "config"),
		"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent",
	)
}

// state makes a new state folder named after name.
func (e *env) state(name string) string {
	e.states++
	dir := filepath.Join(e.dir, fmt.Sprintf("%s-%d", name, e.states))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		fail(err)
	}
	return dir
}

var tmpDir string

// cleanup ends every program we started and removes the temporary folder.
func cleanup() {
	killAll()
	if tmpDir != "" {
		_ = os.RemoveAll(tmpDir)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	cleanup()
	os.Exit(1)
}

var began = time.Now()

// progress reports on standard error, with the time since the start.
func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "[%6.1fs] %s\n", time.Since(began).Seconds(), fmt.Sprintf(format, args...))
}

func main() {
	if os.Getenv(launchEnv) != "" {
		launch()
		return
	}
	var cfg config
	flag.DurationVar(&cfg.window, "window", 60*time.Second, "the steady window for CPU, context switches and bytes")
	flag.BoolVar(&cfg.quick, "quick", false, "a fast check: a 15 s window, fewer keys and repeats, the session quit early")
	flag.StringVar(&cfg.out, "o", "", "also write the table to this file")
	flag.Uint64Var(&cfg.seed, "seed", 1, "the seed for the moments of the keys")
	flag.BoolVar(&cfg.serial, "serial", false, "measure the companion after the session instead of beside it")
	flag.Parse()
	cfg.keys, cfg.starts, cfg.repeats = 20, 5, 11
	if cfg.quick {
		cfg.keys, cfg.starts, cfg.repeats = 6, 3, 5
		if !flagSet("window") {
			cfg.window = 15 * time.Second
		}
	}

	// The window and the keys after it must end before the session does.
	if cfg.window <= 0 || cfg.window > 140*time.Second {
		fmt.Fprintln(os.Stderr, "bench: -window must be more than 0 and at most 140s: the session is 165 s, and the keys come after the window")
		os.Exit(2)
	}

	// Ctrl-C (or a SIGTERM) ends the programs and removes the folder.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		s := <-sigs
		fmt.Fprintf(os.Stderr, "\nbench: %v: ending the programs\n", s)
		cleanup()
		os.Exit(130)
	}()

	e, err := build()
	if err != nil {
		fail(err)
	}
	defer cleanup()

	var r results
	r.cfg = cfg
	// The session and the companion run side by side, sharing one floor
	// and one window: each uses well under 1% of one of the two CPUs, so
	// they hardly disturb each other, and the run takes the session's
	// 165 s instead of twice as long. -serial runs the companion after
	// the session, with a floor of its own, to check that.
	if cfg.serial {
		if r.session, err = runLive(cfg, e, true, false); err != nil {
			fail(err)
		}
		if r.companion, err = runLive(cfg, e, false, true); err != nil {
			fail(err)
		}
	} else {
		if r.session, err = runLive(cfg, e, true, true); err != nil {
			fail(err)
		}
		r.companion = r.session
	}

	// Short runs, one at a time, after the long ones.
	progress("timing the first frame, %d starts each", cfg.starts)
	if r.startApp, r.startFloor, err = startups(e, cfg.starts); err != nil {
		fail(err)
	}
	progress("timing status and stats on ten years of history, unbroken and broken, %d runs each", cfg.repeats)
	if r.cmds, err = commands(e, cfg.repeats); err != nil {
		fail(err)
	}

	table := r.table()
	fmt.Print(table)
	if cfg.out != "" {
		if err := os.WriteFile(cfg.out, []byte(table), 0o644); err != nil {
			fail(err)
		}
	}
	progress("done")
}

// flagSet reports whether the flag was given.
func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// build compiles backstretch and the floor into a new temporary folder.
func build() (*env, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOMOD: %w", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	if tmpDir, err = os.MkdirTemp("", "backstretch-bench-"); err != nil {
		return nil, err
	}
	e := &env{dir: tmpDir, app: filepath.Join(tmpDir, "backstretch"), floor: filepath.Join(tmpDir, "floor")}
	// Both are built as the release archives are (.goreleaser.yaml): pure
	// Go, no symbol tables. A plain `go build` links the C library where a
	// C compiler is found, which costs every start of the program some
	// 3 ms more here.
	for _, b := range []struct{ out, pkg string }{{e.app, "."}, {e.floor, "./scripts/bench/floor"}} {
		progress("CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o %s %s", b.out, b.pkg)
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", b.out, b.pkg)
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		cmd.Dir = root
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("go build %s: %w", b.pkg, err)
		}
	}
	return e, nil
}
