package summary

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backstretch/backstretch/stats/statstest"
)

// BenchmarkReadTenUnbrokenYears is Read with its summary kept, and the
// streak, on ten unbroken years: what status adds to a program's start.
func BenchmarkReadTenUnbrokenYears(b *testing.B) {
	recs, end := statstest.TenYearsUnbroken()
	t := &testing.T{}
	path := filepath.Join(b.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, lines(t, recs), 0o600); err != nil {
		b.Fatal(err)
	}
	sum := PathFor(path)
	if _, err := Read(path, sum, time.Now().Add(time.Hour)); err != nil { // settled: the stamp alone is trusted
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := Read(path, sum, time.Now())
		if err != nil || res.Rebuilt {
			b.Fatal(err, res.Rebuilt)
		}
		res.Book.Streak(end)
	}
}
