package schedule

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/timer"
)

// at is a time on Monday 23 November 2026, in local time.
func at(hhmm string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", "2026-11-23 "+hhmm, time.Local)
	if err != nil {
		panic(err)
	}
	return t
}

// walk checks every step of a fake clock from the current time to end
// and returns what was shown and recorded, one line per event.
func walk(s *Scheduler, clk *timer.Fake, end time.Time, step time.Duration) []string {
	var got []string
	for ; !clk.Now().After(end); clk.Advance(step) {
		got = append(got, describe(s.Check(clk.Now(), false)...)...)
	}
	return got
}

func describe(evs ...Event) []string {
	var out []string
	for _, ev := range evs {
		var names []string
		for _, it := range ev.Items {
			names = append(names, it.Name()+" "+it.Due.Format("15:04"))
		}
		line := fmt.Sprintf("%s %s: %s", ev.At.Format("15:04"), ev.Action, strings.Join(names, ", "))
		if ev.Note != "" {
			line += " (" + ev.Note + ")"
		}
		out = append(out, line)
	}
	return out
}

func started(t *testing.T, from string) (*Scheduler, *timer.Fake) {
	t.Helper()
	s := New(config.Default())
	clk := timer.NewFake(at(from))
	if evs := s.Check(clk.Now(), false); len(evs) != 0 {
		t.Fatalf("the first check fired %v", describe(evs...))
	}
	return s, clk
}

