package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// seedHistory writes history lines (groups of them) to state's history
// file, as the program would have.
func seedHistory(t *testing.T, state string, groups ...[]string) {
	t.Helper()
	path := filepath.Join(state, "backstretch", "history.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, g := range groups {
		for _, l := range g {
			b.WriteString(l + "\n")
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// completedSession is the history of a session of routine started at
// start (RFC 3339) and completed a minute later, with one step done.
func completedSession(routine, start string) []string {
	t0, err := time.Parse(time.RFC3339, start)
	if err != nil {
		panic(err)
	}
	id := routine + "-" + t0.UTC().Format("20060102T150405.000")
	at := func(d time.Duration) string { return t0.Add(d).Format(time.RFC3339) }
	return []string{
		fmt.Sprintf(`{"v":1,"kind":"session_started","at":%q,"session":%q,"routine":%q,"day":1,"planned_s":60}`, at(0), id, routine),
		fmt.Sprintf(`{"v":1,"kind":"step","at":%q,"session":%q,"routine":%q,"exercise":"shoulder-rolls","step":"reps","planned_s":30,"done_s":30,"reps":4,"status":"done"}`, at(30*time.Second), id, routine),
		fmt.Sprintf(`{"v":1,"kind":"session_ended","at":%q,"session":%q,"routine":%q,"outcome":"completed","planned_s":60,"actual_s":60}`, at(time.Minute), id, routine),
	}
}

// statusAt runs the status command at a time with the default
// configuration and returns its line, failing on anything but a clean
// exit with one line.
func statusAt(t *testing.T, state, at string, args ...string) string {
	t.Helper()
	r := e2eRun(t, state, t.TempDir(), nil, append([]string{"status", "--start-at", at}, args...)...)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("status at %s: exit %d: %s", at, r.code, r.stderr)
	}
	return onlyLine(t, "status", r.stdout)
}

func TestStatusWithNoHistoryOnAMondayMorningSaysTheNextShoulderRolls(t *testing.T) {
	got := statusAt(t, t.TempDir(), "2026-11-23 10:30")
	// Past 08:00 and before 12:30, the morning session is the one due.
	if want := "morning due · next shoulder rolls 11:00 (in 30m) · 0/3 today · streak 0"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestStatusAtMiddayAfterTheMorningSaysMiddayIsDueAndCountsTheMorning(t *testing.T) {
	state := t.TempDir()
	seedHistory(t, state, completedSession("morning", "2026-11-23T08:12:00Z"))
	got := statusAt(t, state, "2026-11-23 12:40")
	// The next reminder is midday's second one at 13:00, which takes
	// precedence over the shoulder rolls due then too.
	if want := "midday due · next midday 13:00 (in 20m) · 1/3 today · streak 1"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestStatusCountsYesterdaysSessionInTheStreakButNotInToday(t *testing.T) {
	state := t.TempDir()
	seedHistory(t, state,
		completedSession("morning", "2026-11-21T08:05:00Z"),
		completedSession("evening", "2026-11-22T19:02:00Z"))
	got := statusAt(t, state, "2026-11-23 07:30", "--format", "{done}/{total} streak {streak} [{due}]")
	if want := "0/3 streak 2 []"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStatusOnASaturdayEveningHasNoShoulderRolls(t *testing.T) {
	got := statusAt(t, t.TempDir(), "2026-11-28 20:30")
	if strings.Contains(got, "shoulder rolls") {
		t.Errorf("shoulder rolls on a Saturday: %q", got)
	}
	if want := "evening due · next morning 08:00 (in 11h30m) · 0/3 today · streak 0"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// Sunday morning too, past the morning's two reminders.
	if got := statusAt(t, t.TempDir(), "2026-11-29 08:45", "--format", "{next} {at}"); got != "midday 12:30" {
		t.Errorf("on Sunday at 08:45 the next reminder is %q, want midday 12:30", got)
	}
}

func TestStatusAfterTheLastShoulderRollsOfTheDaySaysTheEvening(t *testing.T) {
	// Work ends at 17:00, so the last set is at 16:00, not 17:00.
	if got := statusAt(t, t.TempDir(), "2026-11-23 15:59", "--format", "{next} {at}"); got != "shoulder rolls 16:00" {
		t.Errorf("at 15:59 the next reminder is %q, want shoulder rolls 16:00", got)
	}
	if got := statusAt(t, t.TempDir(), "2026-11-23 16:10", "--format", "{next} {at} {in}"); got != "evening 19:00 2h50m" {
		t.Errorf("at 16:10 the next reminder is %q, want evening 19:00 2h50m", got)
	}
}

// pauseRecord is a history line: reminders paused at one time (RFC 3339) until another.
func pauseRecord(at, until string) string {
	return fmt.Sprintf(`{"v":1,"kind":"reminder","at":%q,"action":"paused","until":%q}`, at, until)
}

func TestStatusDuringAPauseSaysUntilWhen(t *testing.T) {
	state := t.TempDir()
	seedHistory(t, state, []string{pauseRecord("2026-11-23T10:05:00Z", "2026-11-23T14:00:00Z")})
	got := statusAt(t, state, "2026-11-23 10:30")
	if want := "morning due · reminders paused until 14:00 · 0/3 today · streak 0"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// What comes after the pause is the next reminder: nothing inside it.
	if got := statusAt(t, state, "2026-11-23 10:30", "--format", "{next} {at} {in}|{paused}"); got != "shoulder rolls 14:00 3h30m|paused until 14:00" {
		t.Errorf("got %q", got)
	}
}

func TestStatusAfterAPauseEndsOrIsResumedSaysTheNextReminderAgain(t *testing.T) {
	state := t.TempDir()
	seedHistory(t, state, []string{pauseRecord("2026-11-23T09:05:00Z", "2026-11-23T10:00:00Z")})
	if got, want := statusAt(t, state, "2026-11-23 10:30"), "morning due · next shoulder rolls 11:00 (in 30m) · 0/3 today · streak 0"; got != want {
		t.Errorf("after the pause ended:\ngot  %q\nwant %q", got, want)
	}

	state = t.TempDir()
	seedHistory(t, state, []string{
		pauseRecord("2026-11-23T10:05:00Z", "2026-11-23T14:00:00Z"),
		`{"v":1,"kind":"reminder","at":"2026-11-23T10:20:00Z","action":"resumed"}`,
	})
	if got, want := statusAt(t, state, "2026-11-23 10:30"), "morning due · next shoulder rolls 11:00 (in 30m) · 0/3 today · streak 0"; got != want {
		t.Errorf("after resuming:\ngot  %q\nwant %q", got, want)
	}
}

func TestStatusFormatFillsInExactlyThePlaceholders(t *testing.T) {
	got := statusAt(t, t.TempDir(), "2026-11-23 10:30", "--format", "{done}/{total} {next} {in}")
	if want := "0/3 shoulder rolls 30m"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStatusFormatFillsInEveryPlaceholder(t *testing.T) {
	state := t.TempDir()
	seedHistory(t, state,
		completedSession("morning", "2026-11-23T08:12:00Z"),
		[]string{pauseRecord("2026-11-23T12:35:00Z", "2026-11-23T14:00:00Z")})
	got := statusAt(t, state, "2026-11-23 12:40", "--format",
		"next={next} at={at} in={in} due={due} done={done} total={total} streak={streak} paused={paused}")
	want := "next=shoulder rolls at=14:00 in=1h20m due=midday done=1 total=3 streak=1 paused=paused until 14:00"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// Empty values are empty, not "<nil>" or a placeholder left as is.
	got = statusAt(t, t.TempDir(), "2026-11-23 07:30", "--format", "[{due}][{paused}]")
	if got != "[][]" {
		t.Errorf("with nothing due and no pause: %q, want [][]", got)
	}
}

func TestStatusFormatWithAnUnknownPlaceholderNamesItAndListsTheKnownOnes(t *testing.T) {
	r := e2eRun(t, t.TempDir(), t.TempDir(), nil, "status", "--format", "{done} {bogus}")
	if r.code != 2 {
		t.Errorf("exit %d, want 2", r.code)
	}
	if r.stdout != "" {
		t.Errorf("wrote %q to standard output", r.stdout)
	}
	line := onlyLine(t, "the error", r.stderr)
	if !strings.Contains(line, "{bogus}") {
		t.Errorf("error %q does not name {bogus}", line)
	}
	for _, known := range []string{"{next}", "{at}", "{in}", "{due}", "{done}", "{total}", "{streak}", "{paused}"} {
		if !strings.Contains(line, known) {
			t.Errorf("error %q does not list %s", line, known)
		}
	}
}

func TestStatusHelpListsEveryPlaceholder(t *testing.T) {
	r := e2eRun(t, t.TempDir(), t.TempDir(), nil, "status", "--help")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, known := range []string{"{next}", "{at}", "{in}", "{due}", "{done}", "{total}", "{streak}", "{paused}"} {
		if !strings.Contains(r.stdout, known) {
			t.Errorf("status --help does not list %s:\n%s", known, r.stdout)
		}
	}
}

func TestStatusPrintsNoEscapeSequencesEvenWithAColourTerminalsEnvironment(t *testing.T) {
	state := t.TempDir()
	seedHistory(t, state, completedSession("morning", "2026-11-23T08:12:00Z"))
	r := e2eRun(t, state, t.TempDir(), []string{"TERM=xterm-256color", "COLORTERM=truecolor"},
		"status", "--start-at", "2026-11-23 12:40")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	line := onlyLine(t, "status", r.stdout)
	if strings.Contains(line, "\x1b") {
		t.Errorf("status wrote escape sequences: %q", line)
	}
	if !strings.Contains(line, "1/3 today") {
		t.Errorf("status line %q", line)
	}
}

func TestStatusInARealTerminalPrintsItsLineAndExitsWithoutAFullScreenProgram(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // never the real configuration
	s := startInPTY(t, t.TempDir(), 80, 24, "status", "--start-at", "2026-11-23 10:30")
	code, raw := s.wait(10 * time.Second)
	if code != 0 {
		t.Fatalf("exit %d:\n%q", code, raw)
	}
	if strings.Contains(raw, "\x1b") {
		t.Errorf("status wrote escape sequences to a terminal: %q", raw)
	}
	if !strings.Contains(raw, "next shoulder rolls 11:00 (in 30m) · 0/3 today · streak 0") || strings.Count(strings.TrimSpace(raw), "\n") != 0 {
		t.Errorf("status in a terminal printed %q", raw)
	}
}
