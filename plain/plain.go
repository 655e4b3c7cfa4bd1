// Package plain runs a guided session without a full-screen UI: one line per
// moment that matters (start, switch side, last seconds, done), each stamped
// with the program clock. It suits screen readers, pipes and tests. Commands
// arrive as lines of text (p, n, b, x, q). Plain Go, no terminal styling.
package plain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// Command is something the person asks for during a session.
type Command int

const (
	// TogglePause pauses or resumes.
	TogglePause Command = iota
	// Next skips to the next step.
	Next
	// Back goes back a step.
	Back
	// StopPain stops at once for sharp pain.
	StopPain
	// Quit ends the session early.
	Quit
)

// Keys is the one-line help for the commands.
const Keys = "Type a letter and press Enter: p pause/resume, n next, b back, x stop (sharp pain), q quit."

// ParseCommand reads one line of input; ok is false for anything unknown.
func ParseCommand(line string) (c Command, ok bool) {
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "", "p", "pause", "r", "resume", "space":
		return TogglePause, true
	case "n", "next", "s", "skip":
		return Next, true
	case "b", "back":
		return Back, true
	case "x", "stop", "pain":
		return StopPain, true
	case "q", "quit", "exit":
		return Quit, true
	}
	return 0, false
}

// StopCause is a context cancellation cause that says how to end the
// session: Quit for Ctrl-C, Interrupted for SIGTERM and SIGHUP.
type StopCause struct{ Outcome session.Outcome }

func (c StopCause) Error() string { return "session " + c.Outcome.String() }

// Run runs s from now to its end on clk, printing each moment to out and
// taking commands from cmds (which may be nil). Every event also goes to
// observe, if set (the history). Cancelling ctx stops the session with the
// outcome of its StopCause (Quit otherwise).
func Run(ctx context.Context, out io.Writer, clk timer.Clock, s *session.Session, cmds <-chan Command, observe func([]session.Event)) session.Summary {
	p := &printer{out: out, plan: s.Plan, observe: observe}
	p.header()
	p.events(s, s.Start(clk.Now()))
	wake := time.NewTimer(time.Hour)
	defer wake.Stop()
	for s.Live() {
		now := clk.Now()
		next := s.NextWake(now)
		var fire <-chan time.Time
		if !next.IsZero() {
			wake.Reset(clk.Real(next.Sub(now)))
			fire = wake.C
		}
		select {
		case <-fire:
			// The timer fires at or after the wake-up; rounding in the
			// speed conversion must not make us wake a nanosecond early.
			now = clk.Now()
			if now.Before(next) {
				now = next
			}
			p.events(s, s.Advance(now))
		case c, ok := <-cmds:
			if !ok {
				cmds = nil
				continue
			}
			p.events(s, apply(s, c, clk.Now()))
		case <-ctx.Done():
			why := session.Quit
			var sc StopCause
			if errors.As(context.Cause(ctx), &sc) {
				why = sc.Outcome
			}
			p.events(s, s.Stop(clk.Now(), why))
		}
		if !wake.Stop() {
			select {
			case <-wake.C:
			default:
			}
		}
	}
	sum := s.Summary(clk.Now())
	fmt.Fprintln(out)
	WriteSummary(out, sum)
	return sum
}

func apply(s *session.Session, c Command, now time.Time) []session.Event {
	switch c {
	case TogglePause:
		return s.TogglePause(now)
	case Next:
		return s.Skip(now)
	case Back:
		return s.Back(now)
	case StopPain:
		return s.Stop(now, session.StoppedForPain)
	}
	return s.Stop(now, session.Quit)
}

type printer struct {
	out     io.Writer
	plan    session.Plan
	observe func([]session.Event)
}

// say writes one line. Every line of a question, a session and its
// summary passes here: a routine's name and an exercise's words may come
// from the config, a notice may quote the history, so the bytes a
// terminal would act on (ESC, BEL, CR, C1) are written out escaped, as
// \x1b, never sent as they are.
func say(w io.Writer, format string, args ...any) {
	fmt.Fprintln(w, safetext.Line(fmt.Sprintf(format, args...)))
}

