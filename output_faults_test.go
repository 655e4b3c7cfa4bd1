package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
)

// controlPayloads are strings a history file can carry that a terminal
// would act on, each with the escaped form the program must show.
var controlPayloads = []struct{ name, raw, shown string }{
	{"a bell", "bell\a", `bell\a`},
	{"a carriage return", "over\rwrite", `over\rwrite`},
	{"a C1 CSI", "c1\u009b2J", `c1\u009b2J`},
	{"an SGR that hides text", "\x1b[8mhidden", `\x1b[8mhidden`},
	{"an OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", `\x1b]8;;https://evil.example/\x1b\click\x1b]8;;\x1b\`},
}

// appendRecords adds records to the history in state as another program
// (or another computer) might have written them.
func appendRecords(t *testing.T, state string, recs ...history.Record) {
	t.Helper()
	f, err := os.OpenFile(historyFile(state), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, r := range recs {
		r.V = history.SchemaVersion
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(append(line, '\n')); err != nil {
			t.Fatal(err)
		}
	}
}

// A history whose routine and outcome fields hold control sequences is
// shown by the history command, in a terminal, with every one of them
// escaped and none of them acted on.
func TestTheHistoryCommandInATerminalShowsControlBytesFromTheFileEscaped(t *testing.T) {
	t.Parallel() // a program of its own, in a terminal of its own
	state := newState(t)
	at := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	for i, p := range controlPayloads {
		id := "s" + string(rune('a'+i))
		start := at.Add(time.Duration(i) * time.Hour)
		appendRecords(t, state,
			history.Record{Kind: history.SessionStarted, At: start, Session: id, Routine: p.raw, Day: 1, PlannedSec: 180},
			history.Record{Kind: history.SessionEnded, At: start.Add(3 * time.Minute), Session: id, Routine: p.raw, Outcome: p.raw, ActualSec: 180},
			history.Record{Kind: history.ReminderEvent, At: start, Reminder: p.raw, Action: history.Fired, Due: &start, Note: p.raw},
		)
	}
	s := startInPTY(t, state, 200, 40, "history")
	code, out := s.wait(20 * time.Second)
	if code != 0 {
		t.Fatalf("history: exit %d\n%q", code, out)
	}
	for _, p := range controlPayloads {
		if strings.Contains(out, p.raw) {
			t.Errorf("history passes %s (%q) to the terminal raw", p.name, p.raw)
		}
		if !strings.Contains(out, p.shown) {
			t.Errorf("history does not show %s as %s", p.name, p.shown)
		}
	}
	if t.Failed() {
		t.Logf("it wrote:\n%q", out)
	}
}
