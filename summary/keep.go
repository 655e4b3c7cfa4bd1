package summary

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/regular"
)

// Result is a history summed up by Read.
type Result struct {
	// Book is every session of the history file as it was when read.
	Book *Book
	// Decoded is how many records were decoded from JSON: those appended
	// since the summary was kept, or all of them when it was rebuilt.
	Decoded int
	// Rebuilt says the summary was missing, damaged or no longer matched
	// the history, and the whole history was read.
	Rebuilt bool
	// KeepErr is why the summary could not be written. The answer is
	// right all the same; only the next reader is as slow.
	KeepErr error
}

// PathFor is where the summary of the history file at path is kept:
// beside it, one summary per history file.
func PathFor(path string) string { return path + ".summary" }

// Read sums up the history file at path with the help of the summary kept
// at summaryPath, and keeps the summary up to date. checked is the wall
// time just before the call (not the app's clock: it is compared with the
// file system's times).
//
// The summary is used only if the history's first bytes are still the
// ones it summed up: the file's stamp is unchanged since well before the
// summary was taken, or the checksum of those bytes matches (a read
// without any decoding, a few milliseconds for ten years). Otherwise, or
// if it cannot be read, the whole history is read, as if there were none.
// A missing history is an empty one.
func Read(path, summaryPath string, checked time.Time) (Result, error) {
	f, err := regular.Open(path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return Result{Book: &Book{}}, nil
	}
	if err != nil {
		return Result{}, fmt.Errorf("cannot read the history: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Result{}, fmt.Errorf("cannot read the history: %w", err)
	}
	stamp := stampOfFile(fi)
	old, usable := load(summaryPath, stamp.Size)
	trusted := usable && old.Stamp.trusted(stamp, old.Checked)
	if usable && !trusted {
		sum, err := checksum(f, old.Offset)
		usable = err == nil && sum == old.CRC
	}
	st := state{Stamp: stamp, Checked: checked}
	if usable {
		st.Offset, st.CRC, st.Book = old.Offset, old.CRC, old.Book
	}
	t, err := readTail(f, st.Offset, stamp.Size, st.CRC, &st.Book)
	if err != nil {
		return Result{}, fmt.Errorf("cannot read the history: %w", err)
	}
	res := Result{Book: &st.Book, Decoded: t.decoded, Rebuilt: !usable}
	if !trusted || t.end != st.Offset {
		st.Offset, st.CRC = t.end, t.crc
		if st.Offset > 0 {
			res.KeepErr = save(summaryPath, encode(st))
		}
	}
	st.Book.Add(t.partial) // a last line without its newline: read, not kept
	return res, nil
}

// StreakOf is Read's Book.Streak at now, the way status asks for it
// every few seconds: when the summary matches the history to its last
// byte by the stamp alone (nothing appended since, nothing changed), the
// streak is counted straight from the summary's bytes, making no Book;
// otherwise it is Read and Book.Streak. (At a program's start every page
// of memory first touched costs a page fault: a Book of ten years is
// hundreds of them.)
func StreakOf(path, summaryPath string, checked, now time.Time) (streak int, keepErr, err error) {
	if streak, ok := streakAsKept(path, summaryPath, now); ok {
		return streak, nil, nil
	}
	res, err := Read(path, summaryPath, checked)
	if err != nil {
		return 0, nil, err
	}
	streak, _ = res.Book.Streak(now)
	return streak, res.KeepErr, nil
}

// streakAsKept is the streak counted from the summary's bytes, if the
// summary sums up the whole history file as it stands, its sessions are in
// the order of their start, and nothing in it is out of place.
func streakAsKept(path, summaryPath string, now time.Time) (int, bool) {
	f, err := regular.Open(path, os.O_RDONLY, 0)
	if err != nil {
		return 0, false
	}
	fi, err := f.Stat()
	f.Close()
	if err != nil {
		return 0, false
	}
	stamp := stampOfFile(fi)
	b, ok := readSummary(summaryPath, stamp.Size)
	if !ok {
		return 0, false
	}
	st, r, n, err := decodeHead(b)
	if err != nil || st.Offset != stamp.Size || !st.Stamp.trusted(stamp, st.Checked) {
		return 0, false
	}
	c := newStreakCount(now)
	var last time.Time
	sorted := true
	err = eachSession(&r, n, func(_ []byte, _ int, start time.Time, completed bool, done int) bool {
		sorted = sorted && !start.Before(last)
		last = start
		return sorted && c.add(start, Session{Completed: completed, Done: done}.Active())
	})
	if err != nil || !sorted {
		return 0, false
	}
	streak, _ := c.result()
	return streak, true
}

// load reads the summary at path, if there is one that makes sense for a
// history of size bytes. Anything wrong with it (a link, a folder, a
// damaged or foreign file) means no summary: it is rebuilt.
func load(path string, size int64) (state, bool) {
	b, ok := readSummary(path, size)
	if !ok {
		return state{}, false
	}
	st, err := decode(b)
	if err != nil || st.Offset > size {
		return state{}, false
	}
	return st, true
}

// readSummary reads the bytes of the summary at path, if it is a regular
// file of a size that makes sense for a history of size bytes.
func readSummary(path string, size int64) ([]byte, bool) {
	f, err := regular.Open(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	// A summary is much smaller than the history it sums up: a session
	// takes a few hundred bytes of history and a few dozen here.
	fi, err := f.Stat()
	if err != nil || fi.Size() > size+64<<10 {
		return nil, false
	}
	b := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, false
	}
	return b, true
}

// checksum is the CRC-32C of f's first n bytes.
func checksum(f *os.File, n int64) (uint32, error) {
	h := crc32.New(castagnoli())
	if _, err := io.CopyBuffer(h, io.NewSectionReader(f, 0, n), make([]byte, 256<<10)); err != nil {
		return 0, err
	}
	return h.Sum32(), nil
}

// save writes the summary to a new file beside path (0600) and renames it
// into place, so that a reader sees the old summary or the new one, never
// part of one, and a link at path is replaced, not followed.
func save(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot keep the status summary: %w", err)
	}
	_, werr := tmp.Write(b)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot keep the status summary: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot keep the status summary: %w", err)
	}
	return nil
}

