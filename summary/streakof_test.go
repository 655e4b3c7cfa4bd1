package summary

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
)

// StreakOf counts the streak from the summary's bytes when the summary
// holds the whole file as it stands, and must give exactly what the Book,
// and stats over every record, give; when it cannot (lines appended,
// sessions out of order), it reads as Read does, with the same answer.
func TestStreakOfCountsFromTheKeptBytesWithTheSameAnswer(t *testing.T) {
	gappy := append(days(30, -40), days(12, 0)...)
	shuffled := slices.Clone(days(20, 0))
	shuffled[3], shuffled[len(shuffled)-4] = shuffled[len(shuffled)-4], shuffled[3]
	for _, c := range []struct {
		name string
		recs []history.Record
		fast bool
	}{
		{"four hundred days in a row", days(400, 0), true},
		{"a gap forty days ago", gappy, true},
		{"yesterday's streak, none today", days(9, -1), true},
		{"a broken streak, long ago", days(30, -40), true},
		{"sessions out of order", shuffled, false},
	} {
		path, sum := fixture(t, lines(t, c.recs))
		// A summary taken as if well after the file's last change: its
		// stamp alone is trusted.
		if _, err := Read(path, sum, time.Now().Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		res, err := Read(path, sum, time.Now().Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := res.Book.Streak(morningNow)
		if whole := wholeStreak(t, path); want != whole {
			t.Fatalf("%s: the book says %d, stats %d", c.name, want, whole)
		}
		if got, ok := streakAsKept(path, sum, morningNow); ok != c.fast || (ok && got != want) {
			t.Errorf("%s: counted from the kept bytes: %d, %v; want %d, %v", c.name, got, ok, want, c.fast)
		}
		got, keepErr, err := StreakOf(path, sum, time.Now(), morningNow)
		if err != nil || keepErr != nil || got != want {
			t.Errorf("%s: StreakOf = %d, %v, %v; want %d", c.name, got, keepErr, err, want)
		}
	}
}

func TestStreakOfReadsAgainOnceALineIsAppended(t *testing.T) {
	recs := days(10, -1)
	path, sum := fixture(t, lines(t, recs))
	if _, err := Read(path, sum, time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.Write(lines(t, days(1, 0)))
	f.Close()
	if _, ok := streakAsKept(path, sum, morningNow); ok {
		t.Fatal("the kept bytes were trusted for a file that grew")
	}
	if got, _, err := StreakOf(path, sum, time.Now(), morningNow); err != nil || got != 11 {
		t.Errorf("StreakOf after today's session = %d, %v; want 11", got, err)
	}
}
