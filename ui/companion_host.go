package ui

import (
	"os"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/coach"
)

// The companion runs a session on a page of its own: the questions, the
// session and the pain after it, without leaving the screen. Its schedule
// is checked meanwhile as busy (schedule.Check): shoulder rolls that fall
// due are skipped with the reason recorded, once; a session's reminder
// waits for the end, when the history read again may show it done.

// Messages of a hosted session.
type (
	// signalMsg is a stop signal: it ends a hosted session properly
	// first, then the companion.
	signalMsg struct{ sig os.Signal }
	// preparedMsg is a session laid out from the history, to run.
	preparedMsg struct{ run *coach.Run }
	// hostedEndMsg is what the session came to, once saved, and the
	// history with it (nil when the companion reads none).
	hostedEndMsg struct {
		report  coach.Report
		history *loadedMsg
	}
)

// prepare lays out routine's session off the UI: it reads the history.
// Keys start nothing more until it runs.
func (c Companion) prepare(routine string) (Companion, tea.Cmd) {
	if routine == "" || c.opts.Prepare == nil || c.preparing {
		return c, nil
	}
	c.preparing = true
	prepare := c.opts.Prepare
	return c, func() tea.Msg { return preparedMsg{prepare(routine)} }
}

// host starts a prepared session on the companion's page.
func (c Companion) host(run *coach.Run) (Companion, tea.Cmd) {
	c.preparing = false
	opts := FlowFor(run, c.opts.Session)
	opts.Clock, opts.Hosted, opts.Styles = c.opts.Clock, true, &c.styles
	opts.Notify = false // the companion's reminders are its notifications
	f := NewFlow(opts)
	next, sized := f.Update(tea.WindowSizeMsg{Width: c.width, Height: c.height})
	f = next.(Flow)
	c.flow, c.run, c.fullHelp, c.pausing = &f, run, false, false
	return c, tea.Batch(f.Init(), sized)
}

// onHosted gives a message to the hosted flow, and takes its end.
func (c Companion) onHosted(msg tea.Msg) (Companion, tea.Cmd) {
	if _, ok := msg.(FlowDoneMsg); ok {
		f, run, sig, now := *c.flow, c.run, c.signal, c.opts.Clock.Now()
		c.flow, c.run = nil, nil
		// Off the UI: the end waits for the history to be written.
		read, reads := c.reader(), c.opts.Load != nil
		return c, func() tea.Msg {
			end := hostedEndMsg{report: f.Finish(run, now, sig)}
			if reads {
				h, _ := read()
				end.history = &h
			}
			return end
		}
	}
	next, cmd := c.flow.Update(msg)
	f := next.(Flow)
	c.flow = &f
	return c, cmd
}

// onHostedEnd shows what the session came to: a line on the home screen,
// or after a stop for pain the advice and the warning signs at once, with
// the history read after it, so that the summary never shows beside a
// reminder the session answered.
func (c Companion) onHostedEnd(end hostedEndMsg, now time.Time) (Companion, tea.Cmd) {
	rep := end.report
	var cmd tea.Cmd
	if end.history != nil {
		c, cmd = c.onLoaded(*end.history, now)
	}
	c.say(rep.Headline(), now)
	if rep.StoppedForPain() {
		c.screen = signsScreen
		c.fillView()
	}
	if c.signal != nil {
		c.report = &rep
		return c, tea.Quit
	}
	return c, cmd
}

// onSignal ends a hosted session as the signal asks (quit for SIGINT,
// interrupted for the others), then the companion; with none on its page,
// the companion at once.
func (c Companion) onSignal(sig os.Signal) (Companion, tea.Cmd) {
	c.signal = sig
	if c.flow == nil {
		return c, tea.Quit
	}
	return c.onHosted(StopMsg{Outcome: coach.StopFor(sig)})
}

// Report is what the session on the companion's page came to when a
// signal ended both, for the terminal after; nil if none ran then.
func (c Companion) Report() *coach.Report { return c.report }
