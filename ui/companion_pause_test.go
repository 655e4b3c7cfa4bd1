package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/stats"
)

// A reminder once fired while the pause choices were on screen (p at
// 09:59, the 10:00 notification while choosing). Reminders wait while the
// choices are open; closing them lets the reminder come, choosing a pause
// holds it.
func TestNoReminderFiresWhileThePauseChoicesAreOpen(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name   string
		answer string
		fires  bool
	}{{"closed", "esc", true}, {"paused for 30 minutes", "1", false}} {
		tc := newTestCompanion(t, "09:59", nil, 80, 24, true)
		tc.keys("p")
		tc.tickAt("10:00")
		if len(tc.sent) != 0 {
			t.Fatalf("%s: sent %v while the pause choices were open", c.name, tc.sent)
		}
		tc.keys(c.answer)
		tc.tickAt("10:01")
		if fired := len(tc.sent) > 0; fired != c.fires {
			t.Errorf("%s: reminder sent %v (%v), want %v", c.name, fired, tc.sent, c.fires)
		}
	}
}

// "No session now." from 14:17 once stayed on screen at 19:27, and
// yesterday's summary after midnight. A notice lasts NoticeFor, and never
// into the next day.
func TestANoticeGoesAfterAWhileAndAtMidnight(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "14:17", nil, 80, 24, true)
	tc.c.say("No session now.", tc.clk.Now())
	if !strings.Contains(tc.screen(), "No session now.") {
		t.Fatalf("the notice is not shown:\n%s", tc.screen())
	}
	tc.clk.T = monday("14:40")
	if !strings.Contains(tc.screen(), "No session now.") {
		t.Errorf("the notice went before its time:\n%s", tc.screen())
	}
	tc.clk.T = monday("14:48")
	if strings.Contains(tc.screen(), "No session now.") {
		t.Errorf("the notice of 14:17 is still on screen at 14:48:\n%s", tc.screen())
	}
	tc.c.say("Summary: Evening routine completed.", monday("23:50"))
	tc.clk.T = monday("23:50").Add(15 * time.Minute)
	if strings.Contains(tc.screen(), "Summary:") {
		t.Errorf("yesterday's summary is on screen after midnight:\n%s", tc.screen())
	}
}

// The companion's history once opened at its oldest row, forty presses of
// ↓ short of the newest: it opens on the newest.
func TestTheCompanionsHistoryOpensAtTheNewest(t *testing.T) {
	t.Parallel()
	var recs []history.Record
	for i := range 40 {
		at := monday("08:00").AddDate(0, 0, -40+i)
		id := fmt.Sprintf("s%02d", i)
		recs = append(recs,
			history.Record{Kind: history.SessionStarted, At: at, Session: id, Routine: "morning", Day: 1},
			history.Record{Kind: history.StepEnded, At: at.Add(time.Minute), Session: id, Routine: "morning", Exercise: "rhomboid", Status: "done"},
			history.Record{Kind: history.SessionEnded, At: at.Add(2 * time.Minute), Session: id, Routine: "morning", Outcome: "completed"})
	}
	tc := newTestCompanion(t, "09:00", recs, 80, 24, true)
	tc.keys("h")
	newest := monday("08:00").AddDate(0, 0, -1).Format("2006-01-02")
	if !strings.Contains(tc.screen(), newest) {
		t.Errorf("the history page does not show the newest session (%s):\n%s", newest, tc.screen())
	}
}

// The stats once said "Last 1 days" on the first day.
func TestTheStatsOfTheFirstDaySayLastOneDay(t *testing.T) {
	t.Parallel()
	s := stats.Compute(morningDone(), monday("20:00"), 4)
	if out := printed.Stats(newStyles(true).Printed, s, 80); !strings.Contains(out, "Last 1 day") || strings.Contains(out, "Last 1 days") {
		t.Errorf("the stats of the first day:\n%s", out)
	}
}

// The worsening-trend advice was said only at the next check-in. It is on
// the home screen while the pain log says it.
func TestTheWorseningTrendIsOnTheHomeScreen(t *testing.T) {
	t.Parallel()
	var recs []history.Record
	for d := -6; d <= 0; d++ {
		at := monday("08:00").AddDate(0, 0, d)
		id := fmt.Sprintf("m%d", d+6)
		pain := 2
		if d >= -2 {
			pain = 5
		}
		recs = append(recs,
			history.Record{Kind: history.PainCheckIn, At: at, Session: id, Routine: "morning", Pain: history.PainLevel(pain), When: history.Before},
			history.Record{Kind: history.SessionStarted, At: at, Session: id, Routine: "morning", Day: 1},
			history.Record{Kind: history.StepEnded, At: at.Add(time.Minute), Session: id, Routine: "morning", Exercise: "rhomboid", Status: "done"},
			history.Record{Kind: history.SessionEnded, At: at.Add(2 * time.Minute), Session: id, Routine: "morning", Outcome: "completed"})
	}
	tc := newTestCompanion(t, "20:00", recs, 80, 24, true)
	if flat := strings.Join(strings.Fields(tc.screen()), " "); !strings.Contains(flat, "needs a professional evaluation") {
		t.Errorf("the trend is not on the home screen:\n%s", tc.screen())
	}
}
