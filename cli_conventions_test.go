package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// colour matches an SGR sequence that sets a colour (foreground or
// background, 16, 256 or 24-bit); bold and the like are not colour.
var colour = regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`)

// inTerminal runs the real program in a pseudo-terminal with extra
// environment and returns everything it wrote.
func inTerminal(t *testing.T, state string, env []string, args ...string) string {
	t.Helper()
	return inTerminalSized(t, state, 80, 24, append([]string{"TERM=xterm-256color", "COLORTERM=truecolor"}, env...), args...)
}

// inTerminalSized runs the real program in a cols×rows pseudo-terminal
// with env added, and returns everything it wrote.
func inTerminalSized(t *testing.T, state string, cols, rows int, env []string, args ...string) string {
	t.Helper()
	cmd := command(state, args...)
	cmd.Env = append(cmd.Env, env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	io.Copy(&out, f) // ends with EIO when the program exits
	cmd.Wait()
	return out.String()
}

// no-color.org: any non-empty NO_COLOR turns colour off, "yes" included
// (the colour libraries alone read only true/false words).
func TestAnyNonEmptyNoColorTurnsColourOff(t *testing.T) {
	t.Parallel()
	state := newState(t)
	if out, err := command(state, "evening", "--plain", "--pain", "2", "--pain-after", "2", "--speed", "600", "--start-at", time.Now().Add(-24*time.Hour).Format("2006-01-02 15:04")).CombinedOutput(); err != nil {
		t.Fatalf("desk: %v\n%s", err, out)
	}
	plainSession := []string{"desk", "--plain", "--speed", "600", "--pain", "1", "--pain-after", "1"}
	for _, args := range [][]string{{"stats"}, plainSession} {
		if out := inTerminal(t, state, nil, args...); !colour.MatchString(out) {
			t.Fatalf("%v in a colour terminal has no colour to turn off:\n%q", args, out)
		}
	}
	// The help waits 4 s for the terminal to say its background colour,
	// which no one here answers: in parallel.
	for _, v := range []string{"yes", "0", "anything"} {
		for _, args := range [][]string{{"stats"}, {"list"}, {"--help"}, plainSession} {
			t.Run(v+" "+args[0], func(t *testing.T) {
				t.Parallel()
				if out := inTerminal(t, state, []string{"NO_COLOR=" + v}, args...); colour.MatchString(out) {
					t.Errorf("NO_COLOR=%s %v: colour in %q", v, args, colour.FindString(out))
				}
			})
		}
	}
	for _, args := range [][]string{{"stats"}, plainSession} {
		if out := inTerminal(t, state, nil, append(args, "--no-color")...); colour.MatchString(out) {
			t.Errorf("%v --no-color: colour in %q", args, colour.FindString(out))
		}
	}
}

// completeInBash runs the generated bash completion script the way bash
// runs it when Tab is pressed after line, and returns what it offers. The
// bash-completion package's _init_completion is stood in for by the few
// lines it does for a simple command line.
func completeInBash(t *testing.T, line string) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Symlink(binary, filepath.Join(dir, "backstretch")); err != nil {
		t.Fatal(err)
	}
	script := `
_init_completion() { words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; }
source <(backstretch completion bash)
COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<< "$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
__start_backstretch
printf '%s\n' "${COMPREPLY[@]}"
`
	cmd := command(t.TempDir(), "unused")
	cmd.Path, cmd.Args = "/bin/bash", []string{"bash", "-c", script, "bash", line}
	cmd.Env = append(cmd.Env, "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	// Outside a real Tab press bash says compopt is not in use, on
	// standard error: only standard output is the offer.
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("bash completion of %q: %v\n%s", line, err, out)
	}
	return strings.Fields(string(out))
}

func TestBashCompletesSubcommandsAndRoutineNames(t *testing.T) {
	t.Parallel()
	got := completeInBash(t, "backstretch ")
	for _, want := range []string{"morning", "midday", "evening", "midback", "desk", "status", "stats", "history", "config", "signs"} {
		if !slices.Contains(got, want) {
			t.Errorf("backstretch <Tab> lacks %q: %v", want, got)
		}
	}
	if got := completeInBash(t, "backstretch mi"); !slices.Equal(got, []string{"midday", "midback"}) {
		t.Errorf("backstretch mi<Tab> = %v, want midday midback", got)
	}
	if got := completeInBash(t, "backstretch evening --sp"); !slices.Equal(got, []string{"--speed"}) {
		t.Errorf("backstretch evening --sp<Tab> = %v, want --speed", got)
	}
}

// zsh and fish are seldom installed where the tests run: their scripts are
// checked for what makes them work, asking the program itself.
func TestZshAndFishCompletionScriptsAskTheProgram(t *testing.T) {
	t.Parallel()
	for shell, want := range map[string]string{"zsh": "#compdef backstretch", "fish": "complete -c backstretch"} {
		out, err := command(t.TempDir(), "completion", shell).Output()
		if err != nil {
			t.Fatalf("completion %s: %v", shell, err)
		}
		if s := string(out); !strings.Contains(s, want) || !strings.Contains(s, "__complete") {
			t.Errorf("completion %s lacks %q or the __complete call", shell, want)
		}
	}
}

func TestTheManPageComesFromTheCommands(t *testing.T) {
	t.Parallel()
	out, err := command(t.TempDir(), "man").Output()
	if err != nil {
		t.Fatalf("man: %v", err)
	}
	for _, want := range []string{".TH BACKSTRETCH 1", ".SH NAME", "backstretch", "status", `\-\-speed`} { // roff writes an option's dashes as \-
		if !strings.Contains(string(out), want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
}

func TestVersionIsTheModuleVersionAndTheCommit(t *testing.T) {
	cases := []struct {
		info debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "78b2ada8c2a0d9e1"}}}, "v1.2.0 (78b2ada)"},
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{debug.BuildInfo{}, "(devel)"},
	}
	for _, c := range cases {
		if got := versionOf(&c.info); got != c.want {
			t.Errorf("%+v: %q, want %q", c.info, got, c.want)
		}
	}
}

// A binary built in a git checkout names the commit it was built from.
func TestTheBuiltProgramNamesItsCommit(t *testing.T) {
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil || len(head) < 7 {
		t.Skip("not a git checkout: there is no commit to name")
	}
	bin := filepath.Join(t.TempDir(), "backstretch")
	build := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	want := regexp.MustCompile(`^backstretch version v\S+ \(` + string(head[:7]) + `\)\n$`)
	if err != nil || !want.Match(out) {
		t.Errorf("--version said %q (%v); want the version and commit %s", out, err, head[:7])
	}
}
