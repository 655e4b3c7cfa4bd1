package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backstretch/backstretch/config"
)

// e2eResult is what one run of the real binary did.
type e2eResult struct {
	code           int
	stdout, stderr string
}

// e2eRun runs the real binary with its history in state, its
// configuration folder (XDG_CONFIG_HOME) at configHome, in UTC, with env
// on top of that. Standard input and output are not terminals.
func e2eRun(t *testing.T, state, configHome string, env []string, args ...string) e2eResult {
	t.Helper()
	cmd := command(state, args...)
	cmd.Env = append(cmd.Env, "XDG_CONFIG_HOME="+configHome, "TZ=UTC")
	cmd.Env = append(cmd.Env, env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return e2eResult{code, out.String(), errOut.String()}
}

// e2eConfig writes text as the configuration file under configHome and
// returns its path.
func e2eConfig(t *testing.T, configHome, text string) string {
	t.Helper()
	path := filepath.Join(configHome, "backstretch", "config.toml")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// onlyLine is s's single line, failing the test when s is not exactly one
// line ending in a newline.
func onlyLine(t *testing.T, what, s string) string {
	t.Helper()
	if !strings.HasSuffix(s, "\n") || strings.Count(s, "\n") != 1 {
		t.Errorf("%s is not exactly one line:\n%q", what, s)
	}
	return strings.TrimSuffix(s, "\n")
}

func TestConfigPathPrintsTheFileUnderXDGConfigHomeOrTheOneGivenWithConfig(t *testing.T) {
	home := t.TempDir()
	r := e2eRun(t, t.TempDir(), home, nil, "config", "path")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if want := filepath.Join(home, "backstretch", "config.toml") + "\n"; r.stdout != want {
		t.Errorf("config path printed %q, want %q", r.stdout, want)
	}

	given := filepath.Join(t.TempDir(), "elsewhere.toml")
	r = e2eRun(t, t.TempDir(), home, nil, "--config", given, "config", "path")
	if r.code != 0 || r.stdout != given+"\n" {
		t.Errorf("with --config: exit %d, printed %q, want %q", r.code, r.stdout, given+"\n")
	}
	if _, err := os.Stat(given); err == nil {
		t.Error("config path created the file it names")
	}
}

func TestConfigPathIgnoresARelativeXDGConfigHome(t *testing.T) {
	home := t.TempDir()
	r := e2eRun(t, t.TempDir(), "relative/dir", []string{"HOME=" + home}, "config", "path")
	if want := filepath.Join(home, ".config", "backstretch", "config.toml") + "\n"; r.code != 0 || r.stdout != want {
		t.Errorf("exit %d, printed %q, want %q (the XDG spec ignores relative paths)", r.code, r.stdout, want)
	}
}

func TestConfigInitWritesTheDefaultsPrivatelyAndConfigCheckFindsThemFine(t *testing.T) {
	home := filepath.Join(t.TempDir(), "cfg") // does not exist yet
	path := filepath.Join(home, "backstretch", "config.toml")
	r := e2eRun(t, t.TempDir(), home, nil, "config", "init")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("config init: exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, path) || !strings.Contains(r.stdout, "config check") {
		t.Errorf("config init does not say where it wrote and what to run next: %q", r.stdout)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no file after config init: %v", err)
	}
	if string(data) != config.DefaultText {
		t.Errorf("config init wrote:\n%s\nwant the defaults:\n%s", data, config.DefaultText)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", st.Mode().Perm())
	}
	if st, _ := os.Stat(filepath.Dir(path)); st.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", st.Mode().Perm())
	}

	r = e2eRun(t, t.TempDir(), home, nil, "config", "check")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("config check of the defaults: exit %d: %s", r.code, r.stderr)
	}
	if r.stdout != path+" is fine.\n" {
		t.Errorf("config check said %q, want %q", r.stdout, path+" is fine.\n")
	}
}

func TestConfigInitWritesWhereConfigSays(t *testing.T) {
	home := t.TempDir()
	given := filepath.Join(t.TempDir(), "sub", "mine.toml")
	r := e2eRun(t, t.TempDir(), home, nil, "--config", given, "config", "init")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if data, err := os.ReadFile(given); err != nil || string(data) != config.DefaultText {
		t.Errorf("--config file: %v\n%s", err, data)
	}
	if _, err := os.Stat(filepath.Join(home, "backstretch", "config.toml")); err == nil {
		t.Error("config init --config also wrote the default file")
	}
}

