package ui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/safetext"
	"github.com/backstretch/backstretch/session"
)

// The parts of the session screen that change while a step runs, and the
// lines around them: the header, the badges, the countdown and pacer, the
// next step and the keys.

// header: the routine, where we are, and the plan's clock.
func (m Model) header(now time.Time, w int, full bool) string {
	p := m.s.Plan
	var pos time.Duration
	for i := range m.s.Index() {
		pos += p.Steps[i].Duration
	}
	pos += m.s.Countdown().Elapsed(now)
	item := m.s.Current().Item + 1
	// The running time changes every second: it stays unstyled (the
	// terminal's own colour), so a second costs the fewest bytes.
	elapsed, total := printed.MinSec(pos.Truncate(time.Second)), " / "+printed.MinSec(p.Duration())
	clock := elapsed + total
	where := fmt.Sprintf("exercise %d of %d · step %d of %d", item, p.Exercises(), m.s.Index()+1, len(p.Steps))
	name := safetext.Line(p.Routine.Name)
	if !full {
		name = strings.TrimSuffix(name, " routine")
		where = fmt.Sprintf("%d/%d", item, p.Exercises())
	}
	left := m.styles.Header.Render(name) + m.styles.Dim.Render(" · "+where)
	gap := w - lipgloss.Width(left) - lipgloss.Width(clock)
	if gap < 1 {
		return truncate(m.styles.Header.Render(name)+" "+clock, w)
	}
	return left + strings.Repeat(" ", gap) + elapsed + m.styles.Dim.Render(total)
}

// badges: what kind of moment this is, the rep or set, and the side.
func (m Model) badges(st session.Step, w int) string {
	style := m.styles.Active
	switch st.Kind {
	case session.Ready, session.Switch:
		style = m.styles.Ready
	case session.Rest:
		style = m.styles.Rest
	}
	label := st.Label()
	if m.s.IsPaused() {
		style, label = m.styles.Paused, "PAUSED"
	}
	parts := []string{style.Render(label)}
	switch {
	case st.Kind == session.Hold && st.Reps > 1:
		parts = append(parts, fmt.Sprintf("rep %d of %d", st.Rep, st.Reps))
	case st.Kind == session.Reps && st.Sets > 1:
		parts = append(parts, fmt.Sprintf("set %d of %d", st.Set, st.Sets))
	}
	if st.Side != 0 {
		parts = append(parts, m.styles.Side.Render(strings.ToUpper(st.Side.String())+" side"))
	}
	if st.Direction != "" {
		parts = append(parts, m.styles.Side.Render(st.Direction))
	}
	return truncate(strings.Join(parts, "  "), w)
}

// countdown: the time left, large where there is room, with its bar.
func (m Model) countdown(now time.Time, w int, full bool) string {
	cd := m.s.Countdown()
	st := m.s.Current()
	// What is counted: the time left, or the reps the person has counted.
	big := printed.MinSec(time.Duration(cd.Seconds(now)) * time.Second)
	small, frac := big, cd.Fraction(now)
	if m.opts.ReducedMotion {
		// The bar moves once a second, with the digits.
		total := cd.Total()
		frac = min(max(float64(total-time.Duration(cd.Seconds(now))*time.Second)/float64(total), 0), 1)
	}
	if m.s.Counting() {
		rep := m.s.Pace(now).Rep
		big, small = fmt.Sprintf("%d/%d", rep, st.Reps), fmt.Sprintf("rep %d of %d", rep, st.Reps)
		frac = float64(rep-1) / float64(st.Reps)
	}
	bar := m.bar
	bar.FullColor, bar.EmptyColor = m.barColor(st), m.styles.BarEmpty
	if full {
		bar.SetWidth(min(w, 40))
		return m.styles.Count.Render(bigText(big)) + "\n" + bar.ViewAs(frac)
	}
	bar.SetWidth(max(w-len(small)-2, 4))
	return m.styles.Count.Render(small) + "  " + bar.ViewAs(frac)
}

func (m Model) barColor(st session.Step) color.Color {
	switch st.Kind {
	case session.Ready, session.Switch:
		return m.styles.BarReady
	case session.Rest:
		return m.styles.BarRest
	}
	return m.styles.BarActive
}

// paceLine: the rep counter of timed reps, or the breathing pacer.
func (m Model) paceLine(st session.Step, now time.Time, w int) string {
	if m.s.Counting() || len(st.Pattern) == 0 {
		return ""
	}
	pc := m.s.Pace(now)
	if st.Kind == session.Reps {
		return m.styles.Header.Render(fmt.Sprintf("%s %d of %d", strings.TrimSuffix(st.Exercise.RepUnit(), "s"), pc.Rep, st.Reps))
	}
	// The pacer swells while breathing in and empties while breathing out.
	phase := st.Pattern[pc.Phase]
	left := pc.PhaseLeft
	if m.opts.ReducedMotion {
		left = left.Round(time.Second) // it moves once a second
	}
	frac := min(max(1-float64(left)/float64(phase.Dur), 0), 1)
	if pc.Phase%2 == 1 {
		frac = 1 - frac
	}
	label := fmt.Sprintf("%-12s", phase.Cue+"…")
	n := max(w-lipgloss.Width(label)-1, 4)
	fill := int(frac*float64(n) + 0.5)
	return m.styles.Cue.Render(label) + " " + m.styles.Count.Render(strings.Repeat("●", fill)) + m.styles.Dim.Render(strings.Repeat("·", n-fill))
}

func (m Model) nextStep() session.Step {
	if i := m.s.Index() + 1; i < len(m.s.Plan.Steps) {
		return m.s.Plan.Steps[i]
	}
	return session.Step{}
}

// next: what comes after this step.
func (m Model) next(w int) string {
	text := "Next: the end of the session"
	if n := m.nextStep(); n.Exercise != nil {
		text = "Next: " + n.Short()
	}
	return m.styles.Dim.Render(truncate(text, w))
}

// keyLines are the keys for width w: the full list with ?, else the keys
// of this moment broken between keys, on one line in the full layout and
// two in the compact one. The stop and quit keys and ? always show; the
// others give way from the end when there is no room.
func (m Model) keyLines(w int, full bool) []string {
	k := m.activeKeys()
	if m.fullHelp {
		h := m.help
		h.SetWidth(0)
		if table := h.FullHelpView(k.FullHelp()); lipgloss.Width(table) <= w {
			return strings.Split(table, "\n")
		}
		// Too narrow for the columns: every key, one after another, on as
		// many lines as they need.
		var all []key.Binding
		for _, col := range k.FullHelp() {
			all = append(all, col...)
		}
		return keyRows(m.help, everyKey(all...), w, len(all))
	}
	rows := 2
	if full {
		rows = 1
	}
	return keyRows(m.help, k.shown(), w, rows)
}
