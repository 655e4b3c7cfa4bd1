package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/assets"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
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
	v.WindowTitle = "backstretch · " + safetext.Line(m.s.Plan.Routine.Name)
	return v
}

// layoutKey is everything the still parts of the screen depend on; they
// are laid out once per key, not on every tick.
type layoutKey struct {
	step, width, height int
	// phase is the rep's phase on a timed reps step, whose cue it is;
	// frame the figure's frame for it.
	phase, frame               int
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
	top                 []string // a spacer under the rule, where there is room
	above               []string // left-column lines above the countdown
	figure              []string
	extra, bottom, rule []string
	cut                 bool // what to do was cut short: every row is in use
}

// viewCache holds the last layout, and the figure of the last exercise
// (read from the embedded files once per exercise, not per frame). Model
// values share it through a pointer, which is safe because a layout
// depends only on its key and a figure only on its exercise.
type viewCache struct {
	l        *layout
	figureOf string
	frames   [][]string
}

// figure is the exercise's figure, its frames.
func (c *viewCache) figure(exercise string) [][]string {
	if c.figureOf != exercise || c.frames == nil {
		c.figureOf, c.frames = exercise, assets.Figure(exercise)
	}
	return c.frames
}

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
	body := append(append(append([]string(nil), l.top...), left...), l.extra...)
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
//
// Rows go by priority: the header, the keys and what comes next are always
// whole; then the exercise, its badges and the countdown; then what to do:
// the instruction, or while getting ready the exercise's steps, whole while
// rows last (cut only when no row is left for them); then the discomfort
// rule on the first step; then the set-up while getting ready; then
// spacers; then the optional parts, most useful first.
func (m Model) layoutFor(now time.Time) *layout {
	st := m.s.Current()
	key := layoutKey{
		step: m.s.Index(), width: m.width, height: m.height,
		paused: m.s.IsPaused(), counting: m.s.Counting(), fullHelp: m.fullHelp, selfCount: m.s.SelfCount(),
		dark: m.styles.dark, notice: m.notice, unsaved: m.unsaved,
	}
	frames := m.cache.figure(st.Exercise.ID)
	if st.Kind == session.Reps && !m.s.Counting() && len(st.Pattern) > 0 {
		key.phase = m.s.Pace(now).Phase // the instruction is the phase's cue
		if len(frames) > 1 && !m.opts.ReducedMotion {
			key.frame = key.phase % len(frames)
		}
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
	l.rule = []string{m.styles.Rule.Render(strings.Repeat("─", l.inner))}
	l.bottom = m.bottom(l.inner, full)

	// Always: the exercise, the badges, the countdown (big digits and
	// bar, or one line) and the pacer or rep line.
	count := 1
	if full {
		count = 4
	}
	if len(st.Pattern) > 0 && !m.s.Counting() {
		count++
	}
	f := newFitter(m.height-1-len(l.rule)-len(l.bottom), 2+count, len(l.figure))
	// What to do. While getting ready, the steps go at the pane's full
	// width under the countdown, and the set-up beside the figure.
	var instr []string
	if st.Kind == session.Ready && len(st.Exercise.Steps) > 0 {
		l.extra = f.below(numbered(m.styles.Cue, st.Dose.Steps(), l.inner), true)
	} else {
		instr = f.beside(m.instruction(st, now, l.textW), true)
	}
	if m.s.Index() == 0 {
		// The discomfort rule, once a session (SPEC §5): while getting
		// ready for the first exercise.
		note := printed.StyleLines(m.styles.Notice, printed.Wrap(routines.DiscomfortNote, l.inner))
		l.extra = append(l.extra, f.below(note, false)...)
	}
	if st.Kind == session.Ready {
		instr = append(instr, f.beside(m.setup(st, l.textW), false)...)
	}
	// Spacers where rows are left: one at the top, and in the full layout
	// around the badges and before the countdown.
	l.top = f.top()
	l.above = []string{m.styles.Title.Render(truncate(st.Exercise.Title(), l.textW))}
	l.above = append(l.above, f.spacer(full)...)
	l.above = append(l.above, m.badges(st, l.textW))
	if len(instr) > 0 {
		l.above = append(l.above, f.spacer(full)...)
		l.above = append(l.above, instr...)
	}
	l.above = append(l.above, f.spacer(full)...)
	for _, part := range m.optional(st, l.inner) {
		l.extra = append(l.extra, f.below(part, false)...)
	}
	l.cut = f.cut
	m.cache.l = l
	return l
}

// bottom is what stays at the foot of the screen whatever its size: what
// comes next, a notice, what could not be saved, and the keys.
func (m Model) bottom(w int, full bool) []string {
	lines := []string{m.next(w)}
	if m.notice != "" {
		lines = append(lines, m.styles.Notice.Render(truncate(safetext.Line(m.notice), w)))
	}
	if m.unsaved != "" {
		// Wrapped, not cut: how many records wait and why both matter.
		lines = append(lines, printed.StyleLines(m.styles.Warning, printed.Wrap(m.unsaved, w))...)
	}
	lines = append(lines, m.styles.Rule.Render(strings.Repeat("─", w)))
	return append(lines, m.keyLines(w, full)...)
}
