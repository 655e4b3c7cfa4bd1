package main

import (
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
