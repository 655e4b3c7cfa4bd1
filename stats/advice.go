package stats

import (
	"fmt"
	"math"
)

// Advice is one line of advice for the stats view.
type Advice struct {
	Text string
	// Consult is set when the advice is to have the pain evaluated.
	Consult bool
}

// Advice returns what applies, in this order:
//
//   - pain worsening over a week of consistent stretching (000: it needs a
//     professional evaluation), as history.Trend.Advice words it;
//   - the 2–3 week check (000: "Within 2-3 weeks, you should notice
//     reduced tension and increased mobility"): CheckAfterDays or more
//     after the first active day, the last 7 days' average pain before
//     sessions is compared with the first week's, and the result is said
//     as it is. The article speaks of tension, not of pain, and gives no
//     advice for when it has not eased, so neither does the program: it
//     only shows what the pain log says beside what the article expects.
func (s Stats) Advice() []Advice {
	var out []Advice
	if a := s.Trend.Advice(); a != "" {
		out = append(out, Advice{Text: a, Consult: true})
	}
	days, ok := s.DaysStretching()
	if !ok || days < CheckAfterDays || !s.Comparable() {
		return out
	}
	// Compared as shown, to one decimal: "went down: 2.0 …, 2.0 …" must
	// never be said.
	first, last := math.Round(s.FirstWeek.Value()*10)/10, math.Round(s.Last7.Value()*10)/10
	moved := "has not gone down"
	if last < first {
		moved = "went down"
	}
	return append(out, Advice{Text: fmt.Sprintf("You started stretching %d days ago. The article expects less tension "+
		"and more mobility within 2–3 weeks of regular stretching; the pain you logged before sessions %s: %.1f in "+
		"your first week, %.1f over the last 7 days.", days, moved, first, last)})
}
