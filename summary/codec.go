package summary

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"sync"
	"time"
)

// The file starts with magic and a version; a summary of another version
// is rebuilt, never read.
const (
	magic   = "backstretch summary\n"
	version = 1
)

// castagnoli is the CRC-32C table: in hardware on amd64 and arm64, so a
// checksum of years of history costs a few milliseconds.
// It is made on first use, not at start-up: building it costs every
// command, and only status needs it.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// state is what the summary file holds: the book of the history's first
// Offset bytes (whole lines), their checksum, and the file's stamp when it
// was read, with the wall time just before, to trust the stamp alone only
// when it cannot hide a later change (see Stamp).
type state struct {
	Offset  int64
	CRC     uint32
	Stamp   Stamp
	Checked time.Time
	Book    Book
}

// encode is st as the summary file's bytes: magic, version, fields as
// varints, each session, and a CRC-32C of all of it at the end.
func encode(st state) []byte {
	b := append([]byte(magic), version)
	b = binary.AppendUvarint(b, uint64(st.Offset))
	b = binary.BigEndian.AppendUint32(b, st.CRC)
	for _, v := range st.Stamp.fields() {
		b = binary.AppendVarint(b, v)
	}
	b = binary.AppendVarint(b, st.Checked.UnixNano())
	b = binary.AppendUvarint(b, uint64(len(st.Book.Sessions)))
	prev := int64(0)
	for _, s := range st.Book.Sessions {
		b = binary.AppendUvarint(b, uint64(len(s.ID)))
		b = append(b, s.ID...)
		at := s.Start.UnixNano()
		b = binary.AppendVarint(b, at-prev) // small: sessions come in time order
		prev = at
		completed := byte(0)
		if s.Completed {
			completed = 1
		}
		b = append(b, completed)
		b = binary.AppendUvarint(b, uint64(s.Done))
	}
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b, castagnoli()))
}

// errDamaged is any summary that is not exactly what encode writes.
var errDamaged = errors.New("damaged summary")

// decode reads what encode wrote, checking everything: the checksum
// first, then every length against what is left, so that no input, however
// made, can make it panic or allocate more than the input's size.
func decode(b []byte) (state, error) {
	st, r, n, err := decodeHead(b)
	if err != nil {
		return st, err
	}
	// The ids are cut from one string of the whole file: one allocation
	// instead of one per session.
	body := b[:len(b)-4]
	text := string(body)
	st.Book.Sessions = make([]Session, 0, n)
	err = eachSession(&r, n, func(id []byte, after int, start time.Time, completed bool, done int) bool {
		from := len(body) - after - len(id)
		st.Book.Sessions = append(st.Book.Sessions, Session{ID: text[from : from+len(id)], Start: start,
			Completed: completed, Done: done})
		return true
	})
	if err != nil {
		return state{}, err
	}
	return st, nil
}

// decodeHead checks b's magic, version and checksum and reads the fields
// before the sessions: the state without its book, a reader at the first
// session, and how many sessions follow.
func decodeHead(b []byte) (state, reader, uint64, error) {
	var st state
	if len(b) < len(magic)+1+4 || string(b[:len(magic)]) != magic {
		return st, reader{}, 0, errDamaged
	}
	if b[len(magic)] != version {
		return st, reader{}, 0, fmt.Errorf("summary of version %d", b[len(magic)])
	}
	body, sum := b[:len(b)-4], binary.BigEndian.Uint32(b[len(b)-4:])
	if crc32.Checksum(body, castagnoli()) != sum {
		return st, reader{}, 0, errDamaged
	}
	r := reader{b: body[len(magic)+1:]}
	off := r.uvarint()
	if off > 1<<62 {
		return st, reader{}, 0, errDamaged
	}
	st.Offset = int64(off)
	st.CRC = r.uint32()
	var f [stampFields]int64
	for i := range f {
		f[i] = r.varint()
	}
	st.Stamp = stampOf(f)
	st.Checked = time.Unix(0, r.varint())
	n := r.uvarint()
	// A session takes at least four bytes: the smallest count that cannot
	// be there is refused before anything is allocated.
	if r.bad || n > uint64(len(r.b))/4 {
		return st, reader{}, 0, errDamaged
	}
	return st, r, n, nil
}

// eachSession reads n sessions from r and hands each to visit until it
// returns false; the id is a slice of r's bytes, and after is how many
// bytes followed it. Anything out of place is errDamaged, and then the
// sessions visited must be forgotten.
func eachSession(r *reader, n uint64, visit func(id []byte, after int, start time.Time, completed bool, done int) bool) error {
	prev := int64(0)
	for range n {
		id := r.bytes(r.uvarint())
		after := len(r.b)
		prev += r.varint()
		completed := r.byte()
		done := r.uvarint()
		if len(id) == 0 || completed > 1 || done > 1<<31 {
			r.bad = true
		}
		if r.bad {
			return errDamaged
		}
		if !visit(id, after, time.Unix(0, prev), completed == 1, int(done)) {
			return nil
		}
	}
	if r.bad || len(r.b) != 0 {
		return errDamaged
	}
	return nil
}

// reader takes fields off the front of b; once a field is short, bad
// stays set and every later field reads as zero.
type reader struct {
	b   []byte
	bad bool
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) uint32() uint32 {
	if len(r.b) < 4 {
		r.bad, r.b = true, nil
		return 0
	}
	v := binary.BigEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

func (r *reader) byte() byte {
	if len(r.b) < 1 {
		r.bad = true
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *reader) bytes(n uint64) []byte {
	if n > uint64(len(r.b)) {
		r.bad, r.b = true, nil
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}
