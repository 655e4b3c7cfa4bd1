package printed

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/stats/statstest"
)

// narrowHistory is the sixty-day history with, on its last evening, a
// session stopped for pain with a step cut short and one skipped: the
// longest row the table has.
func narrowHistory() []history.Session {
	recs, _ := statstest.Sixty()
	t0 := statstest.SixtyNow.Add(-90 * time.Minute)
	recs = append(recs,
		history.Record{Kind: history.SessionStarted, At: t0, Session: "m", Routine: "midday", Day: 1, PlannedSec: 125},
		history.Record{Kind: history.StepEnded, At: t0.Add(20 * time.Second), Session: "m", Exercise: "wall-pushups", Step: "reps", Status: "partial"},
		history.Record{Kind: history.StepEnded, At: t0.Add(30 * time.Second), Session: "m", Exercise: "seated-twist", Step: "hold", Status: "skipped"},
		history.Record{Kind: history.SessionEnded, At: t0.Add(40 * time.Second), Session: "m", Routine: "midday", Outcome: "stopped for pain", ActualSec: 40, PlannedSec: 125},
	)
	return history.Sessions(recs)
}

// At 40 columns each history row took two lines, broken wherever the
// terminal cut it, and the companion's history at 80 broke a row ("0
// done, 1 / skipped"). Where the table does not fit, each session is
// stacked: a line of its own for its time and routine, the rest indented
// under it, so that every line fits and no line but an entry's first
// starts at the margin. Where there is room, and with no terminal, the
// table is as it was.
func TestTheHistoryFitsFortyAndEightyColumns(t *testing.T) {
	rows := narrowHistory()
	date := regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d  \S+$`)
	for _, width := range []int{40, 78} { // 78: the companion's view in an 80-column pane
		out := ansi.Strip(HistoryFor(colour(), rows, 50, width))
		lines := strings.Split(out, "\n")
		for _, l := range lines[1:] {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("at %d columns, a line of %d: %q", width, w, l)
			}
			if !strings.HasPrefix(l, "  ") && !date.MatchString(l) {
				t.Errorf("at %d columns, a line that is no entry's first starts at the margin: %q", width, l)
			}
		}
		if !strings.Contains(strings.Join(strings.Fields(out), " "), "stopped for pain · 0:40/2:05 · pain -→- · 0 done, 1 stopped partway, 1 skipped") {
			t.Errorf("at %d columns, the stopped session is not all there:\n%s", width, out)
		}
	}
	if got, want := HistoryFor(colour(), rows, 20, 0), HistoryTable(colour(), rows, 20); got != want {
		t.Errorf("with no terminal, not the table:\n%s", got)
	}
	if got, want := HistoryFor(colour(), rows[:5], 20, 80), HistoryTable(colour(), rows[:5], 20); got != want {
		t.Errorf("rows that fit 80 columns, not the table:\n%s", got)
	}
}
