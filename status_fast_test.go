package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/stats/statstest"
	"github.com/backstretch/backstretch/summary"
)

// tenYears is statstest.TenYears, made once: 72,000 records ending on the
// evening of its last day, a streak of 50 days (every hundredth day is a
// gap). Callers must not change recs.
var tenYears = sync.OnceValues(func() ([]history.Record, time.Time) { return statstest.TenYears() })

// historyLines is recs as the history file holds them, one JSON line each.
func historyLines(tb testing.TB, recs []history.Record) []byte {
	tb.Helper()
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// writeHistoryFile makes the history file under state hold exactly data,
// and returns its path.
func writeHistoryFile(tb testing.TB, state string, data []byte) string {
	tb.Helper()
	path := filepath.Join(state, "backstretch", "history.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// fullStatus is what status printed before it read only the end of the
// history: the whole file loaded, the schedule and stats.Compute on all of
// it.
func fullStatus(t *testing.T, path string, now time.Time) (line string, st stats.Stats) {
	t.Helper()
	recs, _, err := history.Store{Path: path}.Load()
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	sched := schedule.New(cfg)
	sched.FromHistory(recs, now)
	st = stats.Compute(recs, now, cfg.RampDays)
	return statusLine("", statusValues(sched, st.Streak, now)), st
}

// sessionLines is the history lines of a session of routine completed at
// 08:00 on day, with an id of its own: hand-made records to put out of the
// file's time order.
func sessionLines(t *testing.T, day time.Time, routine string) []byte {
	t.Helper()
	var b statstest.Builder
	b.Add(day, statstest.Session{Routine: routine, Hour: 8, Outcome: "completed", Done: 3, Actual: 5 * time.Minute, Before: 2, After: 2})
	for i := range b.Recs {
		b.Recs[i].Session = "hand-made-" + day.Format("20060102") // not the generator's ids
	}
	return historyLines(t, b.Recs)
}

// dropDay is recs without the records of day (a date in Berlin).
func dropDay(recs []history.Record, day time.Time) []history.Record {
	return slices.DeleteFunc(slices.Clone(recs), func(r history.Record) bool {
		return r.At.In(statstest.Berlin).Format(time.DateOnly) == day.Format(time.DateOnly)
	})
}

// daily is a history of n days in a row in Berlin ending on last's date,
// three sessions each, but for the days gaps before last.
func daily(n int, last time.Time, gaps ...int) []history.Record {
	var b statstest.Builder
	for i := n - 1; i >= 0; i-- {
		if slices.Contains(gaps, i) {
			continue
		}
		day := last.AddDate(0, 0, -i)
		for _, s := range []statstest.Session{
			{Routine: "morning", Hour: 8, Outcome: "completed", Done: 3, Actual: 5 * time.Minute, Before: 3, After: 2},
			{Routine: "midday", Hour: 12, Min: 30, Outcome: "completed", Done: 2, Actual: 3 * time.Minute, Before: -1, After: -1},
			{Routine: "evening", Hour: 19, Outcome: "completed", Done: 3, Actual: 5 * time.Minute, Before: 3, After: -1},
		} {
			b.Add(day, s)
		}
	}
	return b.Recs
}

// The status line of years of history is the one the whole file gives,
// whatever the streak and however much of the file status reads.
func TestStatusOfYearsOfHistoryIsTheLineTheWholeHistoryGives(t *testing.T) {
	all, evening := tenYears()
	now := evening.Add(30 * time.Second) // not on a minute: the line rounds to minutes
	last := time.Date(evening.Year(), evening.Month(), evening.Day(), 0, 0, 0, 0, statstest.Berlin)
	// The last two of the ten years: the same shape, and a fifth of the
	// time to read whole for the comparison (the race detector slows it
	// tenfold). BenchmarkStatusTenYears reads all ten.
	from, _ := slices.BinarySearchFunc(all, last.AddDate(-2, 0, 0), func(r history.Record, t time.Time) int { return r.At.Compare(t) })
	recs := all[from:]
	lines := historyLines(t, recs)
	damaged := bytes.Clone(lines)
	// A damaged line yesterday, a torn line at the end.
	i := bytes.LastIndex(damaged, []byte(`"kind":"session_started"`))
	i = bytes.LastIndex(damaged[:i-200], []byte("\n"))
	damaged = slices.Insert(damaged, i+1, []byte("this is not json\n")...)
	damaged = append(damaged, `{"v":1,"kind":"session_ended","at":"20`...)

	cases := []struct {
		name   string
		data   []byte
		now    time.Time
		streak int // from the generator's shape
		// most is how many records status may read, or 0 for any number.
		most int
	}{
		{"years, right after today's evening session", lines, now, 50, 2000},
		{"years, the next morning before any session", lines, now.Add(10*time.Hour + 30*time.Minute), 50, 2000},
		{"years, the streak broken the day before yesterday", historyLines(t, dropDay(recs, last.AddDate(0, 0, -2))), now, 2, 1000},
		{"years, nothing for a week", lines, now.AddDate(0, 0, 7), 0, 1000},
		{"years with damaged lines", damaged, now, 50, 2000},
		{"a session of 2016 added at the end", append(bytes.Clone(lines), sessionLines(t, last.AddDate(-9, 0, 0), "midday")...), now, 50, 0},
		{"a session of tomorrow added at the end", append(bytes.Clone(lines), sessionLines(t, last.AddDate(0, 0, 1), "midday")...), now, 50, 2000},
		{"a session of today, ten days back in the file", slices.Concat(historyLines(t, recs[:len(recs)-200]),
			sessionLines(t, last, "midback"), historyLines(t, recs[len(recs)-200:])), now, 50, 0},
		{"1,000 days in a row", historyLines(t, daily(1000, last)), now, 1000, 0},
		{"300 days in a row after a gap", historyLines(t, daily(1000, last, 300)), now, 300, 10_000}, // of 17,000
		{"a session of 1,000 days ago, then 300 days", historyLines(t, slices.Concat(daily(1, last.AddDate(0, 0, -1000)), daily(300, last))), now, 300, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			state := t.TempDir()
			path := writeHistoryFile(t, state, tc.data)
			want, st := fullStatus(t, path, tc.now)
			if st.Streak != tc.streak {
				t.Fatalf("the test is wrong: stats.Compute says a streak of %d, the generator %d", st.Streak, tc.streak)
			}
			read, streak, kept, err := statusHistory(history.Store{Path: path}, summary.PathFor(path), tc.now)
			if err != nil || kept != nil {
				t.Fatal(err, kept)
			}
			if streak != st.Streak {
				t.Errorf("streak %d from the end of the history, %d from all of it", streak, st.Streak)
			}
			if tc.most > 0 && len(read) > tc.most {
				t.Errorf("read %d records, want at most %d", len(read), tc.most)
			}
			code, out, errOut := runCLIEnv(t, state, "status", "--start-at", tc.now.Format(time.RFC3339))
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if line := onlyLine(t, "status", out); line != want {
				t.Errorf("status printed\n%q\nthe whole history gives\n%q", line, want)
			}
			if !strings.Contains(want, "streak ") {
				t.Errorf("no streak in %q", want)
			}
		})
	}
}

// benchTenYears writes the ten years as the history under a new state
// folder for b and returns the file and a time right after the history.
func benchTenYears(b *testing.B) (string, time.Time) {
	recs, evening := tenYears()
	state := b.TempDir()
	b.Setenv("XDG_STATE_HOME", state)
	b.Setenv("XDG_CONFIG_HOME", filepath.Join(state, "config"))
	return writeHistoryFile(b, state, historyLines(b, recs)), evening.Add(30 * time.Second)
}

// BenchmarkStatusTenYears is `backstretch status` on ten years of history,
// in-process, from the command line to the printed line.
func BenchmarkStatusTenYears(b *testing.B) {
	_, now := benchTenYears(b)
	args := []string{"status", "--start-at", now.Format(time.RFC3339)}
	for b.Loop() {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &out, &errOut); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}

// BenchmarkLoadTenYears is what status did with ten years of history
// before it read only the end: history.Store.Load, the schedule and
// stats.Compute on every record.
func BenchmarkLoadTenYears(b *testing.B) {
	path, now := benchTenYears(b)
	cfg := config.Default()
	for b.Loop() {
		recs, _, err := history.Store{Path: path}.Load()
		if err != nil {
			b.Fatal(err)
		}
		schedule.New(cfg).FromHistory(recs, now)
		stats.Compute(recs, now, cfg.RampDays)
	}
}
