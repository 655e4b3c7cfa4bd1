package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
	"github.com/backstretch/backstretch/schedule"
)

// View renders the companion full screen.
func (c Companion) View() tea.View {
	if c.flow != nil {
		return c.flow.View()
	}
	v := tea.NewView(c.render(c.opts.Clock.Now()))
	v.AltScreen = true
	v.WindowTitle = "backstretch"
	return v
}

// section is a block of the home screen; when the pane is short, the
// blocks of least weight go first.
type section struct {
	lines  []string
	weight int
}

func (c Companion) render(now time.Time) string {
	w, h := c.width, c.height
	switch {
	case w == 0 || h == 0:
		return ""
	case w < MinWidth || h < MinHeight:
		return c.styles.Warning.Render(tooSmall(w, h))
	}
	inner := w - 2
	full := w >= FullWidth && h >= FullHeight
	top := []string{c.header(now, inner)}
	if full {
		top = append(top, c.styles.Rule.Render(strings.Repeat("─", inner)))
	}
	keys := c.helpLines(now, inner)
	var body []string
	if c.screen != homeScreen {
		c.view.SetHeight(max(h-len(top)-1, 1))
		body = strings.Split(c.view.View(), "\n")
	} else {
		body = fit(c.home(now, inner, full), h-len(top)-len(keys))
	}
	return frame(top, body, keys, h)
}

// frame puts the top, the body and the keys on a screen of h lines, the
// keys at the bottom, with a margin of one column.
func frame(top, body, bottom []string, h int) string {
	lines := append(append([]string(nil), top...), body...)
	lines = lines[:min(len(lines), max(h-len(bottom), 0))]
	for len(lines)+len(bottom) < h {
		lines = append(lines, "")
	}
	lines = append(lines, bottom...)
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	return strings.Join(lines, "\n")
}

// fit lays sections out in n lines: a blank line between them if there
// is room, none if not, and the sections of least weight left out until
// the rest fit.
func fit(sections []section, n int) []string {
	size := func(gap int) int {
		total := 0
		for i, s := range sections {
			total += len(s.lines)
			if i > 0 {
				total += gap
			}
		}
		return total
	}
	for len(sections) > 1 && size(0) > n {
		low := 0
		for i, s := range sections {
			if s.weight < sections[low].weight {
				low = i
			}
		}
		sections = append(sections[:low:low], sections[low+1:]...)
	}
	gap := size(1) <= n
	var lines []string
	for i, s := range sections {
		if i > 0 && gap {
			lines = append(lines, "")
		}
		lines = append(lines, s.lines...)
	}
	return lines
}

func (c Companion) header(now time.Time, w int) string {
	left := c.styles.Header.Render("backstretch")
	switch c.screen {
	case historyScreen:
		left += c.styles.Dim.Render(" · history")
	case statsScreen:
		left += c.styles.Dim.Render(" · stats")
	}
	right := now.Format("Mon 2 Jan  15:04")
	if w < 50 {
		right = now.Format("Mon 15:04")
	}
	return spread(left, c.styles.Dim.Render(right), w)
}

// spread puts left and right at the two ends of a line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// home is the main screen's sections, in order.
func (c Companion) home(now time.Time, w int, full bool) []section {
	st := c.styles
	streak := "no streak yet"
	if n := c.stats.Streak; n > 0 {
		streak = "streak " + routines.Plural(n, "day", "days")
	}
	today := []string{spread(st.Title.Render("Today"), st.Dim.Render(streak), w)}
	rows := c.rows(now)
	names := make([]string, len(rows))
	width := 8
	for i, s := range rows {
		names[i] = c.rowName(s.Routine)
		width = max(width, lipgloss.Width(names[i])+1) // "Morning  done"
	}
	for i, s := range rows {
		name := fmt.Sprintf("%d %s", i+1, names[i]+strings.Repeat(" ", width-lipgloss.Width(names[i])))
		today = append(today, c.sessionLine(name, s))
	}
	secs := []section{{today, 9}, {c.nextLines(now, w), 8}}
	if ev, ok := c.sched.Shown(now); ok {
		secs = append(secs, section{c.reminderBox(ev, w, full), 10})
	}
	if advice := c.stats.Trend.Advice(); advice != "" {
		// While the pain log says it, not only at the next check-in: pain
		// worsening over a week of stretching calls for an evaluation.
		secs = append(secs, section{wrapLines(st.Warning.Render(advice), w), 8})
	}
	secs = append(secs, section{wrapLines(st.Dim.Render("Tip: ")+routines.TipAt(now), w), 3})
	if full {
		secs = append(secs, section{wrapLines(st.Dim.Render("Dosage: ")+c.dosage().String(), w), 2})
	}
	if notice := c.noticeNow(now); notice != "" {
		// A notice may quote the history (an error reading it).
		secs = append(secs, section{wrapLines(st.Notice.Render(safetext.Text(notice)), w), 7})
	}
	return secs
}

// rowName is a routine's name on its row: "Morning", "Physio plan".
func (c Companion) rowName(routine string) string {
	return strings.TrimSuffix(printed.RoutineName(c.opts.Catalogue, routine), " routine")
}

// sessionLine is one of today's sessions: "✓ 1 Morning  done at 08:12",
// name being "1 Morning " (the names padded to one width).
func (c Companion) sessionLine(name string, s schedule.Status) string {
	st := c.styles
	line := name + " " + s.Words()
	switch s.State {
	case schedule.DoneToday:
		return st.Active.UnsetPadding().UnsetBackground().Foreground(st.BarActive).Render("✓ ") + line
	case schedule.DueNow:
		return st.Cue.Foreground(st.BarReady).Render("▸ " + line)
	case schedule.MissedToday:
		return st.Dim.Render("– " + line)
	case schedule.StoppedToday:
		return st.Dim.Render("× " + line)
	}
	return "  " + line
}

