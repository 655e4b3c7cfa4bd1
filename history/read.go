package history

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"

	"github.com/backstretch/backstretch/regular"
)

// MaxLine is the longest line read as a record, by every reader of the
// history (the status summary too). The longest record the
// program writes is well under a kilobyte; a longer line is damage (a
// crash's garbage, a file pasted in), reported with its number and
// skipped without being held in memory, so that one bad line can never
// hide the records after it or exhaust memory.
const MaxLine = 256 << 10

// maxDamage is how many damaged lines a read names one by one; the rest
// are counted in one more entry, so a file of garbage is one screenful of
// warnings, not thousands.
const maxDamage = 20

// Damage is a line that could not be read, or that repeats an earlier one.
type Damage struct {
	// Line is the line's number, from 1; 0 for the summary of the lines
	// not named one by one.
	Line   int
	Reason string
}

func (d Damage) String() string {
	if d.Line == 0 {
		return d.Reason
	}
	return fmt.Sprintf("line %d: %s", d.Line, d.Reason)
}

// Report is what a read found besides records.
type Report struct {
	// Damage names the skipped lines (at most maxDamage of them, then a
	// summary).
	Damage []Damage
	// Skipped counts every skipped line: damaged, unknown or repeated.
	Skipped int
}

// add notes one skipped line.
func (r *Report) add(d Damage) {
	r.Skipped++
	switch {
	case r.Skipped <= maxDamage:
		r.Damage = append(r.Damage, d)
	case r.Skipped == maxDamage+1:
		r.Damage = append(r.Damage, Damage{})
		fallthrough
	default:
		r.Damage[maxDamage] = Damage{Reason: fmt.Sprintf("and %d more lines skipped, damaged or repeating earlier ones", r.Skipped-maxDamage)}
	}
}

// Load reads every record. A missing file is an empty history. Damaged,
// unknown and repeated lines are returned as Damage and skipped.
func (s Store) Load() ([]Record, []Damage, error) {
	var recs []Record
	if st, err := os.Stat(s.Path); err == nil && st.Mode().IsRegular() {
		recs = make([]Record, 0, st.Size()/bytesPerRecord)
	}
	rep, err := s.Scan(func(r Record) error { recs = append(recs, r); return nil })
	return recs, rep.Damage, err
}

// bytesPerRecord is about the length of a history line, for sizing.
const bytesPerRecord = 128

// Scan reads the history in file order and hands each record to visit,
// stopping at the first error visit returns. It holds one line at a time
// (and a 16-byte digest of each line read, to count a repeated record
// once), so a history of any size or shape is read in bounded memory. A
// missing file is an empty history; a file that is not a regular file
// (a symbolic link, a named pipe, a folder) is refused at once.
func (s Store) Scan(visit func(Record) error) (Report, error) {
	f, err := regular.Open(s.Path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return Report{}, nil
	}
	if err != nil {
		return Report{}, readError(err)
	}
	defer f.Close()
	return scan(f, visit)
}

// readError wraps err as a failure to read the history.
func readError(err error) error {
	return fmt.Errorf("cannot read the history: %w", err)
}

// Read parses history lines from r.
func Read(r io.Reader) ([]Record, []Damage, error) {
	var recs []Record
	rep, err := scan(r, func(rec Record) error { recs = append(recs, rec); return nil })
	return recs, rep.Damage, err
}

