package main

// Tests of what the command line says when it cannot do what was asked:
// usage errors exit 2 in one line naming the value, a standard output
// that cannot be written exits 1 saying so, bad bytes in a message show
// escaped, and every command that reads the history says when it cannot.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backstretch/backstretch/testenv"
)

func TestHelpForAKnownTopicStillWorks(t *testing.T) {
	code, out, _ := runCLI(t, "help", "config", "path")
	if code != 0 || !strings.Contains(out, "Print where the configuration file is") {
		t.Errorf("help config path: exit %d:\n%s", code, out)
	}
}

// Every command writing to a full disk (or a closed pipe's like): the
// write fails, so the command does too, and says why.
func TestAStandardOutputThatCannotBeWrittenExitsOneSayingSo(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		testenv.Missing(t, "no /dev/full here", err)
	}
	defer full.Close()
	state := seasoned(t)
	for _, args := range [][]string{
		{"history"}, {"history", "--json"}, {"history", "--csv"}, {"config", "path"}, {"config", "check"},
		{"--help"}, {"help", "list"}, {"list"}, {"signs"}, {"stats"}, {"status"}, {"--version"},
		{"completion", "bash"}, {"desk", "--pain", "1", "--pain-after", "1", "--speed", "1000"},
	} {
		var errOut bytes.Buffer
		cmd := command(state, args...)
		cmd.Stdout, cmd.Stderr = full, &errOut
		err := cmd.Run()
		var ee *exec.ExitError
		if code := 0; err != nil {
			if !errorsAs(err, &ee) {
				t.Fatal(err)
			}
			code = ee.ExitCode()
			if code != 1 {
				t.Errorf("%v into /dev/full: exit %d, want 1", args, code)
			}
		} else {
			t.Errorf("%v into /dev/full: exit 0, want 1", args)
		}
		if !strings.Contains(errOut.String(), "standard output") || !strings.Contains(errOut.String(), "no space left") {
			t.Errorf("%v into /dev/full: said %q, want that standard output cannot be written and why", args, errOut.String())
		}
	}
}

func errorsAs(err error, ee **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	*ee = e
	return ok
}

func TestABadByteInAMessageShowsEscaped(t *testing.T) {
	for _, args := range [][]string{
		{"evening", "--x\x1b[8m"},
		{"evening", "--speed", "\x1b[8m"},
		{"nosuch\x1b]8;;http://x\a"},
	} {
		code, _, errOut := runCLI(t, args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
		if strings.ContainsAny(errOut, "\x1b\a") || !strings.Contains(errOut, `\x1b`) {
			t.Errorf("%q: said %q, want the ESC shown as \\x1b", args, errOut)
		}
	}
}

func TestAConfigValueWithAControlCharacterSaysSoShowingItEscaped(t *testing.T) {
	state := t.TempDir()
	path := filepath.Join(state, "config.toml")
	os.WriteFile(path, []byte("[[exercise]]\nid = \"mine\"\nname = \"My \\u001b[8mthing\"\nkind = \"hold\"\nsteps = [\"Breathe.\"]\n"), 0o600)
	code, _, errOut := runCLIEnv(t, state, "--config", path, "config", "check")
	if code != 2 || !strings.Contains(errOut, "control character") || !strings.Contains(errOut, `My \x1b[8mthing`) || strings.Contains(errOut, "one line") {
		t.Errorf("exit %d, said %q; want 2 and that the name has a control character, shown as \\x1b", code, errOut)
	}
}

// Each command that reads the history says, naming it, that it cannot,
// and exits 1: list as history, stats and status do.
func TestEveryCommandSaysWhenTheHistoryCannotBeRead(t *testing.T) {
	state := t.TempDir()
	dir := filepath.Join(state, "backstretch", "history.jsonl")
	os.MkdirAll(dir, 0o700)
	for _, c := range []string{"list", "history", "stats", "status"} {
		code, _, errOut := runCLIEnv(t, state, c)
		if code != 1 || !strings.Contains(errOut, dir) || !strings.Contains(errOut, "history") {
			t.Errorf("%s with the history a folder: exit %d, said %q; want 1 and a message naming %s", c, code, errOut, dir)
		}
	}
}

func TestAConfigThatIsAPipeIsRefusedAtOnce(t *testing.T) {
	state := t.TempDir()
	fifo := filepath.Join(state, "config.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		testenv.Missing(t, "no named pipes here", err)
	}
	cmd := command(state, "--config", fifo, "list")
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("list --config FIFO is still waiting on the pipe")
	}
	if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(errOut.String(), fifo) || !strings.Contains(errOut.String(), "named pipe") {
		t.Errorf("exit %d, said %q; want 2 and that %s is a named pipe", code, errOut.String(), fifo)
	}
}
