package main

import (
	"os"
	"strings"
	"testing"
	"time"
)

// A line of more than a megabyte (a crash's garbage, a file pasted into
// the history) once hid every record after it from every command but
// status. Now it is named with its number and skipped, and every command
// reads the records after it and agrees.
func TestALineOverAMegabyteHidesNothingAndEveryCommandAgrees(t *testing.T) {
	state := seasoned(t) // the screening and one desk session
	f, err := os.OpenFile(historyFile(state), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(make([]byte, 1<<20+1))
	f.Close()
	if code, out := plainSession(t, state, "", "desk", "--pain", "1", "--pain-after", "1"); code != 0 {
		t.Fatalf("a session after the long line: exit %d\n%s", code, out)
	}
	recs, stderr := historyJSON(t, state)
	if !strings.Contains(stderr, "line ") || !strings.Contains(stderr, "longer than any record") {
		t.Errorf("history --json does not name the long line:\n%s", stderr)
	}
	if n := strings.Count(stderr, "\n"); n != 1 {
		t.Errorf("history --json says %d lines on stderr, want one for the one long line:\n%s", n, stderr)
	}
	sessions := 0
	for _, r := range recs {
		if r.Kind == "session_ended" {
			sessions++
		}
	}
	if sessions != 2 {
		t.Fatalf("history --json has %d ended sessions, want both, before and after the long line", sessions)
	}
	// Every command reads both sessions: the same streak, the same table.
	// (The sessions ran sped up, so their records lie a little ahead of
	// the real clock: the commands look from ten minutes on.)
	later := time.Now().Add(10 * time.Minute).Format(time.RFC3339)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"history"}, "desk"},
		{[]string{"history", "--csv"}, "session_ended"},
		{[]string{"stats"}, "Streak       1 day"},
		{[]string{"status", "--format", "streak {streak}"}, "streak 1"},
		{[]string{"list"}, "Shoulder rolls"},
	} {
		out, err := command(state, append(c.args, "--start-at", later)...).Output()
		if err != nil || !strings.Contains(string(out), c.want) {
			t.Errorf("%v: %v, want %q in:\n%s", c.args, err, c.want, out)
		}
		if c.args[0] == "history" && strings.Count(string(out), c.want) < 2 {
			t.Errorf("%v shows one session, want both:\n%s", c.args, out)
		}
	}
}
