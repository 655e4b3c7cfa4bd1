package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/routines"
)

// example is the commented example of a physiotherapist's prescription.
const example = "docs/examples/physio.toml"

func TestTheExamplePrescriptionRunsEndToEndInPlainMode(t *testing.T) {
	state := newState(t)
	cmd := command(state, "--config", example, "run", "physio", "--plain", "--pain", "2", "--pain-after", "1",
		"--speed", "600", "--start-at", "2026-11-23 17:30", "--no-notify")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("run physio: %v\n%s", err, out)
	}
	text := string(out)
	for _, want := range []string{
		"Physio plan: 4 exercises, about ",
		"Today's dosage: day 1 of 4 of the ramp-up",
		"Exercise 1 of 4: Get into position (5 s): Shoulder rolls, left emphasis.",
		"Today: 3 circles each way.",                 // reps = 3 from the prescription
		"Today: 10 s, left side.",                    // seated-twist, sides = "left"
		"Hold 10 s, left side: left hand behind you", // only the left side
		"Exercise 4 of 4: Get into position (10 s): Doorway chest stretch.",
		"1. Stand in a doorway with your forearms on the frame",
		"Physio plan complete.",
		"Summary: Physio plan completed.",
		"  Doorway chest stretch: done",
		"Warning signs: when to stop and get help",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the session lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "right side") {
		t.Errorf("a left-only twist mentions the right side:\n%s", text)
	}
	// It goes into the history like a built-in routine, and the views of
	// the history take it.
	recs := records(t, state)
	for _, r := range recs {
		if r["kind"] == "session_started" && r["routine"] != "physio" {
			t.Errorf("a session of another routine: %v", r)
		}
	}
	if count(recs, "session_started") != 1 || count(recs, "session_ended") != 1 || count(recs, "step") == 0 {
		t.Errorf("the history lacks the session, its end or its steps: %v", recs)
	}
	hist, err := command(state, "history").Output()
	if err != nil || !regexp.MustCompile(`physio +completed`).Match(hist) || !strings.Contains(string(hist), "2→1") {
		t.Errorf("history: %v\n%s", err, hist)
	}
	// A routine of the config file keeps the streak but is none of the
	// day's three sessions: today's calendar cell stays empty.
	stats, err := command(state, "stats", "--start-at", "2026-11-23 20:00").Output()
	if err != nil || !regexp.MustCompile(`Streak +1 day`).Match(stats) || !strings.Contains(string(stats), "23 Nov [·]") {
		t.Errorf("stats: %v\n%s", err, stats)
	}
}

func TestADangerousPrescriptionStopsWithLineColumnAndReason(t *testing.T) {
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, old, new string
		want           string // after the file's name
	}{
		{"a ten-minute hold", "hold = 25 ", "hold = 600", `:54:8: routine "physio" item 2 (childs-pose): hold = 600 s is longer than the articles give for childs-pose (20–30 s); a prescription may ask for less, never more`},
		{"a negative rep count", "reps = 2                        # holds, at most 4", "reps = -2", `:36:8: exercise "doorway-stretch": reps = -2 is negative: a count of repetitions is 1 or more; use 1 to 4`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(string(data), tt.old) {
				t.Fatalf("the example has no %q", tt.old)
			}
			home := t.TempDir()
			path := e2eConfig(t, home, strings.Replace(string(data), tt.old, tt.new, 1))
			for _, args := range [][]string{{"run", "physio", "--plain", "--pain", "2"}, {"list"}, {"config", "check"}} {
				r := e2eRun(t, newState(t), home, nil, args...)
				if r.code != 2 || r.stdout != "" {
					t.Errorf("%v: exit %d, output %q; want 2 and nothing", args, r.code, r.stdout)
				}
				if want := "backstretch: " + path + tt.want + "\n"; r.stderr != want {
					t.Errorf("%v: said\n%s\nwant\n%s", args, r.stderr, want)
				}
			}
		})
	}
}

func TestListShowsTheConfigsRoutinesAndExercisesAfterTheBuiltInOnes(t *testing.T) {
	code, out, errOut := runCLI(t, "--config", example, "list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(out, "\n")
	at := func(prefix string) int {
		for i, l := range lines {
			if strings.HasPrefix(l, prefix) {
				return i
			}
		}
		t.Errorf("list has no line starting %q:\n%s", prefix, out)
		return -1
	}
	if desk, physio := at("desk "), at("physio "); physio < desk {
		t.Errorf("physio (line %d) is not after desk (line %d)", physio, desk)
	}
	if warm, door := at("warm-up "), at("doorway-stretch"); door < warm {
		t.Errorf("doorway-stretch (line %d) is not after warm-up (line %d)", door, warm)
	}
	for _, want := range []string{
		"physio    Physio plan · after work, daily at 17:30 · about ",
		"Child's pose                     1 × 10 s", // today's dosage: the ramp applies
		"Seated spinal twist              10 s, left side",
		"Doorway chest stretch               2 × 20 s, from your config",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q:\n%s", want, out)
		}
	}
	// Without the file, none of it.
	if _, out, _ := runCLI(t, "list"); strings.Contains(out, "physio") || strings.Contains(out, "doorway") {
		t.Errorf("list without the config shows its routines:\n%s", out)
	}
}