// scan is Scan on any reader.
func scan(r io.Reader, visit func(Record) error) (Report, error) {
	var rep Report
	seen := newRepeats(r)
	lines := newLineReader(r)
	for n := 1; ; n++ {
		at := lines.offset
		line, long, err := lines.next()
		if err != nil {
			return rep, fmt.Errorf("cannot read the history: %w", err)
		}
		if line == nil && long == 0 {
			return rep, nil
		}
		if long > 0 {
			rep.add(Damage{Line: n, Reason: fmt.Sprintf("a line of %d bytes, longer than any record (%d bytes at most)", long, MaxLine)})
			continue
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		rec, err := ParseLine(line)
		if err != nil {
			rep.add(Damage{Line: n, Reason: err.Error()})
			continue
		}
		if first := seen.check(line, n, at, int(lines.offset-at)); first > 0 {
			rep.add(Damage{Line: n, Reason: fmt.Sprintf("the same record as line %d, counted once", first)})
			continue
		}
		if err := visit(rec); err != nil {
			return rep, err
		}
	}
}

// repeats finds lines that repeat an earlier line exactly (a backup
// appended twice, a file copied by hand), so that each record counts
// once. It keeps 8 bytes of hash and where each line was, not the lines:
// some 30 bytes a record. When the history is a file, a hash that matches
// is confirmed by reading the earlier line again, so a record is never
// dropped for a hash that two different lines happen to share.
type repeats struct {
	seed  maphash.Seed
	seen  map[uint64]lineAt
	file  io.ReaderAt // nil when the lines cannot be read again
	again []byte
}

// lineAt is where a line was read: its number, offset and length as it
// stands in the file.
type lineAt struct {
	offset    int64
	n, length uint32
}

func newRepeats(r io.Reader) *repeats {
	ra, _ := r.(io.ReaderAt)
	return &repeats{seed: maphash.MakeSeed(), seen: map[uint64]lineAt{}, file: ra}
}

// check returns the number of the earlier line that line repeats, or 0
// and remembers it. line is trimmed; n, offset and length say where it
// stands. Of two different lines with one hash (about one pair in 2^64)
// only the first is remembered: the second still counts, but a repeat of
// it would count too.
func (p *repeats) check(line []byte, n int, offset int64, length int) int {
	h := maphash.Bytes(p.seed, line)
	first, ok := p.seen[h]
	switch {
	case !ok:
		p.seen[h] = lineAt{offset: offset, n: uint32(n), length: uint32(length)}
		return 0
	case p.same(first, line):
		return int(first.n)
	}
	return 0
}

// same reports whether the line at first is line, reading it again.
func (p *repeats) same(first lineAt, line []byte) bool {
	if p.file == nil {
		return true // 64 bits of hash: a false match is vanishingly rare
	}
	length := int(first.length)
	if cap(p.again) < length {
		p.again = make([]byte, length)
	}
	buf := p.again[:length]
	k, _ := p.file.ReadAt(buf, first.offset)
	return bytes.Equal(bytes.TrimSpace(buf[:k]), line)
}

// lineReader hands out the lines of a reader one at a time, each at most
// MaxLine bytes; a longer line is read past, not kept, and only its length
// is returned. offset is where the next line starts.
type lineReader struct {
	r      *bufio.Reader
	offset int64
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, bufferFor(r))}
}

// bufferFor is the reading buffer for r: MaxLine, or less when r says it
// holds less (a small file, a few lines in memory), since a buffer of
// MaxLine for every read of a few records costs more than the reading
// (at start-up, every page of memory first touched is a page fault).
func bufferFor(r io.Reader) int {
	var size int64 = MaxLine
	switch v := r.(type) {
	case interface{ Len() int }: // bytes.Reader, strings.Reader
		size = int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }: // *os.File
		if st, err := v.Stat(); err == nil && st.Mode().IsRegular() {
			size = st.Size()
		}
	}
	return int(min(max(size+1, 4<<10), MaxLine)) // 4 KiB at least: room for records appended meanwhile
}

// next returns the next line without its newline, or the length of a line
// too long to return; nil and 0 at the end.
func (l *lineReader) next() (line []byte, long int, err error) {
	line, err = l.r.ReadSlice('\n')
	l.offset += int64(len(line))
	if err == bufio.ErrBufferFull {
		long = len(line)
		for err == bufio.ErrBufferFull {
			line, err = l.r.ReadSlice('\n')
			long += len(line)
			l.offset += int64(len(line))
		}
		long -= countNewline(line)
		line = nil
	}
	if err == io.EOF {
		err = nil
		if long == 0 && len(line) == 0 {
			return nil, 0, nil
		}
	}
	if err != nil {
		return nil, 0, err
	}
	if long > 0 {
		return nil, long, nil
	}
	return bytes.TrimSuffix(line, []byte{'\n'}), 0, nil
}

// countNewline is 1 if line ends in a newline.
func countNewline(line []byte) int {
	if bytes.HasSuffix(line, []byte{'\n'}) {
		return 1
	}
	return 0
}
