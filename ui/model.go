package ui

import (
	"errors"
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// Options configure a full-screen session.
type Options struct {
	Clock  timer.Clock
	Sound  bool // ring the terminal bell at the end of holds and at side switches
	Notify bool // a desktop notification when the session ends
	// Notifier sends it; nil is the desktop's (DesktopNotifier).
	Notifier Notifier
	// Observe, if set, is given every event (the history recorder; it must
	// not block).
	Observe func([]session.Event)
	// Notice is shown from the start, e.g. that the history cannot be saved.
	Notice string
	// Unsaved, if set, says what of the session is not saved yet (a full
	// disk, a lock held elsewhere), or is empty; it is asked at every
	// update and shown under the notice. It must not block.
	Unsaved func() string
	// ReducedMotion keeps the figures still and moves the bars and the
	// breathing pacer only at whole seconds.
	ReducedMotion bool
	// Styles are the screen's, when a program hosting the session has
	// them already (the companion, told the terminal's background); nil
	// is dark until the terminal says otherwise.
	Styles *Styles
}

// styles are the options' styles, or the dark ones.
func (o Options) styles() Styles {
	if o.Styles != nil {
		return *o.Styles
	}
	return newStyles(true)
}

// Model is the root Bubble Tea model of a guided session.
type Model struct {
	opts   Options
	s      *session.Session
	styles Styles
	keys   keyMap
	help   help.Model
	bar    progress.Model

	width, height int
	fullHelp      bool
	// tickGen tags the one live tick chain: every reschedule starts a new
	// generation, and ticks of older ones are dropped (tea.Tick cannot be
	// cancelled).
	tickGen int
	// notice is a quiet one-off message, such as notifications failing.
	notice string
	// unsaved is what Options.Unsaved said at the last update.
	unsaved string
	cache   *viewCache
}

// tickMsg wakes the model when the screen next changes.
type tickMsg struct{ gen int }

// StopMsg ends the session from outside, e.g. on SIGTERM or SIGHUP.
type StopMsg struct{ Outcome session.Outcome }

// EndedMsg says the session has ended and its screen is done (after the
// notification, if any): whoever runs the model moves on.
type EndedMsg struct{}

func ended() tea.Msg { return EndedMsg{} }

// NewModel starts s now and returns the model that shows it.
func NewModel(s *session.Session, opts Options) Model {
	m := Model{
		opts:   opts,
		s:      s,
		styles: opts.styles(),
		keys:   newKeyMap(),
		help:   help.New(),
		bar:    progress.New(progress.WithoutPercentage(), progress.WithFillCharacters('█', '░')),
		cache:  &viewCache{},
	}
	m.help.Styles = m.styles.Help
	m.notice = opts.Notice
	m.observe(s.Start(opts.Clock.Now()))
	return m
}

// Session is the session the model runs.
func (m Model) Session() *session.Session { return m.s }

// Notice is the quiet message the session left, if any.
func (m Model) Notice() string { return m.notice }

// Init schedules the first tick.
func (m Model) Init() tea.Cmd { return m.schedule() }

// Update routes messages: window size and colours to every part, keys to
// the session screen, ticks and results to their owner.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	now := m.opts.Clock.Now()
	if m.opts.Unsaved != nil {
		m.unsaved = m.opts.Unsaved()
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
	case tea.BackgroundColorMsg:
		m.styles = newStyles(msg.IsDark())
		m.help.Styles = m.styles.Help
	case tickMsg:
		if msg.gen != m.tickGen {
			return m, nil // a stale tick from before a key press
		}
		return m.after(m.s.Advance(now))
	case tea.KeyPressMsg:
		return m.onKey(msg, now)
	case StopMsg:
		return m.after(m.s.Stop(now, msg.Outcome))
	case notifiedMsg:
		if msg.err != nil {
			why := "no notification service found"
			if errors.Is(msg.err, errNotifyTimeout) {
				why = msg.err.Error()
			}
			m.notice = "Desktop notifications are unavailable (" + why + ")."
			if m.opts.Sound {
				m.notice = "Desktop notifications are unavailable (" + why + "); the terminal bell rang instead."
			}
			return m, tea.Sequence(m.bell(), ended)
		}
		return m, ended
	case tea.ResumeMsg:
		return m, m.schedule()
	}
	return m, nil
}

