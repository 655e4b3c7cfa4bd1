package schedule

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
)

func ptr(t time.Time) *time.Time { return &t }

// A pause made with a clock set months ahead must not silence today.
func TestAPauseFromTheFutureIsReportedAndLeavesTodaysRemindersOn(t *testing.T) {
	now := at("10:30")
	future := now.AddDate(0, 3, 0)
	s := New(config.Default())
	s.FromHistory([]history.Record{
		{Kind: history.ReminderEvent, At: future, Action: history.Paused, Until: ptr(EndOfDay(future))},
	}, now)
	if _, paused := s.PausedUntil(now); paused {
		t.Error("a pause recorded three months ahead silences today's reminders")
	}
	if got := strings.Join(s.Ignored(), "\n"); !strings.Contains(got, "future") {
		t.Errorf("the record from the future is not reported: %q", got)
	}
}

func TestAPauseLongerThanTheProgramMakesIsReportedAndIgnored(t *testing.T) {
	now := at("10:30")
	s := New(config.Default())
	s.FromHistory([]history.Record{
		{Kind: history.ReminderEvent, At: at("09:00"), Action: history.Paused, Until: ptr(at("09:00").AddDate(0, 3, 0))},
	}, now)
	if _, paused := s.PausedUntil(now); paused {
		t.Error("a pause of three months, which the program never makes, silences today")
	}
	if got := strings.Join(s.Ignored(), "\n"); !strings.Contains(got, "pause") {
		t.Errorf("the impossible pause is not reported: %q", got)
	}
}

func TestAPauseUntilTheEndOfTheDayStillHolds(t *testing.T) {
	now := at("10:30")
	s := New(config.Default())
	s.FromHistory([]history.Record{
		{Kind: history.ReminderEvent, At: at("09:00"), Action: history.Paused, Until: ptr(EndOfDay(now))},
	}, now)
	if _, paused := s.PausedUntil(now); !paused || len(s.Ignored()) != 0 {
		t.Errorf("a pause until the end of today was not kept (ignored: %q)", s.Ignored())
	}
}

func TestASnoozeLongerThanTenMinutesIsReportedAndIgnored(t *testing.T) {
	now := at("10:30")
	s := New(config.Default())
	due := at("10:00")
	s.FromHistory([]history.Record{
		{Kind: history.ReminderEvent, At: at("10:00"), Action: history.Snoozed, Reminder: "shoulder-rolls", Due: ptr(due), Until: ptr(due.Add(30 * 24 * time.Hour))},
	}, now)
	if _, ok := s.moved[key("shoulder-rolls", due)]; ok {
		t.Error("a snooze of a month, which the program never makes, was kept")
	}
	if got := strings.Join(s.Ignored(), "\n"); !strings.Contains(got, "snooze") {
		t.Errorf("the impossible snooze is not reported: %q", got)
	}
}

func TestASessionFromTheFutureDoesNotCountAsDoneToday(t *testing.T) {
	now := at("07:00")
	s := New(config.Default())
	later := at("08:05")
	s.FromHistory([]history.Record{
		{Kind: history.SessionStarted, At: later, Session: "morning-x", Routine: "morning"},
		{Kind: history.SessionEnded, At: later.Add(5 * time.Minute), Session: "morning-x", Routine: "morning", Outcome: "completed"},
	}, now)
	for _, st := range s.Today(now) {
		if st.Routine == "morning" && st.State == DoneToday {
			t.Error("a morning session recorded for 08:05 counts as done at 07:00")
		}
	}
	if len(s.Ignored()) == 0 {
		t.Error("the records from the future are not reported")
	}
}

// A screening taken at the real time, read by a companion started at an
// earlier --start-at, was said to be ignored: the schedule reads no
// screening, so it ignores none. A session from the future is said once,
// not a line for each of its records.
func TestOnlyRecordsTheScheduleReadsAreSaidToBeIgnoredAndFewOfThem(t *testing.T) {
	now := at("12:00")
	later := now.Add(time.Hour)
	recs := []history.Record{
		{V: 1, Kind: history.ScreeningTaken, At: later, Answers: map[string]bool{}},
		{V: 1, Kind: history.PainCheckIn, At: later, Session: "s", Pain: history.PainLevel(1), When: history.Before},
	}
	for i := range 6 {
		recs = append(recs, history.Record{V: 1, Kind: history.SessionStarted, At: later.Add(time.Duration(i) * time.Minute), Session: fmt.Sprint(i), Routine: "midday"})
	}
	s := New(config.Default())
	s.FromHistory(recs[:2], now)
	if got := s.Ignored(); len(got) != 0 {
		t.Errorf("said to ignore %v", got)
	}
	s.FromHistory(recs, now)
	if got := s.Ignored(); len(got) != maxIgnored+1 {
		t.Errorf("said %d lines for six future sessions: %v", len(got), got)
	}
}