func expect(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAWeekdayHasSessionsAndHourlyRollsInWorkHours(t *testing.T) {
	var got []string
	for _, it := range Plan(config.Default(), at("00:00")) {
		got = append(got, it.Name()+" "+it.Due.Format("15:04"))
	}
	expect(t, []string{strings.Join(got, ", ")},
		"morning 08:00, morning 08:30, shoulder-rolls 09:00, shoulder-rolls 10:00, shoulder-rolls 11:00, "+
			"shoulder-rolls 12:00, midday 12:30, midday 13:00, shoulder-rolls 13:00, shoulder-rolls 14:00, "+
			"shoulder-rolls 15:00, shoulder-rolls 16:00, evening 19:00, evening 19:30")
}

func TestASaturdayHasOnlyTheSessions(t *testing.T) {
	for _, it := range Plan(config.Default(), at("00:00").AddDate(0, 0, 5)) {
		if !it.IsSession() {
			t.Errorf("a work reminder on Saturday: %s %s", it.Name(), it.Due)
		}
	}
}

func TestStandingBreaksComeEvery25MinutesWhenOn(t *testing.T) {
	cfg := config.Default()
	cfg.StandingBreak = true
	var first []string
	for _, it := range Plan(cfg, at("00:00")) {
		if it.Kind == Standing && len(first) < 3 {
			first = append(first, it.Due.Format("15:04"))
		}
	}
	expect(t, first, "09:25", "09:50", "10:15")
}

func TestAMorningAtWorkRemindsOnTheHourAndAtMidday(t *testing.T) {
	s, clk := started(t, "08:55")
	expect(t, walk(s, clk, at("12:35"), 30*time.Second),
		"09:00 fired: shoulder-rolls 09:00",
		"10:00 fired: shoulder-rolls 10:00",
		"11:00 fired: shoulder-rolls 11:00",
		"12:00 fired: shoulder-rolls 12:00",
		"12:30 fired: midday 12:30")
}

func TestAThreeHourJumpGivesOneMissedReminder(t *testing.T) {
	s, clk := started(t, "08:59")
	expect(t, walk(s, clk, at("09:00"), time.Minute), "09:00 fired: shoulder-rolls 09:00")
	clk.Advance(3*time.Hour + 5*time.Minute) // asleep, or the clock jumped
	expect(t, walk(s, clk, at("12:20"), time.Minute),
		"12:06 missed: shoulder-rolls 10:00, shoulder-rolls 11:00, shoulder-rolls 12:00")
}

func TestOneReminderFoundLateIsMissedNotFired(t *testing.T) {
	s, clk := started(t, "09:30")
	clk.Advance(40 * time.Minute)
	expect(t, describe(s.Check(clk.Now(), false)...), "10:10 missed: shoulder-rolls 10:00")
}

func TestAClockSetBackNeverBringsAReminderTwice(t *testing.T) {
	s, clk := started(t, "09:59")
	expect(t, walk(s, clk, at("10:05"), time.Minute), "10:00 fired: shoulder-rolls 10:00")
	clk.Advance(-time.Hour)
	expect(t, walk(s, clk, at("11:00"), time.Minute), "11:00 fired: shoulder-rolls 11:00")
}

func TestRemindersDueBeforeTheProgramStartedDoNotFire(t *testing.T) {
	s, clk := started(t, "12:45")
	expect(t, walk(s, clk, at("12:59"), time.Minute))
}

func TestAPauseSkipsWhatFallsInsideIt(t *testing.T) {
	s, clk := started(t, "09:50")
	s.Pause(clk.Now(), clk.Now().Add(30*time.Minute))
	if until, ok := s.PausedUntil(clk.Now()); !ok || !until.Equal(at("10:20")) {
		t.Errorf("paused until %v, %v", until, ok)
	}
	if it, due, _ := s.Next(clk.Now()); !due.Equal(at("11:00")) {
		t.Errorf("next is %s at %s, want the rolls at 11:00", it.Name(), due.Format("15:04"))
	}
	expect(t, walk(s, clk, at("11:00"), time.Minute),
		"10:00 skipped: shoulder-rolls 10:00 (reminders paused)",
		"11:00 fired: shoulder-rolls 11:00")
}

func TestPausingForTheRestOfTheDaySilencesEverything(t *testing.T) {
	s, clk := started(t, "09:50")
	s.Pause(clk.Now(), EndOfDay(clk.Now()))
	for _, line := range walk(s, clk, at("23:59"), time.Minute) {
		if !strings.Contains(line, "skipped") {
			t.Errorf("while paused: %s", line)
		}
	}
}

func TestResumingBringsTheRemindersBack(t *testing.T) {
	s, clk := started(t, "09:50")
	s.Pause(clk.Now(), EndOfDay(clk.Now()))
	clk.Advance(5 * time.Minute)
	s.Resume(clk.Now())
	expect(t, walk(s, clk, at("10:00"), time.Minute), "10:00 fired: shoulder-rolls 10:00")
}

func TestSnoozingTheReminderOnScreenBringsItBackTenMinutesLater(t *testing.T) {
	s, clk := started(t, "09:59")
	expect(t, walk(s, clk, at("10:01"), time.Minute), "10:00 fired: shoulder-rolls 10:00")
	ev, ok := s.Snooze(clk.Now())
	if !ok || !ev.Until.Equal(at("10:12")) {
		t.Fatalf("snooze: %v %v", describe(ev), ev.Until)
	}
	if _, ok := s.Shown(clk.Now()); ok {
		t.Error("the snoozed reminder is still on screen")
	}
	expect(t, walk(s, clk, at("10:20"), time.Minute), "10:12 fired: shoulder-rolls 10:00")
}

func TestSnoozingWithNothingOnScreenPutsOffTheNextReminder(t *testing.T) {
	s, clk := started(t, "10:30")
	if ev, ok := s.Snooze(clk.Now()); !ok || !ev.Until.Equal(at("11:10")) {
		t.Fatalf("snooze: %v until %v", describe(ev), ev.Until)
	}
	expect(t, walk(s, clk, at("11:15"), time.Minute), "11:10 fired: shoulder-rolls 11:00")
}

func TestASessionNotStartedIsMentionedOnceMore(t *testing.T) {
	s, clk := started(t, "12:25")
	s.cfg.RollsEvery = 0
	expect(t, walk(s, clk, at("14:00"), time.Minute),
		"12:30 fired: midday 12:30",
		"13:00 fired: midday 13:00")
}

func TestTwoRemindersAtOnceGiveOneAndSkipTheRolls(t *testing.T) {
	s, clk := started(t, "12:55")
	expect(t, walk(s, clk, at("13:05"), time.Minute),
		"13:00 fired: midday 13:00",
		"13:00 skipped: shoulder-rolls 13:00 (too close to another reminder or a finished session)")
}

func TestAStartedSessionIsNotMentionedAgain(t *testing.T) {
	s, clk := started(t, "12:25")
	s.cfg.RollsEvery = 0
	expect(t, walk(s, clk, at("12:40"), time.Minute), "12:30 fired: midday 12:30")
	s.Started("midday", clk.Now())
	expect(t, walk(s, clk, at("14:00"), time.Minute))
}

func TestASessionDoneEarlyIsNotRemindedOf(t *testing.T) {
	s, clk := started(t, "07:30")
	s.Started("morning", clk.Now())
	s.Finished("morning", clk.Now().Add(5*time.Minute), Completed)
	expect(t, walk(s, clk, at("08:45"), time.Minute))
}

func TestNoRollsRightAfterASession(t *testing.T) {
	s, clk := started(t, "09:50")
	s.Started("desk", at("09:57"))
	s.Finished("desk", at("09:58"), Completed)
	expect(t, walk(s, clk, at("11:00"), time.Minute),
		"10:00 skipped: shoulder-rolls 10:00 (too close to another reminder or a finished session)",
		"11:00 fired: shoulder-rolls 11:00")
}

func TestNextLeavesOutRollsTheQuietGapWillSkip(t *testing.T) {
	s, clk := started(t, "10:55")
	s.Finished("desk", at("10:58"), Completed)
	if it, due, _ := s.Next(at("10:59")); it.Kind != Rolls || !due.Equal(at("12:00")) {
		t.Errorf("next: %s at %s, want the rolls at 12:00", it.Name(), due.Format("15:04"))
	}
	expect(t, walk(s, clk, at("11:01"), time.Minute),
		"11:00 skipped: shoulder-rolls 11:00 (too close to another reminder or a finished session)")
}

func TestASessionStoppedForPainIsNotAskedForAgainThatDay(t *testing.T) {
	s, clk := started(t, "12:25")
	s.Started("midday", at("12:20"))
	s.Finished("midday", at("12:24"), PainStop)
	if st := s.Today(at("12:40"))[1]; st.State != StoppedToday || !st.DoneAt.Equal(at("12:24")) {
		t.Errorf("midday after a pain stop: %+v", st)
	}
	for _, line := range walk(s, clk, at("14:00"), time.Minute) {
		if strings.Contains(line, "midday") {
			t.Errorf("reminded after a pain stop: %s", line)
		}
	}
}

func TestAQuitSessionIsStillDueButNotRemindedOf(t *testing.T) {
	s := New(config.Default())
	s.Started("midday", at("12:31"))
	s.Finished("midday", at("12:32"), Unfinished)
	if st := s.Today(at("12:40"))[1]; st.State != DueNow {
		t.Errorf("midday after quitting: %+v", st)
	}
}

func TestASessionReminderWaitsForTheQuietGap(t *testing.T) {
	cfg := config.Default()
	cfg.Sessions[1].At = config.TimeOfDay{Hour: 12, Minute: 2}
	s := New(cfg)
	clk := timer.NewFake(at("11:58"))
	s.Check(clk.Now(), false)
	expect(t, walk(s, clk, at("12:10"), time.Minute),
		"12:00 fired: shoulder-rolls 12:00",
		"12:05 fired: midday 12:02")
}

func TestDuringASessionRollsAreSkippedAndSessionRemindersWait(t *testing.T) {
	s, clk := started(t, "11:58")
	var got []string
	for ; clk.Now().Before(at("12:35")); clk.Advance(time.Minute) {
		got = append(got, describe(s.Check(clk.Now(), true)...)...)
	}
	expect(t, got, "12:00 skipped: shoulder-rolls 12:00 (during a session)")
	expect(t, walk(s, clk, at("12:40"), time.Minute), "12:35 fired: midday 12:30")
}

func TestFinishingTheDeskSetMarksTheRollsReminderDone(t *testing.T) {
	s, clk := started(t, "09:59")
	walk(s, clk, at("10:01"), time.Minute)
	ev, ok := s.Finished("desk", clk.Now(), Completed)
	expect(t, describe(ev), "10:02 done: shoulder-rolls 10:00")
	if !ok {
		t.Error("not reported")
	}
	if _, ok := s.Shown(clk.Now()); ok {
		t.Error("the reminder is still on screen")
	}
}

func TestAReminderStaysOnScreenForHalfAnHour(t *testing.T) {
	s, clk := started(t, "09:59")
	walk(s, clk, at("10:00"), time.Minute)
	if _, ok := s.Shown(at("10:29")); !ok {
		t.Error("gone before half an hour")
	}
	if _, ok := s.Shown(at("10:30")); ok {
		t.Error("still there after half an hour")
	}
}

func TestTodaySaysWhereEachSessionStands(t *testing.T) {
	s := New(config.Default())
	s.Finished("morning", at("08:12"), Completed)
	describeToday := func(now time.Time) string {
		var parts []string
		for _, st := range s.Today(now) {
			parts = append(parts, fmt.Sprintf("%s %d", st.Routine, st.State))
		}
		return strings.Join(parts, ", ")
	}
	expect(t, []string{describeToday(at("12:40"))}, fmt.Sprintf("morning %d, midday %d, evening %d", DoneToday, DueNow, Later))
	s = New(config.Default())
	expect(t, []string{describeToday(at("12:30"))}, fmt.Sprintf("morning %d, midday %d, evening %d", MissedToday, DueNow, Later))
	expect(t, []string{describeToday(at("23:59"))}, fmt.Sprintf("morning %d, midday %d, evening %d", MissedToday, MissedToday, DueNow))
}

func TestARestartedSchedulerRemembersFromTheHistory(t *testing.T) {
	s, clk := started(t, "09:59")
	var evs []Event
	for ; !clk.Now().After(at("10:01")); clk.Advance(time.Minute) {
		evs = append(evs, s.Check(clk.Now(), false)...)
	}
	snooze, _ := s.Snooze(clk.Now())
	pause := s.Pause(clk.Now(), at("10:05"))
	recs := Records(append(evs, snooze, pause)...)
	again := New(config.Default())
	again.FromHistory(recs, clk.Now())
	again.Check(clk.Now(), false)
	if until, ok := again.PausedUntil(clk.Now()); !ok || !until.Equal(at("10:05")) {
		t.Errorf("the pause was not restored: %v %v", until, ok)
	}
	expect(t, walk(again, clk, at("10:20"), time.Minute), "10:12 fired: shoulder-rolls 10:00")
}

func TestRecordsPassTheHistorysChecks(t *testing.T) {
	s, clk := started(t, "09:59")
	evs := s.Check(clk.Now().Add(time.Minute), false)
	sn, _ := s.Snooze(at("10:01"))
	recs := Records(append(evs, sn, s.Pause(at("10:02"), at("11:00")), s.Resume(at("10:03")))...)
	if len(recs) != 4 {
		t.Fatalf("%d records", len(recs))
	}
	for _, r := range recs {
		r.V = history.SchemaVersion
		line, _ := json.Marshal(r)
		if _, err := history.ParseLine(line); err != nil {
			t.Errorf("%+v: %v", r, err)
		}
	}
}
