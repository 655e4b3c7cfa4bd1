package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/printed"
)

// asker shows one check-in question and takes its answer from keys.
type asker struct {
	q checkin.Question
	// value is the chosen pain level, or -1; typed is what was typed for a
	// Confirm question, or the digits of a Scale one.
	value int
	typed string
	// offset is how far the explanation is scrolled on a small pane.
	offset int
}

func newAsker(q checkin.Question) asker { return asker{q: q, value: -1} }

// askKeys are the keys of the question screens, declared once for help.
type askKeys struct {
	Continue, Yes, No, Choose, Adjust, Submit, Skip, Leave, Retake, WarmUp key.Binding
}

func newAskKeys() askKeys {
	return askKeys{
		Continue: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
		Choose:   key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0–10", "choose")),
		Adjust:   key.NewBinding(key.WithKeys("left", "right", "h", "l", "-", "+"), key.WithHelp("←/→", "adjust")),
		Submit:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "ok")),
		Skip:     key.NewBinding(key.WithKeys("s", "esc", "q"), key.WithHelp("s", "skip")),
		Leave:    key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q", "not now")),
		Retake:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "screening")),
		WarmUp:   key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "warm-up")),
	}
}

// keys returns the bindings that apply to this question, for help and for
// matching. A Confirm question takes letters as text, so only esc and
// ctrl+c leave it.
func (a asker) keys() []key.Binding {
	k := newAskKeys()
	switch a.q.Kind {
	case checkin.Info:
		return []key.Binding{k.Continue, k.Leave}
	case checkin.YesNo:
		return []key.Binding{k.Yes, k.No, k.Leave}
	case checkin.Scale:
		// enter answers once a level is chosen: until then the keys
		// say how to choose, not "enter ok" for a key that does nothing.
		k.Submit.SetEnabled(a.value >= 0)
		if a.q.Optional {
			k.Skip.SetHelp("s/esc", "skip")
			return []key.Binding{k.Submit, k.Choose, k.Skip, k.Adjust}
		}
		keys := []key.Binding{k.Submit, k.Choose, k.Leave}
		if a.q.WarmUp {
			keys = append(keys, k.WarmUp)
		}
		if a.q.Retake {
			keys = append(keys, k.Retake)
		}
		if a.q.WarmUp || a.q.Retake {
			return append(keys, k.Adjust)
		}
		return []key.Binding{k.Submit, k.Choose, k.Leave, k.Adjust}
	}
	k.Leave.SetKeys("esc", "ctrl+c")
	k.Leave.SetHelp("esc", "stop here")
	return []key.Binding{k.Submit, k.Leave}
}

// update takes a key; it returns the answer once the question is
// answered. p is the page as shown, for scrolling.
func (a asker) update(msg tea.KeyPressMsg, p page) (asker, *checkin.Answer) {
	k := newAskKeys()
	pageRows := max(p.room-2, 1)
	switch msg.String() {
	case "ctrl+c":
		return a, &checkin.Answer{Leave: true}
	case "up":
		return a.scrolled(p, -1), nil
	case "down":
		return a.scrolled(p, 1), nil
	case "pgup":
		return a.scrolled(p, -pageRows), nil
	case "pgdown":
		return a.scrolled(p, pageRows), nil
	}
	switch a.q.Kind {
	case checkin.Info:
		switch {
		case key.Matches(msg, k.Continue) && p.more(a.offset):
			return a.scrolled(p, pageRows), nil // read it all before going on
		case key.Matches(msg, k.Continue):
			return a, &checkin.Answer{}
		case key.Matches(msg, k.Leave):
			return a, &checkin.Answer{Leave: true}
		}
	case checkin.YesNo:
		switch {
		case key.Matches(msg, k.Yes):
			return a, &checkin.Answer{Yes: true}
		case key.Matches(msg, k.No):
			return a, &checkin.Answer{}
		case key.Matches(msg, k.Leave):
			return a, &checkin.Answer{Leave: true}
		}
	case checkin.Scale:
		return a.scale(msg, k)
	case checkin.Confirm:
		switch {
		case msg.Code == tea.KeyEnter:
			return a, &checkin.Answer{Yes: strings.EqualFold(strings.TrimSpace(a.typed), checkin.ConfirmWord)}
		case msg.Code == tea.KeyEscape:
			return a, &checkin.Answer{Leave: true}
		case msg.Code == tea.KeyBackspace:
			if a.typed != "" {
				a.typed = a.typed[:len(a.typed)-1]
			}
		case msg.Text != "" && len(a.typed) < 20:
			a.typed += msg.Text
		}
	}
	return a, nil
}

// scale takes a key on a 0–10 question: digits choose (1 then 0 makes 10),
// arrows adjust, enter answers once a level is chosen.
func (a asker) scale(msg tea.KeyPressMsg, k askKeys) (asker, *checkin.Answer) {
	switch {
	case key.Matches(msg, k.Choose):
		typed := a.typed + msg.Text
		if n, _ := strconv.Atoi(typed); n > 10 || len(typed) > 2 {
			typed = msg.Text
		}
		a.typed = typed
		a.value, _ = strconv.Atoi(typed)
	case key.Matches(msg, k.Adjust):
		a.typed = ""
		step := 1
		if s := msg.String(); s == "left" || s == "h" || s == "-" {
			step = -1
		}
		if a.value < 0 {
			a.value = 0
		} else {
			a.value = min(max(a.value+step, 0), 10)
		}
	case key.Matches(msg, k.Submit) && a.value >= 0:
		return a, &checkin.Answer{Value: a.value}
	case a.q.Optional && key.Matches(msg, k.Skip):
		return a, &checkin.Answer{Skip: true}
	case a.q.Retake && key.Matches(msg, k.Retake):
		return a, &checkin.Answer{Retake: true}
	case a.q.WarmUp && key.Matches(msg, k.WarmUp):
		return a, &checkin.Answer{WarmUp: true}
	case !a.q.Optional && key.Matches(msg, k.Leave):
		return a, &checkin.Answer{Leave: true}
	}
	return a, nil
}

