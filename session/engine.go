package session

import (
	"time"

	"github.com/backstretch/backstretch/timer"
)

// EventKind is a moment that matters in a session.
type EventKind int

const (
	// StepStarted: a step begins.
	StepStarted EventKind = iota
	// RepStarted: a paced repetition begins.
	RepStarted
	// LastSeconds: 3 seconds are left in a hold or timed activity.
	LastSeconds
	// StepDone: a step ran to its end.
	StepDone
	// Skipped: the person skipped the step.
	Skipped
	// WentBack: the person went back a step.
	WentBack
	// Paused and Resumed: the session was paused or resumed.
	Paused
	// Resumed follows Paused.
	Resumed
	// Finished: the last step ended; the session is complete.
	Finished
	// Stopped: the person stopped the session before its end.
	Stopped
)

// Event is something that happened at a program time.
type Event struct {
	Kind EventKind
	At   time.Time
	// Step is the index of the step the event belongs to.
	Step int
	// Rep is the repetition that started, for RepStarted.
	Rep int
}

// LastSecondsCue is when the "last seconds" cue comes, before a hold ends.
const LastSecondsCue = 3 * time.Second

// Outcome is how a session ended.
type Outcome int

const (
	// Running: not ended yet.
	Running Outcome = iota
	// Completed: every step ran or was skipped to the end.
	Completed
	// Quit: the person quit before the end.
	Quit
	// StoppedForPain: the person stopped because of sharp pain.
	StoppedForPain
	// Interrupted: the program was closed or killed (a closed pane, SIGTERM).
	Interrupted
)

// String names the outcome as the history and the summary say it.
func (o Outcome) String() string {
	return [...]string{"running", "completed", "quit", "stopped for pain", "interrupted"}[o]
}

// Status is what became of one step.
type Status int

const (
	// Pending: not reached, or gone back over.
	Pending Status = iota
	// Done: ran to its end.
	Done
	// Partial: the session ended during it.
	Partial
	// Skipped over by the person.
	SkippedOver
)

// Result is what became of one step.
type Result struct {
	Status Status
	// Active is how much of the step's time ran (pauses excluded).
	Active time.Duration
}

// Session runs a plan. Its methods take the program time; it never reads a
// clock itself, so tests drive it with any times they like.
type Session struct {
	Plan Plan
	// Slack is how late a step may end before the next one starts from "now"
	// instead of from the previous deadline. Within it, steps chain exactly
	// (no drift across a session); beyond it (the process was stopped, the
	// machine slept) the person gets the next step whole.
	Slack time.Duration

	idx       int
	cd        timer.Countdown
	stepAt    time.Time // when the current step began
	started   time.Time
	ended     time.Time
	outcome   Outcome
	begun     bool
	pausedAt  time.Time
	pausedFor time.Duration
	results   []Result
	lastSent  bool // the LastSeconds cue of the current step went out
	repsSent  int  // reps of the current step announced so far

	// selfCount is the person's choice to count paced reps themselves;
	// counting is true while the current step is counted that way, with
	// counted reps done so far.
	selfCount bool
	counting  bool
	counted   int
}

// New returns a session for plan, not yet started.
func New(plan Plan) *Session {
	return &Session{Plan: plan, Slack: 2 * time.Second, results: make([]Result, len(plan.Steps))}
}

// Start begins the first step at now.
func (s *Session) Start(now time.Time) []Event {
	if s.begun {
		return nil
	}
	s.begun, s.started = true, now
	if len(s.Plan.Steps) == 0 {
		s.outcome, s.ended = Completed, now
		return []Event{{Kind: Finished, At: now}}
	}
	return s.begin(0, now)
}

func (s *Session) begin(i int, at time.Time) []Event {
	s.idx, s.stepAt = i, at
	s.cd = timer.NewCountdown(s.Plan.Steps[i].Duration)
	s.cd.Start(at)
	s.lastSent, s.repsSent = false, 0
	s.counting, s.counted = false, 0
	evs := []Event{{Kind: StepStarted, At: at, Step: i}}
	if s.selfCount && s.Plan.Steps[i].Kind == Reps {
		s.cd.Pause(at)
		s.counting, s.repsSent = true, 1
		return append(evs, Event{Kind: RepStarted, At: at, Step: i, Rep: 1})
	}
	return append(evs, s.cues(at)...)
}

// moveOn ends the session if the current step was the last one, or begins
// the next step at next.
func (s *Session) moveOn(at, next time.Time) []Event {
	if s.idx == len(s.Plan.Steps)-1 {
		s.outcome, s.ended = Completed, at
		return []Event{{Kind: Finished, At: at, Step: s.idx}}
	}
	return s.begin(s.idx+1, next)
}

