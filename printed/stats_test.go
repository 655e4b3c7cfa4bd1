package printed

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/stats/statstest"
)

// sixtyStats computes statstest's sixty-day history as of its now, and
// returns the generator's tally of the actual time.
func sixtyStats() (stats.Stats, time.Duration) {
	recs, total := statstest.Sixty()
	return stats.Compute(recs, statstest.SixtyNow, routines.DefaultRampDays), total
}

// sixtyDay is the generator's day number of a date of the sixty days.
func sixtyDay(t *testing.T, d time.Time) int {
	t.Helper()
	i, ok := statstest.DayIndex(d)
	if !ok {
		t.Fatalf("%s is not near the sixty days", d.Format("2006-01-02"))
	}
	return i
}

// TestTheStatsViewLooksAsExpected compares the sixty-day view, colour
// stripped, with testdata/TestTheStatsViewLooksAsExpected/*.golden; `go
// test ./ui -run TestTheStatsViewLooksAsExpected -update` rewrites them.
func TestTheStatsViewLooksAsExpected(t *testing.T) {
	t.Parallel()
	s, _ := sixtyStats()
	for _, width := range []int{80, 40} {
		t.Run(strconv.Itoa(width), func(t *testing.T) {
			golden.RequireEqual(t, ansi.Strip(Stats(colour(), s, width))+"\n")
		})
	}
}

// statsViews are stats of several shapes, for the layout tests.
func statsViews() map[string]stats.Stats {
	sixty, _ := sixtyStats()
	worse, pain := map[int]string{}, map[int]int{}
	for off := -20; off <= 0; off++ {
		worse[off], pain[off] = "morning", 3
	}
	for off := -2; off <= 0; off++ {
		pain[off] = 6
	}
	ten, now := statstest.TenYears()
	var stop statstest.Builder
	stop.Add(statstest.At(-2, 0, 0), statstest.Session{Routine: "evening", Hour: 19, Outcome: "completed", Done: 3,
		Actual: 5 * time.Minute, Before: 2, After: -1})
	stop.Add(statstest.At(-1, 0, 0), statstest.Session{Routine: "evening", Hour: 19, Outcome: "stopped for pain", Done: 1,
		Actual: time.Minute, Before: 3, After: -1})
	at := statstest.At
	return map[string]stats.Stats{
		"sixty days": sixty,
		"empty":      stats.Compute(nil, at(0, 9, 0), 4),
		"first day":  stats.Compute(statstest.Hist(map[int]string{0: "morning"}, map[int]int{0: 0}), at(0, 9, 0), 4),
		"worsening":  stats.Compute(statstest.Hist(worse, pain), at(0, 20, 0), 4),
		"stopped":    stats.Compute(stop.Recs, at(0, 9, 0), routines.MaxRampDays),
		"ten years":  stats.Compute(ten, now, 4),
	}
}

func TestTheStatsViewSaysTheStreaks(t *testing.T) {
	t.Parallel()
	s, _ := sixtyStats()
	out := ansi.Strip(Stats(colour(), s, 80))
	for _, re := range []string{`Streak\s+9 days · best 23 days`, `Full days\s+2 days · best 13 days`} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("the view does not match %q:\n%s", re, out)
		}
	}
}

func TestTheCalendarShowsTheDailySessionsDoneEachDay(t *testing.T) {
	t.Parallel()
	s, _ := sixtyStats()
	for _, width := range []int{80, 40} {
		rows := calendarRows(t, ansi.Strip(Stats(colour(), s, width)))
		for i, d := range s.Calendar {
			row, col := rows[i/7], 7+3*(i%7)+1
			if label := string(row[:6]); label != d.Date.AddDate(0, 0, -(i%7)).Format("_2 Jan") {
				t.Errorf("width %d: week %d is labelled %q", width, i/7, label)
			}
			if got, want := string(row[col]), calendarCells[statstest.DailyDone(sixtyDay(t, d.Date))]; got != want {
				t.Errorf("width %d: %s shows %q, want %q", width, d.Date.Format("Mon 2 Jan"), got, want)
			}
			today := row[col-1] == '[' && row[col+1] == ']'
			if today != (i == len(s.Calendar)-1) {
				t.Errorf("width %d: %s marked as today: %v", width, d.Date.Format("Mon 2 Jan"), today)
			}
		}
		if last := rows[len(rows)-1]; len(last) > 7+3*5 && strings.TrimSpace(string(last[7+3*5:min(len(last), 7+3*7)])) != "" {
			t.Errorf("width %d: days after today are drawn: %q", width, string(last))
		}
	}
}

