package summary

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/stats/statstest"
)

// streakCase is a history and the moments to ask it for its streak.
type streakCase struct {
	name string
	recs []history.Record
	nows []time.Time
}

// randomHistory is forty days of sessions in Berlin of every shape the
// streak cares about, in a shuffled-enough order: completed, quit,
// interrupted, all steps skipped, check-ins alone, a session's records
// split far apart in the file, and ids used twice.
func randomHistory(seed uint64) []history.Record {
	rng := rand.New(rand.NewPCG(seed, 7))
	var b statstest.Builder
	outcomes := []string{"completed", "completed", "completed", "quit", "", "check-in"}
	for d := range 40 {
		if rng.IntN(6) == 0 {
			continue // a gap
		}
		for range rng.IntN(4) {
			b.Add(statstest.At(d-39, 0, 0), statstest.Session{Routine: "morning", Hour: rng.IntN(24), Min: rng.IntN(60),
				Outcome: outcomes[rng.IntN(len(outcomes))], Done: rng.IntN(3), Skipped: rng.IntN(2),
				Actual: time.Minute, Before: rng.IntN(3) - 1, After: -1})
		}
	}
	recs := b.Recs
	for range len(recs) / 10 { // records moved across the file
		i, j := rng.IntN(len(recs)), rng.IntN(len(recs))
		recs[i], recs[j] = recs[j], recs[i]
	}
	for range 3 { // an id used again by a later session
		i, j := rng.IntN(len(recs)), rng.IntN(len(recs))
		recs[max(i, j)].Session = recs[min(i, j)].Session
	}
	return recs
}

// Book.Streak is stats.Compute's streak, whatever the history: the two
// must never disagree, or status and stats would.
func TestTheBooksStreakIsTheOneStatsComputesOverTheSameRecords(t *testing.T) {
	unbroken, end := statstest.TenYearsUnbroken()
	broken, bend := statstest.TenYears()
	sixty, _ := statstest.Sixty()
	cases := []streakCase{
		{"ten unbroken years", unbroken, []time.Time{end, end.Add(11 * time.Hour), end.AddDate(0, 0, 2), end.AddDate(-3, 0, 0)}},
		{"ten years with a gap every hundred days", broken, []time.Time{bend, bend.Add(11 * time.Hour), bend.AddDate(0, 0, -49)}},
		{"sixty days in Auckland, over a clock change", sixty, []time.Time{statstest.SixtyNow, statstest.SixtyNow.AddDate(0, 0, -30),
			statstest.SixtyNow.AddDate(0, 0, -33), statstest.SixtyNow.Add(14 * time.Hour)}},
		{"no history", nil, []time.Time{end}},
	}
	for seed := range uint64(40) {
		var nows []time.Time
		for h := -30 * 24; h <= 48; h += 7 {
			nows = append(nows, statstest.At(0, 12, 0).Add(time.Duration(h)*time.Hour))
		}
		nows = append(nows, statstest.At(0, 12, 0).In(time.UTC), statstest.At(0, 12, 0).In(statstest.Auckland))
		cases = append(cases, streakCase{fmt.Sprintf("random history %d", seed), randomHistory(seed), nows})
	}
	for _, tc := range cases {
		var b Book
		b.Add(tc.recs)
		for _, now := range tc.nows {
			want := stats.Compute(tc.recs, now, 4)
			streak, today := b.Streak(now)
			if streak != want.Streak || today != want.TodayActive {
				t.Errorf("%s at %v: streak %d (today %v), stats says %d (today %v)",
					tc.name, now, streak, today, want.Streak, want.TodayActive)
			}
		}
	}
}

// Records added in several goes give the book that one go gives: a
// session begun before a summary was kept is finished by the lines after
// it.
func TestABookAddedToInPiecesIsTheBookOfTheWholeHistory(t *testing.T) {
	for seed := range uint64(10) {
		recs := randomHistory(seed)
		var whole, pieces Book
		whole.Add(recs)
		for i := 0; i < len(recs); i += 7 {
			pieces.Add(recs[i:min(i+7, len(recs))])
		}
		now := statstest.At(0, 23, 0)
		s1, t1 := whole.Streak(now)
		s2, t2 := pieces.Streak(now)
		if s1 != s2 || t1 != t2 || len(whole.Sessions) != len(pieces.Sessions) {
			t.Errorf("seed %d: whole %d/%v/%d sessions, in pieces %d/%v/%d", seed, s1, t1, len(whole.Sessions), s2, t2, len(pieces.Sessions))
		}
	}
}
