package stats

import (
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/stats/statstest"
)

// The generator's histories and days, for short (see package statstest;
// the view of the same histories is tested in printed/stats_test.go).
var (
	berlin     = statstest.Berlin
	at         = statstest.At
	hist       = statstest.Hist
	sixtyFirst = statstest.SixtyFirst
	sixtyNow   = statstest.SixtyNow
)

// gs is a generated session of the small histories (see
// statstest.Session), without a check-in after it.
func gs(routine string, hh, mm int, outcome string, done, skipped int, actual time.Duration, before int) statstest.Session {
	return statstest.Session{Routine: routine, Hour: hh, Min: mm, Outcome: outcome, Done: done, Skipped: skipped,
		Actual: actual, Before: before, After: -1}
}

// sixtyStats computes the sixty-day history as of its now.
func sixtyStats() (Stats, time.Duration) {
	recs, total := statstest.Sixty()
	return Compute(recs, sixtyNow, routines.DefaultRampDays), total
}

// dayIndex is the generator's day number of a date, found by walking the
// generator's own days (not by the code under test's arithmetic).
func dayIndex(t *testing.T, d time.Time) int {
	t.Helper()
	i, ok := statstest.DayIndex(d)
	if !ok {
		t.Fatalf("%s is not near the sixty days", d.Format("2006-01-02"))
	}
	return i
}

func TestTheSixtyDayHistoryIsLaidOutAsItsCommentsSay(t *testing.T) {
	if sixtyFirst.Weekday() != time.Tuesday || sixtyNow.Weekday() != time.Friday ||
		sixtyFirst.AddDate(0, 0, statstest.SixtyDays-1).Day() != sixtyNow.Day() {
		t.Fatal("the sixty-day history is not laid out as its comments say")
	}
}

func TestSixtyDaysGiveTheStreaksOfThePlan(t *testing.T) {
	s, _ := sixtyStats()
	// Active days: all but the gaps 9, 25–26 and 50, so the runs are 0–8,
	// 10–24, 27–49 and 51–59 (today): 9, 15, 23 and 9 days. Full days
	// also miss the partial days 20, 40, 55 and 57: the longest run is
	// 27–39 (13 days), the current one 58–59 (2 days).
	if s.Streak != 9 || s.BestStreak != 23 {
		t.Errorf("streak %d, best %d; want 9, best 23", s.Streak, s.BestStreak)
	}
	if s.FullStreak != 2 || s.BestFullStreak != 13 {
		t.Errorf("full-day streak %d, best %d; want 2, best 13", s.FullStreak, s.BestFullStreak)
	}
	if !s.TodayActive || !s.TodayFull {
		t.Errorf("today active %v, full %v; both want true", s.TodayActive, s.TodayFull)
	}
	if want := sixtyFirst; !s.FirstActive.Equal(want) {
		t.Errorf("first active day %v, want %v", s.FirstActive, want)
	}
}

func TestSixtyDaysCalendarCountsTheDailySessionsDoneEachDay(t *testing.T) {
	s, _ := sixtyStats()
	// Today is a Friday: this week's Monday to today, and seven weeks before.
	if len(s.Calendar) != 7*7+5 {
		t.Fatalf("%d calendar days, want 54", len(s.Calendar))
	}
	if s.Calendar[0].Date.Weekday() != time.Monday || !s.Calendar[len(s.Calendar)-1].Date.Equal(s.Today) {
		t.Errorf("the calendar runs from %v to %v, want a Monday to today", s.Calendar[0].Date, s.Calendar[len(s.Calendar)-1].Date)
	}
	counts := map[int]int{}
	for _, d := range s.Calendar {
		i := dayIndex(t, d.Date)
		if want := statstest.DailyDone(i); d.Done != want {
			t.Errorf("day %d (%s): %d done, want %d", i, d.Date.Format("Mon 2 Jan"), d.Done, want)
		}
		counts[d.Done]++
	}
	if len(counts) != 4 {
		t.Errorf("the plan should give cells of all four kinds, got %v", counts)
	}
}

