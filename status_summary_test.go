package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/stats/statstest"
	"github.com/backstretch/backstretch/summary"
)

// unbrokenYears is statstest.TenYearsUnbroken, made once: a streak of
// 3,650 days. Callers must not change recs.
var unbrokenYears = sync.OnceValues(func() ([]history.Record, time.Time) { return statstest.TenYearsUnbroken() })

// With ten years in a row, the streak reaches the file's first line, yet
// status decodes only the last days of it: the rest comes from the kept
// summary, and the streak is the one stats gives over the whole file.
func TestStatusOfAnUnbrokenTenYearStreakDecodesOnlyTheLastDays(t *testing.T) {
	recs, evening := unbrokenYears()
	now := evening.Add(30 * time.Second)
	state := t.TempDir()
	path := writeHistoryFile(t, state, historyLines(t, recs))
	want, st := fullStatus(t, path, now)
	if st.Streak != statstest.TenYearsDays {
		t.Fatalf("the test is wrong: stats.Compute says a streak of %d, want %d", st.Streak, statstest.TenYearsDays)
	}
	for run := range 2 { // the first run builds the summary, the second uses it
		read, streak, kept, err := statusHistory(history.Store{Path: path}, summary.PathFor(path), now)
		if err != nil || kept != nil {
			t.Fatal(err, kept)
		}
		if streak != st.Streak {
			t.Errorf("run %d: streak %d, stats over the whole file says %d", run, streak, st.Streak)
		}
		if run == 1 && len(read) > 2000 {
			t.Errorf("run %d: decoded %d records of %d, want the last days only", run, len(read), len(recs))
		}
	}
	code, out, errOut := runCLIEnv(t, state, "status", "--start-at", now.Format(time.RFC3339))
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if line := onlyLine(t, "status", out); line != want {
		t.Errorf("status printed\n%q\nthe whole history gives\n%q", line, want)
	}
}

// BenchmarkStatusTenUnbrokenYears is `backstretch status` in-process on
// ten unbroken years, the summary kept: from the command line to the
// printed line. BenchmarkStatusNoHistory is the same with no history.
func BenchmarkStatusTenUnbrokenYears(b *testing.B) {
	recs, evening := unbrokenYears()
	state := b.TempDir()
	b.Setenv("XDG_STATE_HOME", state)
	b.Setenv("XDG_CONFIG_HOME", filepath.Join(state, "config"))
	writeHistoryFile(b, state, historyLines(b, recs))
	now := evening.Add(30 * time.Second)
	// The first run builds the summary; once the history's last change is
	// older than the summary's settle time, its stamp alone is trusted.
	b.Run("right after the history changed", func(b *testing.B) { benchStatus(b, now) })
	time.Sleep(2100 * time.Millisecond)
	b.Run("summary kept", func(b *testing.B) { benchStatus(b, now) })
}

func BenchmarkStatusNoHistory(b *testing.B) {
	_, evening := unbrokenYears()
	state := b.TempDir()
	b.Setenv("XDG_STATE_HOME", state)
	b.Setenv("XDG_CONFIG_HOME", filepath.Join(state, "config"))
	benchStatus(b, evening.Add(30*time.Second))
}

func benchStatus(b *testing.B, now time.Time) {
	args := []string{"status", "--start-at", now.Format(time.RFC3339)}
	for b.Loop() {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &out, &errOut); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}
