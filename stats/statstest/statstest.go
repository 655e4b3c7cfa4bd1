// Package statstest generates histories for the tests of the stats package
// and of its view in ui: sessions of a known shape, a sixty-day history
// whose every day's plan the tests can read back, ten years for the
// benchmarks, and small histories around a fixed today.
package statstest

import (
	"fmt"
	"strings"
	"time"

	_ "time/tzdata" // the tests' time zones, on any machine

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
)

// Session is a generated session: what the generator writes, and what the
// tests read their expectations from.
type Session struct {
	Routine string
	Hour    int // local time of its start
	Min     int
	Outcome string // "completed", "quit", ""(no end record: interrupted); "check-in" for a check-in alone
	Done    int    // steps done
	Skipped int
	Actual  time.Duration
	Before  int // pain before, or -1
	After   int // pain after, or -1
}

// Active is the spec's rule, restated: completed with at least one step
// done.
func (s Session) Active() bool { return s.Outcome == "completed" && s.Done > 0 }

// Builder writes the records of generated sessions and keeps its own
// tally of their actual time.
type Builder struct {
	Recs  []history.Record
	Total time.Duration
	n     int
}

// Add writes the records of s, on day's date in day's location.
func (b *Builder) Add(day time.Time, s Session) {
	b.n++
	id := fmt.Sprintf("s%06d", b.n)
	at := time.Date(day.Year(), day.Month(), day.Day(), s.Hour, s.Min, 0, 0, day.Location()).UTC()
	if s.Before >= 0 {
		b.Recs = append(b.Recs, history.Record{V: 1, Kind: history.PainCheckIn, At: at, Session: id, Routine: s.Routine,
			Pain: history.PainLevel(s.Before), When: history.Before})
	}
	if s.Outcome == "check-in" {
		return
	}
	b.Recs = append(b.Recs, history.Record{V: 1, Kind: history.SessionStarted, At: at, Session: id, Routine: s.Routine,
		Day: 4, PlannedSec: 300})
	for i := range s.Done + s.Skipped {
		status := "done"
		if i >= s.Done {
			status = "skipped"
		}
		b.Recs = append(b.Recs, history.Record{V: 1, Kind: history.StepEnded, At: at.Add(time.Duration(i+1) * time.Minute),
			Session: id, Routine: s.Routine, Exercise: exerciseOf(s.Routine, i), Step: "hold", Status: status})
	}
	if s.Outcome == "" {
		b.Total += time.Duration(s.Done+s.Skipped) * time.Minute // the last step's end
		return
	}
	end := at.Add(s.Actual)
	b.Recs = append(b.Recs, history.Record{V: 1, Kind: history.SessionEnded, At: end, Session: id, Routine: s.Routine,
		Outcome: s.Outcome, ActualSec: s.Actual.Seconds(), PlannedSec: 300})
	b.Total += s.Actual
	if s.After >= 0 {
		b.Recs = append(b.Recs, history.Record{V: 1, Kind: history.PainCheckIn, At: end, Session: id, Routine: s.Routine,
			Pain: history.PainLevel(s.After), When: history.After})
	}
}

// exerciseOf is the routine's i-th exercise, going round its exercises,
// so that each step is of an exercise the routine has (the ramp-up counts
// by exercise). The built-in routines are the ones test histories use;
// any other id gets the rhomboid.
func exerciseOf(routine string, i int) string {
	r, ok := routines.BuiltinRoutine(routine)
	if !ok || len(r.Items) == 0 {
		return "rhomboid"
	}
	return r.Items[i%len(r.Items)].Exercise
}

// The sixty-day history: days 0–59, day 59 is today, in Auckland (UTC+13
// in summer, +12 after the clock change of 5 April 2026, which lies in
// the window), so that a morning session falls on the day before in UTC.
var (
	Auckland, _ = time.LoadLocation("Pacific/Auckland")
	SixtyFirst  = time.Date(2026, 2, 10, 0, 0, 0, 0, Auckland)  // day 0, a Tuesday
	SixtyNow    = time.Date(2026, 4, 10, 20, 0, 0, 0, Auckland) // day 59, a Friday, after the evening session
)

// SixtyDays is the length of the sixty-day history.
const SixtyDays = 60

// Gaps have no active session; partial days have only some of the three.
var (
	gapDays     = map[int]bool{9: true, 25: true, 26: true, 50: true}
	partialDays = map[int]string{20: "midday evening", 40: "morning", 55: "morning evening", 57: "morning"}
)

// Pain before the morning session goes down a level every 12 days, from 6
// to 2; the evening is one higher on odd days; midday has no check-in.
func morningPain(i int) int { return 6 - i/12 }
func eveningPain(i int) int { return morningPain(i) + i%2 }

// Plan is day i's sessions of the sixty-day history, oldest first.
func Plan(i int) []Session {
	var out []Session
	done := "morning midday evening"
	if p, ok := partialDays[i]; ok {
		done = p
	}
	if gapDays[i] {
		done = ""
	}
	if strings.Contains(done, "morning") {
		out = append(out, Session{"morning", 8, 0, "completed", 3, 0, 5*time.Minute + 10*time.Second, morningPain(i), -1})
	}
	if strings.Contains(done, "midday") {
		out = append(out, Session{"midday", 12, 30, "completed", 2, 0, 3 * time.Minute, -1, -1})
	}
	if strings.Contains(done, "evening") {
		// the pain after, 0, must not count as pain before
		out = append(out, Session{"evening", 19, 0, "completed", 3, 0, 4*time.Minute + 50*time.Second, eveningPain(i), 0})
	}
	// Sessions that do not count for the streak or the calendar:
	switch i {
	case 40: // a midday session quit, an evening with every step skipped (its check-in still counts)
		out = append(out, Session{"midday", 12, 30, "quit", 1, 0, 70 * time.Second, -1, -1},
			Session{"evening", 19, 0, "completed", 0, 3, 200 * time.Second, 9, -1})
	case 50: // a check-in, then the person chose to wait
		out = append(out, Session{"morning", 8, 0, "check-in", 0, 0, 0, 8, -1})
	case 26: // desk shoulder rolls, quit
		out = append(out, Session{"desk", 10, 0, "quit", 0, 1, 80 * time.Second, -1, -1})
	case 33: // desk shoulder rolls, interrupted (killed: no end record)
		out = append(out, Session{"desk", 10, 0, "", 1, 0, 0, -1, -1})
	case 30: // the mid-back routine, on a full day
		out = append(out, Session{"midback", 16, 0, "completed", 3, 0, 5 * time.Minute, -1, -1})
	}
	return out
}

