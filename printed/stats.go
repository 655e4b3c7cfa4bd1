package printed

import (
	"fmt"
	"math"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
	"github.com/backstretch/backstretch/stats"
)

// Widths the stats view is laid out for; Stats clamps to them. Running
// text wraps at Width at most, the width of the other printed views.
const (
	statsMinWidth = 40
	statsMaxWidth = 120
)

// calendarCells are the calendar glyphs for 0–3 of the daily sessions done.
var calendarCells = [4]string{"·", "░", "▒", "█"}

// The pain chart: painChartRows rows of two pain levels each, half blocks
// for odd levels, and a low bar for a check-in of 0 (no bar is no
// check-in).
const (
	painChartRows = 5
	painFullBar   = "█"
	painHalfBar   = "▄"
	painZeroBar   = "▁"
)

// Stats renders s for a terminal width columns wide (clamped to 40–120).
// The calendar and the pain chart stand side by side when there is room,
// one under the other when not.
func Stats(st Styles, s stats.Stats, width int) string {
	width = min(max(width, statsMinWidth), statsMaxWidth)
	text := min(width, Width)
	header := st.Title.Render("Stats") + st.Dim.Render(" · "+s.Today.Format("Mon 2 Jan 2006"))
	if s.Sessions == 0 {
		return header + "\n\n" + Wrap("No sessions yet. Your streaks, calendar and pain trend show up here "+
			"after your first session: try backstretch morning (or midday, evening).", text)
	}
	cal, chart := statsCalendar(st, s), statsPainChart(st, s)
	var pictures string
	if lipgloss.Width(cal)+4+lipgloss.Width(chart) <= width {
		pictures = lipgloss.JoinHorizontal(lipgloss.Top, cal, "    ", chart)
	} else {
		pictures = cal + "\n\n" + chart
	}
	sections := []string{header, statsStreaks(st, s, text), pictures, statsPainSummary(st, s), statsAdherence(st, s), statsDosage(st, s, text)}
	if a := statsAdvice(st, s, text); a != "" {
		sections = append(sections, a)
	}
	return trimLines(strings.Join(sections, "\n\n"))
}

func statsStreaks(st Styles, s stats.Stats, width int) string {
	days := func(n int) string {
		word := "days"
		if n == 1 {
			word = "day"
		}
		return fmt.Sprintf("%4d %-4s", n, word)
	}
	return fmt.Sprintf("%s %s %s\n%s %s %s\n%s",
		st.Title.Render("Streak   "), days(s.Streak), st.Dim.Render("· best "+routines.Plural(s.BestStreak, "day", "days")),
		st.Title.Render("Full days"), days(s.FullStreak), st.Dim.Render("· best "+routines.Plural(s.BestFullStreak, "day", "days")),
		paintLines(st.Dim, Wrap("A day counts once a session on it is completed; a full day has all three: "+
			"morning, midday and evening.", width)))
}

// statsCalendar draws one row per week, Monday first, one cell per day.
func statsCalendar(st Styles, s stats.Stats) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n", st.Title.Render(fmt.Sprintf("Daily sessions, last %d weeks", stats.CalendarWeeks)),
		st.Dim.Render("        M  T  W  T  F  S  S"))
	for i, d := range s.Calendar {
		if i%7 == 0 {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(st.Dim.Render(d.Date.Format("_2 Jan")) + " ")
		}
		style := [4]lipgloss.Style{st.Dim, st.Done, st.Done, st.Full}[d.Done]
		if i == len(s.Calendar)-1 {
			b.WriteString(st.Title.Render("[") + style.Render(calendarCells[d.Done]) + st.Title.Render("]"))
		} else {
			b.WriteString(" " + style.Render(calendarCells[d.Done]) + " ")
		}
	}
	fmt.Fprintf(&b, "\n%s none  %s 1  %s 2  %s all 3  [ ] today", calendarCells[0], calendarCells[1], calendarCells[2], calendarCells[3])
	return b.String()
}

