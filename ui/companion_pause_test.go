package ui

import (
	"strings"
	"testing"
	"time"
)

// A reminder once fired while the pause choices were on screen (p at
// 09:59, the 10:00 notification while choosing). Reminders wait while the
// choices are open; closing them lets the reminder come, choosing a pause
// holds it.
func TestNoReminderFiresWhileThePauseChoicesAreOpen(t *testing.T) {
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
