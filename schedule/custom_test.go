package schedule

import (
	"testing"
	"time"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/timer"
)

// withPhysio is the default configuration with a routine of the file
// reminded daily at 17:30.
func withPhysio() config.Config {
	cfg := config.Default()
	cfg.RollsEvery = 0
	cfg.Extra = []config.Session{{Routine: "physio", At: config.TimeOfDay{Hour: 17, Minute: 30}}}
	return cfg
}

func TestACustomRoutineWithATimeIsRemindedLikeASession(t *testing.T) {
	s := New(withPhysio())
	clk := timerAt(t, s, "17:00")
	expect(t, walk(s, clk, at("18:10"), time.Minute),
		"17:30 fired: physio 17:30",
		"18:00 fired: physio 18:00")
	if len(s.Today(at("18:10"))) != 3 {
		t.Error("the routine joined the day's three sessions")
	}
}

func TestACustomRoutineStartedIsNotRemindedOf(t *testing.T) {
	s := New(withPhysio())
	clk := timerAt(t, s, "17:00")
	s.Started("physio", at("17:10"))
	s.Finished("physio", at("17:15"), Completed)
	expect(t, walk(s, clk, at("18:10"), time.Minute))
}

func TestExtraSaysWhereACustomRoutineStands(t *testing.T) {
	s := New(withPhysio())
	state := func(now string) State {
		t.Helper()
		ex := s.Extra(at(now))
		if len(ex) != 1 || ex[0].Routine != "physio" || !ex[0].At.Equal(at("17:30")) {
			t.Fatalf("Extra(%s) = %+v", now, ex)
		}
		return ex[0].State
	}
	if state("17:29") != Later || state("17:30") != DueNow || state("23:59") != DueNow {
		t.Error("a routine with a time is due from its time to the end of the day")
	}
	s.Finished("physio", at("18:00"), PainStop)
	if state("18:05") != StoppedToday {
		t.Error("a routine stopped for pain is still due")
	}
	s.Finished("physio", at("18:30"), Completed)
	if state("18:35") != DoneToday {
		t.Error("a routine done is still due")
	}
	if n := len(New(config.Default()).Extra(at("18:00"))); n != 0 {
		t.Errorf("without routines with a time, Extra has %d", n)
	}
}

// timerAt makes the first check of s at from and returns its clock.
func timerAt(t *testing.T, s *Scheduler, from string) *timer.Fake {
	t.Helper()
	clk := timer.NewFake(at(from))
	if evs := s.Check(clk.Now(), false); len(evs) != 0 {
		t.Fatalf("the first check fired %v", describe(evs...))
	}
	return clk
}