// calendarRows finds the calendar's week rows in a plain view, as runes.
func calendarRows(t *testing.T, view string) [][]rune {
	t.Helper()
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "        M  T  W  T  F  S  S") {
			var rows [][]rune
			for _, r := range lines[i+1 : i+1+stats.CalendarWeeks] {
				rows = append(rows, []rune(r+strings.Repeat(" ", 30)))
			}
			return rows
		}
	}
	t.Fatalf("no calendar in:\n%s", view)
	return nil
}

func TestThePainChartAndAveragesShowTheCheckInsBefore(t *testing.T) {
	t.Parallel()
	s, _ := sixtyStats()
	for _, width := range []int{80, 40} {
		out := ansi.Strip(Stats(colour(), s, width))
		for _, want := range []string{"last 7 days 2.2 (13 check-ins)", "first week 6.2, now down 4.0"} {
			if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
				t.Errorf("width %d: the view does not say %q:\n%s", width, want, out)
			}
		}
		heights := chartHeights(t, out)
		for k, d := range s.Pain {
			want := -1
			if sum, n := statstest.PainBefore(sixtyDay(t, d.Date)); n > 0 {
				want = (2*sum + n) / (2 * n) // rounded half up
			}
			if heights[k] != want {
				t.Errorf("width %d: %s drawn %d high, want %d", width, d.Date.Format("2 Jan"), heights[k], want)
			}
		}
	}
}

// chartHeights reads the pain chart of a plain view: each column's height
// in pain levels (█ is two, ▄ one, ▁ a check-in of 0), -1 for no bar.
func chartHeights(t *testing.T, view string) []int {
	t.Helper()
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		col := strings.Index(l, "10┤")
		if col < 0 {
			continue
		}
		col = len([]rune(l[:col])) + 3 // the first day's column
		heights := make([]int, stats.PainDays)
		for k := range heights {
			heights[k] = -1
			for row := range painChartRows {
				r := []rune(lines[i+row] + strings.Repeat(" ", 80))
				switch r[col+k] {
				case '█':
					heights[k] = max(heights[k], 0) + 2
				case '▄':
					heights[k] = max(heights[k], 0) + 1
				case '▁':
					heights[k] = max(heights[k], 0)
				}
			}
		}
		return heights
	}
	t.Fatalf("no pain chart in:\n%s", view)
	return nil
}

func TestTheStatsViewSaysAdherenceTimeAndDosage(t *testing.T) {
	t.Parallel()
	s, total := sixtyStats()
	out := ansi.Strip(Stats(colour(), s, 80))
	for _, re := range []string{`morning\s+13/14 days`, `midday\s+11/14 days`, `evening\s+12/14 days`,
		fmt.Sprintf(`Total time stretching %d h %02d min`, int(math.Round(total.Minutes()))/60, int(math.Round(total.Minutes()))%60),
		`Today's dosage:`, `Rhomboid stretch\s+2 × 20 s`, `Child's pose\s+2 × 30 s`,
		`Push-ups, week 9\s+floor push-ups`} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("the view does not match %q:\n%s", re, out)
		}
	}
}