func TestSixtyDaysPainChartAndAveragesComeFromTheCheckInsBefore(t *testing.T) {
	s, _ := sixtyStats()
	if len(s.Pain) != PainDays || !s.Pain[PainDays-1].Date.Equal(s.Today) {
		t.Fatalf("%d pain days ending %v", len(s.Pain), s.Pain[len(s.Pain)-1].Date)
	}
	for _, d := range s.Pain {
		i := dayIndex(t, d.Date)
		if sum, n := statstest.PainBefore(i); d.Pain != (Mean{sum, n}) {
			t.Errorf("day %d: pain %+v, want sum %d of %d", i, d.Pain, sum, n)
		}
	}
	// Last 7 days, 53–59: morning 2 each (7 check-ins), evening 2, +1 on
	// odd days, not on day 57: 3+2+3+2+2+3. First week, days 0–6: morning
	// 6 × 7, evening 6,7,6,7,6,7,6.
	if want := (Mean{14 + 15, 13}); s.Last7 != want {
		t.Errorf("last 7 days %+v, want %+v", s.Last7, want)
	}
	if want := (Mean{42 + 45, 14}); s.FirstWeek != want {
		t.Errorf("first week %+v, want %+v", s.FirstWeek, want)
	}
	if !s.Comparable() {
		t.Error("the first week and the last 7 days are not compared")
	}
}

func TestSixtyDaysAdherenceTimeAndDosage(t *testing.T) {
	s, total := sixtyStats()
	// Days 46–59: the gap 50 misses all three; 55 misses midday; 57 midday
	// and evening.
	want := []Adherence{{"morning", 13, 14}, {"midday", 11, 14}, {"evening", 12, 14}}
	for i, a := range s.Adherence {
		if a != want[i] {
			t.Errorf("adherence %+v, want %+v", a, want[i])
		}
	}
	if s.Total != total {
		t.Errorf("total %v, want %v (the generator's tally, without tomorrow's session)", s.Total, total)
	}
	if s.Sessions == 0 || s.Progress.Week != 9 || !s.Progress.Full() {
		t.Errorf("progress %+v: want full dosage in week 9 (day 59 since the first)", s.Progress)
	}
}

func TestSixtyDaysSayThePainWentDownAsTheArticleExpects(t *testing.T) {
	s, _ := sixtyStats()
	adv := s.Advice()
	if len(adv) != 1 || adv[0].Consult || !strings.Contains(adv[0].Text, "went down: 6.2 in your first week, 2.2 over the last 7 days") {
		t.Fatalf("advice %+v", adv)
	}
}

// ---- small histories around today ----

func TestTheStreakCountsFromYesterdayUntilTodaysFirstSession(t *testing.T) {
	days := map[int]string{-3: "morning", -2: "evening", -1: "morning midday evening"}
	s := Compute(hist(days, nil), at(0, 7, 0), 4)
	if s.Streak != 3 || s.TodayActive {
		t.Errorf("at 07:00 before any session: streak %d (today active %v), want 3 from yesterday", s.Streak, s.TodayActive)
	}
	if s.FullStreak != 1 || s.BestFullStreak != 1 {
		t.Errorf("full-day streak %d best %d, want 1 and 1", s.FullStreak, s.BestFullStreak)
	}
	days[0] = "morning"
	s = Compute(hist(days, nil), at(0, 9, 0), 4)
	if s.Streak != 4 || !s.TodayActive || s.FullStreak != 1 || s.TodayFull {
		t.Errorf("after today's morning: streak %d, full %d (today full %v); want 4, 1, false", s.Streak, s.FullStreak, s.TodayFull)
	}
	days[0] = "morning midday evening"
	if s = Compute(hist(days, nil), at(0, 20, 0), 4); s.FullStreak != 2 || s.BestFullStreak != 2 {
		t.Errorf("after all three today: full-day streak %d best %d, want 2 and 2", s.FullStreak, s.BestFullStreak)
	}
	// The day after tomorrow, with tomorrow missed, the streak is over.
	if s = Compute(hist(days, nil), at(2, 7, 0), 4); s.Streak != 0 || s.BestStreak != 4 || s.FullStreak != 0 {
		t.Errorf("after a missed day: streak %d best %d full %d, want 0, 4, 0", s.Streak, s.BestStreak, s.FullStreak)
	}
}

