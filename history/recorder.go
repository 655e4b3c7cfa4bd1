package history

import (
	"errors"
	"fmt"
	"sync"
	"syscall"
	"time"

	"github.com/backstretch/backstretch/regular"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// Recorder saves a session as it happens: its start, each exercise step as
// it ends (done, skipped, or cut short by the end), and its end, each
// appended as soon as it happens, so killing the program loses at most the
// step in progress. Every record carries the time its event happened, not
// the time it reached the disk.
//
// One writer goroutine does the writing, so a caller never waits on a lock
// held elsewhere. Records that could not be written (a full disk, a lock
// held for all of LockWait) are kept, in order, and tried again at the next
// step and at Close; Unsaved says what is waiting meanwhile.
//
// A synchronous recorder waits in Observe until its records are on disk
// (plain mode: the step is saved before "Done." is printed), unless the lock
// is held elsewhere or the write fails: then it goes on at once and the
// records wait. An asynchronous one never waits (the UI's Update).
type Recorder struct {
	s       *session.Session
	id      string
	started bool
	async   bool
	out     appender

	mu      sync.Mutex
	pending []Record      // not written yet, oldest first
	why     error         // why the last try did not write them
	waiting bool          // the writer is waiting for a lock held elsewhere
	closed  bool          // Close has begun: no writer to wait for any more
	acks    []chan error  // synchronous callers waiting for the next try
	kick    chan struct{} // something to write (buffered: one is enough)
	quit    chan struct{} // Close: a last try, then the writer ends
	done    chan struct{}
}

// NewRecorder starts recording s into store under the session id,
// synchronously or not.
func NewRecorder(store Store, s *session.Session, id string, async bool) *Recorder {
	return newRecorder(appender{path: store.Path}, s, id, async)
}

// Use makes s the session the recorder records, in place of the one it
// was made with: for a plan decided by the answers before the session
// (the warm-up). It must come before the session's first event.
func (r *Recorder) Use(s *session.Session) { r.s = s }

func newRecorder(out appender, s *session.Session, id string, async bool) *Recorder {
	r := &Recorder{s: s, id: id, async: async, out: out,
		kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
	go r.writer()
	return r
}

// writer tries to write what is pending each time it is kicked, and once
// more when the recorder closes.
func (r *Recorder) writer() {
	defer close(r.done)
	for {
		select {
		case <-r.kick:
			r.try()
		case <-r.quit:
			r.try()
			return
		}
	}
}

// try writes every pending record in one append and answers the callers
// that waited for it.
func (r *Recorder) try() {
	r.mu.Lock()
	recs, acks := r.pending, r.acks
	r.acks = nil
	r.mu.Unlock()
	err := r.out.append(recs, func() {
		// A lock held elsewhere: nobody waits for it but this goroutine.
		r.mu.Lock()
		r.waiting = true
		for _, a := range acks {
			a <- ErrLocked
		}
		acks = nil
		r.mu.Unlock()
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	r.waiting = false
	if err == nil {
		r.pending = r.pending[len(recs):] // keep what came in meanwhile
	}
	r.why = err
	for _, a := range acks {
		a <- err
	}
}

// Save records what was asked around the session (its check-ins) with the
// session's own records, in order, with the same retries.
func (r *Recorder) Save(recs ...Record) { r.enqueue(recs) }

// enqueue keeps recs to be written and wakes the writer; a synchronous
// recorder waits for that try unless the writer is held up by the lock.
func (r *Recorder) enqueue(recs []Record) {
	if len(recs) == 0 {
		return
	}
	r.mu.Lock()
	r.pending = append(r.pending, recs...)
	var ack chan error
	if !r.async && !r.waiting && !r.closed {
		ack = make(chan error, 1)
		r.acks = append(r.acks, ack)
	}
	r.mu.Unlock()
	select {
	case r.kick <- struct{}{}:
	default: // a try is coming already
	}
	if ack != nil {
		<-ack
	}
}

// Unsaved says what is not saved yet and why, or is empty when every
// record so far is on disk. It never waits.
func (r *Recorder) Unsaved() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := len(r.pending)
	switch {
	case n == 0:
		return ""
	case r.waiting && r.why == nil:
		return fmt.Sprintf("Not saved yet: %s (%s); waiting for it", routines.Plural(n, "record", "records"), reason(ErrLocked))
	case r.why == nil:
		return "" // being written now
	}
	return fmt.Sprintf("Not saved yet: %s (%s); trying again at the next step", routines.Plural(n, "record", "records"), reason(r.why))
}

// Close makes a last try at what is still unsaved and returns why some of
// it could not be saved. It waits for at most two tries (the one under way
// and the last), each bounded by LockWait.
func (r *Recorder) Close() error {
	r.mu.Lock()
	if !r.closed {
		r.closed = true
		close(r.quit)
	}
	r.mu.Unlock()
	<-r.done
	r.mu.Lock()
	defer r.mu.Unlock()
	if n := len(r.pending); n > 0 {
		return fmt.Errorf("%s of this session could not be saved (%s): %w", routines.Plural(n, "record", "records"), reason(r.why), r.why)
	}
	return nil
}

// reason says briefly why records are not saved, for a person.
func reason(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "the disk is full"
	case errors.Is(err, ErrLocked):
		return "another program holds the history's lock"
	case errors.Is(err, regular.ErrNotRegular):
		return "the history is not a regular file"
	case err == nil:
		return "not written yet"
	}
	return "the history cannot be written"
}

// Observe records what the events started and finished.
func (r *Recorder) Observe(evs []session.Event) {
	var recs []Record
	plan := r.s.Plan
	for _, e := range evs {
		switch e.Kind {
		case session.StepStarted:
			if !r.started {
				r.started = true
				recs = append(recs, Record{Kind: SessionStarted, At: e.At, Session: r.id, Routine: plan.Routine.ID,
					Day: plan.Progress.Day, PlannedSec: plan.Duration().Seconds()})
			}
		case session.StepDone, session.Skipped:
			recs = append(recs, r.step(e)...)
		case session.Finished, session.Stopped:
			if e.Kind == session.Stopped {
				recs = append(recs, r.step(e)...)
			}
			sum := r.s.Summary(e.At)
			recs = append(recs, Record{Kind: SessionEnded, At: e.At, Session: r.id, Routine: plan.Routine.ID,
				Day: plan.Progress.Day, Outcome: sum.Outcome.String(), PlannedSec: sum.Planned.Seconds(), ActualSec: sum.Actual.Seconds()})
		}
	}
	r.enqueue(recs)
}

// step is the record of the step an event ended, if it is an exercise step.
func (r *Recorder) step(e session.Event) []Record {
	st := r.s.Plan.Steps[e.Step]
	if !st.Kind.Active() {
		return nil
	}
	res := r.s.Results()[e.Step]
	status := map[session.Status]string{session.Done: "done", session.SkippedOver: "skipped", session.Partial: "partial"}[res.Status]
	if status == "" {
		return nil
	}
	rec := Record{Kind: StepEnded, At: e.At, Session: r.id, Exercise: st.Exercise.ID, Step: st.Kind.String(),
		Side: st.Side.String(), PlannedSec: st.Duration.Seconds(), DoneSec: res.Active.Seconds(), Status: status}
	if st.Kind == session.Reps {
		rec.Reps = st.Reps
	}
	return []Record{rec}
}

// SessionID names a session of a routine starting at t.
func SessionID(routine string, t time.Time) string {
	return routine + "-" + t.UTC().Format("20060102T150405.000")
}
