// Package coach is the application layer that both drivers use, the full
// screen (ui) and the lines of plain mode: it prepares a session from the
// history (today's dosage, the questions before it), saves what is
// answered and done through the session's recorder, and finishes it with
// a report. It reads no terminal and knows nothing of how it is shown.
package coach

import (
	"os"
	"syscall"
	"time"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// History is the history as a command found it.
type History struct {
	Store history.Store
	Recs  []history.Record
	// WriteErr says the history cannot be written; Warning is what a
	// session says then (it runs anyway, unsaved), or is empty.
	WriteErr error
	Warning  string
	// Err says it could not be read.
	Err error
}

// Env is what a session is prepared from.
type Env struct {
	Catalogue routines.Catalogue
	RampDays  int
	Clock     timer.Clock
	History   History
	// Speed is --speed: how many program seconds pass in a real one.
	Speed float64
	// Pain and PainAfter are --pain and --pain-after, when given.
	Pain, PainAfter *int
	// Anyway is --anyway: go on after a stop for pain earlier today.
	Anyway bool
}

// Where a session runs decides what it asks and how it saves.
type Where struct {
	// InCompanion: started from the companion, where the hourly shoulder
	// rolls are a break at work, asked nothing.
	InCompanion bool
	// Queued saves in the background, as a screen that never waits on the
	// disk needs; plain mode writes as it goes.
	Queued bool
}

// ExitFor is the exit status of a program a signal ended: 128 + its
// number, or 0 when no signal (or none with a number) came.
func ExitFor(sig os.Signal) int {
	if n, ok := sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 0
}

// StopFor is how a stop signal ends a running session: quit for SIGINT
// (Ctrl-C, the person's own), interrupted for the others.
func StopFor(sig os.Signal) session.Outcome {
	if sig == os.Interrupt {
		return session.Quit
	}
	return session.Interrupted
}

// Run is one session being prepared, run and finished.
type Run struct {
	Routine routines.Routine
	// Before asks the questions before the session.
	Before *checkin.Before
	// AskAfter says the pain is to be asked after the session (not given
	// by --pain-after, not a break).
	AskAfter bool
	// Warning is what the session says of a history it cannot write.
	Warning string
	// Recorder saves the session and the answers; nil when the history
	// cannot be written.
	Recorder *history.Recorder

	env      Env
	id       string
	progress routines.Progress
	session  *session.Session
	saved    bool // the answers before the session are saved
	started  bool
}

// Prepare lays out routine r's session from the history: the dosage the
// days so far call for and the questions to ask before it.
func Prepare(env Env, r routines.Routine, where Where) *Run {
	now := env.Clock.Now()
	sessions := history.Sessions(env.History.Recs)
	screening, _ := history.LatestScreening(env.History.Recs)
	trend := history.PainTrend(sessions, now)
	run := &Run{
		Routine: r,
		Before: &checkin.Before{
			FirstEver: !anyStarted(sessions),
			Screening: screening,
			Trend:     trend.Advice(),
			Caution:   stopCaution(env.Catalogue, sessions, now),
			PainRose:  trend.Worsening() || lastPainRose(sessions, now),
			// The warm-up the safety steps ask for, before the day's
			// first session (not before the desk set: a break at work).
			OfferWarmUp: r.ID != "desk" && !startedToday(sessions, now),
			// The hourly shoulder rolls from the companion are a break at
			// work, not a session: no questions around them.
			Break:  where.InCompanion && r.ID == "desk",
			Pain:   env.Pain,
			Anyway: env.Anyway,
		},
		Warning:  env.History.Warning,
		env:      env,
		id:       history.SessionID(r.ID, now),
		progress: history.Progress(sessions, now, env.RampDays),
	}
	run.AskAfter = env.PainAfter == nil && !run.Before.Break
	run.session = run.newSession(r)
	if env.History.WriteErr == nil { // else it runs unsaved, and Warning says so
		run.Recorder = history.NewRecorder(env.History.Store, run.session, run.id, where.Queued)
	}
	return run
}

func (run *Run) newSession(r routines.Routine) *session.Session {
	s := session.New(session.Build(r, run.progress))
	// A step that ends within this much program time of its deadline
	// hands over exactly; later than that, the next step starts whole
	// from now.
	speed := run.env.Speed
	if speed == 0 {
		speed = 1
	}
	s.Slack = max(2*time.Second, time.Duration(float64(250*time.Millisecond)*speed))
	return s
}

// Session is the session to run: with the warm-up first once it was
// chosen.
func (run *Run) Session() *session.Session { return run.session }

// Start saves the answers given before the session and returns the
// session the answers call for, to start at now.
func (run *Run) Start(now time.Time) *session.Session {
	run.SaveBefore(now)
	run.started = true
	if run.Before.WarmUp() {
		run.session = run.newSession(routines.WithWarmUp(run.Routine))
		if run.Recorder != nil {
			run.Recorder.Use(run.session)
		}
	}
	return run.session
}

// SaveBefore saves the answers given before the session, once.
func (run *Run) SaveBefore(now time.Time) {
	if run.saved {
		return
	}
	run.saved = true
	run.save(run.Before.Records(now, run.id, run.Routine.ID)...)
}

// Observe saves what the session did.
func (run *Run) Observe(evs []session.Event) {
	if run.Recorder != nil {
		run.Recorder.Observe(evs)
	}
}

// Unsaved says what could not be saved yet, or "".
func (run *Run) Unsaved() string {
	if run.Recorder == nil {
		return ""
	}
	return run.Recorder.Unsaved()
}

// save hands recs to the recorder; what it cannot write it keeps, tries
// again, and says at the end (Finish).
func (run *Run) save(recs ...history.Record) {
	if run.Recorder != nil {
		run.Recorder.Save(recs...)
	}
}