// active is how long the current step has run at now, pauses excluded.
func (s *Session) active(now time.Time) time.Duration {
	if s.counting {
		return now.Sub(s.stepAt)
	}
	return s.cd.Elapsed(now)
}

// nextCue is the running step's next cue not yet given: a rep starting or
// the last seconds, whichever comes first. Cues and NextWake both ask it,
// so when a cue is due and when the driver wakes for it never disagree.
func (s *Session) nextCue() (Event, bool) {
	step := s.Plan.Steps[s.idx]
	// at converts an offset into the step to the program time it falls on.
	at := func(offset time.Duration) time.Time { return s.cd.Deadline().Add(offset - step.Duration) }
	var next Event
	found := false
	if rl := step.RepLength(); step.Kind == Reps && rl > 0 && s.repsSent < step.Reps {
		next, found = Event{Kind: RepStarted, At: at(time.Duration(s.repsSent) * rl), Step: s.idx, Rep: s.repsSent + 1}, true
	}
	if s.hasLastCue(step) && !s.lastSent {
		if t := at(step.Duration - LastSecondsCue); !found || t.Before(next.At) {
			next, found = Event{Kind: LastSeconds, At: t, Step: s.idx}, true
		}
	}
	return next, found
}

// cues returns the cues of the running step that are due by now. A cue
// that fell due is always given, stamped with its own time, so the events
// do not depend on how promptly the driver wakes.
func (s *Session) cues(now time.Time) []Event {
	var evs []Event
	for s.cd.Running() {
		e, ok := s.nextCue()
		if !ok || e.At.After(now) {
			break
		}
		if e.Kind == RepStarted {
			s.repsSent = e.Rep
		} else {
			s.lastSent = true
		}
		evs = append(evs, e)
	}
	return evs
}

// hasLastCue: holds and timed activities long enough for the cue not to
// crowd their start.
func (s *Session) hasLastCue(step Step) bool {
	return (step.Kind == Hold || step.Kind == Timed) && step.Duration >= 2*LastSecondsCue
}

// Advance lets program time run up to now and returns what happened: cues
// due, steps that ended and the steps that began after them.
func (s *Session) Advance(now time.Time) []Event {
	if !s.begun || s.outcome != Running {
		return nil
	}
	var evs []Event
	for s.outcome == Running && s.cd.Running() && s.cd.Done(now) {
		deadline := s.cd.Deadline()
		evs = append(evs, s.cues(deadline)...)
		s.results[s.idx] = Result{Status: Done, Active: s.Plan.Steps[s.idx].Duration}
		evs = append(evs, Event{Kind: StepDone, At: deadline, Step: s.idx})
		next := deadline
		if now.Sub(deadline) > s.Slack {
			next = now
		}
		evs = append(evs, s.moveOn(deadline, next)...)
	}
	if s.outcome != Running {
		return evs
	}
	return append(evs, s.cues(now)...)
}

// NextWake is the program time of the next event if nothing is pressed, or
// the zero time when nothing is scheduled (paused or ended).
func (s *Session) NextWake(now time.Time) time.Time {
	if !s.begun || s.outcome != Running || !s.cd.Running() {
		return time.Time{}
	}
	if e, ok := s.nextCue(); ok && e.At.Before(s.cd.Deadline()) {
		return e.At
	}
	return s.cd.Deadline()
}

// catchUp lets time run up to now before an operation and reports whether
// the session is still live to be operated on.
func (s *Session) catchUp(now time.Time) ([]Event, bool) {
	if !s.Live() {
		return nil, false
	}
	evs := s.Advance(now)
	return evs, s.Live()
}

// Pause freezes the current step. A step the person counts has no clock
// running, so there is nothing to pause.
func (s *Session) Pause(now time.Time) []Event {
	if s.cd.Paused() {
		return nil
	}
	evs, live := s.catchUp(now)
	if !live {
		return evs
	}
	s.cd.Pause(now)
	s.pausedAt = now
	return append(evs, Event{Kind: Paused, At: now, Step: s.idx})
}

// Resume continues a paused step from where it stopped.
func (s *Session) Resume(now time.Time) []Event {
	if !s.IsPaused() {
		return nil
	}
	s.unpause(now)
	return []Event{{Kind: Resumed, At: now, Step: s.idx}}
}

func (s *Session) unpause(now time.Time) {
	if s.IsPaused() {
		s.pausedFor += now.Sub(s.pausedAt)
		s.cd.Resume(now)
	}
}

// TogglePause pauses a running session and resumes a paused one.
func (s *Session) TogglePause(now time.Time) []Event {
	if s.IsPaused() {
		return s.Resume(now)
	}
	return s.Pause(now)
}