func TestASecondConfigInitRefusesAndLeavesTheFileAsItWas(t *testing.T) {
	home := t.TempDir()
	if r := e2eRun(t, t.TempDir(), home, nil, "config", "init"); r.code != 0 {
		t.Fatalf("first config init: exit %d: %s", r.code, r.stderr)
	}
	custom := "# mine\nramp_days = 5\n\n[sessions]\nmorning = \"07:15\"\n"
	path := e2eConfig(t, home, custom)

	r := e2eRun(t, t.TempDir(), home, nil, "config", "init")
	if r.code == 0 {
		t.Fatal("a second config init succeeded")
	}
	line := onlyLine(t, "the error", r.stderr)
	for _, want := range []string{"backstretch: ", path, "already exists"} {
		if !strings.Contains(line, want) {
			t.Errorf("error %q does not say %q", line, want)
		}
	}
	if r.stdout != "" {
		t.Errorf("wrote %q to standard output", r.stdout)
	}
	if data, _ := os.ReadFile(path); string(data) != custom {
		t.Errorf("the file changed:\n%s", data)
	}
}

func TestConfigCheckWithNoFileSaysTheDefaultsApply(t *testing.T) {
	home := t.TempDir()
	path := filepath.Join(home, "backstretch", "config.toml")
	r := e2eRun(t, t.TempDir(), home, nil, "config", "check")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if want := "No configuration file at " + path + ": the defaults apply.\n"; r.stdout != want {
		t.Errorf("config check said %q, want %q", r.stdout, want)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("config check created the file")
	}
}

// brokenConfigs are files with one mistake each, and the one line that
// must name it: file, line and column.
var brokenConfigs = []struct {
	name, text, want string
}{
	{
		"a typo in a key",
		"# mine\n\n[reminders]\n  wrok_start = \"09:00\"\n",
		`:4:3: unknown key "reminders.wrok_start"; did you mean "work_start"?`,
	},
	{
		"a letter O for a zero in a time",
		"[sessions]\nmidday = \"12:3O\"\n",
		`:2:10: sessions.midday: "12:3O" is not a time; use HH:MM on the 24-hour clock, e.g. "12:30"`,
	},
}

