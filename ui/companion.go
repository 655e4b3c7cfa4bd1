package ui

import (
	"errors"
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/coach"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/timer"
)

// checkEvery bounds the time between two checks of the schedule. Go's
// timers stop while the machine sleeps; a short, bounded wait means the
// companion notices the wall clock soon after it wakes.
const checkEvery = 30 * time.Second

// CompanionOptions configure the companion.
type CompanionOptions struct {
	// Catalogue names the routines of the schedule and the reminders,
	// the config file's among them. It must be set: a zero Catalogue
	// panics rather than name only the built-in routines.
	Catalogue routines.Catalogue
	Clock     timer.Clock
	Schedule  *schedule.Scheduler
	// Owner is set when this companion sends the reminders; otherwise
	// Notice says which one does, and this one only shows them.
	Owner bool
	// CheckOwner, if set, is asked at every check, off the UI, whether
	// this companion sends the reminders now: it may take over from one
	// that stopped, or lose the right. A notice says what changed.
	CheckOwner    func() (owner bool, notice string)
	Notify, Sound bool
	// Notifier sends the reminders' notifications; nil is the desktop's
	// (DesktopNotifier).
	Notifier Notifier
	// Load reads the history if it changed since the last call (ok is
	// false when it did not). It runs in a command, off the UI.
	Load func() (recs []history.Record, ok bool, err error)
	// Save appends records to the history; it runs in a command.
	Save func(recs []history.Record) error
	// Notice is a quiet message shown from the start, e.g. how the last
	// session went.
	Notice string
	// Prepare lays out a routine's session, to run on the companion's
	// page (companion_host.go).
	Prepare func(routine string) *coach.Run
	// Session is how the sessions show: sound, motion.
	Session Options
}

// companionScreen is what the companion shows.
type companionScreen int

const (
	homeScreen companionScreen = iota
	historyScreen
	statsScreen
	signsScreen
)

// Companion is the all-day screen: today's sessions, the next reminder,
// a tip, the streak; the keys to start what is due.
type Companion struct {
	opts   CompanionOptions
	sched  *schedule.Scheduler
	styles Styles
	keys   companionKeys
	help   help.Model
	width  int
	height int

	screen    companionScreen
	fullHelp  bool
	pausing   bool // the pause choices are on screen
	view      viewport.Model
	stats     stats.Stats
	sessions  []history.Session
	notice    string
	noticeAt  time.Time // when the notice was said: it lasts NoticeFor
	notifyErr bool      // notifications failed once: the bell stands in
	tickGen   int

	// A session on the companion's page (companion_host.go).
	flow      *Flow
	run       *coach.Run
	preparing bool          // a session is being laid out (companion_host.go)
	signal    os.Signal     // the signal that ends the companion after it
	report    *coach.Report // what it came to, when a signal ended both
}

// NewCompanion returns the companion over a scheduler already brought up
// to date with the history.
func NewCompanion(opts CompanionOptions) Companion {
	c := Companion{
		opts:   opts,
		sched:  opts.Schedule,
		styles: newStyles(true),
		keys:   newCompanionKeys(),
		help:   help.New(),
		view:   viewport.New(),
		notice: opts.Notice,
	}
	if opts.Clock != nil {
		c.noticeAt = opts.Clock.Now()
	}
	c.help.Styles = c.styles.Help
	return c
}

// Messages of the companion.
type (
	companionTickMsg struct {
		gen   int
		owner *ownerChecked // nil when there is no CheckOwner
	}
	loadedMsg struct {
		recs     []history.Record
		stats    stats.Stats
		sessions []history.Session
		err      error
	}
	savedMsg struct{ err error }
)

// NoticeFor is how long a notice stays on the home screen, and never past
// the day it was said on: "No session now." or a session's summary is
// news for a while, not for the rest of the day.
const NoticeFor = 30 * time.Minute

// say puts a notice on the home screen from now.
func (c *Companion) say(text string, now time.Time) { c.notice, c.noticeAt = text, now }

// noticeNow is the notice still worth showing at now, or "".
func (c Companion) noticeNow(now time.Time) string {
	if now.Sub(c.noticeAt) >= NoticeFor || now.YearDay() != c.noticeAt.YearDay() {
		return ""
	}
	return c.notice
}

// Init reads the history and starts the ticks.
func (c Companion) Init() tea.Cmd {
	return tea.Batch(c.load(true), c.tick())
}

