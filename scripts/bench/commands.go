package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/stats/statstest"
)

// writeHistory writes recs as the history of a state folder of its own,
// as status_fast_test.go does, and returns the folder.
func writeHistory(e *env, name string, recs []history.Record) (string, error) {
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			return "", err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	state := e.state(name)
	path := filepath.Join(state, "backstretch", "history.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", err
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		return "", err
	}
	progress("%s: %d records, %.1f MB", name, len(recs), float64(b.Len())/1e6)
	return state, nil
}

// run is one timed run: wall time from exec to exit, and peak memory.
type run struct {
	d     time.Duration
	rssKB int64
}

// timed runs bin with args through the launcher (launch.go), its output
// piped (not a terminal), and returns the run and its output.
func timed(e *env, env []string, bin string, args ...string) (run, string, error) {
	self, err := os.Executable()
	if err != nil {
		return run{}, "", err
	}
	report, w, err := os.Pipe()
	if err != nil {
		return run{}, "", err
	}
	defer report.Close()
	cmd := exec.Command(self, append([]string{bin}, args...)...)
	cmd.Env = append(env, launchEnv+"=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		w.Close()
		return run{}, "", err
	}
	w.Close()
	register(cmd)
	err = cmd.Wait()
	unregister(cmd)
	var r run
	var ns int64
	line, _ := readAll(report)
	if _, serr := fmt.Sscan(line, &ns, &r.rssKB); serr != nil && err == nil {
		err = fmt.Errorf("no report from the launcher: %q", line)
	}
	r.d = time.Duration(ns)
	if err != nil {
		return r, out.String(), fmt.Errorf("%s %v: %v: %s", filepath.Base(bin), args, err, out.String())
	}
	return r, out.String(), nil
}

// readAll is what f holds until its writer closes it.
func readAll(f *os.File) (string, error) {
	var b bytes.Buffer
	_, err := b.ReadFrom(f)
	return b.String(), err
}

// cmdFigure is the median time and the largest peak memory of a command.
type cmdFigure struct {
	d     time.Duration
	rssKB int64
}

// figureOf sums up runs.
func figureOf(rs []run) cmdFigure {
	var ds []time.Duration
	var f cmdFigure
	for _, r := range rs {
		ds = append(ds, r.d)
		f.rssKB = max(f.rssKB, r.rssKB)
	}
	f.d = median(ds)
	return f
}

// commandTimes are status and stats on ten years of history, unbroken
// and broken, and floor 0 through the same launcher.
type commandTimes struct {
	// status is with its summary kept; statusFirst is the very first run,
	// which builds the summary from the whole history; statusAppended is
	// right after a line was appended (the summary is checked and
	// extended, as after every session).
	status, statusFirst, statusAppended, stats cmdFigure
	// brokenStatus and brokenStats are on the ten years with a gap every
	// hundred days (a streak of 50 days).
	brokenStatus, brokenStats cmdFigure
	floor                     cmdFigure
}

// commands times status and stats on the two histories, and floor 0, n
// times each, taking turns.
func commands(e *env, n int) (commandTimes, error) {
	var ct commandTimes
	unbroken, end := statstest.TenYearsUnbroken()
	state, err := writeHistory(e, "ten unbroken years", unbroken)
	if err != nil {
		return ct, err
	}
	broken, _ := statstest.TenYears()
	brokenState, err := writeHistory(e, "ten years, a gap every 100 days", broken)
	if err != nil {
		return ct, err
	}
	env := append(e.appEnv(state), "TZ=Europe/Berlin") // the generator's time zone
	brokenEnv := append(e.appEnv(brokenState), "TZ=Europe/Berlin")
	at := end.Format(time.RFC3339)
	path := filepath.Join(state, "backstretch", "history.jsonl")
	// settle is how long the kept summary waits for a changed file to
	// settle (summary.Stamp), with a margin.
	const settle = 2100 * time.Millisecond
	// A line to append: a pause of the reminders, which changes no streak.
	appended, err := json.Marshal(history.Record{V: history.SchemaVersion, Kind: history.ReminderEvent, At: end,
		Action: history.Resumed})
	if err != nil {
		return ct, err
	}
	first, line, err := timed(e, env, e.app, "status", "--start-at", at)
	if err != nil {
		return ct, err
	}
	progress("status says: %s", strings.TrimSpace(line))
	ct.statusFirst = figureOf([]run{first})
	// A status bar runs status every few seconds on a history that has
	// not changed since the last session: the case that matters. The kept
	// summary is trusted on the file's stamp alone once the file's last
	// change lies a settling time (2 s) before the summary was taken, so
	// wait that long and let one run take it again, as the second poll
	// after a change does.
	time.Sleep(settle)
	if _, _, err := timed(e, env, e.app, "status", "--start-at", at); err != nil {
		return ct, err
	}
	time.Sleep(settle)
	if _, _, err := timed(e, brokenEnv, e.app, "status", "--start-at", at); err != nil {
		return ct, err
	}
	var status, statusAppended, stats, brokenStatus, brokenStats, floor []run
	for i := range n + 1 {
		var rs [5]run
		steps := []struct {
			r    *run
			env  []string
			bin  string
			args []string
		}{
			{&rs[0], env, e.app, []string{"status", "--start-at", at}},
			{&rs[1], env, e.app, []string{"stats", "--start-at", at}},
			{&rs[2], brokenEnv, e.app, []string{"status", "--start-at", at}},
			{&rs[3], brokenEnv, e.app, []string{"stats", "--start-at", at}},
			{&rs[4], env, e.floor, []string{"0"}},
		}
		for _, s := range steps {
			if *s.r, _, err = timed(e, s.env, s.bin, s.args...); err != nil {
				return ct, err
			}
		}
		if i == 0 {
			continue // the warm-up
		}
		status, stats = append(status, rs[0]), append(stats, rs[1])
		brokenStatus, brokenStats, floor = append(brokenStatus, rs[2]), append(brokenStats, rs[3]), append(floor, rs[4])
	}
	// Right after a session has appended to the history, the first status
	// checks the summary against the whole file (a checksum, no
	// decoding) and keeps it again.
	for i := range n + 1 {
		if err := appendLine(path, appended); err != nil {
			return ct, err
		}
		r, _, err := timed(e, env, e.app, "status", "--start-at", at)
		if err != nil {
			return ct, err
		}
		if i > 0 {
			statusAppended = append(statusAppended, r)
		}
	}
	ct.status, ct.statusAppended, ct.stats = figureOf(status), figureOf(statusAppended), figureOf(stats)
	ct.brokenStatus, ct.brokenStats, ct.floor = figureOf(brokenStatus), figureOf(brokenStats), figureOf(floor)
	return ct, nil
}

// appendLine adds line to the history at path, as the app would.
func appendLine(path string, line []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	_, err = f.Write(append(line, '\n'))
	return errors.Join(err, f.Close())
}
