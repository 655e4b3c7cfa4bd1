package schedule

import (
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
)

// deskSession is the records of a shoulder-roll set that ran from start
// to end.
func deskSession(start, end time.Time) []history.Record {
	return []history.Record{
		{V: 1, Kind: history.SessionStarted, At: start, Session: "d", Routine: "desk", Day: 1},
		{V: 1, Kind: history.StepEnded, At: end, Session: "d", Routine: "desk", Exercise: "shoulder-rolls", Status: "done"},
		{V: 1, Kind: history.SessionEnded, At: end, Session: "d", Routine: "desk", Outcome: "completed"},
	}
}

// After one shoulder-roll set in the morning, every later hourly reminder
// once closed itself: reading the history again (as the companion does
// whenever the file changes) replayed the set's end onto the reminder on
// screen, and recorded it done with the morning set's time. A session
// answers only a reminder that was on screen when it ended.
func TestASetDoneEarlierNeverAnswersALaterReminder(t *testing.T) {
	s, clk := started(t, "09:20")
	recs := deskSession(at("09:25"), at("09:31"))
	s.FromHistory(recs, at("09:31"))
	clk.T = at("10:00")
	fired := s.Check(clk.Now(), false)
	if len(fired) != 1 || fired[0].Action != Fired {
		t.Fatalf("at 10:00: %v, want the rolls reminder fired", describe(fired...))
	}
	// The companion reads the history again: the morning set is in it.
	if evs := s.FromHistory(recs, at("10:00")); len(evs) != 0 {
		t.Fatalf("reading the history again gave %v; the 09:31 set answers no 10:00 reminder", describe(evs...))
	}
	if _, ok := s.Shown(at("10:01")); !ok {
		t.Error("the 10:00 reminder closed itself")
	}
	// A set done while it is on screen answers it.
	recs = append(recs, deskSession(at("10:02"), at("10:03"))...)
	for i := range recs[3:] {
		recs[3+i].Session = "d2"
	}
	evs := s.FromHistory(recs, at("10:03"))
	if len(evs) != 1 || evs[0].Action != Done || !evs[0].At.Equal(at("10:03")) {
		t.Errorf("the 10:03 set: %v, want the 10:00 reminder done at 10:03", describe(evs...))
	}
}
