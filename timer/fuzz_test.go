package timer

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones below, wherever the tests run
)

// FuzzParseSpeed checks that --speed takes exactly the numbers from
// MinSpeed to MaxSpeed, that what it takes prints back as itself (the
// flag's String), and that a clock at that speed converts every wait of
// up to a week into a real wait that is positive and in range: a speed
// that overflowed it would end a slow wait at once.
func FuzzParseSpeed(f *testing.F) {
	for _, s := range []string{"1", "60", "0.5", "10000", "10001", "0", "-0", "-1", "NaN", "Inf", "-Inf", "1e309", "1e-300", "5e-324", "0x1p-2", " 20\t", "1_000", "１", "1e-4", "9.9e-5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseSpeed(s)
		want, perr := strconv.ParseFloat(strings.TrimSpace(s), 64)
		ok := perr == nil && want >= MinSpeed && want <= MaxSpeed
		if (err == nil) != ok {
			t.Fatalf("ParseSpeed(%q) = %v, %v; ParseFloat says %v, %v", s, v, err, want, perr)
		}
		if err != nil {
			if v != 0 {
				t.Fatalf("ParseSpeed(%q) = %v along with the error %v", s, v, err)
			}
			if msg := err.Error(); !strings.Contains(msg, "greater than 0") {
				t.Fatalf("ParseSpeed(%q): the error %q does not say what is accepted", s, msg)
			}
			return
		}
		if v != want || math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
			t.Fatalf("ParseSpeed(%q) = %v, want %v", s, v, want)
		}
		flag := strconv.FormatFloat(v, 'g', -1, 64)
		if again, err := ParseSpeed(flag); err != nil || again != v {
			t.Fatalf("ParseSpeed(%q) = %v, but its printed form %q reads as %v, %v", s, v, flag, again, err)
		}
		real := t0
		c := newScaled(t0, v, func() time.Time { return real })
		for _, d := range []time.Duration{time.Millisecond, time.Second, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
			r := c.Real(d)
			exact := float64(d) / v
			if r <= 0 || math.Abs(float64(r)-exact) > 1+exact*1e-9 {
				t.Fatalf("at speed %v, %v of program time takes %v of real time, want %v", v, d, r, time.Duration(exact))
			}
		}
		real = real.Add(time.Hour)
		if got := c.Now(); got.Before(t0) || math.Abs(float64(got.Sub(t0))-float64(time.Hour)*v) > float64(time.Microsecond) {
			t.Fatalf("at speed %v, an hour of real time moves the clock %v", v, got.Sub(t0))
		}
	})
}

// startZones are the zones FuzzParseStart reads local times in: whatever
// the machine's is, and ones with daylight saving time (Lord Howe moves
// its clocks by half an hour), so gaps and repeated hours are tried.
var startZones = func() []*time.Location {
	zones := []*time.Location{time.Local, time.UTC}
	for _, name := range []string{"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"} {
		if loc, err := time.LoadLocation(name); err == nil {
			zones = append(zones, loc)
		}
	}
	return zones
}()

