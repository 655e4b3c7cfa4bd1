package summary

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/stats/statstest"
)

// lines is recs as history lines.
func lines(t *testing.T, recs []history.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// days is n days in a row of a completed morning session in Berlin,
// the last one off days from statstest.At(0, …).
func days(n, last int) []history.Record {
	var b statstest.Builder
	for d := last - n + 1; d <= last; d++ {
		b.Add(statstest.At(d, 0, 0), statstest.Session{Routine: "morning", Hour: 8, Outcome: "completed", Done: 2,
			Actual: 5 * time.Minute, Before: 2, After: -1})
	}
	for i := range b.Recs {
		b.Recs[i].Session = "m" + b.Recs[i].At.Format("20060102") // ids of the same length
	}
	return b.Recs
}

// morningNow is 09:00 today, after a morning session if there is one.
var morningNow = statstest.At(0, 9, 0)

// fixture is a history file and its summary's path in a folder of t's.
func fixture(t *testing.T, data []byte) (string, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, PathFor(path)
}

// read is Read, failing t on an error, with the streak at morningNow.
func read(t *testing.T, path, sum string) (Result, int) {
	t.Helper()
	res, err := Read(path, sum, time.Now())
	if err != nil || res.KeepErr != nil {
		t.Fatal(err, res.KeepErr)
	}
	streak, _ := res.Book.Streak(morningNow)
	return res, streak
}

// wholeStreak is what stats says over every record of the file.
func wholeStreak(t *testing.T, path string) int {
	t.Helper()
	recs, _, err := history.Store{Path: path}.Load()
	if err != nil {
		t.Fatal(err)
	}
	return stats.Compute(recs, morningNow, 4).Streak
}

func TestAKeptSummaryIsUsedAndOnlyTheLinesAppendedSinceAreDecoded(t *testing.T) {
	path, sum := fixture(t, lines(t, days(30, -1)))
	first, streak := read(t, path, sum)
	if !first.Rebuilt || first.Decoded != 150 || streak != 30 {
		t.Fatalf("first read: rebuilt %v, decoded %d, streak %d; want a rebuild of 150 records, streak 30", first.Rebuilt, first.Decoded, streak)
	}
	if fi, err := os.Stat(sum); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the summary: %v, mode %v; want 0600", err, fi.Mode().Perm())
	}
	again, streak := read(t, path, sum)
	if again.Rebuilt || again.Decoded != 0 || streak != 30 {
		t.Errorf("second read: rebuilt %v, decoded %d, streak %d; want the summary alone, streak 30", again.Rebuilt, again.Decoded, streak)
	}
	// Today's session: its five lines are all that is decoded.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.Write(lines(t, days(1, 0)))
	f.Close()
	after, streak := read(t, path, sum)
	if after.Rebuilt || after.Decoded != 5 || streak != 31 {
		t.Errorf("after today's session: rebuilt %v, decoded %d, streak %d; want 5 records decoded, streak 31", after.Rebuilt, after.Decoded, streak)
	}
}

// Status runs during a session: the summary is kept while a session has
// begun and not ended, and its end, appended later, still makes it count.
func TestASessionUnfinishedWhenTheSummaryWasKeptCountsOnceItsEndIsAppended(t *testing.T) {
	recs := days(5, 0)
	path, sum := fixture(t, lines(t, recs[:len(recs)-1])) // today's session without its end
	if _, streak := read(t, path, sum); streak != 4 {
		t.Fatalf("streak %d before today's session ended, want 4 (to yesterday)", streak)
	}
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.Write(lines(t, recs[len(recs)-1:]))
	f.Close()
	if res, streak := read(t, path, sum); res.Rebuilt || streak != 5 {
		t.Errorf("after the end record: rebuilt %v, streak %d; want the summary extended, streak 5", res.Rebuilt, streak)
	}
}

// Whatever is wrong with the summary, the answer is the whole history's,
// and a good summary takes its place.
func TestADamagedOrForeignSummaryIsRebuiltAndNeverChangesTheAnswer(t *testing.T) {
	data := lines(t, days(30, -1))
	other := lines(t, days(3, -1))
	good := func(t *testing.T, path, sum string) []byte {
		read(t, path, sum)
		b, err := os.ReadFile(sum)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cases := map[string]func(t *testing.T, path, sum string){
		"empty": func(t *testing.T, path, sum string) { os.WriteFile(sum, nil, 0o600) },
		"cut short": func(t *testing.T, path, sum string) {
			b := good(t, path, sum)
			os.WriteFile(sum, b[:len(b)/2], 0o600)
		},
		"a byte changed": func(t *testing.T, path, sum string) {
			b := good(t, path, sum)
			b[len(b)/2] ^= 0x20
			os.WriteFile(sum, b, 0o600)
		},
		"of another version": func(t *testing.T, path, sum string) {
			b := good(t, path, sum)
			b[len(magic)]++
			os.WriteFile(sum, b, 0o600)
		},
		"garbage": func(t *testing.T, path, sum string) { os.WriteFile(sum, bytes.Repeat([]byte{0xff}, 5000), 0o600) },
		"of another history": func(t *testing.T, path, sum string) {
			p2, s2 := fixture(t, other)
			os.WriteFile(sum, good(t, p2, s2), 0o600)
		},
		// Its own checksum is right, but not what it claims of the history.
		"forged, claiming more than the file holds": func(t *testing.T, path, sum string) {
			st, _ := decode(good(t, path, sum))
			st.Offset = int64(len(data)) + 100
			os.WriteFile(sum, encode(st), 0o600)
		},
		"forged, a session made to count": func(t *testing.T, path, sum string) {
			st, _ := decode(good(t, path, sum))
			st.Book.Sessions = append(st.Book.Sessions, Session{ID: "forged", Start: morningNow.Add(-time.Hour), Completed: true, Done: 1})
			st.CRC ^= 1 // a forger who gets the checksum of the history right could as well write the history
			os.WriteFile(sum, encode(st), 0o600)
		},
		"a symbolic link to a good summary": func(t *testing.T, path, sum string) {
			target := filepath.Join(t.TempDir(), "elsewhere")
			os.WriteFile(target, good(t, path, sum), 0o600)
			os.Remove(sum)
			os.Symlink(target, sum)
		},
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			path, sum := fixture(t, data)
			spoil(t, path, sum)
			res, streak := read(t, path, sum)
			if !res.Rebuilt || streak != 30 || streak != wholeStreak(t, path) {
				t.Errorf("rebuilt %v, streak %d; want a rebuild and the whole history's 30", res.Rebuilt, streak)
			}
			if fi, err := os.Lstat(sum); err != nil || !fi.Mode().IsRegular() {
				t.Fatalf("no regular summary in its place: %v", err)
			}
			if again, _ := read(t, path, sum); again.Rebuilt || again.Decoded != 0 {
				t.Errorf("the summary put in its place is not used: rebuilt %v, decoded %d", again.Rebuilt, again.Decoded)
			}
		})
	}
}

