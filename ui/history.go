package ui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/backstretch/backstretch/history"
)

// SessionRow is one session as the history table shows it.
type SessionRow struct {
	Start            time.Time
	Routine, Outcome string
	Day              int
	Planned, Actual  time.Duration
	Done, Skipped    int
}

// Sessions groups history records into sessions, oldest first. A session
// with no end record (the program was killed) shows as "interrupted".
func Sessions(recs []history.Record) []SessionRow {
	byID := map[string]*SessionRow{}
	var order []string
	for _, r := range recs {
		row, ok := byID[r.Session]
		if !ok {
			row = &SessionRow{Start: r.At, Routine: r.Routine, Outcome: "interrupted", Day: r.Day}
			byID[r.Session] = row
			order = append(order, r.Session)
		}
		switch r.Kind {
		case history.SessionStarted:
			row.Start, row.Planned = r.At, seconds(r.PlannedSec)
			row.Actual = 0
		case history.StepEnded:
			if r.Status == "done" {
				row.Done++
			} else {
				row.Skipped++
			}
			row.Actual = r.At.Sub(row.Start)
		case history.SessionEnded:
			row.Outcome, row.Actual, row.Planned = r.Outcome, seconds(r.ActualSec), seconds(r.PlannedSec)
		}
	}
	rows := make([]SessionRow, 0, len(order))
	for _, id := range order {
		rows = append(rows, *byID[id])
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Start.Before(rows[j].Start) })
	return rows
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// HistoryTable renders the last n sessions, newest last.
func HistoryTable(rows []SessionRow, n int) string {
	if len(rows) == 0 {
		return "No sessions yet. Start one with: backstretch morning (or midday, evening, midback, desk)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", printTitle.Render(fmt.Sprintf("Recent sessions (%d of %d)", min(n, len(rows)), len(rows))))
	fmt.Fprintf(&b, "%s\n", printDim.Render(fmt.Sprintf("%-16s  %-8s  %-17s  %-13s  %s", "when", "routine", "outcome", "actual / plan", "steps")))
	for _, r := range rows[max(len(rows)-n, 0):] {
		steps := fmt.Sprintf("%d done", r.Done)
		if r.Skipped > 0 {
			steps += fmt.Sprintf(", %d skipped", r.Skipped)
		}
		length := mmss(r.Actual) + " / " + mmss(r.Planned)
		fmt.Fprintf(&b, "%-16s  %-8s  %-17s  %-13s  %s\n", r.Start.Local().Format("2006-01-02 15:04"), r.Routine, r.Outcome, length, steps)
	}
	return strings.TrimRight(b.String(), "\n")
}
