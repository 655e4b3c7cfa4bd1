package stats

import "fmt"

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
//     sessions is compared with the first week's. Lower matches what the
//     article expects; not lower is said plainly, with the suggestion to
//     have it evaluated.
func (s Stats) Advice() []Advice {
	var out []Advice
	if a := s.Trend.Advice(); a != "" {
		out = append(out, Advice{Text: a, Consult: true})
	}
	days, ok := s.DaysStretching()
	if !ok || days < CheckAfterDays || !s.Comparable() {
		return out
	}
	first, last := s.FirstWeek.Value(), s.Last7.Value()
	if s.Last7.Less(s.FirstWeek) {
		return append(out, Advice{Text: fmt.Sprintf("Your pain before sessions went down from %.1f in your first week "+
			"to %.1f over the last 7 days. That is what the article expects after 2–3 weeks of regular stretching: "+
			"less tension and more mobility.", first, last)})
	}
	return append(out, Advice{Consult: true, Text: fmt.Sprintf("You started stretching %d days ago and your pain before "+
		"sessions has not gone down: %.1f in your first week, %.1f over the last 7 days. The article expects less "+
		"tension within 2–3 weeks; since that has not happened, consider having your back evaluated by a doctor "+
		"or physiotherapist.", days, first, last)})
}