// TestTheStatsViewGivesTheAdvice: the sixty days' one advice (the pain
// went down), and both advices of a worsening, each whole in the view.
func TestTheStatsViewGivesTheAdvice(t *testing.T) {
	t.Parallel()
	sixty, _ := sixtyStats()
	for name, s := range map[string]stats.Stats{"sixty days": sixty, "worsening": statsViews()["worsening"]} {
		adv := s.Advice()
		if len(adv) == 0 {
			t.Fatalf("%s: no advice", name)
		}
		out := ansi.Strip(Stats(colour(), s, 40))
		flat := strings.Join(strings.Fields(out), " ")
		for _, a := range adv {
			if !strings.Contains(flat, "• "+a.Text) {
				t.Errorf("%s: the advice %q is not in the view:\n%s", name, a.Text, out)
			}
		}
	}
}

func TestNoChangeInPainIsSaid(t *testing.T) {
	t.Parallel()
	days, pain := map[int]string{}, map[int]int{}
	for off := -20; off <= 0; off++ {
		days[off], pain[off] = "morning midday evening", 4
	}
	s := stats.Compute(statstest.Hist(days, pain), statstest.At(0, 20, 0), 4)
	if out := ansi.Strip(Stats(colour(), s, 80)); !regexp.MustCompile(`first week\s+4\.0, no change`).MatchString(out) {
		t.Errorf("the view does not say there was no change:\n%s", out)
	}
}

func TestAnEmptyHistoryIsAFriendlyStatsView(t *testing.T) {
	t.Parallel()
	s := stats.Compute(nil, statstest.At(0, 9, 0), 4)
	for _, width := range []int{0, 40, 80, 200} {
		out := ansi.Strip(Stats(colour(), s, width))
		if !strings.Contains(out, "No sessions yet.") || strings.Contains(out, "rror") {
			t.Errorf("width %d:\n%s", width, out)
		}
	}
}

func TestTheStatsViewOfTheFirstDays(t *testing.T) {
	t.Parallel()
	s := stats.Compute(statstest.Hist(map[int]string{-2: "morning", 0: "morning evening"}, map[int]int{0: 3}), statstest.At(0, 20, 0), 4)
	out := ansi.Strip(Stats(colour(), s, 80))
	for _, want := range []string{"Last 3 days", "3.0, too soon to compare", "Rhomboid stretch  1 × 13 s", "Child's pose      1 × 10 s", "Push-ups, week 1  wall push-ups"} {
		if !strings.Contains(out, want) {
			t.Errorf("the view does not say %q:\n%s", want, out)
		}
	}
}

func TestAStopForPainShowsWhyTheDosageStepsBack(t *testing.T) {
	t.Parallel()
	out := ansi.Strip(Stats(colour(), statsViews()["stopped"], 40))
	if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, "Today's dosage: one step back after the stop for pain on Tue 30 Jun") {
		t.Errorf("the dosage does not say why:\n%s", out)
	}
}

func TestEveryStatsLineFitsTheWidthFromFortyToAHundredAndTwentyColumns(t *testing.T) {
	t.Parallel()
	for name, s := range statsViews() {
		for width := statsMinWidth; width <= statsMaxWidth; width++ {
			out := Stats(colour(), s, width)
			for _, l := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("%s at %d columns: a line is %d wide: %q", name, width, w, ansi.Strip(l))
				}
			}
		}
		for _, width := range []int{0, 10, 39} {
			if got, want := Stats(colour(), s, width), Stats(colour(), s, statsMinWidth); got != want {
				t.Errorf("%s at %d columns is not laid out for %d", name, width, statsMinWidth)
			}
		}
	}
}

func TestTheChartDrawsNoPainAndTheTopOfTheScale(t *testing.T) {
	t.Parallel()
	var b statstest.Builder
	for off, pain := range map[int]int{-3: 10, -2: 9, 0: 0} {
		b.Add(statstest.At(off, 0, 0), statstest.Session{Routine: "morning", Hour: 8, Outcome: "completed", Done: 1,
			Actual: time.Minute, Before: pain, After: -1})
	}
	b.Add(statstest.At(-1, 0, 0), statstest.Session{Routine: "morning", Hour: 8, Outcome: "completed", Done: 1,
		Actual: time.Minute, Before: -1, After: -1}) // no check-in
	heights := chartHeights(t, ansi.Strip(Stats(colour(), stats.Compute(b.Recs, statstest.At(0, 9, 0), 4), 80)))
	want := make([]int, stats.PainDays)
	for i := range want {
		want[i] = -1
	}
	want[stats.PainDays-4], want[stats.PainDays-3], want[stats.PainDays-1] = 10, 9, 0
	for i := range want {
		if heights[i] != want[i] {
			t.Errorf("column %d is %d high, want %d", i, heights[i], want[i])
		}
	}
}

