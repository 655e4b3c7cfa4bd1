// Package stats sums up the history for `backstretch stats`: the streaks,
// a calendar of the last weeks, the pain trend, adherence per routine, the
// time spent and today's dosage (Compute). It is plain Go: printed.Stats prints
// them.
package stats

import (
	"math"
	"math/bits"
	"sort"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
)

// Daily is the three daily sessions, in the order the calendar and the
// adherence count them.
var Daily = [3]string{"morning", "midday", "evening"}

// The windows of the view.
const (
	// CalendarWeeks is how many calendar weeks (Monday to Sunday, this one
	// included) the calendar shows.
	CalendarWeeks = 8
	// PainDays is how many days (today included) the pain chart shows.
	PainDays = 30
	// WeekDays is the length of the first week of check-ins and of "the
	// last 7 days" (today included) that are compared.
	WeekDays = 7
	// AdherenceDays is the window of the adherence count, today included.
	AdherenceDays = 14
	// CheckAfterDays is when the 2–3 week check applies: this many days
	// after the first active day (000: "Within 2-3 weeks, you should notice
	// reduced tension").
	CheckAfterDays = 14
)

// Stats is everything the view shows, worked out by Compute.
type Stats struct {
	// Today is the start of now's calendar day.
	Today time.Time
	// Sessions is how many sessions the history holds up to now (check-ins
	// without a session included).
	Sessions int
	// FirstActive is the first day with an active session, or zero.
	FirstActive time.Time

	// Streak is the run of days with an active session ending today, or
	// yesterday while today has none yet; BestStreak is the longest run.
	Streak, BestStreak int
	// FullStreak and BestFullStreak are the same for full days: morning,
	// midday and evening all active.
	FullStreak, BestFullStreak int
	// TodayActive and TodayFull say whether today already counts.
	TodayActive, TodayFull bool

	// Calendar is every day from the Monday CalendarWeeks-1 weeks before
	// this week's Monday up to today, oldest first.
	Calendar []Day
	// Pain is the average pain before sessions of each of the last
	// PainDays days, oldest first, today last.
	Pain []PainDay
	// Last7 is the pain before sessions in the last WeekDays days.
	Last7 Mean
	// FirstWeek is the pain before sessions on the first WeekDays days
	// that had a check-in; FirstWeekEnd is the last of those days.
	FirstWeek    Mean
	FirstWeekEnd time.Time

	// Adherence counts, for each daily routine, the days of the last
	// AdherenceDays with an active session of it.
	Adherence []Adherence
	// Total is the actual time of all sessions.
	Total time.Duration

	// Progress is today's place in the ramp-up.
	Progress routines.Progress
	// Rhomboid and ChildsPose are today's doses of the two held stretches
	// (morning and evening routines); Pushups is this week's variant.
	Rhomboid, ChildsPose routines.Dose
	Pushups              routines.Variant
	// Trend is the 7-day pain trend (history.PainTrend).
	Trend history.Trend
}

// Day is one calendar cell.
type Day struct {
	Date time.Time
	// Done is how many of the three daily sessions had an active session
	// that day, 0–3.
	Done int
}

// PainDay is one column of the pain chart.
type PainDay struct {
	Date time.Time
	Pain Mean
}

// Mean is a sum of pain levels and their count, kept whole so that
// comparisons are exact.
type Mean struct{ Sum, N int }

func (m *Mean) add(v int) { m.Sum, m.N = m.Sum+v, m.N+1 }

func (m *Mean) merge(o Mean) { m.Sum, m.N = m.Sum+o.Sum, m.N+o.N }

// Value is the average, NaN when there was nothing to average.
func (m Mean) Value() float64 {
	if m.N == 0 {
		return math.NaN()
	}
	return float64(m.Sum) / float64(m.N)
}

// Less reports whether m's average is below o's; both must have values.
func (m Mean) Less(o Mean) bool { return m.Sum*o.N < o.Sum*m.N }

// Adherence is one routine's count of days.
type Adherence struct {
	Routine string
	// Days had an active session of the routine, out of Of: AdherenceDays,
	// or fewer when the history started less long ago.
	Days, Of int
}

