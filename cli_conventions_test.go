package main

import (
	"bytes"
	"io"
	"regexp"
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
	cmd := command(state, args...)
	cmd.Env = append(cmd.Env, "TERM=xterm-256color", "COLORTERM=truecolor")
	cmd.Env = append(cmd.Env, env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
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
	if out := inTerminal(t, state, nil, "stats"); !colour.MatchString(out) {
		t.Fatalf("stats in a colour terminal has no colour to turn off:\n%q", out)
	}
	// The help waits 4 s for the terminal to say its background colour,
	// which no one here answers: in parallel.
	for _, v := range []string{"yes", "0", "anything"} {
		for _, args := range [][]string{{"stats"}, {"list"}, {"--help"}} {
			t.Run(v+" "+args[0], func(t *testing.T) {
				t.Parallel()
				if out := inTerminal(t, state, []string{"NO_COLOR=" + v}, args...); colour.MatchString(out) {
					t.Errorf("NO_COLOR=%s %v: colour in %q", v, args, colour.FindString(out))
				}
			})
		}
	}
	if out := inTerminal(t, state, nil, "stats", "--no-color"); colour.MatchString(out) {
		t.Errorf("--no-color: colour in %q", colour.FindString(out))
	}
}