// Update routes messages: sizes and colours to every screen, keys to the
// one on show, ticks and results to their owner.
func (c Companion) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	now := c.opts.Clock.Now()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		c.width, c.height = max(msg.Width, 0), max(msg.Height, 0)
		c.fillView()
	case tea.BackgroundColorMsg:
		c.styles = newStyles(msg.IsDark())
		c.help.Styles = c.styles.Help
		c.fillView()
	case signalMsg:
		return c.onSignal(msg.sig)
	case preparedMsg:
		return c.host(msg.run)
	case hostedEndMsg:
		return c.onHostedEnd(msg, now)
	}
	if c.flow != nil {
		if tick, ok := msg.(companionTickMsg); ok {
			// The schedule is checked as busy: shoulder rolls that fall
			// due are skipped, with the reason recorded; a session's
			// reminder waits for the end.
			c = c.onOwnerChecked(tick.owner, now)
			if tick.gen != c.tickGen {
				return c, nil
			}
			c.tickGen++
			return c, tea.Batch(c.handle(c.sched.Check(now, true)...), c.tick())
		}
		switch msg.(type) {
		case loadedMsg, savedMsg:
		default:
			return c.onHosted(msg) // sizes and colours too, after the companion's own
		}
	}
	switch msg := msg.(type) {
	case companionTickMsg:
		// Even a stale tick's answer is the right's state now.
		c = c.onOwnerChecked(msg.owner, now)
		if msg.gen != c.tickGen {
			return c, nil
		}
		c.tickGen++
		// A new day changes the streak and the dosage even if the history
		// did not change.
		newDay := !c.stats.Today.IsZero() && now.YearDay() != c.stats.Today.YearDay()
		var due []schedule.Event
		if !c.pausing {
			// While the pause choices are on screen reminders wait: one
			// that fell due comes at the first check after the answer,
			// unless the answer paused it.
			due = c.sched.Check(now, false)
		}
		return c, tea.Batch(c.handle(due...), c.load(newDay), c.tick())
	case loadedMsg:
		return c.onLoaded(msg, now)
	case notifiedMsg:
		if msg.err != nil && !c.notifyErr {
			c.notifyErr = true
			why := "no notification service found"
			if errors.Is(msg.err, errNotifyTimeout) {
				why = msg.err.Error()
			}
			c.say("Desktop notifications are unavailable ("+why+"); the companion rings the bell instead.", now)
			return c, c.bell()
		}
	case savedMsg:
		if msg.err != nil {
			c.say("Reminder events were not saved: "+msg.err.Error()+".", now)
		}
	case tea.KeyPressMsg:
		return c.onKey(msg, now)
	case tea.ResumeMsg:
		c.tickGen++
		return c, c.tick()
	}
	return c, nil
}

// onLoaded takes in the history as it now is: sessions run here or in
// another terminal, reminders another companion handled, a pause.
func (c Companion) onLoaded(msg loadedMsg, now time.Time) (Companion, tea.Cmd) {
	if msg.err != nil {
		c.say(msg.err.Error(), now)
		return c, nil
	}
	evs := c.sched.FromHistory(msg.recs, now)
	c.stats, c.sessions = msg.stats, msg.sessions
	c.fillView()
	return c, c.handle(evs...)
}

// load reads the history in a command, if it changed (or always, when
// told), with what the screens make of it.
func (c Companion) load(always bool) tea.Cmd {
	if c.opts.Load == nil {
		return nil
	}
	read := c.reader()
	return func() tea.Msg {
		if msg, changed := read(); changed || always {
			return msg
		}
		return nil
	}
}

// reader reads the history, off the UI, with what the screens make of it,
// and says whether it changed.
func (c Companion) reader() func() (loadedMsg, bool) {
	clk, ramp, load := c.opts.Clock, c.sched.Config().RampDays, c.opts.Load
	return func() (loadedMsg, bool) {
		if load == nil {
			return loadedMsg{}, false
		}
		recs, changed, err := load()
		if err != nil {
			return loadedMsg{err: err}, true
		}
		return loadedMsg{recs: recs, stats: stats.Compute(recs, clk.Now(), ramp), sessions: history.Sessions(recs)}, changed
	}
}

// tick asks for the next check: at the next whole minute (the clock on
// screen), at the next reminder, or after checkEvery, whichever is first.
func (c Companion) tick() tea.Cmd {
	now := c.opts.Clock.Now()
	d := min(checkEvery, now.Truncate(time.Minute).Add(time.Minute).Sub(now))
	if _, due, ok := c.sched.Next(now); ok {
		d = min(d, due.Sub(now))
	}
	gen, checkOwner := c.tickGen, c.opts.CheckOwner
	return tea.Tick(c.opts.Clock.Real(max(d, 10*time.Millisecond)), func(time.Time) tea.Msg {
		return companionTickMsg{gen, checkOwnerNow(checkOwner)}
	})
}