func TestConfigCheckNamesTheLineAndColumnOfAMistakeInOneLineAndExitsTwo(t *testing.T) {
	for _, tc := range brokenConfigs {
		t.Run(tc.name, func(t *testing.T) {
			home := t.TempDir()
			path := e2eConfig(t, home, tc.text)
			r := e2eRun(t, t.TempDir(), home, nil, "config", "check")
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			if r.stdout != "" {
				t.Errorf("wrote %q to standard output", r.stdout)
			}
			if got, want := onlyLine(t, "the error", r.stderr), "backstretch: "+path+tc.want; got != want {
				t.Errorf("error:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestABrokenConfigStopsEveryCommandThatReadsItWithTheSameLine(t *testing.T) {
	for _, tc := range brokenConfigs {
		t.Run(tc.name, func(t *testing.T) {
			home := t.TempDir()
			path := e2eConfig(t, home, tc.text)
			want := "backstretch: " + path + tc.want
			for _, args := range [][]string{
				{"list"},
				{"status"},
				{"stats"},
				{}, // the companion; piped, it would print today's plan
				{"evening", "--plain", "--pain", "2", "--speed", "5000"},
			} {
				state := t.TempDir()
				r := e2eRun(t, state, home, nil, args...)
				if r.code != 2 {
					t.Errorf("%v: exit %d, want 2", args, r.code)
				}
				if r.stdout != "" {
					t.Errorf("%v: wrote %q to standard output", args, r.stdout)
				}
				if got := onlyLine(t, strings.Join(args, " ")+"'s error", r.stderr); got != want {
					t.Errorf("%v: error:\n%s\nwant:\n%s", args, got, want)
				}
			}
		})
	}
}

// A config file that is not there and a config subcommand that does not
// exist are usage errors: exit 2, nothing on standard output, one line on
// standard error naming what is wrong and what would do.
func TestConfigUsageErrorsAreOneLineNamingTheFix(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--config", "/nonexistent/file.toml", "list"}, []string{"/nonexistent/file.toml", "no such file", "config init"}},
		{[]string{"--config", "/nonexistent/file.toml", "status"}, []string{"/nonexistent/file.toml", "no such file", "config init"}},
		{[]string{"--config", "/nonexistent/file.toml", "config", "check"}, []string{"/nonexistent/file.toml", "no such file", "config init"}},
		{[]string{"config"}, []string{"path", "check", "init"}},
		{[]string{"config", "bogus"}, []string{`"bogus"`, "path", "check", "init"}},
	}
	for _, c := range cases {
		r := e2eRun(t, t.TempDir(), t.TempDir(), nil, c.args...)
		if r.code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, r.code)
		}
		if r.stdout != "" {
			t.Errorf("%v: wrote %q to standard output", c.args, r.stdout)
		}
		line := onlyLine(t, "the error", r.stderr)
		for _, want := range c.want {
			if !strings.Contains(line, want) {
				t.Errorf("%v: error %q does not say %q", c.args, line, want)
			}
		}
	}
}

func TestRampDaysInTheConfigChangesTodaysDosageInList(t *testing.T) {
	state := t.TempDir()
	// Two active days before Monday: day 3 of the ramp-up, which is the
	// last day of a 3-day ramp.
	seedHistory(t, state,
		completedSession("morning", "2026-11-21T08:00:00Z"),
		completedSession("morning", "2026-11-22T08:00:00Z"))
	home := t.TempDir()
	r := e2eRun(t, state, home, nil, "list", "--start-at", "2026-11-23 10:30")
	// Only the shoulder rolls were done: they are at day 3, the rhomboid
	// and the breathing at their first time.
	if r.code != 0 || !strings.Contains(r.stdout, "Morning routine · morning · about 2 min 55 s today, days 1–3 of 4") {
		t.Fatalf("list with the defaults: exit %d %s\n%s", r.code, r.stderr, r.stdout)
	}

	e2eConfig(t, home, "ramp_days = 3\n")
	r = e2eRun(t, state, home, nil, "list", "--start-at", "2026-11-23 10:30")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("list with ramp_days = 3: exit %d: %s", r.code, r.stderr)
	}
	// The shoulder rolls' third day is the last of a 3-day ramp.
	if !strings.Contains(r.stdout, "today, days 1–3 of 3") {
		t.Errorf("with ramp_days = 3 the third day is not full dosage:\n%s", r.stdout)
	}
}

func TestAMiddayMovedTo1315MovesItInStatus(t *testing.T) {
	home := t.TempDir()
	// The defaults: at 12:50 midday is due, and its second reminder is next.
	r := e2eRun(t, t.TempDir(), home, nil, "status", "--start-at", "2026-11-23 12:50")
	if want := "midday due · next midday 13:00 (in 10m) · 0/3 today · streak 0\n"; r.code != 0 || r.stdout != want {
		t.Fatalf("with the defaults: exit %d %s, printed %q, want %q", r.code, r.stderr, r.stdout, want)
	}

	e2eConfig(t, home, "[sessions]\nmidday = \"13:15\"\n")
	r = e2eRun(t, t.TempDir(), home, nil, "status", "--start-at", "2026-11-23 12:50")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// Midday is not due yet; the morning still is, until midday's time.
	if want := "morning due · next shoulder rolls 13:00 (in 10m) · 0/3 today · streak 0\n"; r.stdout != want {
		t.Errorf("at 12:50 printed %q, want %q", r.stdout, want)
	}
	r = e2eRun(t, t.TempDir(), home, nil, "status", "--start-at", "2026-11-23 13:05", "--format", "{next} {at} {in} [{due}]")
	if want := "midday 13:15 10m [morning]\n"; r.code != 0 || r.stdout != want {
		t.Errorf("at 13:05: exit %d %s, printed %q, want %q", r.code, r.stderr, r.stdout, want)
	}
	r = e2eRun(t, t.TempDir(), home, nil, "status", "--start-at", "2026-11-23 13:20", "--format", "{due}")
	if want := "midday\n"; r.code != 0 || r.stdout != want {
		t.Errorf("at 13:20 the due sessions are %q, want %q", r.stdout, want)
	}
}
