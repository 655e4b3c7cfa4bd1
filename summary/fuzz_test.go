package summary

import (
	"bytes"
	"testing"
	"time"
)

// Any bytes at all in the summary's place: decode refuses them or reads
// exactly what encode would write, and never panics.
func FuzzDecode(f *testing.F) {
	var b Book
	b.Add(days(3, 0))
	good := encode(state{Offset: 900, CRC: 7, Stamp: Stamp{Size: 1000, Mod: 5}, Checked: time.Unix(9, 0), Book: b})
	f.Add(good)
	f.Add(good[:len(good)-1])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := decode(data)
		if err != nil {
			return
		}
		if again := encode(st); !bytes.Equal(again, data) {
			t.Errorf("decoded %d bytes that encode to %d others", len(data), len(again))
		}
	})
}
