package printed

import (
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
)

func TestTheHistoryTableShowsOutcomesLengthsAndPain(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)
	t.Parallel()
	rows := []history.Session{
		{Start: t0, Routine: "morning", Outcome: "interrupted", Started: true, Done: 1, Planned: 120 * time.Second, Actual: 10 * time.Second, PainBefore: history.NoPain, PainAfter: history.NoPain},
		{Start: t0.Add(time.Hour), Routine: "evening", Outcome: "completed", Started: true, Done: 1, Skipped: 1, Planned: 165 * time.Second, Actual: 100 * time.Second, PainBefore: 3, PainAfter: 4},
		{Start: t0.Add(2 * time.Hour), Routine: "midday", Outcome: history.NotStarted, PainBefore: 6, PainAfter: history.NoPain},
	}
	table := HistoryTable(colour(), rows, 20)
	for _, want := range []string{"Recent sessions (3 of 3)", "interrupted", "1:40/2:45", "1 done, 1 skipped", "3→4", "-→-", "not started", "6→-"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if !strings.Contains(HistoryTable(colour(), nil, 20), "No sessions yet") {
		t.Error("an empty history says nothing useful")
	}
	if got := HistoryTable(colour(), rows, 1); strings.Contains(got, "morning") {
		t.Errorf("the last 1 session includes older ones:\n%s", got)
	}
}

func TestTheReminderSummaryCountsEachAction(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	rec := func(action string, days int) history.Record {
		return history.Record{Kind: history.ReminderEvent, At: at.AddDate(0, 0, -days), Action: action}
	}
	recs := []history.Record{rec("fired", 1), rec("fired", 2), rec("missed", 2), rec("missed", 2), rec("done", 1),
		rec("snoozed", 1), rec("skipped", 3), rec("fired", 9)}
	got := ReminderSummary(recs, at.AddDate(0, 0, -7))
	want := "Reminders since Mon 16 Nov: 4 shown (2 missed while away), 1 done, 1 snoozed, 1 skipped."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if s := ReminderSummary(recs[7:], at.AddDate(0, 0, -7)); s != "" {
		t.Errorf("nothing in the week, yet %q", s)
	}
}