// tail is what readTail found after the summary's offset.
type tail struct {
	end     int64  // just after the last newline
	crc     uint32 // of the file's bytes up to end
	decoded int
	partial []history.Record // of the bytes after end, if they make a record
}

// The tail is decoded in batches of whole lines, so that a rebuild of
// years of history never holds more than a batch of lines and their
// records. A line longer than history.MaxLine is not a record, as for
// every reader of the history, and is skipped without being held.
const batchBytes = 256 << 10

// readTail reads f from from to size, adding the records of its whole
// lines to book and extending crc over them.
func readTail(f *os.File, from, size int64, crc uint32, book *Book) (tail, error) {
	t := tail{end: from, crc: crc}
	br := bufio.NewReaderSize(io.NewSectionReader(f, from, size-from), 64<<10)
	var batch []byte
	lineStart, long := 0, false
	decode := func(b []byte) []history.Record {
		recs, _, _ := history.Read(bytes.NewReader(b)) // damaged lines: skipped, as status always has
		t.decoded += len(recs)
		return recs
	}
	pos, cur := from, crc
	for {
		chunk, err := br.ReadSlice('\n')
		pos += int64(len(chunk))
		cur = crc32.Update(cur, castagnoli(), chunk)
		if !long {
			batch = append(batch, chunk...)
			if len(batch)-lineStart > history.MaxLine {
				batch, long = batch[:lineStart], true
			}
		}
		switch {
		case err == nil:
			t.end, t.crc = pos, cur
			lineStart, long = len(batch), false
			if len(batch) >= batchBytes {
				book.Add(decode(batch))
				batch, lineStart = batch[:0], 0
			}
		case errors.Is(err, bufio.ErrBufferFull):
		case errors.Is(err, io.EOF):
			book.Add(decode(batch[:lineStart]))
			if !long && lineStart < len(batch) {
				t.partial = decode(batch[lineStart:])
			}
			return t, nil
		default:
			return t, err
		}
	}
}
