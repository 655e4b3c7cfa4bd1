package main

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/stats/statstest"
)

// seasonedNarrow is a history folder with the sixty days of statstest
// (partial days, gaps, a session quit, one with every step skipped, one
// killed) and, on the last evening, a session stopped for pain with a
// step cut short: the longest history row there is.
func seasonedNarrow(t *testing.T) string {
	t.Helper()
	state := t.TempDir()
	recs, _ := statstest.Sixty()
	t0 := statstest.SixtyNow.Add(-90 * time.Minute)
	recs = append(recs,
		history.Record{V: 1, Kind: history.SessionStarted, At: t0, Session: "m", Routine: "midday", Day: 1, PlannedSec: 125},
		history.Record{V: 1, Kind: history.StepEnded, At: t0.Add(20 * time.Second), Session: "m", Exercise: "wall-pushups", Step: "reps", Status: "partial"},
		history.Record{V: 1, Kind: history.StepEnded, At: t0.Add(30 * time.Second), Session: "m", Exercise: "seated-twist", Step: "hold", Status: "skipped"},
		history.Record{V: 1, Kind: history.SessionEnded, At: t0.Add(40 * time.Second), Session: "m", Routine: "midday", Outcome: "stopped for pain", ActualSec: 40, PlannedSec: 125},
	)
	writeHistoryFile(t, state, historyLines(t, recs))
	return state
}

// narrowEnv is the environment of these runs: the history's time zone,
// no colour (the words are what is checked).
var narrowEnv = []string{"TZ=Pacific/Auckland", "NO_COLOR=1", "TERM=xterm-256color"}

// atWidth runs the real program in a pseudo-terminal cols wide and
// returns what it wrote, escape sequences stripped.
func atWidth(t *testing.T, state string, cols int, args ...string) string {
	t.Helper()
	out := inTerminalSized(t, state, cols, 50, narrowEnv, args...)
	return strings.ReplaceAll(ansi.Strip(out), "\r\n", "\n")
}

// piped is what the program writes with no terminal and, for the help,
// COLUMNS=1000: the text before any wrapping to a terminal.
func piped(t *testing.T, state string, args ...string) string {
	t.Helper()
	cmd := command(state, args...)
	cmd.Env = append(cmd.Env, append(narrowEnv, "COLUMNS=1000")...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return string(out)
}

// At 40 columns list broke words ("ab / out 2 min 58 s today"), --help
// too ("an 8- / week calendar"), history rows took two lines, and at 80
// the help ran its descriptions past the margin. At 40 and 80 columns,
// every line of list, history, stats and --help fits, and no word of the
// program's own is split across two lines: the last token of a line
// joined to the first of the next is never a word the unwrapped output
// has, unless both halves are words of it too.
func TestOneShotCommandsBreakNoWordAtFortyAndEightyColumns(t *testing.T) {
	t.Parallel()
	state := seasonedNarrow(t)
	now := []string{"--start-at", statstest.SixtyNow.Format("2006-01-02 15:04")}
	commands := [][]string{
		{"list"}, append([]string{"history"}, now...), append([]string{"stats"}, now...),
		{"--help"}, {"stats", "--help"}, {"status", "--help"}, {"screening", "--help"}, {"config", "--help"},
	}
	words := map[string]bool{}
	trim := func(w string) string { return strings.Trim(w, `,.;:()"'`) }
	for _, args := range commands {
		for _, w := range strings.Fields(ansi.Strip(piped(t, state, args...))) {
			words[w], words[trim(w)] = true, true
		}
	}
	known := func(w string) bool { return words[w] || words[trim(w)] }
	date := regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d  \S+$`)
	for _, cols := range []int{40, 80} {
		for _, args := range commands {
			out := atWidth(t, state, cols, args...)
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if len(lines) < 5 {
				t.Fatalf("%v at %d columns: %q", args, cols, out)
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > cols {
					t.Errorf("%v at %d columns: a line of %d: %q", args, cols, w, l)
				}
				if i == 0 {
					continue
				}
				prev, next := strings.Fields(lines[i-1]), strings.Fields(l)
				if len(prev) == 0 || len(next) == 0 {
					continue
				}
				a, b := prev[len(prev)-1], next[0]
				if known(a+b) && !(known(a) && known(b)) {
					t.Errorf("%v at %d columns splits %q: %q / %q", args, cols, a+b, lines[i-1], l)
				}
			}
			if args[0] == "history" {
				// Each entry starts at the margin with its time; nothing
				// else does (a row run on onto the next line would).
				for _, l := range lines[1:] {
					if !strings.HasPrefix(l, " ") && !date.MatchString(strings.TrimRight(l, " ")) && !strings.HasPrefix(l, "Reminders") && l != "" {
						t.Errorf("history at %d columns: a line at the margin that starts no entry: %q", cols, l)
					}
				}
			}
		}
	}
	if out := atWidth(t, state, 80, "--help"); strings.Contains(out, "Mid-Back") || !strings.Contains(out, "Mid-back routine") {
		t.Errorf(`--help does not write "Mid-back" as the rest of the program does:\n%s`, out)
	}
}
