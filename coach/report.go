package coach

import (
	"os"
	"slices"
	"strings"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// Report is what a session came to, for the driver to show: never a text
// to parse back.
type Report struct {
	// Summary is the session's, nil when the questions before it ended
	// it; NotStarted then says why.
	Summary    *session.Summary
	NotStarted string
	// Notes are warnings: what was not saved, what the screen said.
	Notes []string
	// Exit is the program's exit status: 128 + n after signal n.
	Exit int
}

// StoppedForPain says the warning signs must show now, wherever the
// session ran.
func (r Report) StoppedForPain() bool {
	return r.Summary != nil && r.Summary.Outcome == session.StoppedForPain
}

// Lines are the whole report: the summary with each exercise, the
// stop-now advice after a stop for pain, and the notes.
func (r Report) Lines() []string {
	var lines []string
	switch {
	case r.Summary != nil:
		lines = append(lines, r.Summary.Lines()...)
		if r.StoppedForPain() {
			lines = append(lines, "", routines.StopNowAdvice)
		}
	case r.NotStarted != "":
		lines = append(lines, r.NotStarted)
	}
	return append(lines, r.Notes...)
}

// Headline is the report in a line or two, for a screen that shows the
// warning signs on a page of their own: the summary's first line, or why
// no session ran, and the notes.
func (r Report) Headline() string {
	parts := []string{r.NotStarted}
	if r.Summary != nil {
		parts = []string{r.Summary.Headline()}
	}
	return strings.Join(append(parts, r.Notes...), " ")
}

// Finish ends the run at now: it saves the pain after the session (the
// answer, else --pain-after), waits for the history to be written, and
// says what the session came to. sig is the signal that ended it, if any;
// notes are what the driver wants said after the summary (each once), to
// which what could not be saved is added.
func (run *Run) Finish(now time.Time, painAfter int, sig os.Signal, notes ...string) Report {
	var r Report
	if !run.started {
		r.NotStarted = "No session now."
		if why := run.Before.Stopped(); why != "" {
			r.NotStarted = "Not starting. " + why
		}
		run.SaveBefore(now)
		r.Exit = ExitFor(sig) // a signal while a question was on screen
	} else {
		sum := run.session.Summary(now)
		r.Summary = &sum
		pain := run.env.PainAfter
		if painAfter != history.NoPain {
			pain = &painAfter
		}
		if pain != nil {
			run.save(history.Record{Kind: history.PainCheckIn, At: now, Session: run.id, Routine: run.Routine.ID,
				Pain: history.PainLevel(*pain), When: history.After})
		}
		if sum.Outcome != session.Completed {
			r.Exit = ExitFor(sig)
		}
	}
	for _, n := range append(notes, run.Close()) {
		if n != "" && !slices.Contains(r.Notes, n) {
			r.Notes = append(r.Notes, n)
		}
	}
	return r
}

// Close waits for the history to be written and says if it was not.
// Last, so that whatever could not be written during the session has one
// more try, and what is lost even so is said.
func (run *Run) Close() string {
	if run.Recorder == nil {
		return ""
	}
	if err := run.Recorder.Close(); err != nil {
		return "Warning: " + err.Error() + "."
	}
	return ""
}
