package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/backstretch/backstretch/history"
)

// HistoryTable renders the last n sessions, newest last. What the
// sessions carry from the file is shown escaped (see fromfile.go).
func HistoryTable(rows []history.Session, n int) string {
	if len(rows) == 0 {
		return "No sessions yet. Start one with: backstretch morning (or midday, evening, midback, desk)"
	}
	total := len(rows)
	rows = shownSessions(rows[max(total-n, 0):])
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", printTitle.Render(fmt.Sprintf("Recent sessions (%d of %d)", len(rows), total)))
	fmt.Fprintf(&b, "%s\n", printDim.Render(fmt.Sprintf("%-16s  %-8s  %-16s  %-11s  %-5s  %s", "when", "routine", "outcome", "actual/plan", "pain", "steps")))
	for _, r := range rows {
		steps := fmt.Sprintf("%d done", r.Done)
		if r.Partial > 0 {
			steps += fmt.Sprintf(", %d stopped partway", r.Partial)
		}
		if r.Skipped > 0 {
			steps += fmt.Sprintf(", %d skipped", r.Skipped)
		}
		length := mmss(r.Actual) + "/" + mmss(r.Planned)
		if !r.Started {
			length, steps = "", ""
		}
		row := fmt.Sprintf("%-16s  %-8s  %-16s  %-11s  %-5s  %s", r.Start.Local().Format("2006-01-02 15:04"), r.Routine, r.Outcome,
			length, painCell(r.PainBefore)+"→"+painCell(r.PainAfter), steps)
		b.WriteString(strings.TrimRight(row, " ") + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// painCell is a check-in for the table: the level, or "-" when not given.
func painCell(p int) string {
	if p == history.NoPain {
		return "-"
	}
	return fmt.Sprint(p)
}

// ReminderSummary counts what became of the companion's reminders since a
// time: "Reminders since Mon 16 Nov: 30 shown (1 after a gap), 12 done, 4
// snoozed, 9 skipped." It is empty when there were none.
func ReminderSummary(recs []history.Record, since time.Time) string {
	n := map[string]int{}
	for _, r := range recs {
		if r.Kind == history.ReminderEvent && !r.At.Before(since) {
			n[r.Action]++
		}
	}
	shown := n[history.Fired] + n[history.Missed]
	if shown+n[history.Skipped] == 0 {
		return ""
	}
	s := fmt.Sprintf("Reminders since %s: %d shown", since.Format("Mon 2 Jan"), shown)
	if m := n[history.Missed]; m > 0 {
		s += fmt.Sprintf(" (%d missed while away)", m)
	}
	return s + fmt.Sprintf(", %d done, %d snoozed, %d skipped.", n[history.Done], n[history.Snoozed], n[history.Skipped])
}
