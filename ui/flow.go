package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/session"
)

// FlowOptions configure one session on screen with its check-ins.
type FlowOptions struct {
	Options
	// Before asks the questions before the session; nil asks none.
	Before *checkin.Before
	// Start is called once the questions allow the session: it saves the
	// answers and returns the session to run, started at now.
	Start func(now time.Time) *session.Session
	// AskAfter asks the pain check-in after the session.
	AskAfter bool
	// Hosted runs the flow as a page of another program (the companion):
	// at its end it says FlowDoneMsg rather than quit.
	Hosted bool
}

// Flow is a whole session on screen: the questions before it, the session
// itself and the pain check-in after it.
type Flow struct {
	opts   FlowOptions
	styles Styles
	help   help.Model
	width  int
	height int

	ask     *asker // the question on screen, if any
	asking  string // history.Before or history.After
	session *Model // once started
	// PainAfter is the check-in after the session, or history.NoPain.
	painAfter int
}

// NewFlow returns the flow, on its first question or already in the
// session when there is nothing to ask.
func NewFlow(opts FlowOptions) Flow {
	f := Flow{opts: opts, styles: opts.styles(), help: help.New(), painAfter: history.NoPain}
	f.help.Styles = f.styles.Help
	f, _ = f.next()
	return f
}

// Session is the session that ran, or nil if none started.
func (f Flow) Session() *session.Session {
	if f.session == nil {
		return nil
	}
	return f.session.s
}

// Model is the session's model, once it started.
func (f Flow) Model() *Model { return f.session }

// PainAfter is the check-in after the session, or history.NoPain.
func (f Flow) PainAfter() int { return f.painAfter }

// Init starts the session if it already runs. (The terminal asks for the
// background colour when it starts.)
func (f Flow) Init() tea.Cmd {
	if f.session != nil {
		return f.session.Init()
	}
	return nil
}

// next moves on to the next question before the session, or starts it.
func (f Flow) next() (Flow, tea.Cmd) {
	if b := f.opts.Before; b != nil {
		if q, ok := b.Next(); ok {
			a := newAsker(q)
			f.ask, f.asking = &a, history.Before
			return f, nil
		}
		if !b.Proceed() {
			f.ask = nil
			return f, f.done()
		}
	}
	f.ask = nil
	m := NewModel(f.opts.Start(f.opts.Clock.Now()), f.opts.Options)
	m.width, m.height, m.styles = f.width, f.height, f.styles
	m.help.Styles = f.styles.Help
	f.session = &m
	return f, m.schedule()
}

// Update routes messages to the question on screen or to the session.
func (f Flow) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		f.width, f.height = max(msg.Width, 0), max(msg.Height, 0)
	case tea.BackgroundColorMsg:
		f.styles = newStyles(msg.IsDark())
		f.help.Styles = f.styles.Help
	case EndedMsg:
		if !f.opts.AskAfter || !checkin.AskAfter(f.session.s) {
			return f, f.done()
		}
		a := newAsker(checkin.PainQuestion(history.After))
		f.ask, f.asking = &a, history.After
		return f, nil
	case StopMsg:
		if f.session == nil || f.ask != nil {
			return f, f.done() // a signal while a question is on screen
		}
	case tea.KeyPressMsg:
		if f.ask != nil {
			return f.answer(msg)
		}
	}
	if f.session == nil || f.ask != nil {
		return f, nil
	}
	next, cmd := f.session.Update(msg)
	m := next.(Model)
	f.session = &m
	return f, cmd
}

// answer gives a key to the question on screen.
func (f Flow) answer(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	a, ans := f.ask.update(msg, f.ask.layout(f.styles, f.help, f.width, f.height))
	f.ask = &a
	if ans == nil {
		return f, nil
	}
	if f.asking == history.After {
		if !ans.Skip && !ans.Leave {
			f.painAfter = ans.Value
		}
		return f, f.done()
	}
	f.opts.Before.Answer(*ans)
	return f.next()
}

// View shows the question or the session.
func (f Flow) View() tea.View {
	if f.ask == nil && f.session != nil {
		return f.session.View()
	}
	var content string
	if f.ask != nil {
		content = f.ask.view(f.styles, f.help, f.width, f.height)
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = "backstretch"
	return v
}