// Sixty generates the sixty days, plus one session tomorrow (after
// SixtyNow, to be left out), and returns the records and the actual time
// the generator wrote up to SixtyNow.
func Sixty() ([]history.Record, time.Duration) {
	var b Builder
	for i := range SixtyDays {
		for _, s := range Plan(i) {
			b.Add(SixtyFirst.AddDate(0, 0, i), s)
		}
	}
	total := b.Total
	b.Add(SixtyFirst.AddDate(0, 0, SixtyDays), Session{"morning", 8, 0, "completed", 3, 0, time.Hour, 9, -1})
	return b.Recs, total
}

// DayIndex is the sixty-day history's day number of a date, found by
// walking the generator's own days (not by the code under test's
// arithmetic); false when the date is not near the sixty days.
func DayIndex(d time.Time) (int, bool) {
	key := d.Format("2006-01-02")
	for i := -70; i < SixtyDays+1; i++ {
		if SixtyFirst.AddDate(0, 0, i).Format("2006-01-02") == key {
			return i, true
		}
	}
	return 0, false
}

// DailyDone counts the daily routines with an active session on day i of
// the sixty-day history.
func DailyDone(i int) int {
	seen := map[string]bool{}
	for _, s := range Plan(i) {
		if s.Active() && (s.Routine == "morning" || s.Routine == "midday" || s.Routine == "evening") {
			seen[s.Routine] = true
		}
	}
	return len(seen)
}

// PainBefore sums the check-ins before sessions on day i of the sixty-day
// history.
func PainBefore(i int) (sum, n int) {
	for _, s := range Plan(i) {
		if s.Before >= 0 {
			sum, n = sum+s.Before, n+1
		}
	}
	return sum, n
}

// TenYearsDays is how many days TenYears and TenYearsUnbroken span.
const TenYearsDays = 3650

// TenYearsUnbroken is TenYears without its gaps: 3,650 days in Berlin in a
// row, every one with its four sessions, so that the streak is the whole
// ten years. It is the history the app aims for, and the one where a
// reader that goes back until the streak starts reads everything. It
// returns the records and the last day's now, after the evening session.
func TenYearsUnbroken() ([]history.Record, time.Time) {
	return tenYears(func(int) bool { return false })
}

// TenYears generates 3,650 days in Berlin (clock changes twice a year),
// each with the three daily sessions, a desk set and pain check-ins,
// except every hundredth day (i%100 == 99), which is a gap: about 14,500
// sessions. The last day is today, day 3649; it returns the records and
// that day's now, after the evening session.
func TenYears() ([]history.Record, time.Time) {
	return tenYears(func(i int) bool { return i%100 == 99 })
}

// tenYears is TenYearsDays days in Berlin, each with the four sessions,
// but for the days gap says to leave out.
func tenYears(gap func(day int) bool) ([]history.Record, time.Time) {
	first := time.Date(2016, 3, 1, 0, 0, 0, 0, Berlin)
	var b Builder
	for i := range TenYearsDays {
		if gap(i) {
			continue
		}
		day := first.AddDate(0, 0, i)
		pain := 2 + i%5
		b.Add(day, Session{"morning", 8, 0, "completed", 3, 0, 5 * time.Minute, pain, pain})
		b.Add(day, Session{"desk", 10, 0, "completed", 1, 0, time.Minute, -1, -1})
		b.Add(day, Session{"midday", 12, 30, "completed", 2, 0, 3 * time.Minute, -1, -1})
		b.Add(day, Session{"evening", 19, 0, "completed", 3, 0, 5 * time.Minute, pain, -1})
	}
	return b.Recs, first.AddDate(0, 0, TenYearsDays-1).Add(21 * time.Hour)
}

// ---- small histories around today ----

// Berlin is the location of the small histories and of the ten years.
var Berlin, _ = time.LoadLocation("Europe/Berlin")

// At is day off (0 today) at hh:mm in Berlin, around 1 July 2026.
func At(off, hh, mm int) time.Time { return time.Date(2026, 7, 1+off, hh, mm, 0, 0, Berlin) }

var hours = map[string]int{"morning": 8, "midday": 12, "evening": 19, "midback": 16, "desk": 10}

// Hist builds completed sessions around At(0, …): day offset → routines
// (space-separated), and day offset → pain before its first session
// (optional).
func Hist(days map[int]string, pain map[int]int) []history.Record {
	var b Builder
	for off := -400; off <= 1; off++ {
		rs, ok := days[off]
		if !ok {
			continue
		}
		for j, r := range strings.Fields(rs) {
			p, ok := pain[off]
			if !ok || j > 0 {
				p = -1
			}
			b.Add(At(off, 0, 0), Session{r, hours[r], 0, "completed", 2, 0, 3 * time.Minute, p, -1})
		}
	}
	return b.Recs
}