// A history edited by hand to the very same size: yesterday's session
// marked abandoned. The old summary must not be trusted for it.
func TestAHistoryRewrittenToTheSameSizeIsNotTrustedToTheOldSummary(t *testing.T) {
	data := lines(t, days(30, -1))
	edited := bytes.Clone(data)
	i := bytes.LastIndex(edited, []byte(`"outcome":"completed"`))
	copy(edited[i:], `"outcome":"abandoned"`)
	for _, settled := range []bool{false, true} {
		path, sum := fixture(t, data)
		checked := time.Now()
		if settled { // as if kept long after the file's last change: its stamp alone would be trusted
			checked = checked.Add(time.Hour)
		}
		if _, err := Read(path, sum, checked); err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(path)
		if err := os.WriteFile(path, edited, 0o600); err != nil {
			t.Fatal(err)
		}
		if settled {
			if runtime.GOOS == "windows" {
				continue // no change time there: see sysStamp
			}
			os.Chtimes(path, fi.ModTime(), fi.ModTime()) // the modification time put back
		}
		res, streak := read(t, path, sum)
		if !res.Rebuilt || streak != 0 || streak != wholeStreak(t, path) {
			t.Errorf("settled %v: rebuilt %v, streak %d; want a rebuild and a streak of 0 (yesterday's session abandoned)", settled, res.Rebuilt, streak)
		}
	}
}

func TestAHistoryCutShorterThanItsSummaryIsReadAgain(t *testing.T) {
	data := lines(t, days(30, -1))
	path, sum := fixture(t, data)
	read(t, path, sum)
	os.WriteFile(path, data[:len(data)/2], 0o600)
	if res, streak := read(t, path, sum); !res.Rebuilt || streak != 0 {
		t.Errorf("rebuilt %v, streak %d; want a rebuild, and no streak (the last fifteen days are gone)", res.Rebuilt, streak)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if res, streak := read(t, path, sum); len(res.Book.Sessions) != 0 || streak != 0 {
		t.Errorf("no history: %d sessions, streak %d", len(res.Book.Sessions), streak)
	}
}

// A last line without its newline counts, as Load counts it, but is not
// kept in the summary: it may be a line still being written.
func TestALastLineWithoutItsNewlineCountsButIsNotKept(t *testing.T) {
	data := bytes.TrimSuffix(lines(t, days(30, 0)), []byte("\n"))
	path, sum := fixture(t, data)
	if _, streak := read(t, path, sum); streak != 30 || streak != wholeStreak(t, path) {
		t.Errorf("streak %d, want 30 as the whole file gives", streak)
	}
	st, err := decode(must(os.ReadFile(sum)))
	if err != nil || st.Offset != int64(bytes.LastIndexByte(data, '\n')+1) {
		t.Errorf("the summary covers %d bytes (%v), want up to the last newline", st.Offset, err)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func TestAFolderInThePlaceOfTheSummaryIsSaidAndTheAnswerStaysRight(t *testing.T) {
	path, sum := fixture(t, lines(t, days(30, -1)))
	os.Mkdir(sum, 0o700)
	res, err := Read(path, sum, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if streak, _ := res.Book.Streak(morningNow); streak != 30 || res.KeepErr == nil {
		t.Errorf("streak %d, keep error %v; want 30 and an error saying the summary could not be kept", streak, res.KeepErr)
	}
}

// The summary once read lines up to 1 MiB as records where every other
// reader of the history stops at history.MaxLine: a record padded past
// that counted for status alone.
func TestALineTooLongForTheHistoryIsNotARecordForTheSummaryEither(t *testing.T) {
	t.Parallel()
	var data []byte
	recs := days(3, 0)
	for i, r := range recs {
		line := lines(t, recs[i:i+1])
		if r.Kind == history.SessionEnded && r.At.After(statstest.At(0, 0, 0)) { // today's session's end
			line = append(append([]byte("{"), bytes.Repeat([]byte(" "), history.MaxLine)...), line[1:]...)
		}
		data = append(data, line...)
	}
	path, sum := fixture(t, data)
	if wholeStreak(t, path) != 2 {
		t.Fatalf("the history's streak is %d; the padded end should leave 2 days", wholeStreak(t, path))
	}
	if _, streak := read(t, path, sum); streak != wholeStreak(t, path) {
		t.Errorf("the summary's streak is %d, the history's %d", streak, wholeStreak(t, path))
	}
}
