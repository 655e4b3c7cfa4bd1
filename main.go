// Command backstretch is a terminal companion for upper-left and mid back
// pain: a 13-minute daily stretching routine with guided holds, reps and
// warning signs. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/backstretch/backstretch/coach"
	"github.com/backstretch/backstretch/safetext"
)

func main() {
	// no-color.org: any non-empty NO_COLOR turns colour off. The colour
	// libraries only read true/false words ("yes" would keep colour), so
	// say it in a way every one of them understands.
	if os.Getenv("NO_COLOR") != "" {
		os.Setenv("NO_COLOR", "1")
	}
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code: 0 ok, 1 failure,
// 2 usage, 128+n after signal n (130 for Ctrl-C).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	signals, ctx := watchSignals(ctx)
	defer signals.stop()
	out := &output{w: stdout}
	app := &app{stdin: stdin, stdout: out, stderr: stderr, signals: signals}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(out)
	root.SetErr(stderr)
	// After SetOut: the completion scripts are written where the
	// command's output was when it was made.
	strictCompletion(root)
	quiet := quietExits(root)
	err := app.execute(ctx, root)
	var ex exitError
	var usage usageError
	switch code := coach.ExitFor(signals.signal()); {
	case code != 0:
		// Whatever the command made of it, a signal ends the program
		// with 128 + its number.
		return code
	case err == nil && out.failed() != nil:
		// The command went on as if its output had been written.
		printError(stderr, out.failed())
		return 1
	case err == nil:
		return *quiet
	case errors.As(err, &ex):
		return ex.code
	case errors.As(err, &usage):
		return 2
	}
	return 1
}

// usageError is bad input on the command line: exit code 2.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// quietExits makes every command's exitError an exit code that fang
// never sees: fang's error handling first asks the terminal for its
// background colour and waits 2 s for an answer that a line being read
// from standard input (a plain question) swallows. It returns where the
// code lands.
func quietExits(root *cobra.Command) *int {
	code := new(int)
	var wrap func(*cobra.Command)
	wrap = func(cmd *cobra.Command) {
		if run := cmd.RunE; run != nil {
			cmd.RunE = func(c *cobra.Command, args []string) error {
				err := run(c, args)
				var ex exitError
				if errors.As(err, &ex) {
					*code = ex.code
					return nil
				}
				return err
			}
		}
		for _, sub := range cmd.Commands() {
			wrap(sub)
		}
	}
	wrap(root)
	return code
}

// exitError ends the program with a code and no message (the program has
// already said what happened), e.g. 130 after Ctrl-C.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// printError writes one line to standard error: "backstretch: what is wrong".
func printError(w io.Writer, err error) {
	var ex exitError
	if errors.As(err, &ex) {
		return
	}
	// Messages quote what was typed or read, which may hold any byte:
	// each bad one shows as \x1b, neither acting on the terminal nor
	// vanishing.
	fmt.Fprintln(w, "backstretch:", safetext.Line(strings.TrimSpace(err.Error())))
}

// version is the module version and commit from the build info.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	return versionOf(info)
}

// versionOf says which version and commit info describes: "v1.2.0
// (78b2ada)"; "(devel)" when the build knows no version.
func versionOf(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			v += " (" + s.Value[:7] + ")"
		}
	}
	return v
}

// writerFor returns a writer that keeps, reduces or strips colour to suit
// the output: none when it is not a terminal, NO_COLOR is set or --no-color
// was given.
func writerFor(w io.Writer, noColor bool) *colorprofile.Writer {
	cw := colorprofile.NewWriter(w, os.Environ())
	if noColor || os.Getenv("NO_COLOR") != "" {
		cw.Profile = colorprofile.NoTTY
	}
	return cw
}

// width is the terminal width of w, or 0 when w is not a terminal.
func width(w any) int {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return 0
	}
	cols, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0
	}
	return cols
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}
