package ui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/assets"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// The smallest pane the session fits in, and the size from which the full
// layout (figure, step list) is used.
const (
	MinWidth, MinHeight   = 40, 12
	FullWidth, FullHeight = 70, 20
)

// View renders the session full screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.render(m.opts.Clock.Now()))
	v.AltScreen = true
	v.WindowTitle = "backstretch · " + fromFile(m.s.Plan.Routine.Name)
	return v
}

// layoutKey is everything the still parts of the screen depend on; they
// are laid out once per key, not on every tick.
type layoutKey struct {
	step, frame, width, height int
	paused, counting, fullHelp bool
	selfCount                  bool
	dark                       bool
	notice, unsaved            string
}

// layout is the still part of the screen for one layoutKey: everything but
// the clock, the countdown, its bar and the pacer.
type layout struct {
	key                 layoutKey
	full                bool
	inner, textW        int
	above               []string // left-column lines above the countdown
	figure              []string
	extra, bottom, rule []string
}

// viewCache holds the last layout. Model values share it through a pointer,
// which is safe because a layout depends only on its key.
type viewCache struct{ l *layout }

func (m Model) render(now time.Time) string {
	w, h := m.width, m.height
	if w == 0 || h == 0 {
		return "" // no size yet: the first WindowSizeMsg is on its way
	}
	if w < MinWidth || h < MinHeight {
		return m.styles.Warning.Render(tooSmall(w, h))
	}
	l := m.layoutFor(now)
	left := append([]string(nil), l.above...)
	left = append(left, strings.Split(m.countdown(now, l.textW, l.full), "\n")...)
	if line := m.paceLine(m.s.Current(), now, l.textW); line != "" {
		left = append(left, line)
	}
	// The figure stands to the right of the left column.
	for len(left) < len(l.figure) {
		left = append(left, "")
	}
	for i, fig := range l.figure {
		left[i] += strings.Repeat(" ", max(l.textW-lipgloss.Width(left[i]), 0)+3) + fig
	}

	lines := []string{m.header(now, l.inner, l.full)}
	lines = append(lines, l.rule...)
	body := append(append([]string{""}, left...), l.extra...)
	// Whatever does not fit comes out of the body, never the keys.
	body = body[:min(len(body), max(h-len(lines)-len(l.bottom), 0))]
	lines = append(lines, body...)
	for len(lines)+len(l.bottom) < h {
		lines = append(lines, "")
	}
	lines = append(lines, l.bottom...)
	var b strings.Builder
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteByte(' ')
		b.WriteString(line)
	}
	return b.String()
}

// layoutFor returns the still parts of the screen, laid out anew only when
// something they show has changed.
func (m Model) layoutFor(now time.Time) *layout {
	st := m.s.Current()
	key := layoutKey{
		step: m.s.Index(), width: m.width, height: m.height,
		paused: m.s.IsPaused(), counting: m.s.Counting(), fullHelp: m.fullHelp, selfCount: m.s.SelfCount(),
		dark: m.styles.dark, notice: m.notice, unsaved: m.unsaved,
	}
	frames := assets.Figure(st.Exercise.ID)
	if len(frames) > 1 && st.Kind == session.Reps && !m.s.Counting() && !m.opts.ReducedMotion {
		key.frame = m.s.Pace(now).Phase % len(frames)
	}
	if c := m.cache.l; c != nil && c.key == key {
		return c
	}
	full := m.width >= FullWidth && m.height >= FullHeight
	l := &layout{key: key, full: full, inner: m.width - 2}
	l.textW = l.inner
	if full && len(frames) > 0 {
		l.figure = strings.Split(m.styles.Dim.Render(strings.Join(frames[key.frame], "\n")), "\n")
		l.textW = l.inner - lipgloss.Width(frames[key.frame][0]) - 3
	}
	gap := []string{""} // a spacer line, where there is room for one
	if !full {
		gap = nil
	}
	l.above = []string{m.styles.Title.Render(truncate(st.Exercise.Title(), l.textW))}
	l.above = append(l.above, gap...)
	l.above = append(l.above, m.badges(st, l.textW))
	l.above = append(l.above, gap...)
	l.above = append(l.above, strings.Split(m.instruction(st, now, l.textW, full), "\n")...)
	l.above = append(l.above, gap...)

	rule := m.styles.Rule.Render(strings.Repeat("─", l.inner))
	l.rule = []string{rule}
	l.bottom = []string{m.next(l.inner)}
	if m.notice != "" {
		l.bottom = append(l.bottom, m.styles.Notice.Render(truncate(fromFile(m.notice), l.inner)))
	}
	if m.unsaved != "" {
		// Wrapped, not cut: how many records wait and why both matter.
		l.bottom = append(l.bottom, styleLines(m.styles.Warning, lipgloss.Wrap(m.unsaved, l.inner, " "))...)
	}
	l.bottom = append(l.bottom, rule)
	for _, line := range strings.Split(m.helpView(l.inner), "\n") {
		l.bottom = append(l.bottom, truncate(line, l.inner))
	}

	// Optional parts, most useful first, while the rows last: the body
	// holds a blank line and the left column (at least as tall as the
	// figure): the lines above, the countdown (big digits and bar, or one
	// line) and the pacer or rep line.
	count := 1
	if full {
		count = 4
	}
	if len(st.Pattern) > 0 && !m.s.Counting() {
		count++
	}
	used := len(l.rule) + 1 + len(l.bottom) + 1 + max(len(l.above)+count, len(l.figure))
	room := m.height - used
	for _, part := range m.optional(st, l.inner, full) {
		lines := strings.Split(part, "\n")
		if len(lines)+1 <= room {
			l.extra = append(append(l.extra, ""), lines...)
			room -= len(lines) + 1
		}
	}
	m.cache.l = l
	return l
}

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
	elapsed, total := mmss(pos.Truncate(time.Second)), " / "+mmss(p.Duration())
	clock := elapsed + total
	where := fmt.Sprintf("exercise %d of %d · step %d of %d", item, p.Exercises(), m.s.Index()+1, len(p.Steps))
	name := fromFile(p.Routine.Name)
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