func TestRunCompletesEveryRoutineBuiltInAndOfTheConfig(t *testing.T) {
	code, out, _ := runCLI(t, "__complete", "--config", example, "run", "")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var ids []string
	for _, l := range strings.Split(out, "\n") {
		if id, _, ok := strings.Cut(l, "\t"); ok {
			ids = append(ids, id)
		}
	}
	if strings.Join(ids, ",") != "morning,midday,evening,midback,desk,physio" {
		t.Errorf("run completes %v:\n%s", ids, out)
	}
	if !strings.Contains(out, "physio\tPhysio plan (after work, daily at 17:30)") || !strings.Contains(out, ":4\n") {
		t.Errorf("the completion lacks the description or the no-files directive:\n%s", out)
	}
	_, out, _ = runCLI(t, "__complete", "--config", example, "run", "ph")
	if !strings.HasPrefix(out, "physio\t") || strings.Contains(out, "morning") {
		t.Errorf("run ph completes:\n%s", out)
	}
	// A config file that is wrong still completes the built-in ones.
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("[[routine]]\nid = 3\n"), 0o600)
	_, out, _ = runCLI(t, "__complete", "--config", bad, "run", "")
	if !strings.HasPrefix(out, "morning\t") || strings.Contains(out, "physio") {
		t.Errorf("with a broken config, run completes:\n%s", out)
	}
}

func TestACustomRoutineWithATimeIsRemindedAndDueLikeASession(t *testing.T) {
	state, home := newState(t), t.TempDir()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	e2eConfig(t, home, string(data))
	status := func(at string) string {
		t.Helper()
		r := e2eRun(t, state, home, nil, "status", "--start-at", at)
		if r.code != 0 {
			t.Fatalf("status at %s: exit %d: %s", at, r.code, r.stderr)
		}
		return r.stdout
	}
	if got, want := status("2026-11-23 17:20"), "midday due · next physio 17:30 (in 10m) · 0/3 today · streak 0\n"; got != want {
		t.Errorf("before its time, status says %q, want %q", got, want)
	}
	if got := status("2026-11-23 17:31"); !strings.HasPrefix(got, "midday, physio due · ") || !strings.Contains(got, "0/3 today") {
		t.Errorf("at its time, status says %q; want physio due, and still 0 of the 3 daily sessions", got)
	}
	if got := status("2026-11-23 23:59"); !strings.HasPrefix(got, "evening, physio due · ") {
		t.Errorf("later that day, status says %q; want physio still due", got)
	}
	r := e2eRun(t, state, home, nil, "run", "physio", "--plain", "--pain", "1", "--speed", "600", "--start-at", "2026-11-23 17:35")
	if r.code != 0 {
		t.Fatalf("run physio: exit %d: %s", r.code, r.stderr)
	}
	got := status("2026-11-23 17:50")
	if strings.Contains(got, "physio due") || !strings.Contains(got, "0/3 today · streak 1") {
		t.Errorf("after physio was done, status says %q; want it no longer due, a streak of 1, and 0 of the 3 daily sessions", got)
	}
	// The companion without a terminal lists it with today's sessions.
	r = e2eRun(t, state, home, nil, "--start-at", "2026-11-24 17:40")
	if !regexp.MustCompile(`(?m)^  physio +due now \(17:30\)$`).MatchString(r.stdout) {
		t.Errorf("the companion's plain output lacks physio due:\n%s", r.stdout)
	}
}

func TestRunTakesOneKnownRoutine(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"run"}, "run needs a routine: morning, midday, evening, midback, desk"},
		{[]string{"run", "evening", "physio"}, "run takes one routine, got 2"},
		{[]string{"--config", example, "run", "phsio"}, `unknown routine "phsio" (did you mean "physio"?): routines are morning, midday, evening, midback, desk, physio`},
		{[]string{"run", "physio"}, `unknown routine "physio"`},
		{[]string{"--config", example, "physio"}, `"physio" is a routine of your config file: start it with backstretch run physio`},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q, %q; want exit 2 and one line with %q", tt.args, code, out, errOut, tt.want)
		}
	}
	// A built-in routine runs through run just as through its command.
	out, err := command(newState(t), "run", "desk", "--plain", "--pain", "0", "--speed", "600").Output()
	if err != nil || !strings.Contains(string(out), "Desk shoulder rolls complete.") {
		t.Errorf("run desk: %v\n%s", err, out)
	}
}

func TestEveryCommandNameIsKeptFromRoutineIDs(t *testing.T) {
	root := (&app{}).rootCommand()
	for _, c := range root.Commands() {
		if !routines.IsBuiltinRoutine(c.Name()) && !slices.Contains(config.CommandNames, c.Name()) {
			t.Errorf("command %q is not in config.CommandNames: a routine of the config file could take its name", c.Name())
		}
	}
}

func TestConfigCheckNamesTheFilesOwnRoutinesAndExercises(t *testing.T) {
	code, out, _ := runCLI(t, "--config", example, "config", "check")
	want := example + " is fine.\n" +
		"Your routines: physio (4 exercises, after work, daily at 17:30); run one with backstretch run ID.\n" +
		"Your exercises: doorway-stretch.\n"
	if code != 0 || out != want {
		t.Errorf("config check: exit %d\n%s\nwant\n%s", code, out, want)
	}
}
