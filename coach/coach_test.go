package coach

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

var monday = time.Date(2026, 11, 23, 12, 40, 0, 0, time.UTC)

// newEnv is a first session's environment, its history in a folder of the
// test's.
func newEnv(t *testing.T) (Env, *timer.Fake) {
	t.Helper()
	clk := timer.NewFake(monday)
	one := 1
	store := history.Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	return Env{Catalogue: routines.Builtin(), RampDays: 4, Clock: clk, History: History{Store: store}, Pain: &one}, clk
}

// answerAll answers every question before the session as a person going
// ahead would: continue, no to each screening question, pain 1.
func answerAll(b *checkin.Before) {
	for _, ok := b.Next(); ok; _, ok = b.Next() {
		b.Answer(checkin.Answer{Value: 1})
	}
}

// A session run through the application layer alone, as a driver would:
// prepared, its questions answered, run to its end, finished with the pain
// after it. The report says what happened, and the history holds the
// answers, the session and the pain after, in that order.
func TestARunSavesTheAnswersTheSessionAndThePainAfterAndReportsIt(t *testing.T) {
	t.Parallel()
	env, clk := newEnv(t)
	r, _ := routines.BuiltinRoutine("midday")
	run := Prepare(env, r, Where{})
	answerAll(run.Before)
	if !run.Before.Proceed() {
		t.Fatal("the questions did not let the session start")
	}
	s := run.Start(clk.Now())
	run.Observe(s.Start(clk.Now()))
	for s.Live() {
		clk.Advance(time.Second)
		run.Observe(s.Advance(clk.Now()))
	}
	rep := run.Finish(clk.Now(), 2, nil, "a notice", "a notice")
	if rep.Summary == nil || rep.Summary.Outcome != session.Completed || rep.Exit != 0 || rep.StoppedForPain() {
		t.Fatalf("report %+v", rep)
	}
	if !slices.Equal(rep.Notes, []string{"a notice"}) {
		t.Errorf("notes %q, want the notice once", rep.Notes)
	}
	if got := rep.Lines()[0]; got != rep.Summary.Headline() || !strings.HasPrefix(got, "Summary: Midday routine completed.") {
		t.Errorf("first line %q", got)
	}
	recs, _, err := env.History.Store.Load()
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, rec := range recs {
		kinds = append(kinds, string(rec.Kind)+"/"+rec.When)
	}
	got := strings.Join(kinds, " ")
	if !strings.HasPrefix(got, "screening/ pain/before session_started/") || !strings.Contains(got, "session_ended/") || !strings.HasSuffix(got, "session_ended/ pain/after") {
		t.Errorf("the history holds %s", got)
	}
}

// A signal while a question is on screen: no session, the reason, and the
// exit status of the signal; a signal after a completed session changes
// nothing of its exit.
func TestTheExitAfterASignalIsOneRule(t *testing.T) {
	t.Parallel()
	env, clk := newEnv(t)
	r, _ := routines.BuiltinRoutine("evening")
	rep := Prepare(env, r, Where{}).Finish(clk.Now(), history.NoPain, syscall.SIGTERM)
	if rep.Summary != nil || rep.NotStarted != "No session now." || rep.Exit != 128+int(syscall.SIGTERM) {
		t.Errorf("a signal at a question: %+v", rep)
	}
	if ExitFor(syscall.SIGINT) != 130 || ExitFor(nil) != 0 {
		t.Errorf("ExitFor: %d, %d", ExitFor(syscall.SIGINT), ExitFor(nil))
	}
	run := Prepare(env, r, Where{})
	answerAll(run.Before)
	s := run.Start(clk.Now())
	s.Start(clk.Now())
	s.Stop(clk.Now(), session.StoppedForPain)
	rep = run.Finish(clk.Now(), history.NoPain, syscall.SIGHUP)
	if !rep.StoppedForPain() || rep.Exit != 128+int(syscall.SIGHUP) || !slices.Contains(rep.Lines(), routines.StopNowAdvice) {
		t.Errorf("a stop for pain, then a signal: %+v", rep)
	}
}

// The hourly shoulder rolls started from the companion are a break: no
// question before or after them; started on their own they are a session.
func TestTheDeskBreakFromTheCompanionAsksNothing(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t)
	env.Pain = nil
	desk, _ := routines.BuiltinRoutine("desk")
	inCompanion := Prepare(env, desk, Where{InCompanion: true})
	if q, ok := inCompanion.Before.Next(); ok && q.Kind != checkin.Info {
		t.Errorf("the break from the companion asks %q", q.Prompt)
	}
	if inCompanion.AskAfter {
		t.Error("the break from the companion asks the pain after it")
	}
	if alone := Prepare(env, desk, Where{}); !alone.AskAfter {
		t.Error("the desk set on its own does not ask the pain after it")
	}
}

// Ctrl-C is the person quitting; any other stop signal interrupts.
func TestAStopSignalEndsASessionAsQuitOnlyForCtrlC(t *testing.T) {
	t.Parallel()
	for sig, want := range map[os.Signal]session.Outcome{
		syscall.SIGINT: session.Quit, syscall.SIGTERM: session.Interrupted,
		syscall.SIGHUP: session.Interrupted, syscall.SIGQUIT: session.Interrupted,
	} {
		if got := StopFor(sig); got != want {
			t.Errorf("%v: %v, want %v", sig, got, want)
		}
	}
}