// statsPainChart draws the average pain before sessions of each day, one
// column a day, today on the right.
func statsPainChart(st Styles, s stats.Stats) string {
	title := st.Title.Render(fmt.Sprintf("Pain before sessions, last %d days", len(s.Pain)))
	heights := make([]int, len(s.Pain)) // in pain levels, -1 for no check-in
	some := false
	for i, d := range s.Pain {
		heights[i] = -1
		if d.Pain.N > 0 {
			heights[i], some = int(math.Round(d.Pain.Value())), true
		}
	}
	if !some {
		return title + "\n" + st.Dim.Render("No check-ins.")
	}
	var b strings.Builder
	b.WriteString(title)
	for row := painChartRows - 1; row >= 0; row-- {
		fmt.Fprintf(&b, "\n%s", st.Dim.Render(fmt.Sprintf("%2d┤", 2*row+2)))
		var line strings.Builder
		for _, h := range heights {
			switch {
			case h >= 2*row+2:
				line.WriteString(painFullBar)
			case h == 2*row+1:
				line.WriteString(painHalfBar)
			case row == 0 && h == 0:
				line.WriteString(painZeroBar)
			default:
				line.WriteByte(' ')
			}
		}
		b.WriteString(st.Pain.Render(strings.TrimRight(line.String(), " ")))
	}
	n := len(s.Pain)
	from := s.Pain[0].Date.Format("2 Jan")
	fmt.Fprintf(&b, "\n%s\n%s\n%s", st.Dim.Render(" 0└"+strings.Repeat("─", n)),
		st.Dim.Render("   "+from+strings.Repeat(" ", max(n-len(from)-len("today"), 1))+"today"),
		painZeroBar+" pain 0, no bar: no check-in")
	return b.String()
}

func statsPainSummary(st Styles, s stats.Stats) string {
	last, first := "no check-ins", "no check-ins yet"
	if s.Last7.N > 0 {
		last = fmt.Sprintf("%.1f (%s)", s.Last7.Value(), routines.Plural(s.Last7.N, "check-in", "check-ins"))
	}
	if s.FirstWeek.N > 0 {
		first = fmt.Sprintf("%.1f", s.FirstWeek.Value())
		diff := fmt.Sprintf("%.1f", math.Abs(s.Last7.Value()-s.FirstWeek.Value()))
		switch {
		case !s.Comparable() && s.Last7.N > 0:
			first += ", too soon to compare"
		case !s.Comparable():
		case diff == "0.0":
			first += ", no change"
		case s.Last7.Less(s.FirstWeek):
			first += ", now down " + diff
		default:
			first += ", now up " + diff
		}
	}
	return st.Title.Render("Average pain before sessions") + "\n  last 7 days  " + last + "\n  first week   " + first
}

func statsAdherence(st Styles, s stats.Stats) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", st.Title.Render("Last "+routines.Plural(s.Adherence[0].Of, "day", "days")))
	for _, a := range s.Adherence {
		fmt.Fprintf(&b, "\n  %-8s %2d/%d days", safetext.Line(a.Routine), a.Days, a.Of)
	}
	fmt.Fprintf(&b, "\n%s %s", st.Title.Render("Total time stretching"), totalTime(s.Total))
	return b.String()
}

// totalTime is minutes, or hours and minutes from two hours on.
func totalTime(d time.Duration) string {
	m := int(math.Round(d.Minutes()))
	if m < 120 {
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d h %02d min", m/60, m%60)
}

func statsDosage(st Styles, s stats.Stats, width int) string {
	pushups := fmt.Sprintf("Push-ups, week %d", s.Progress.Week)
	w := max(len(s.Rhomboid.Exercise.Name), len(s.ChildsPose.Exercise.Name), len(pushups))
	row := func(name, dose string) string { return hangBeside(fmt.Sprintf("  %-*s  ", w, name), dose, width) }
	return strings.Join([]string{
		// Each exercise grows by the days it was done: the rows say each
		// one's dose, and the heading only why it was held back, if it was.
		hangBeside(st.Title.Render("Today's dosage:")+" ", s.Progress.Note, width),
		row(s.Rhomboid.Exercise.Name, s.Rhomboid.String()),
		row(s.ChildsPose.Exercise.Name, s.ChildsPose.String()),
		row(pushups, s.Pushups.Name),
	}, "\n")
}

func statsAdvice(st Styles, s stats.Stats, width int) string {
	var lines []string
	for _, a := range s.Advice() {
		style := st.Done
		if a.Consult {
			style = st.Consult
		}
		lines = append(lines, paintLines(style, hangBeside("• ", a.Text, width)))
	}
	return strings.Join(lines, "\n")
}