// Compute sums up the history as of now, for a ramp-up of ramp days.
// Days are calendar days in now's location; sessions after now are left
// out. It groups the records into sessions once and walks them once, day
// by day (history.Progress and history.PainTrend add a walk each, the
// latter over the last week only).
func Compute(recs []history.Record, now time.Time, ramp int) Stats {
	sessions := history.Sessions(recs)
	sessions = sessions[:sort.Search(len(sessions), func(i int) bool { return sessions[i].Start.After(now) })]

	loc := now.Location()
	today := dayNumber(now)
	s := Stats{Today: dateOf(today, loc), Sessions: len(sessions)}
	calFrom := today - (int(now.Weekday())+6)%7 - 7*(CalendarWeeks-1)
	painFrom := today - (PainDays - 1)
	weekFrom := today - (WeekDays - 1)
	adhFrom := today - (AdherenceDays - 1)

	s.Calendar = make([]Day, today-calFrom+1)
	for i := range s.Calendar {
		s.Calendar[i].Date = dateOf(calFrom+i, loc)
	}
	s.Pain = make([]PainDay, PainDays)
	for i := range s.Pain {
		s.Pain[i].Date = dateOf(painFrom+i, loc)
	}
	s.Adherence = make([]Adherence, len(Daily))
	for i, r := range Daily {
		s.Adherence[i].Routine = r
	}

	const never = math.MinInt32
	first, firstActive, lastActive, lastFull := never, never, never, never
	run, fullRun, checkDays, weekStart := 0, 0, 0, len(sessions)

	// One day's sessions, summed up when the next day starts.
	var day struct {
		n      int
		active bool
		mask   int // bit i: Daily[i] had an active session
		pain   Mean
	}
	closeDay := func() {
		if day.active {
			if firstActive == never {
				firstActive = day.n
			}
			run = next(run, lastActive, day.n)
			lastActive, s.BestStreak = day.n, max(s.BestStreak, run)
			if day.mask == 1<<len(Daily)-1 {
				fullRun = next(fullRun, lastFull, day.n)
				lastFull, s.BestFullStreak = day.n, max(s.BestFullStreak, fullRun)
			}
		}
		if day.n >= calFrom {
			s.Calendar[day.n-calFrom].Done = bits.OnesCount(uint(day.mask))
		}
		if day.n >= adhFrom {
			for i := range Daily {
				if day.mask&(1<<i) != 0 {
					s.Adherence[i].Days++
				}
			}
		}
		if day.pain.N > 0 {
			if checkDays < WeekDays {
				s.FirstWeek.merge(day.pain)
				s.FirstWeekEnd = dateOf(day.n, loc)
				checkDays++
			}
			if day.n >= painFrom {
				s.Pain[day.n-painFrom].Pain = day.pain
			}
			if day.n >= weekFrom {
				s.Last7.merge(day.pain)
			}
		}
	}

	for i, x := range sessions {
		n := dayNumber(x.Start.In(loc))
		if i == 0 {
			first, day.n = n, n
		}
		// Where a clock change goes back across midnight, an hour of the
		// next day reads as the day before: it stays with the next day.
		if n > day.n {
			closeDay()
			day.n, day.active, day.mask, day.pain = n, false, 0, Mean{}
		}
		if day.n >= weekFrom && weekStart == len(sessions) {
			weekStart = i
		}
		s.Total += x.Actual
		if x.Active() {
			day.active = true
			for b, r := range Daily {
				if x.Routine == r {
					day.mask |= 1 << b
				}
			}
		}
		if x.PainBefore != history.NoPain {
			day.pain.add(x.PainBefore)
		}
	}
	if len(sessions) > 0 {
		closeDay()
	}

	if lastActive >= today-1 {
		s.Streak = run
	}
	if lastFull >= today-1 {
		s.FullStreak = fullRun
	}
	s.TodayActive, s.TodayFull = lastActive == today, lastFull == today
	if firstActive != never {
		s.FirstActive = dateOf(firstActive, loc)
	}
	of := AdherenceDays
	if first != never {
		of = min(of, today-first+1)
	}
	for i := range s.Adherence {
		s.Adherence[i].Of = of
	}

	s.Progress = history.Progress(sessions, now, ramp)
	s.Rhomboid = dose("morning", "rhomboid", s.Progress)
	s.ChildsPose = dose("evening", "childs-pose", s.Progress)
	s.Pushups = routines.VariantForWeek(s.Progress.Week)
	s.Trend = history.PainTrend(sessions[weekStart:], now)
	return s
}

// next is the length of a run of days after day n joins it, the run's
// last day having been last.
func next(run, last, n int) int {
	if n == last+1 {
		return run + 1
	}
	return 1
}

// dose is one exercise's dose in a built-in routine at progress p.
func dose(routine, exercise string, p routines.Progress) routines.Dose {
	r, _ := routines.BuiltinRoutine(routine)
	for _, d := range r.Doses(p) {
		if d.Exercise.ID == exercise {
			return d
		}
	}
	return routines.Dose{} // the routines tests guarantee this never happens
}

// dayNumber numbers t's calendar day (in t's location): consecutive days
// have consecutive numbers, whatever clock changes lie between them.
func dayNumber(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// dateOf is the start of day n in loc.
func dateOf(n int, loc *time.Location) time.Time {
	y, m, d := time.Unix(int64(n)*86400, 0).UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// DaysStretching is how many days have passed since the first active day,
// and false when there was none.
func (s Stats) DaysStretching() (int, bool) {
	if s.FirstActive.IsZero() {
		return 0, false
	}
	return dayNumber(s.Today) - dayNumber(s.FirstActive), true
}

// Comparable reports whether the first week of check-ins and the last 7
// days can be compared: both have check-ins and the first week ended
// before the last 7 days began.
func (s Stats) Comparable() bool {
	return s.FirstWeek.N > 0 && s.Last7.N > 0 &&
		dayNumber(s.FirstWeekEnd) < dayNumber(s.Today)-(WeekDays-1)
}