// instruction: what to do now, in plain words.
func (m Model) instruction(st session.Step, now time.Time, w int, full bool) string {
	ex := st.Exercise
	var text string
	switch st.Kind {
	case session.Ready:
		text = "Get into position. " + strings.Join(st.Dose.Setup(), " ")
		if len(ex.Setup) == 0 {
			text = "Get ready: " + ex.Steps[0]
		}
	case session.Switch:
		text = fmt.Sprintf("Switch to the %s side: %s.", st.Side, st.SideCue)
	case session.Hold:
		text = ex.Cue
		if st.SideCue != "" {
			text = capitalize(st.SideCue) + ". " + ex.Cue
		}
	case session.Reps:
		text = capitalize(m.s.Pace(now).Cue) + "…"
		if m.s.Counting() {
			text = "Do each rep at your own pace and press space after it. " + ex.Cue
		}
	case session.Timed:
		text = ex.Cue
	case session.Rest:
		text = "Rest and breathe."
	}
	lines := 3
	switch {
	case !full:
		lines = 2
	case st.Kind == session.Ready:
		lines = 4 // the whole set-up, while getting into position
	}
	return m.styles.Cue.Render(clip(lipgloss.Wrap(text, w, " "), lines))
}

// countdown: the time left, large where there is room, with its bar.
func (m Model) countdown(now time.Time, w int, full bool) string {
	cd := m.s.Countdown()
	st := m.s.Current()
	// What is counted: the time left, or the reps the person has counted.
	big := mmss(time.Duration(cd.Seconds(now)) * time.Second)
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

// optional: what to show when rows allow, most useful first: during the
// exercise what you should (not) feel, then what it is for, then its steps.
func (m Model) optional(st session.Step, w int, full bool) []string {
	ex := st.Exercise
	// Today's dosage and why: on the first step, and wherever there is room.
	parts := []string{m.styles.Dim.Render(truncate("Today: "+m.s.Plan.Progress.For(m.s.Plan.Routine), w))}
	// The discomfort rule, once a session (SPEC §5): while getting ready
	// for the first exercise, before anything else that is optional.
	if m.s.Index() == 0 {
		parts = append([]string{m.styles.Notice.Render(lipgloss.Wrap(routines.DiscomfortNote, w, " "))}, parts...)
	}
	var feel []string
	if ex.Feel != "" {
		feel = append(feel, "Feel it: "+lowerFirst(ex.Feel))
	}
	if ex.NotFeel != "" {
		feel = append(feel, "Not: "+lowerFirst(ex.NotFeel))
	}
	if len(feel) > 0 && st.Kind != session.Ready {
		parts = append(parts, m.styles.Dim.Render(lipgloss.Wrap(strings.Join(feel, " "), w, " ")))
	}
	if full {
		parts = append(parts, m.styles.Dim.Render(clip(lipgloss.Wrap(ex.Targets, w, " "), 2)))
		var steps []string
		// Wrapped, not cut: a step's end says today's dose.
		for i, s := range st.Dose.Steps() {
			steps = append(steps, hanging(fmt.Sprintf("%d. ", i+1), s, w))
		}
		parts = append(parts, m.styles.Dim.Render(strings.Join(steps, "\n")))
	}
	return parts
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

// helpView renders the keys for width w. (bubbles' help can overrun its
// width by one item when even its ellipsis does not fit; callers cut it.)
func (m Model) helpView(w int) string {
	m.help.SetWidth(w)
	if m.fullHelp {
		return m.help.FullHelpView(m.activeKeys().FullHelp())
	}
	return m.help.ShortHelpView(m.activeKeys().ShortHelp())
}
