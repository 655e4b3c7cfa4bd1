package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestAStartTimeTheHistoryCannotHoldIsAUsageErrorNamingIt(t *testing.T) {
	for _, v := range []string{"2026-11-23T08:00:00+24:00", "9999-12-31 08:00", "0000-01-01 00:00"} {
		code, out, errOut := runCLI(t, "desk", "--pain", "1", "--speed", "10000", "--start-at", v)
		if code != 2 || out != "" || !strings.Contains(errOut, v) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("--start-at %s: exit %d, said %q; want 2 and one line naming it, before any session", v, code, errOut)
		}
	}
}

// A wall time the clocks skip, and a TZ that names no zone, are said on
// standard error.
func TestASkippedHourAndAnUnknownTZAreSaid(t *testing.T) {
	state := t.TempDir()
	cases := []struct{ tz, start, want string }{
		{"Europe/Berlin", "2026-03-29 02:30", "starting at 2026-03-29 03:00 CEST"},
		{"America/New_York", "2026-03-08 02:30", "starting at 2026-03-08 03:00 EDT"},
		{"Nowhere/Zone", "2026-11-23 08:00", `TZ="Nowhere/Zone"`},
	}
	for _, c := range cases {
		var errOut bytes.Buffer
		cmd := command(state, "list", "--start-at", c.start)
		cmd.Env = append(cmd.Env, "TZ="+c.tz)
		cmd.Stderr = &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("TZ=%s list --start-at %s: %v: %s", c.tz, c.start, err, errOut.String())
		}
		if got := errOut.String(); !strings.Contains(got, c.want) || strings.Count(got, "backstretch:") != 1 {
			t.Errorf("TZ=%s --start-at %s said %q; want it once, with %q", c.tz, c.start, got, c.want)
		}
	}
}
