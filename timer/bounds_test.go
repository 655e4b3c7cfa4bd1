package timer

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// Every time --start-at takes, and a day of use after it, can be written
// to the history as JSON; anything else is refused, naming the value.
func TestTheClockTakesOnlyTimesTheHistoryCanHold(t *testing.T) {
	for _, bad := range []string{
		"2026-11-23T08:00:00+24:00", "2026-11-23T08:00:00-23:00", "2026-11-23T08:00:00+15:00",
		"9999-12-31 08:00", "9999-01-01T00:00:00Z", "0000-01-01 00:00", "1969-12-31 12:00",
	} {
		if got, _, err := ParseStart(bad); err == nil {
			t.Errorf("ParseStart(%q) = %v, want it refused", bad, got)
		} else if !strings.Contains(err.Error(), "RFC 3339") {
			t.Errorf("ParseStart(%q): %q does not say what is accepted", bad, err)
		}
	}
	for _, good := range []string{"2026-11-23T08:00:00+14:00", "2026-11-23T08:00:00-12:00", "9998-12-31 08:00", "1970-01-01T00:00:00Z"} {
		got, _, err := ParseStart(good)
		if err != nil {
			t.Errorf("ParseStart(%q): %v", good, err)
			continue
		}
		if _, err := json.Marshal(got.Add(24 * time.Hour)); err != nil {
			t.Errorf("a day after --start-at %s cannot be written to the history: %v", good, err)
		}
	}
}

// A local time the clocks skip becomes the first time after the skip,
// and the note says so; Go alone moves it forward in one zone and back
// in another.
func TestATimeInASkippedHourBecomesTheFirstTimeAfterItAndIsSaid(t *testing.T) {
	cases := []struct{ zone, in, want string }{
		{"Europe/Berlin", "2026-03-29 02:30", "2026-03-29T03:00:00+02:00"},
		{"America/New_York", "2026-03-08 02:30", "2026-03-08T03:00:00-04:00"},
		{"Australia/Lord_Howe", "2026-10-04 02:15", "2026-10-04T02:30:00+11:00"},
	}
	for _, c := range cases {
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Logf("no zone %s here: %v", c.zone, err)
			continue
		}
		got, note, err := readStart(c.in, loc)
		if err != nil || got.Format(time.RFC3339) != c.want {
			t.Errorf("%s in %s = %v, %v; want %s", c.in, c.zone, got.Format(time.RFC3339), err, c.want)
		}
		if !strings.Contains(note, c.in) || !strings.Contains(note, "skip") {
			t.Errorf("%s in %s: the note %q does not say the time is skipped", c.in, c.zone, note)
		}
	}
	if _, note, _ := readStart("2026-11-23 08:00", time.UTC); note != "" {
		t.Errorf("an ordinary time has a note: %q", note)
	}
}

func TestAnUnknownTZIsSaid(t *testing.T) {
	if note := zoneNote("Nowhere/Zone", time.UTC); !strings.Contains(note, "Nowhere/Zone") || !strings.Contains(note, "UTC") {
		t.Errorf("TZ=Nowhere/Zone: note %q, want it named and that UTC is used", note)
	}
	for _, tz := range []string{"", "UTC", ":UTC"} {
		if note := zoneNote(tz, time.UTC); note != "" {
			t.Errorf("TZ=%q: note %q, want none", tz, note)
		}
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err == nil {
		if note := zoneNote("Europe/Berlin", berlin); note != "" {
			t.Errorf("TZ=Europe/Berlin, which loads: note %q", note)
		}
	}
}
