package history

import (
	"testing"
	"time"

	"github.com/backstretch/backstretch/session"
)

// day builds a session on day n (0 = 23 Nov 2026) at 08:00 local to t0.
func day(n int, outcome session.Outcome, before, after int) Session {
	return Session{ID: "s", Start: t0.AddDate(0, 0, n).Add(-11 * time.Hour), Routine: "morning", Outcome: outcome.String(),
		Started: true, Done: 3, PainBefore: before, PainAfter: after}
}

func ok(n int) Session { return day(n, session.Completed, 2, 2) }

// now is 07:00 on day n, before that day's session.
func now(n int) time.Time { return t0.AddDate(0, 0, n).Add(-12 * time.Hour) }

func TestOneCompletedSessionADayRaisesTheLevelToFullDosage(t *testing.T) {
	var hist []Session
	for n, want := range []int{1, 2, 3, 4, 4, 4} {
		p := Progress(hist, now(n), 4)
		if p.Day != want || p.Note != "" {
			t.Errorf("day %d: level %d (%q), want %d", n+1, p.Day, p.Note, want)
		}
		hist = append(hist, ok(n))
	}
}

func TestTwoSessionsInADayCountOnce(t *testing.T) {
	hist := []Session{ok(0), ok(0), ok(0)}
	if p := Progress(hist, now(1), 4); p.Day != 2 {
		t.Errorf("level %d after one day of three sessions, want 2", p.Day)
	}
	if p := Progress(hist, now(0).Add(12*time.Hour), 4); p.Day != 1 {
		t.Errorf("later the same day the level is %d, want still 1", p.Day)
	}
}

func TestOnlySessionsWithRealWorkCount(t *testing.T) {
	skipped := ok(0)
	skipped.Done = 0
	quit := day(1, session.Quit, 2, 2)
	killed := day(2, session.Interrupted, 2, 2)
	if p := Progress([]Session{skipped, quit, killed}, now(3), 4); p.Day != 1 {
		t.Errorf("level %d after sessions that did nothing or did not finish, want 1", p.Day)
	}
}

func TestRestDaysNeitherRaiseNorLowerTheLevel(t *testing.T) {
	hist := []Session{ok(0), ok(5)}
	if p := Progress(hist, now(9), 4); p.Day != 3 {
		t.Errorf("level %d after two active days with gaps, want 3", p.Day)
	}
}

func TestPainThatRoseHoldsTheLevelTheNextDay(t *testing.T) {
	hist := []Session{ok(0), day(1, session.Completed, 2, 5)}
	p := Progress(hist, now(2), 4)
	if p.Day != 2 {
		t.Fatalf("level %d after a session whose pain rose, want 2 (held)", p.Day)
	}
	if p.Note == "" {
		t.Error("no reason given for the held level")
	}
	hist = append(hist, ok(2))
	if p := Progress(hist, now(3), 4); p.Day != 3 || p.Note != "" {
		t.Errorf("after a good day the level is %d (%q), want 3 with no note", p.Day, p.Note)
	}
}

func TestAStopForPainStepsBackAtOnce(t *testing.T) {
	hist := []Session{ok(0), ok(1), ok(2)}
	if p := Progress(hist, now(3), 4); p.Day != 4 {
		t.Fatalf("setup: level %d, want 4", p.Day)
	}
	stop := day(3, session.StoppedForPain, 3, NoPain)
	hist = append(hist, stop)
	// The very next session, the same day, is one step easier...
	p := Progress(hist, stop.Start.Add(time.Hour), 4)
	if p.Day != 3 || p.Note == "" {
		t.Fatalf("after a stop for pain: level %d (%q), want 3 with the reason", p.Day, p.Note)
	}
	// ...and so is the next day: a day with a stop earns no step up, even
	// with a completed session later that day.
	hist = append(hist, day(3, session.Completed, 2, 2))
	if p := Progress(hist, now(4), 4); p.Day != 3 {
		t.Errorf("the day after a stop for pain: level %d, want 3", p.Day)
	}
	hist = append(hist, ok(4))
	if p := Progress(hist, now(5), 4); p.Day != 4 {
		t.Errorf("after a good day: level %d, want 4 again", p.Day)
	}
}

func TestTheLevelNeverGoesBelowTheFirstSession(t *testing.T) {
	hist := []Session{day(0, session.StoppedForPain, 3, NoPain), day(1, session.StoppedForPain, 3, NoPain)}
	if p := Progress(hist, now(2), 4); p.Day != 1 {
		t.Errorf("level %d, want 1", p.Day)
	}
}

func TestTheRampLengthIsKeptBetweenThreeAndFiveDays(t *testing.T) {
	hist := []Session{ok(0), ok(1), ok(2), ok(3), ok(4), ok(5)}
	for ramp, want := range map[int]int{1: 3, 3: 3, 5: 5, 9: 5} {
		if p := Progress(hist, now(6), ramp); p.Day != want || p.Ramp != want {
			t.Errorf("ramp %d: level %d of %d, want %d of %d", ramp, p.Day, p.Ramp, want, want)
		}
	}
}

func TestSessionsInTheFutureAreIgnored(t *testing.T) {
	hist := []Session{ok(0), ok(1), ok(2)}
	if p := Progress(hist, now(1), 4); p.Day != 2 {
		t.Errorf("level %d from a history that runs past now, want 2", p.Day)
	}
}