func (p *printer) line(at time.Time, format string, args ...any) {
	say(p.out, "%s  %s", at.Format("15:04:05"), fmt.Sprintf(format, args...))
}

// detail prints a line under the previous one, aligned with its text.
func (p *printer) detail(text string) {
	say(p.out, "%10s%s", "", text)
}

func (p *printer) header() {
	pl := p.plan
	say(p.out, "%s: %s, about %s.", pl.Routine.Name, routines.Plural(pl.Exercises(), "exercise", "exercises"), routines.Span(pl.Duration()))
	say(p.out, "Today's dosage: %s.", pl.Progress.For(pl.Routine))
	say(p.out, "%s", routines.DiscomfortNote)
	say(p.out, "%s", Keys)
	say(p.out, "")
}

func (p *printer) events(s *session.Session, evs []session.Event) {
	if p.observe != nil {
		p.observe(evs)
	}
	for _, e := range evs {
		st := p.plan.Steps[e.Step]
		switch e.Kind {
		case session.StepStarted:
			p.started(e.At, st)
		case session.RepStarted:
			unit := strings.TrimSuffix(st.Exercise.RepUnit(), "s")
			p.line(e.At, "%s %d of %d.", routines.Capitalize(unit), e.Rep, st.Reps)
		case session.LastSeconds:
			p.line(e.At, "%d s left.", timer.CeilSeconds(session.LastSecondsCue))
		case session.StepDone:
			if st.Kind.Active() {
				p.line(e.At, "Done.")
			}
		case session.Skipped:
			p.line(e.At, "Skipped.")
		case session.WentBack:
			p.line(e.At, "Going back a step.")
		case session.Paused:
			p.line(e.At, "Paused. Press Enter to resume.")
		case session.Resumed:
			p.line(e.At, "Resumed: %s left.", routines.Span(s.Countdown().Remaining(e.At)))
		case session.Finished:
			p.line(e.At, "%s complete.", p.plan.Routine.Name)
		case session.Stopped:
			p.line(e.At, "%s", map[session.Outcome]string{
				session.Quit:           "Session ended early.",
				session.StoppedForPain: "Stopped for sharp pain.",
				session.Interrupted:    "Session interrupted.",
			}[s.Outcome()])
		}
	}
}

func (p *printer) started(at time.Time, st session.Step) {
	if st.Kind != session.Ready {
		line := st.Headline()
		if st.Kind == session.Hold && st.Exercise.Feel != "" && st.Rep <= 1 && st.Side != routines.Left {
			line += " Feel it: " + routines.LowerFirst(st.Exercise.Feel)
		}
		p.line(at, "%s", line)
		return
	}
	ex := st.Exercise
	p.line(at, "Exercise %d of %d: %s", st.Item+1, p.plan.Exercises(), st.Headline())
	p.detail("Today: " + st.Dose.String() + ".")
	if st.Dose.Variant != nil {
		p.detail(fmt.Sprintf("This week: %s (%s).", st.Dose.Variant.Name, st.Dose.Variant.Weeks))
	}
	for _, s := range st.Dose.Setup() {
		p.detail(s)
	}
	for i, s := range st.Dose.Steps() {
		p.detail(fmt.Sprintf("%d. %s", i+1, s))
	}
	if ex.Tip != "" {
		p.detail("Tip: " + ex.Tip)
	}
	if ex.NotFeel != "" {
		p.detail("You should not feel it: " + routines.LowerFirst(ex.NotFeel))
	}
}

// WriteSummary writes the account of a session: what was planned, what
// happened, and each exercise's result; for a stop for pain, the stop-now
// advice last, so that it stays on screen just above the warning signs
// that follow it, when the summary has scrolled away.
func WriteSummary(w io.Writer, sum session.Summary) {
	for _, line := range sum.Lines() {
		say(w, "%s", line)
	}
	if sum.Outcome == session.StoppedForPain {
		say(w, "")
		say(w, "%s", routines.StopNowAdvice)
	}
}
