package ui

import (
	"os"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/coach"
	"github.com/backstretch/backstretch/history"
)

// FlowFor is the flow of a prepared run: its questions, its session and
// the pain after it, all saved through the run.
func FlowFor(run *coach.Run, o Options) FlowOptions {
	o.Notice = run.Warning
	o.Observe, o.Unsaved = run.Observe, run.Unsaved
	return FlowOptions{Options: o, Before: run.Before, AskAfter: run.AskAfter, Start: run.Start}
}

// Finish ends run as the flow left it, at now: what the session came to,
// with what the screen said after it. sig is the signal that ended it.
func (f Flow) Finish(run *coach.Run, now time.Time, sig os.Signal) coach.Report {
	if f.session == nil {
		return run.Finish(now, history.NoPain, sig)
	}
	return run.Finish(now, f.painAfter, sig, run.Warning, f.session.Notice())
}

// FlowDoneMsg says a hosted flow is over: its questions answered, its
// session ended, the pain after it asked. (A flow of its own program
// quits instead.)
type FlowDoneMsg struct{}

// done ends the flow: the program, or the page of the program hosting it.
func (f Flow) done() tea.Cmd {
	if f.opts.Hosted {
		return func() tea.Msg { return FlowDoneMsg{} }
	}
	return tea.Quit
}
