package history

import (
	"fmt"
	"math"
	"time"
)

// The trend rule (SPEC §5, 000: "pain worsening despite consistent
// stretching for 7 days" needs a professional evaluation). The article
// gives no numbers, so these are our choices, kept modest:
const (
	// TrendDays is the window: the last 7 calendar days, today included.
	TrendDays = 7
	// ConsistentDays is how many of them must be active days to count as
	// consistent stretching (one missed day still counts).
	ConsistentDays = 6
	// TrendEnds is how many days at each end of the window are compared.
	TrendEnds = 3
	// TrendRise is how much higher (out of 10) the average pain before
	// sessions must be at the end of the window than at its start.
	TrendRise = 1.0
)

// Trend is how pain before sessions moved over the last TrendDays days.
type Trend struct {
	// ActiveDays is how many days of the window had an active session.
	ActiveDays int
	// Early and Late are the average pain before sessions in the first
	// and last TrendEnds days of the window; NaN when there was none.
	Early, Late float64
}

// PainTrend sums up the window ending today (now's day).
func PainTrend(sessions []Session, now time.Time) Trend {
	today := dayOf(now)
	from := today.AddDate(0, 0, -(TrendDays - 1))
	active := map[time.Time]bool{}
	var early, late []int
	for _, s := range sessions {
		d := dayOf(s.Start.In(now.Location()))
		if d.Before(from) || d.After(today) {
			continue
		}
		if s.Active() {
			active[d] = true
		}
		if s.PainBefore == NoPain {
			continue
		}
		switch n := daysBetween(from, d); {
		case n < TrendEnds:
			early = append(early, s.PainBefore)
		case n >= TrendDays-TrendEnds:
			late = append(late, s.PainBefore)
		}
	}
	return Trend{ActiveDays: len(active), Early: mean(early), Late: mean(late)}
}

func mean(xs []int) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

// Worsening reports whether pain got worse over a week of consistent
// stretching.
func (t Trend) Worsening() bool {
	return t.ActiveDays >= ConsistentDays && t.Late-t.Early >= TrendRise // NaN compares false
}

// Advice is what to tell the person when the trend is worsening, or "".
func (t Trend) Advice() string {
	if !t.Worsening() {
		return ""
	}
	// One decimal, as the numbers are averages: whole numbers could read
	// "from 2 to 2" for a rise of a whole point.
	return fmt.Sprintf("Your pain before sessions went from %.1f to %.1f out of 10 over the last %d days, "+
		"and you stretched on %d of them (the program counts %d of %d days as a week of regular stretching). "+
		"The article says pain that worsens despite a week of consistent stretching needs a professional "+
		"evaluation: see a doctor or physiotherapist.",
		t.Early, t.Late, TrendDays, t.ActiveDays, ConsistentDays, TrendDays)
}