// narrowScale is the 0–10 scale in one column between numbers: the
// brackets of the chosen one take the place of its neighbouring spaces,
// so no number moves as the choice does ("0 1[2]3 4").
func (a asker) narrowScale(st Styles) string {
	var b strings.Builder
	for n := 0; n <= 10; n++ {
		switch {
		case n == a.value:
			b.WriteString(st.Active.UnsetPadding().Render("[" + strconv.Itoa(n) + "]"))
			continue
		case n > 0 && n-1 != a.value:
			b.WriteByte(' ')
		case n == 0:
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(n))
		if n == 10 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// page is the question laid out for a w×h pane: the explanation, which
// scrolls when it does not fit, and the parts that always show.
type page struct {
	top, text, fixed, bottom []string
	room                     int // rows for the explanation
}

func (a asker) layout(st Styles, keysHelp help.Model, w, h int) page {
	inner := max(w-2, 0)
	full := w >= FullWidth && h >= FullHeight
	rule := st.Rule.Render(strings.Repeat("─", inner))
	title := a.q.Title
	if full {
		title = "backstretch · " + title
	}
	p := page{top: []string{st.Header.Render(truncate(title, inner)), rule}}
	if a.q.Notice != "" {
		if full {
			p.text = append(p.text, "")
		}
		p.text = append(p.text, printed.StyleLines(st.Warning, printed.Wrap(a.q.Notice, inner))...)
	}
	for i, l := range a.q.Lines {
		style := lipgloss.NewStyle()
		if i == 0 && a.q.Kind != checkin.Info && a.q.Kind != checkin.Confirm {
			style = st.Cue
		}
		text := printed.Wrap(l, inner)
		if a.q.Kind == checkin.Info { // a bullet with a hanging indent
			text = "• " + strings.ReplaceAll(printed.Wrap(l, inner-2), "\n", "\n  ")
		}
		// A blank line between paragraphs; in a small pane, none between
		// bullets, nor between the reasons of a warning, which need the rows.
		if full || (len(p.text) > 0 && a.q.Kind != checkin.Info && a.q.Kind != checkin.Confirm) {
			p.text = append(p.text, "")
		}
		p.text = append(p.text, printed.StyleLines(style, text)...)
	}
	p.fixed = append([]string{""}, printed.StyleLines(st.Title, printed.Wrap(a.q.Prompt, inner))...)
	if in := a.input(st, inner); in != "" {
		if full {
			p.fixed = append(p.fixed, "")
		}
		p.fixed = append(p.fixed, in)
	}
	// Every key of a question shows, on as many lines as they need.
	keys := a.keys()
	p.bottom = append([]string{rule}, keyRows(keysHelp, everyKey(keys...), inner, len(keys))...)
	p.room = max(h-len(p.top)-len(p.fixed)-len(p.bottom), 1)
	return p
}

// more reports whether the explanation goes on below what shows (when it
// does not fit, one row of its room says so).
func (p page) more(offset int) bool { return len(p.text) > p.room && offset+p.room-1 < len(p.text) }

// scrolled is the asker with the explanation moved by n rows, kept in range.
func (a asker) scrolled(p page, n int) asker {
	a.offset = min(max(a.offset+n, 0), max(len(p.text)-(p.room-1), 0))
	return a
}

// view renders the question for a w×h pane.
func (a asker) view(st Styles, keysHelp help.Model, w, h int) string {
	if w < MinWidth || h < MinHeight {
		return st.Warning.Render(tooSmall(w, h))
	}
	p := a.layout(st, keysHelp, w, h)
	text := p.text
	if len(text) > p.room { // a window on the text and a line saying so
		text = text[min(a.offset, len(text)):]
		text = append(text[:min(len(text), p.room-1)], st.Dim.Render(a.scrollHint(p)))
	}
	lines := append(append([]string{}, p.top...), text...)
	lines = append(lines, p.fixed...)
	for len(lines)+len(p.bottom) < h {
		lines = append(lines, "")
	}
	lines = append(lines, p.bottom...)
	return " " + strings.Join(lines[:min(len(lines), h)], "\n ")
}

func (a asker) scrollHint(p page) string {
	switch up, down := a.offset > 0, p.more(a.offset); {
	case up && down:
		return "↑↓ more"
	case down && a.q.Kind == checkin.Info:
		return "↓ more: ↓ or enter"
	case down:
		return "↓ more"
	}
	return "↑ above"
}

// input shows the answer being given.
func (a asker) input(st Styles, w int) string {
	switch a.q.Kind {
	case checkin.YesNo:
		return st.Dim.Render("y for yes, n for no")
	case checkin.Info:
		return ""
	case checkin.Scale:
		var cells []string
		for n := 0; n <= 10; n++ {
			cell := fmt.Sprintf(" %d ", n)
			if n == a.value {
				// The badge's padding would push the numbers after it aside.
				cell = st.Active.UnsetPadding().Render(fmt.Sprintf("[%d]", n))
			}
			cells = append(cells, cell)
		}
		scale := strings.Join(cells, "")
		if lipgloss.Width(scale) > w {
			scale = a.narrowScale(st)
		}
		return truncate(scale, w)
	case checkin.Confirm:
		return truncate(st.Cue.Render("> "+a.typed+"▏"), w)
	}
	return ""
}