func TestTheCalendarAndTheChartStandSideBySideWhenThereIsRoom(t *testing.T) {
	t.Parallel()
	s, _ := sixtyStats()
	side := func(width int) bool {
		for _, l := range strings.Split(ansi.Strip(Stats(colour(), s, width)), "\n") {
			if strings.Contains(l, "Daily sessions") {
				return strings.Contains(l, "Pain before sessions")
			}
		}
		t.Fatalf("no calendar at %d columns", width)
		return false
	}
	if !side(80) || side(60) || side(40) {
		t.Errorf("side by side at 80, 60, 40: %v %v %v; want true false false", side(80), side(60), side(40))
	}
}

// sgr matches a select graphic rendition sequence.
var sgr = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// hasColour tells whether an SGR sequence in s sets a colour.
func hasColour(s string) bool {
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, _ := strconv.Atoi(p)
			if n >= 30 && n <= 49 || n >= 90 && n <= 107 {
				return true
			}
		}
	}
	return false
}

func TestWithoutColourTheStatsViewReadsTheSame(t *testing.T) {
	t.Parallel()
	for name, s := range statsViews() {
		view := Stats(colour(), s, 80)
		if name == "sixty days" && !hasColour(view) {
			t.Errorf("%s: the view has no colour to strip; the test would prove nothing", name)
		}
		plain := ansi.Strip(view)
		for _, env := range [][]string{
			{"TTY_FORCE=1", "TERM=xterm-256color"},               // a colour terminal: the control
			{"TTY_FORCE=1", "TERM=xterm-256color", "NO_COLOR=1"}, // the same with NO_COLOR: bold and faint only
			{"TERM=xterm-256color"},                              // not a terminal (a pipe, --no-color): no escapes at all
		} {
			var buf bytes.Buffer
			w := colorprofile.NewWriter(&buf, env)
			if _, err := w.WriteString(view); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if want := len(env) == 2 && hasColour(view); hasColour(out) != want {
				t.Errorf("%s with %v (profile %v): colour %v, want %v", name, env, w.Profile, hasColour(out), want)
			}
			if len(env) == 1 && strings.Contains(out, "\x1b") {
				t.Errorf("%s with %v: escapes are left", name, env)
			}
			if ansi.Strip(out) != plain {
				t.Errorf("%s with %v: the text changed when the colour went:\n%s", name, env, ansi.Strip(out))
			}
		}
	}
	// What colour marks, the plain text says too: today, the cells, the legend.
	s, _ := sixtyStats()
	plain := ansi.Strip(Stats(colour(), s, 80))
	for _, want := range []string{"[█]", "· none  ░ 1  ▒ 2  █ all 3  [ ] today", "▁ pain 0, no bar: no check-in", "• You started stretching"} {
		if !strings.Contains(plain, want) {
			t.Errorf("the plain view lacks %q:\n%s", want, plain)
		}
	}
}

// BenchmarkStatsTenYears measures stats.Compute and Stats over ten years
// of history (about 14,500 sessions), the records generated once.
func BenchmarkStatsTenYears(b *testing.B) {
	recs, now := statstest.TenYears()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = Stats(colour(), stats.Compute(recs, now, routines.DefaultRampDays), 80)
	}
}

func TestTotalTimeReadsInMinutesThenHours(t *testing.T) {
	t.Parallel()
	for d, want := range map[time.Duration]string{0: "0 min", 119 * time.Minute: "119 min", 120 * time.Minute: "2 h 00 min", 50596 * time.Minute: "843 h 16 min"} {
		if got := totalTime(d); got != want {
			t.Errorf("totalTime(%v) = %q, want %q", d, got, want)
		}
	}
}
