package history

import (
	"bytes"
	"errors"
	"fmt"
	"os"
)

// readBackChunk is how many bytes ReadBack reads at a time: a few hundred
// lines. A variable so that the tests can make it tiny.
var readBackChunk = 64 << 10

// ReadBack reads the history from its end, newest line first, and hands
// each record to visit until visit returns false or the file's start is
// reached. It is for readers that need only the last days (the status
// line, run every few seconds): years of history cost them nothing, where
// Load would parse every line.
//
// The file is read in chunks from the end; a line that spans chunks is put
// together before it is parsed, so lines of any length work. Damaged and
// unknown lines are skipped without a word (Load is the reader that
// reports them). A missing file is an empty history. The file is read up
// to its size when ReadBack opened it: a line appended meanwhile is left
// for the next reader, and one caught half-written is skipped as damaged.
func (s Store) ReadBack(visit func(Record) bool) error {
	f, err := os.Open(s.Path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot read the history: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("cannot read the history: %w", err)
	}
	// rest is the part of the file read but not yet handed out: the start
	// of the earliest line seen, whose beginning lies in an earlier chunk.
	// A read is at least as long as rest, so that a line longer than a
	// chunk is put together in a few reads, not copied over and over.
	var rest []byte
	for pos := st.Size(); pos > 0; {
		n := min(max(int64(readBackChunk), int64(len(rest))), pos)
		pos -= n
		buf := make([]byte, int(n)+len(rest))
		if _, err := f.ReadAt(buf[:n], pos); err != nil {
			return fmt.Errorf("cannot read the history: %w", err)
		}
		copy(buf[n:], rest)
		// Every line after the chunk's first newline is whole.
		for i := bytes.LastIndexByte(buf, '\n'); i >= 0; i = bytes.LastIndexByte(buf, '\n') {
			if !visitLine(buf[i+1:], visit) {
				return nil
			}
			buf = buf[:i]
		}
		rest = buf
	}
	visitLine(rest, visit) // the file's first line
	return nil
}

// visitLine hands line's record to visit and returns what visit said; a
// blank or damaged line is skipped, and reading goes on.
func visitLine(line []byte, visit func(Record) bool) bool {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return true
	}
	rec, err := ParseLine(line)
	if err != nil {
		return true
	}
	return visit(rec)
}