// nextLines say what comes next: the next reminder and when, or the pause.
func (c Companion) nextLines(now time.Time, w int) []string {
	st := c.styles
	if until, paused := c.sched.PausedUntil(now); paused {
		return wrapLines(st.Paused.Render("PAUSED")+" Reminders are paused "+schedule.PausedFor(now, until)+".", w)
	}
	it, due, ok := c.sched.Next(now)
	if !ok {
		return nil
	}
	return wrapLines(st.Dim.Render("Next: ")+printed.ReminderName(c.opts.Catalogue, it)+" at "+schedule.Clock(due)+st.Dim.Render(", "+schedule.Until(now, due)), w)
}

// reminderBox highlights the reminder on screen with what to do and the
// keys that answer it.
func (c Companion) reminderBox(ev schedule.Event, w int, full bool) []string {
	st := c.styles
	title, body := printed.Notification(c.opts.Catalogue, ev, c.dosage())
	keys := "enter start · z snooze · x dismiss"
	it := ev.Items[len(ev.Items)-1]
	if it.Kind == schedule.Standing {
		keys = "z snooze · x dismiss"
	}
	if !full {
		return append(wrapLines(st.Ready.Render("NOW")+" "+st.Title.Render(title)+": "+body, w), st.Dim.Render(keys))
	}
	box := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(st.BarReady).Padding(0, 1).Width(w)
	text := st.Title.Render(title) + "\n" + printed.Wrap(body, w-4) + "\n" + st.Dim.Render(keys)
	return strings.Split(box.Render(text), "\n")
}

// wrapLines wraps styled text to w columns.
func wrapLines(s string, w int) []string {
	return strings.Split(printed.Wrap(s, w), "\n")
}

// helpLines are the keys at the bottom: the pause choices while they are
// open, every key with ?, wrapped so that none is cut off; else the keys
// of this moment, on one line in the full layout and two in the compact
// one, those that need not stay giving way from the end (? shows them).
func (c Companion) helpLines(now time.Time, w int) []string {
	k := c.keys
	all := func(keys ...key.Binding) []string { return keyRows(c.help, everyKey(keys...), w, len(keys)) }
	switch {
	case c.screen != homeScreen:
		scroll := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "scroll"))
		return all(scroll, k.Back, k.Quit)
	case c.pausing:
		return append([]string{c.styles.Title.Render("Pause reminders for:")}, all(k.Pause30, k.PauseHour, k.PauseDay, k.Cancel)...)
	case c.fullHelp:
		return all(c.allKeys(now)...)
	}
	rows := 2
	if c.width >= FullWidth && c.height >= FullHeight {
		rows = 1
	}
	return keyRows(c.help, c.shortKeys(now), w, rows)
}

// shortKeys are the keys that do something now: what is due, then the
// rest, with ? and quit, which always stay.
func (c Companion) shortKeys(now time.Time) []shownKey {
	k := c.keys
	sessions := k.Sessions
	sessions.SetHelp(fmt.Sprintf("1-%d", len(c.rows(now))), "sessions")
	var keys []shownKey
	// The reminder on screen shows its own keys (enter, z, x).
	if _, shown := c.sched.Shown(now); !shown {
		if r := c.dueRoutine(now); r != "" {
			start := k.Start
			start.SetHelp("enter", "start "+r)
			keys = append(keys, shownKey{start, true})
		}
	}
	return append(keys, shownKey{sessions, false}, shownKey{k.Rolls, false}, shownKey{c.pauseKey(now), false},
		shownKey{k.Help, true}, shownKey{k.Quit, true})
}

func (c Companion) pauseKey(now time.Time) key.Binding {
	if _, paused := c.sched.PausedUntil(now); paused {
		return c.keys.Resume
	}
	return c.keys.Pause
}

// allKeys are every key, shown with ?.
func (c Companion) allKeys(now time.Time) []key.Binding {
	k := c.keys
	var keys []key.Binding
	for i, s := range c.rows(now) {
		n := strconv.Itoa(i + 1)
		name := c.rowName(s.Routine)
		if i < len(c.sched.Config().Sessions) {
			name = strings.ToLower(name) // "morning session"
		}
		keys = append(keys, key.NewBinding(key.WithKeys(n), key.WithHelp(n, name+" session")))
	}
	return append(keys, k.Rolls, k.Start, k.Snooze, k.Dismiss, c.pauseKey(now), k.History, k.Stats, k.Help, k.Quit)
}

// fillView puts the history or the stats in the scrolling view, at the
// pane's size.
func (c *Companion) fillView() {
	w := max(c.width-2, 1)
	c.view.SetWidth(w)
	c.view.SetHeight(max(c.height-3, 1))
	// Wrapped at word boundaries: a narrow pane keeps every word whole.
	if c.screen == homeScreen {
		return
	}
	if c.screen == signsScreen {
		// What matters most first: stop, and the signs that mean help.
		c.view.SetContent(printed.Wrap(routines.StopNowAdvice, w) + "\n\n" + printed.SignGroups(c.styles.Printed, w))
		return
	}
	text := printed.Stats(c.styles.Printed, c.stats, w)
	if c.screen == historyScreen {
		text = printed.HistoryFor(c.styles.Printed, c.sessions, 50, w)
	}
	if len(c.sessions) == 0 {
		// The printed views point at the command line; here a key does it.
		text = "No sessions yet. Press 1, 2 or 3 to start one; your history and stats show up here after it."
	}
	c.view.SetContent(printed.Wrap(text, w))
	if c.screen == historyScreen {
		c.view.GotoBottom() // the newest sessions are last: open on them
	}
}
