package history

import (
	"bytes"
	"errors"
	"io/fs"
	"os"

	"github.com/backstretch/backstretch/regular"
)

// readBackChunk is how many bytes ReadBack reads at a time: a few hundred
// lines. Store.chunk overrides it, so that the tests can make it tiny.
const readBackChunk = 64 << 10

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
	f, err := regular.Open(s.Path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return readError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return readError(err)
	}
	chunk := int64(readBackChunk)
	if s.chunk > 0 {
		chunk = int64(s.chunk)
	}
	// rest is the part of the file read but not yet handed out: the start
	// of the earliest line seen, whose beginning lies in an earlier chunk.
	// A read is at least as long as rest, so that a line longer than a
	// chunk is put together in a few reads, not copied over and over. A
	// line longer than MaxLine is not put together at all: skipping says
	// its end has been read, and the chunks before it are passed over up
	// to its start, as Load skips it.
	var rest []byte
	skipping := false
	for pos := st.Size(); pos > 0; {
		n := min(max(chunk, int64(len(rest))), pos)
		pos -= n
		buf := make([]byte, int(n)+len(rest))
		if _, err := f.ReadAt(buf[:n], pos); err != nil {
			return readError(err)
		}
		copy(buf[n:], rest)
		if skipping {
			i := bytes.LastIndexByte(buf, '\n')
			if i < 0 {
				continue
			}
			buf, skipping = buf[:i], false
		}
		// Every line after the chunk's first newline is whole.
		for i := bytes.LastIndexByte(buf, '\n'); i >= 0; i = bytes.LastIndexByte(buf, '\n') {
			if !visitLine(buf[i+1:], visit) {
				return nil
			}
			buf = buf[:i]
		}
		rest = buf
		if len(rest) >= MaxLine {
			rest, skipping = nil, true
		}
	}
	if !skipping {
		visitLine(rest, visit) // the file's first line
	}
	return nil
}

// visitLine hands line's record to visit and returns what visit said; a
// blank or damaged line is skipped, and reading goes on.
func visitLine(line []byte, visit func(Record) bool) bool {
	if len(line) >= MaxLine {
		return true // too long to be a record: Load skips it too
	}
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