func (m Model) onKey(msg tea.KeyPressMsg, now time.Time) (tea.Model, tea.Cmd) {
	k := m.activeKeys()
	switch {
	case key.Matches(msg, k.Count):
		return m.after(m.s.CountRep(now))
	case key.Matches(msg, k.Pause, k.Resume):
		return m.after(m.s.TogglePause(now))
	case key.Matches(msg, k.Next):
		return m.after(m.s.Skip(now))
	case key.Matches(msg, k.Back):
		return m.after(m.s.Back(now))
	case key.Matches(msg, k.SelfCount, k.Timed):
		return m.after(m.s.SetSelfCount(now, !m.s.SelfCount()))
	case key.Matches(msg, k.Stop):
		return m.after(m.s.Stop(now, session.StoppedForPain))
	case key.Matches(msg, k.Quit):
		return m.after(m.s.Stop(now, session.Quit))
	case key.Matches(msg, k.Help):
		m.fullHelp = !m.fullHelp
	case msg.String() == "ctrl+z":
		// Suspending stops our clock-watching; pause so no hold runs out
		// unseen, and carry on paused when the shell brings us back.
		m.observe(m.s.Pause(now))
		return m, suspend
	}
	return m, nil
}

func (m Model) observe(evs []session.Event) {
	if m.opts.Observe != nil && len(evs) > 0 {
		m.opts.Observe(evs)
	}
}

// after reacts to what the session did: the history, the bell, the end,
// the next tick.
func (m Model) after(evs []session.Event) (tea.Model, tea.Cmd) {
	m.observe(evs)
	var cmds []tea.Cmd
	for _, e := range evs {
		st := m.s.Plan.Steps[e.Step]
		switch {
		case e.Kind == session.StepDone && (st.Kind == session.Hold || st.Kind == session.Timed),
			e.Kind == session.StepStarted && st.Kind == session.Switch:
			cmds = append(cmds, m.bell())
		case e.Kind == session.Finished && m.opts.Notify:
			sum := m.s.Summary(e.At)
			return m, tea.Sequence(tea.Batch(cmds...), notify(m.opts.Notifier.orDesktop(),
				"backstretch",
				fmt.Sprintf("%s done, %s", sum.Routine, routines.Span(sum.Actual))))
		case e.Kind == session.Finished || e.Kind == session.Stopped:
			return m, tea.Sequence(tea.Batch(cmds...), ended)
		}
	}
	m.tickGen++
	return m, tea.Batch(append(cmds, m.schedule())...)
}

// bell rings the terminal bell, unless sound is off.
func (m Model) bell() tea.Cmd {
	if !m.opts.Sound {
		return nil
	}
	return ringBell
}

// schedule asks for a tick when the screen next changes: the next whole
// second of the countdown, the next cue, or the next phase of a paced rep.
// Nothing is scheduled while paused or while the person counts reps.
func (m Model) schedule() tea.Cmd {
	now := m.opts.Clock.Now()
	if !m.s.Live() || m.s.IsPaused() || m.s.Counting() {
		return nil
	}
	d := m.s.Countdown().UntilNextSecond(now)
	if w := m.s.NextWake(now); !w.IsZero() {
		d = min(d, w.Sub(now))
	}
	if left := m.s.Pace(now).PhaseLeft; left > 0 {
		d = min(d, left)
	}
	gen := m.tickGen
	return tea.Tick(m.opts.Clock.Real(max(d, 0)), func(time.Time) tea.Msg { return tickMsg{gen} })
}

// activeKeys is the key map with the bindings that share a key switched
// on or off for this moment, so help shows what each key does now. It is
// derived from the session each time, never kept in sync by hand.
func (m Model) activeKeys() keyMap {
	k := m.keys
	counting, paused := m.s.Counting(), m.s.IsPaused()
	paced := m.s.Live() && m.s.Current().Kind == session.Reps
	k.Count.SetEnabled(counting)
	k.Pause.SetEnabled(!counting && !paused)
	k.Resume.SetEnabled(!counting && paused)
	k.SelfCount.SetEnabled(paced && !m.s.SelfCount())
	k.Timed.SetEnabled(paced && m.s.SelfCount())
	return k
}