func TestSessionsWithoutRealWorkDoNotCount(t *testing.T) {
	var b statstest.Builder
	b.Add(at(-2, 0, 0), gs("morning", 8, 0, "quit", 2, 0, time.Minute, -1))
	b.Add(at(-2, 0, 0), gs("midday", 12, 0, "completed", 0, 2, time.Minute, -1))
	b.Add(at(-2, 0, 0), gs("evening", 19, 0, "stopped for pain", 1, 0, time.Minute, -1))
	b.Add(at(-1, 0, 0), gs("evening", 19, 0, "", 2, 0, 0, -1)) // interrupted
	b.Add(at(-1, 0, 0), gs("evening", 20, 0, "check-in", 0, 0, 0, 5))
	s := Compute(b.Recs, at(0, 12, 0), 4)
	if s.Streak != 0 || s.BestStreak != 0 || !s.FirstActive.IsZero() {
		t.Errorf("streak %d best %d first %v, want nothing active", s.Streak, s.BestStreak, s.FirstActive)
	}
	for _, d := range s.Calendar {
		if d.Done != 0 {
			t.Errorf("%s: %d done, want 0", d.Date.Format("2 Jan"), d.Done)
		}
	}
	if s.Total != 3*time.Minute+2*time.Minute || s.Last7 != (Mean{5, 1}) {
		t.Errorf("total %v, pain %+v; want 5m0s and the one check-in", s.Total, s.Last7)
	}
}

func TestOtherRoutinesKeepTheStreakButDoNotFillTheDay(t *testing.T) {
	s := Compute(hist(map[int]string{-1: "midback", 0: "desk morning midday"}, nil), at(0, 20, 0), 4)
	if s.Streak != 2 || s.FullStreak != 0 || s.Calendar[len(s.Calendar)-1].Done != 2 || s.Calendar[len(s.Calendar)-2].Done != 0 {
		t.Errorf("streak %d, full %d, last cells %+v", s.Streak, s.FullStreak, s.Calendar[len(s.Calendar)-2:])
	}
}

func TestDaysAreCalendarDaysInNowsLocation(t *testing.T) {
	// 00:30 and 23:30 in Berlin are on different days in UTC (and 23:30
	// in New York is the next day in UTC).
	var b statstest.Builder
	b.Add(at(-1, 0, 0), gs("morning", 0, 30, "completed", 1, 0, time.Minute, -1))
	b.Add(at(-1, 0, 0), gs("midday", 12, 0, "completed", 1, 0, time.Minute, -1))
	b.Add(at(-1, 0, 0), gs("evening", 23, 30, "completed", 1, 0, time.Minute, -1))
	s := Compute(b.Recs, at(0, 12, 0), 4)
	if s.BestFullStreak != 1 || s.Calendar[len(s.Calendar)-2].Done != 3 {
		t.Errorf("in Berlin: best full %d, yesterday's cell %d; want one full day", s.BestFullStreak, s.Calendar[len(s.Calendar)-2].Done)
	}
	ny, _ := time.LoadLocation("America/New_York")
	s = Compute(b.Recs, at(0, 12, 0).In(ny), 4) // 06:00 in New York: the three fall on two days there
	if s.BestFullStreak != 0 || s.BestStreak != 2 {
		t.Errorf("in New York: best full %d, best streak %d; want 0 and 2", s.BestFullStreak, s.BestStreak)
	}
}

func TestDaysAcrossAClockChangeAreOneDayApart(t *testing.T) {
	// Berlin's clocks go forward on 29 March 2026 and back on 25 October.
	for _, change := range []time.Time{time.Date(2026, 3, 29, 12, 0, 0, 0, berlin), time.Date(2026, 10, 25, 12, 0, 0, 0, berlin)} {
		var b statstest.Builder
		for off := -3; off <= 3; off++ {
			b.Add(change.AddDate(0, 0, off), gs("morning", 0, 15, "completed", 1, 0, time.Minute, -1))
		}
		s := Compute(b.Recs, change.AddDate(0, 0, 3).Add(11*time.Hour), 4)
		if s.Streak != 7 || s.BestStreak != 7 {
			t.Errorf("around %s: streak %d best %d, want 7", change.Format("2 Jan"), s.Streak, s.BestStreak)
		}
	}
}

