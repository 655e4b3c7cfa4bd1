package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
)

func TestSessionsGroupRecordsAndKeepKilledOnesAsInterrupted(t *testing.T) {
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	recs := []history.Record{
		{Kind: history.SessionStarted, At: at(0), Session: "b", Routine: "evening", PlannedSec: 165},
		{Kind: history.StepEnded, At: at(25), Session: "b", Status: "done"},
		{Kind: history.StepEnded, At: at(40), Session: "b", Status: "skipped"},
		{Kind: history.SessionEnded, At: at(100), Session: "b", Outcome: "completed", PlannedSec: 165, ActualSec: 100},
		{Kind: history.SessionStarted, At: at(-3600), Session: "a", Routine: "morning", PlannedSec: 120},
		{Kind: history.StepEnded, At: at(-3590), Session: "a", Status: "done"},
		// "a" was killed: no end record
	}
	rows := history.Sessions(recs)
	if len(rows) != 2 || rows[0].Routine != "morning" || rows[1].Routine != "evening" {
		t.Fatalf("rows %+v, want morning then evening", rows)
	}
	if a := rows[0]; a.Outcome != "interrupted" || a.Done != 1 || a.Actual != 10*time.Second {
		t.Errorf("killed session %+v", a)
	}
	if b := rows[1]; b.Outcome != "completed" || b.Done != 1 || b.Skipped != 1 || b.Actual != 100*time.Second {
		t.Errorf("completed session %+v", b)
	}
	table := HistoryTable(rows, 20)
	for _, want := range []string{"Recent sessions (2 of 2)", "interrupted", "1:40/2:45", "1 done, 1 skipped"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if !strings.Contains(HistoryTable(nil, 20), "No sessions yet") {
		t.Error("an empty history says nothing useful")
	}
	if got := HistoryTable(rows, 1); strings.Contains(got, "morning") {
		t.Errorf("the last 1 session includes the older one:\n%s", got)
	}
}
