package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/backstretch/backstretch/stats/statstest"
)

// tenYears writes ten years of history (stats/statstest) into a state
// folder of its own, as status_fast_test.go does, and returns the folder
// and the moment the history ends.
func tenYears(e *env) (string, time.Time, error) {
	recs, end := statstest.TenYears()
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			return "", time.Time{}, err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	state := e.state("tenyears")
	path := filepath.Join(state, "backstretch", "history.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", time.Time{}, err
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		return "", time.Time{}, err
	}
	progress("ten years of history: %d records, %.1f MB", len(recs), float64(b.Len())/1e6)
	return state, end, nil
}

// timed runs bin with args, its output piped (not a terminal), and returns
// the wall time from exec to exit and its output.
func timed(bin string, env []string, args ...string) (time.Duration, string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, "", err
	}
	register(cmd)
	err := cmd.Wait()
	d := time.Since(start)
	unregister(cmd)
	if err != nil {
		return d, out.String(), fmt.Errorf("%s %v: %v: %s", filepath.Base(bin), args, err, out.String())
	}
	return d, out.String(), nil
}

// commandTimes are the medians of status, stats and the floor's start.
type commandTimes struct {
	status, stats, floor time.Duration
}

// commands times status and stats on ten years of history, and floor 0,
// n times each, taking turns, after one run of each to warm the caches.
func commands(e *env, n int) (commandTimes, error) {
	var ct commandTimes
	state, end, err := tenYears(e)
	if err != nil {
		return ct, err
	}
	env := append(e.appEnv(state), "TZ=Europe/Berlin") // the generator's time zone
	at := end.Format(time.RFC3339)
	var status, stats, floor []time.Duration
	for i := range n + 1 {
		d1, line, err := timed(e.app, env, "status", "--start-at", at)
		if err != nil {
			return ct, err
		}
		d2, _, err := timed(e.app, env, "stats", "--start-at", at)
		if err != nil {
			return ct, err
		}
		d3, _, err := timed(e.floor, env, "0")
		if err != nil {
			return ct, err
		}
		if i == 0 {
			progress("status says: %s", bytes.TrimSpace([]byte(line)))
			continue // the warm-up
		}
		status, stats, floor = append(status, d1), append(stats, d2), append(floor, d3)
	}
	ct.status, ct.stats, ct.floor = median(status), median(stats), median(floor)
	return ct, nil
}
