package printed

import (
	"fmt"
	"strings"
	"time"

	"github.com/backstretch/backstretch/history"
)

// HistoryTable renders the last n sessions, newest last. What the
// sessions carry from the file is shown escaped (see fromfile.go).
func HistoryTable(st Styles, rows []history.Session, n int) string {
	if len(rows) == 0 {
		return "No sessions yet. Start one with: backstretch morning (or midday, evening, midback, desk)"
	}
	total := len(rows)
	rows = shownSessions(rows[max(total-n, 0):])
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", st.Title.Render(fmt.Sprintf("Recent sessions (%d of %d)", len(rows), total)))
	fmt.Fprintf(&b, "%s\n", st.Dim.Render(fmt.Sprintf("%-16s  %-8s  %-16s  %-11s  %-5s  %s", "when", "routine", "outcome", "actual/plan", "pain", "steps")))
	for _, r := range rows {
		length, steps := sessionCells(r)
		row := fmt.Sprintf("%-16s  %-8s  %-16s  %-11s  %-5s  %s", r.Start.Local().Format("2006-01-02 15:04"), r.Routine, r.Outcome,
			length, painCell(r.PainBefore)+"→"+painCell(r.PainAfter), steps)
		b.WriteString(strings.TrimRight(row, " ") + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// sessionCells are a session's actual/planned time and what became of its
// steps, both empty for a session that never started.
func sessionCells(r history.Session) (length, steps string) {
	if !r.Started {
		return "", ""
	}
	steps = fmt.Sprintf("%d done", r.Done)
	if r.Partial > 0 {
		steps += fmt.Sprintf(", %d stopped partway", r.Partial)
	}
	if r.Skipped > 0 {
		steps += fmt.Sprintf(", %d skipped", r.Skipped)
	}
	return MinSec(r.Actual) + "/" + MinSec(r.Planned), steps
}

// phrases joins the non-empty parts with sep, each held together by
// no-break spaces, which hanging (wrapping at spaces) keeps on one line;
// a line may end after a separator, never begin with one.
func phrases(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, strings.ReplaceAll(p, " ", nbsp))
		}
	}
	return strings.Join(kept, strings.ReplaceAll(strings.TrimRight(sep, " "), " ", nbsp)+" ")
}

// HistoryFor is HistoryTable laid out for a terminal of width columns:
// the table when every row fits, else each session stacked (its time and
// routine, then the rest indented and wrapped at words), so that no row
// runs on into the next line and no word is broken. width 0 (no
// terminal) is the table.
func HistoryFor(st Styles, rows []history.Session, n, width int) string {
	table := HistoryTable(st, rows, n)
	switch {
	case width <= 0 || widest(table) <= width:
		return table
	case len(rows) == 0:
		return Hanging("", table, max(width, 20))
	}
	width = max(width, 20)
	total := len(rows)
	rows = shownSessions(rows[max(total-n, 0):])
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", st.Title.Render(Hanging("", fmt.Sprintf("Recent sessions (%d of %d)", len(rows), total), width)))
	for _, r := range rows {
		length, steps := sessionCells(r)
		fmt.Fprintf(&b, "%s\n", Hanging("", r.Start.Local().Format("2006-01-02 15:04")+"  "+r.Routine, width))
		detail := phrases(" · ", r.Outcome, length, "pain "+painCell(r.PainBefore)+"→"+painCell(r.PainAfter))
		if steps != "" {
			detail += " · " + phrases(", ", strings.Split(steps, ", ")...)
		}
		fmt.Fprintf(&b, "%s\n", paintLines(st.Dim, Hanging("  ", detail, width)))
	}
	return strings.ReplaceAll(strings.TrimRight(b.String(), "\n"), nbsp, " ")
}

// nbsp holds the words of a phrase together until it is wrapped.
const nbsp = "\u00a0"

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
