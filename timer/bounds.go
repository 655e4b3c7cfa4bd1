package timer

import (
	"fmt"
	"strings"
	"time"
)

// MinYear and MaxYear bound the years of --start-at. The history is JSON,
// whose times (RFC 3339) have four-digit years: 9998 leaves a day of use,
// past midnight on New Year's Eve, inside 9999. Before 1970, the Unix
// epoch, lie no sessions of this program, only typing mistakes, and the
// file times the companion compares against would be negative.
const (
	MinYear = 1970
	MaxYear = 9998
)

// maxEast and maxWest bound the offset of --start-at to those of the
// world's time zones (Kiribati, +14:00; Baker Island, -12:00). RFC 3339
// and so the history cannot write one of 24 hours or more at all: a
// session started at +24:00 would run unsaved.
const (
	maxEast = 14 * time.Hour
	maxWest = 12 * time.Hour
)

// startForms says what --start-at accepts, for the end of every refusal.
const startForms = `use RFC 3339 (2026-11-23T08:00:00+01:00) or "2026-11-23 08:00"`

// holdable says why the history cannot hold times from t on, or nil.
func holdable(t time.Time) error {
	_, off := t.Zone()
	offset := time.Duration(off) * time.Second
	switch {
	case t.Year() < MinYear || t.Year() > MaxYear:
		return fmt.Errorf("the year %04d is outside %d to %d, the years the history can hold; %s", t.Year(), MinYear, MaxYear, startForms)
	case offset > maxEast || offset < -maxWest:
		return fmt.Errorf("the offset %s is no time zone's: they run from -12:00 to +14:00; %s", t.Format("-07:00"), startForms)
	}
	return nil
}

// outOfGap checks that t, read in its zone, shows the wall time written
// (read as UTC). When it does not, the clocks skip that wall time there:
// it returns the first time after the skip, the instant the clocks jump,
// and a note saying so.
func outOfGap(s string, t, written time.Time) (time.Time, string) {
	y, m, d := t.Date()
	h, mi, sec := t.Clock()
	wall := time.Date(y, m, d, h, mi, sec, t.Nanosecond(), time.UTC)
	if wall.Equal(written) {
		return t, ""
	}
	before, after := t.ZoneBounds()
	jump := before // Go moved it forward, into the zone after the skip
	if wall.Before(written) {
		jump = after // Go moved it back, into the zone before the skip
	}
	if jump.IsZero() {
		return t, "" // no transition to move to: keep Go's reading
	}
	from, _ := jump.Add(-time.Nanosecond).Zone()
	to, _ := jump.Zone()
	return jump, fmt.Sprintf("%s is skipped when the clocks go forward (%s to %s): starting at %s, the first time after the skip",
		s, from, to, jump.Format("2006-01-02 15:04 MST"))
}

// ZoneNote says, once for the program, when TZ names a zone that could not
// be loaded and Go has silently taken UTC instead; "" otherwise.
func ZoneNote(tz string) string { return zoneNote(tz, time.Local) }

// zoneNote is ZoneNote for a given local zone, as Go made it from TZ: Go
// names the local zone after TZ when it loads it, and "UTC" when it falls
// back.
func zoneNote(tz string, local *time.Location) string {
	name := strings.TrimPrefix(tz, ":")
	if name == "" || name == "UTC" || local.String() != "UTC" {
		return ""
	}
	return fmt.Sprintf("TZ=%q is no time zone known here, so times are in UTC (TZ names one like Europe/Berlin, or is unset for the system's)", tz)
}