// handle shows and records what the schedule did.
func (c Companion) handle(evs ...schedule.Event) tea.Cmd {
	if len(evs) == 0 || !c.opts.Owner {
		return nil
	}
	cmds := []tea.Cmd{c.save(evs...)}
	for _, ev := range evs {
		if ev.Action != schedule.Fired && ev.Action != schedule.Missed {
			continue
		}
		if c.opts.Notify && !c.notifyErr {
			title, body := printed.Notification(c.opts.Catalogue, ev, c.dosage())
			cmds = append(cmds, notify(c.opts.Notifier.orDesktop(), title, body))
		} else {
			cmds = append(cmds, c.bell())
		}
	}
	return tea.Batch(cmds...)
}

// save appends the events to the history in a command. Keys save what
// they did in every companion, owner or not: a pause or a snooze set in
// any of them holds for all.
func (c Companion) save(evs ...schedule.Event) tea.Cmd {
	recs := schedule.Records(evs...)
	if c.opts.Save == nil || len(recs) == 0 {
		return nil
	}
	save := c.opts.Save
	return func() tea.Msg { return savedMsg{save(recs)} }
}

func (c Companion) bell() tea.Cmd {
	if !c.opts.Sound {
		return nil
	}
	return ringBell
}

func (c Companion) onKey(msg tea.KeyPressMsg, now time.Time) (tea.Model, tea.Cmd) {
	k := c.keys
	if c.screen != homeScreen {
		switch {
		case key.Matches(msg, k.Back, k.History, k.Stats):
			c.screen = homeScreen
		case key.Matches(msg, k.Quit):
			return c, tea.Quit
		default:
			var cmd tea.Cmd
			c.view, cmd = c.view.Update(msg)
			return c, cmd
		}
		return c, nil
	}
	if c.pausing {
		c.pausing = false
		until := time.Time{}
		switch {
		case key.Matches(msg, k.Pause30):
			until = now.Add(30 * time.Minute)
		case key.Matches(msg, k.PauseHour):
			until = now.Add(time.Hour)
		case key.Matches(msg, k.PauseDay):
			until = schedule.EndOfDay(now)
		}
		if until.IsZero() {
			return c, nil
		}
		return c, c.save(c.sched.Pause(now, until))
	}
	switch {
	case key.Matches(msg, k.Sessions):
		return c.prepare(c.sessionFor(msg.String(), now))
	case key.Matches(msg, k.Start):
		if r := c.dueRoutine(now); r != "" {
			return c.prepare(r)
		}
	case key.Matches(msg, k.Rolls):
		return c.prepare("desk")
	case key.Matches(msg, k.Snooze):
		if ev, ok := c.sched.Snooze(now); ok {
			return c, c.save(ev)
		}
	case key.Matches(msg, k.Dismiss):
		if ev, ok := c.sched.Dismiss(now); ok {
			return c, c.save(ev)
		}
	case key.Matches(msg, k.Pause):
		if _, paused := c.sched.PausedUntil(now); paused {
			return c, c.save(c.sched.Resume(now))
		}
		c.pausing = true
	case key.Matches(msg, k.History):
		c.screen = historyScreen
		c.fillView()
	case key.Matches(msg, k.Stats):
		c.screen = statsScreen
		c.fillView()
	case key.Matches(msg, k.Help):
		c.fullHelp = !c.fullHelp
	case key.Matches(msg, k.Quit):
		return c, tea.Quit
	}
	return c, nil
}

// rows are the companion's session rows: the day's sessions, then the
// config file's routines with a time of their own. Keys 1 to 9 start them.
func (c Companion) rows(now time.Time) []schedule.Status {
	rows := append(c.sched.Today(now), c.sched.Extra(now)...)
	return rows[:min(len(rows), 9)]
}

// sessionFor is the routine of the nth row ("1" is the first), or "".
func (c Companion) sessionFor(n string, now time.Time) string {
	i := int(n[0] - '1')
	if rows := c.rows(now); i >= 0 && i < len(rows) {
		return rows[i].Routine
	}
	return ""
}

// dueRoutine is what enter starts: the reminder on screen, else the
// first row due now.
func (c Companion) dueRoutine(now time.Time) string {
	if ev, ok := c.sched.Shown(now); ok {
		it := ev.Items[len(ev.Items)-1]
		switch {
		case it.IsSession():
			return it.Routine
		case it.Kind == schedule.Rolls:
			return "desk"
		}
	}
	for _, st := range c.rows(now) {
		if st.State == schedule.DueNow {
			return st.Routine
		}
	}
	return ""
}

// dosage is today's place in the ramp-up.
func (c Companion) dosage() routines.Progress {
	if c.stats.Progress.Day == 0 { // no history read: a first session's
		return routines.ProgressFor(0, c.sched.Config().RampDays, 0)
	}
	return c.stats.Progress
}