// The article expects less tension within 2–3 weeks and gives no advice
// for when that has not happened: the program says what the log shows
// beside what the article expects, and invents no advice of its own.
func TestNoLowerPainAfterTwoWeeksIsSaidPlainlyWithNoAdviceOfTheProgramsOwn(t *testing.T) {
	days, pain := map[int]string{}, map[int]int{}
	for off := -20; off <= 0; off++ {
		days[off], pain[off] = "morning midday evening", 4
	}
	s := Compute(hist(days, pain), at(0, 20, 0), 4)
	adv := s.Advice()
	if len(adv) != 1 || adv[0].Consult || !strings.Contains(adv[0].Text, "20 days ago") ||
		!strings.Contains(adv[0].Text, "has not gone down: 4.0 in your first week, 4.0 over the last 7 days") ||
		!strings.Contains(adv[0].Text, "within 2–3 weeks") || strings.Contains(adv[0].Text, "evaluat") || strings.Contains(adv[0].Text, "consider") {
		t.Errorf("advice %+v", adv)
	}
	// Thirteen days in, the article's 2–3 weeks have not passed.
	if adv := Compute(hist(days, pain), at(-7, 20, 0), 4).Advice(); len(adv) != 0 {
		t.Errorf("after 13 days: advice %+v", adv)
	}
	// Without check-ins in the last 7 days there is nothing to compare.
	for off := -6; off <= 0; off++ {
		delete(pain, off)
	}
	if s := Compute(hist(days, pain), at(0, 20, 0), 4); s.Comparable() || len(s.Advice()) != 0 {
		t.Errorf("no recent check-ins: comparable %v, advice %+v", s.Comparable(), s.Advice())
	}
}

func TestPainWorseningOverAWeekOfStretchingGivesBothAdvices(t *testing.T) {
	days, pain := map[int]string{}, map[int]int{}
	for off := -20; off <= 0; off++ {
		days[off], pain[off] = "morning", 3
	}
	for off := -2; off <= 0; off++ {
		pain[off] = 6
	}
	s := Compute(hist(days, pain), at(0, 20, 0), 4)
	if !s.Trend.Worsening() {
		t.Fatalf("trend %+v is not worsening", s.Trend)
	}
	adv := s.Advice()
	if len(adv) != 2 || adv[0].Text != s.Trend.Advice() || !adv[0].Consult || adv[1].Consult {
		t.Fatalf("advice %+v", adv)
	}
}

func TestAnEmptyHistoryStillHasItsWindows(t *testing.T) {
	s := Compute(nil, at(0, 9, 0), 4)
	if s.Sessions != 0 || s.Streak != 0 || len(s.Calendar) == 0 || s.Adherence[0].Of != AdherenceDays {
		t.Errorf("empty stats %+v", s)
	}
}

func TestTheFirstDaysCountAdherenceSinceTheStart(t *testing.T) {
	s := Compute(hist(map[int]string{-2: "morning", 0: "morning evening"}, map[int]int{0: 3}), at(0, 20, 0), 4)
	want := []Adherence{{"morning", 2, 3}, {"midday", 0, 3}, {"evening", 1, 3}}
	for i := range want {
		if s.Adherence[i] != want[i] {
			t.Errorf("adherence %+v, want %+v", s.Adherence[i], want[i])
		}
	}
}

func TestSessionsAfterNowAreLeftOut(t *testing.T) {
	recs := hist(map[int]string{0: "morning midday evening"}, nil)
	s := Compute(recs, at(0, 10, 0), 4)
	if s.Sessions != 1 || s.Calendar[len(s.Calendar)-1].Done != 1 || s.Total != 3*time.Minute {
		t.Errorf("at 10:00: %d sessions, today %d done, total %v; want only the morning", s.Sessions, s.Calendar[len(s.Calendar)-1].Done, s.Total)
	}
}

func TestTenYearsOfHistoryAddUp(t *testing.T) {
	recs, now := statstest.TenYears()
	s := Compute(recs, now, 4)
	// A gap every hundredth day: runs of 99 days; today is day 3649, so
	// the current run started on day 3600.
	if s.BestStreak != 99 || s.Streak != 50 || s.BestFullStreak != 99 || s.FullStreak != 50 {
		t.Errorf("streaks %d/%d, full %d/%d; want 50/99 both", s.Streak, s.BestStreak, s.FullStreak, s.BestFullStreak)
	}
	if want := 3650 - 36; s.Sessions != 4*want {
		t.Errorf("%d sessions, want %d", s.Sessions, 4*want)
	}
}

// BenchmarkComputeTenYears measures Compute alone over ten years of
// history (about 14,500 sessions), the records generated once; ui's
// BenchmarkStatsTenYears adds the view.
func BenchmarkComputeTenYears(b *testing.B) {
	recs, now := statstest.TenYears()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = Compute(recs, now, routines.DefaultRampDays)
	}
}