// Skip ends the current step early and starts the next one.
func (s *Session) Skip(now time.Time) []Event {
	evs, live := s.catchUp(now)
	if !live {
		return evs
	}
	s.unpause(now)
	s.results[s.idx] = Result{Status: SkippedOver, Active: s.active(now)}
	evs = append(evs, Event{Kind: Skipped, At: now, Step: s.idx})
	return append(evs, s.moveOn(now, now)...)
}

// SetSelfCount switches between timed reps and reps the person counts
// themselves (CountRep), from the current paced step on. Switching back to
// timed carries on from the next rep.
func (s *Session) SetSelfCount(now time.Time, on bool) []Event {
	if s.selfCount == on {
		return nil
	}
	evs, live := s.catchUp(now)
	if !live {
		return evs
	}
	s.selfCount = on
	step := s.Current()
	if step.Kind != Reps {
		return evs
	}
	s.unpause(now)
	rl := step.RepLength()
	if on {
		s.counted = int(s.cd.Elapsed(now) / rl)
		s.cd.Pause(now)
		s.counting = true
		return evs
	}
	s.counting = false
	s.cd = timer.NewCountdown(step.Duration)
	s.cd.Start(now.Add(-time.Duration(s.counted) * rl))
	s.repsSent = s.counted
	return append(evs, s.cues(now)...)
}

// SelfCount reports whether the person counts paced reps themselves.
func (s *Session) SelfCount() bool { return s.selfCount }

// Counting reports whether the current step's reps are counted by the person.
func (s *Session) Counting() bool { return s.Live() && s.counting }

// CountRep counts one rep done by the person; the last one ends the step.
func (s *Session) CountRep(now time.Time) []Event {
	if !s.Counting() {
		return nil
	}
	s.counted++
	if s.counted < s.Current().Reps {
		s.repsSent = s.counted + 1
		return []Event{{Kind: RepStarted, At: now, Step: s.idx, Rep: s.counted + 1}}
	}
	s.results[s.idx] = Result{Status: Done, Active: s.active(now)}
	evs := []Event{{Kind: StepDone, At: now, Step: s.idx}}
	return append(evs, s.moveOn(now, now)...)
}

// Back leaves the current step and starts the previous one again (the first
// step restarts itself).
func (s *Session) Back(now time.Time) []Event {
	evs, live := s.catchUp(now)
	if !live {
		return evs
	}
	s.unpause(now)
	s.results[s.idx] = Result{}
	evs = append(evs, Event{Kind: WentBack, At: now, Step: s.idx})
	return append(evs, s.begin(max(s.idx-1, 0), now)...)
}

// SkipExercise skips the rest of the current exercise: to the next
// exercise's first step, or the end of the session.
func (s *Session) SkipExercise(now time.Time) []Event {
	item := s.Current().Item
	var evs []Event
	for s.Live() && s.Current().Item == item {
		evs = append(evs, s.Skip(now)...)
	}
	return evs
}

// Stop ends the session before its end, with the given outcome.
func (s *Session) Stop(now time.Time, why Outcome) []Event {
	if !s.Live() {
		return nil
	}
	s.unpause(now)
	s.results[s.idx] = Result{Status: Partial, Active: s.active(now)}
	s.outcome, s.ended = why, now
	return []Event{{Kind: Stopped, At: now, Step: s.idx}}
}

// Live reports whether the session has started and not ended.
func (s *Session) Live() bool { return s.begun && s.outcome == Running }

// Outcome is how the session ended, or Running.
func (s *Session) Outcome() Outcome { return s.outcome }

// Index is the current step's index.
func (s *Session) Index() int { return s.idx }

// Current is the current step.
func (s *Session) Current() Step { return s.Plan.Steps[s.idx] }

// Countdown is the current step's countdown.
func (s *Session) Countdown() timer.Countdown { return s.cd }

// IsPaused reports whether the person paused the session.
func (s *Session) IsPaused() bool { return s.Live() && s.cd.Paused() && !s.counting }

// Results returns what became of each step, by index.
func (s *Session) Results() []Result { return s.results }

// Started is when the session began.
func (s *Session) Started() time.Time { return s.started }

// Elapsed is the time since the session began, pauses included: its actual
// length once it has ended.
func (s *Session) Elapsed(now time.Time) time.Duration {
	if !s.begun {
		return 0
	}
	if s.outcome != Running {
		now = s.ended
	}
	return now.Sub(s.started)
}

// PausedFor is the total time spent paused so far.
func (s *Session) PausedFor(now time.Time) time.Duration {
	if s.IsPaused() {
		return s.pausedFor + now.Sub(s.pausedAt)
	}
	return s.pausedFor
}