// localForm is the shape of the local forms of --start-at, read with Go's
// leniency: a run of spaces for the space, a one-digit hour, and a
// fraction after the seconds.
var localForm = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})(?: +|T)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?$`)

// FuzzParseStart checks that whatever --start-at takes round-trips: its
// RFC 3339 form reads back as the same instant, in any zone; that it is
// never the zero time, which New takes for no --start-at; that blanks
// around it change nothing; that an RFC 3339 time keeps its offset; and
// that a local time is that wall time in the zone, unless daylight saving
// time skips it, when it is the first time after the skip.
func FuzzParseStart(f *testing.F) {
	for _, s := range []string{
		"2026-11-23T08:00:00+01:00", "2026-11-23 08:00", "2026-11-23 08:30:15", "2026-11-23T08:30", " 2026-11-23T08:30:15 ",
		"2024-02-29 08:00", "2025-02-29 08:00", "2026-03-29 02:30", "2026-10-25 02:30", "2026-03-08 02:30", "2026-10-04 02:15",
		"2026-11-23T24:00:00Z", "2026-11-23T23:59:60Z", "2026-11-23 08:30:15.5", "2026-11-23 08:30:15,5", "0000-01-01 00:00",
		"9999-12-31T23:59:59.999999999-23:59", "0001-01-01T00:00:00Z", "1800-01-01 00:00", "\ufeff2026-11-23 08:00", "2026-11-23 08:00\r\n", "２０２６-11-23 08:00",
	} {
		for zone := range len(startZones) {
			f.Add(s, uint8(zone))
		}
	}
	f.Fuzz(func(t *testing.T, s string, zone uint8) {
		loc := startZones[int(zone)%len(startZones)]
		got, err := parseStart(s, loc)
		if err != nil {
			if !strings.Contains(err.Error(), "RFC 3339") {
				t.Fatalf("parseStart(%q): the error %q does not say what is accepted", s, err)
			}
			return
		}
		if got.IsZero() {
			t.Fatalf("parseStart(%q) = the zero time, which means \"now\" to New", s)
		}
		// RFC 3339 has offsets of whole minutes (not those of local mean
		// time before time zones) and years 0000 to 9999 only.
		printed := got
		if _, off := got.Zone(); off%60 != 0 {
			printed = got.UTC()
		}
		if y := printed.Year(); y >= 0 && y <= 9999 {
			form := printed.Format(time.RFC3339Nano)
			for _, other := range startZones {
				if again, err := parseStart(form, other); err != nil || !again.Equal(got) {
					t.Fatalf("parseStart(%q) = %v, but %q reads back as %v, %v", s, got, form, again, err)
				}
			}
		}
		if again, err := parseStart(" \t"+s+"\r\n", loc); err != nil || !again.Equal(got) {
			t.Fatalf("parseStart(%q) = %v, but with blanks around it %v, %v", s, got, again, err)
		}
		trimmed := strings.TrimSpace(s)
		if _, err := time.Parse(time.RFC3339, trimmed); err == nil {
			// The offset written, "Z" or ±hh:mm, is the one kept.
			_, off := got.Zone()
			sign, hh, mm := 1, 0, 0
			if z := trimmed[len(trimmed)-6:]; z[0] == '+' || z[0] == '-' {
				hh, _ = strconv.Atoi(z[1:3])
				mm, _ = strconv.Atoi(z[4:6])
				if z[0] == '-' {
					sign = -1
				}
			}
			if want := sign * (hh*3600 + mm*60); off != want {
				t.Fatalf("parseStart(%q) = %v: offset %ds, want %ds", s, got, off, want)
			}
			return
		}
		// A local time: the date and time written, in loc.
		if got.Location() != loc {
			t.Fatalf("parseStart(%q) = %v in %v, want a time in %v", s, got, got.Location(), loc)
		}
		parts := localForm.FindStringSubmatch(trimmed)
		if parts == nil {
			t.Fatalf("parseStart(%q) = %v: took a local time not of the form 2006-01-02 15:04[:05]", s, got)
		}
		n := make([]int, 6)
		for i, p := range parts[1:7] {
			n[i], _ = strconv.Atoi(p)
		}
		written := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.UTC)
		y, m, d := got.Date()
		h, mi, se := got.Clock()
		wall := time.Date(y, m, d, h, mi, se, 0, time.UTC)
		if wall.Equal(written) {
			return
		}
		// A wall time the clocks skip: got is the instant they jump, and
		// what was written lies in the skipped stretch before it.
		_, before := got.Add(-time.Nanosecond).Zone()
		_, after := got.Zone()
		skip := time.Duration(after-before) * time.Second
		if skip <= 0 || written.Before(wall.Add(-skip)) || !written.Before(wall) {
			t.Fatalf("parseStart(%q) in %v = %v, not the wall time written, nor the end of a skip of the clocks over it (%v to %v)", s, loc, got, before, after)
		}
	})
}
