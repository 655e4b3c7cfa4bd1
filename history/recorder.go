package history

import (
	"fmt"
	"time"

	"github.com/backstretch/backstretch/session"
)

// Recorder saves a session as it happens: its start, each exercise step as
// it ends (done, skipped, or cut short by the end), and its end, each
// appended as soon as it happens, so killing the program loses at most the
// step in progress.
//
// A synchronous recorder writes before Observe returns (plain mode: the
// step is on disk before "Done." is printed). An asynchronous one hands the
// records, in order, to one writer goroutine, so the caller (the UI's
// Update) never waits on the disk.
type Recorder struct {
	s       *session.Session
	id      string
	started bool
	store   Store
	queue   chan []Record // nil when synchronous
	done    chan error
	err     error // the first failure of a synchronous recorder
}

// NewRecorder starts recording s into store under the session id,
// synchronously or not.
func NewRecorder(store Store, s *session.Session, id string, async bool) *Recorder {
	r := &Recorder{s: s, id: id, store: store}
	if !async {
		return r
	}
	r.queue, r.done = make(chan []Record, 64), make(chan error, 1)
	go func() {
		var first error
		for recs := range r.queue {
			if first != nil {
				continue // one failure is reported; the session goes on
			}
			first = store.Append(recs...)
		}
		r.done <- first
	}()
	return r
}

// Close waits until every record is written and returns the first error.
func (r *Recorder) Close() error {
	err := r.err
	if r.queue != nil {
		close(r.queue)
		err = <-r.done
	}
	if err != nil {
		return fmt.Errorf("the session was not fully saved: %w", err)
	}
	return nil
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
	switch {
	case len(recs) == 0:
	case r.queue != nil:
		r.queue <- recs
	case r.err == nil: // one failure is reported; the session goes on
		r.err = r.store.Append(recs...)
	}
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
