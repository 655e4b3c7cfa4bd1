package printed

import (
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
)

// The summary once said "Wall push-ups: stopped partway" where the history
// said "1 skipped": a step the session's end cut short is said the same
// way in both, apart from one skipped over.
func TestTheHistorySaysAStepCutShortAsTheSummaryDoes(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 11, 23, 12, 30, 0, 0, time.UTC)
	recs := []history.Record{
		{Kind: history.SessionStarted, At: t0, Session: "m", Routine: "midday", Day: 1},
		{Kind: history.StepEnded, At: t0.Add(20 * time.Second), Session: "m", Exercise: "wall-pushups", Step: "reps", Status: "partial"},
		{Kind: history.StepEnded, At: t0.Add(30 * time.Second), Session: "m", Exercise: "seated-twist", Step: "hold", Status: "skipped"},
		{Kind: history.SessionEnded, At: t0.Add(40 * time.Second), Session: "m", Routine: "midday", Outcome: "stopped for pain"},
	}
	table := HistoryTable(colour(), history.Sessions(recs), 20)
	if !strings.Contains(table, "0 done, 1 stopped partway, 1 skipped") {
		t.Errorf("the history table:\n%s", table)
	}
}
