package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/plain"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
	"github.com/backstretch/backstretch/ui"
)

// app holds the global options and the standard streams.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	plain    bool
	noColor  bool
	noSound  bool
	noNotify bool
	speed    speedFlag
	startAt  startFlag
}

// speedFlag is --speed: a number greater than 0.
type speedFlag struct{ v float64 }

func (s *speedFlag) String() string {
	if s.v == 0 {
		return "1"
	}
	return strconv.FormatFloat(s.v, 'g', -1, 64)
}

func (s *speedFlag) Set(v string) (err error) {
	s.v, err = timer.ParseSpeed(v)
	return err
}

func (s *speedFlag) Type() string { return "N" }

// startFlag is --start-at: a wall time to start the clock at.
type startFlag struct{ t time.Time }

func (s *startFlag) String() string {
	if s.t.IsZero() {
		return ""
	}
	return s.t.Format(time.RFC3339)
}

func (s *startFlag) Set(v string) (err error) {
	s.t, err = timer.ParseStart(v)
	return err
}

func (s *startFlag) Type() string { return "TIME" }

// clock is the one clock every part of the program reads.
func (a *app) clock() timer.Clock {
	return timer.New(a.startAt.t, a.speed.v)
}

func (a *app) rootCommand() *cobra.Command {
	cobra.EnableCommandSorting = false // sessions in their daily order
	root := &cobra.Command{
		Use:   "backstretch",
		Short: "A daily stretching routine for upper-left and mid back pain",
		Long: "backstretch guides you through a 13-minute daily routine for upper-left and mid\n" +
			"back pain (morning, midday, evening), with countdown holds that start gentle\n" +
			"and grow, rep counters, left/right cues and the warning signs to watch for.",
		Example: "# the evening session, full screen\n" +
			"backstretch evening\n" +
			"# one line per cue, for screen readers and scripts\n" +
			"backstretch morning --plain\n" +
			"# routines and today's dosage\n" +
			"backstretch list",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown routine or command %q: routines are %s; commands are list, signs, history",
					args[0], strings.Join(routines.RoutineIDs(), ", "))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			// The all-day companion comes with the schedule; until then the
			// bare command shows what there is to do today.
			fmt.Fprintln(a.out(), ui.List(routines.FirstSession()))
			fmt.Fprintln(a.out(), "\nStart a session with: backstretch morning (or midday, evening, midback, desk)")
			return nil
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.BoolVar(&a.plain, "plain", false, "no full-screen UI: one line per cue (automatic when output is not a terminal)")
	pf.BoolVar(&a.noColor, "no-color", false, "no colours (NO_COLOR is honoured too)")
	pf.BoolVar(&a.noSound, "no-sound", false, "no terminal bell at the end of holds and at side switches")
	pf.BoolVar(&a.noNotify, "no-notify", false, "no desktop notification when a session ends")
	pf.Var(&a.speed, "speed", "run time N times faster (demos and tests)")
	pf.Var(&a.startAt, "start-at", `start the clock at TIME: RFC 3339 or "2006-01-02 15:04"`)

	root.AddGroup(&cobra.Group{ID: "routines", Title: "Sessions"}, &cobra.Group{ID: "info", Title: "Information"})
	for _, r := range routines.Routines() {
		root.AddCommand(a.routineCommand(r))
	}
	root.AddCommand(
		&cobra.Command{
			Use: "list", Short: "Routines and exercises with today's dosage", GroupID: "info", Args: noArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				_, err := fmt.Fprintln(a.out(), ui.List(routines.FirstSession()))
				return err
			},
		},
		a.historyCommand(),
		&cobra.Command{
			Use: "signs", Short: "The warning signs that mean stop and get help", GroupID: "info", Args: noArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				_, err := fmt.Fprintln(a.out(), ui.Signs())
				return err
			},
		},
	)
	return root
}

// noArgs rejects arguments with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

func (a *app) out() io.Writer { return writerFor(a.stdout, a.noColor) }

func (a *app) routineCommand(r routines.Routine) *cobra.Command {
	var names []string
	for _, it := range r.Items {
		e, _ := routines.ExerciseByID(it.Exercise)
		names = append(names, strings.ToLower(e.Name[:1])+e.Name[1:])
	}
	return &cobra.Command{
		Use:     r.ID,
		Short:   fmt.Sprintf("%s (%s): %s", r.Name, routines.Span(r.Nominal), strings.Join(names, ", ")),
		GroupID: "routines",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runSession(cmd.Context(), r)
		},
	}
}

// runSession runs one guided session now: full screen on a terminal, one
// line per cue otherwise (or with --plain). Either way it ends with the
// summary and the warning signs in the normal terminal.
func (a *app) runSession(ctx context.Context, r routines.Routine) error {
	clk := a.clock()
	s := session.New(session.Build(r, routines.FirstSession()))
	// A step that ends within this much program time of its deadline hands
	// over exactly; later than that, the next step starts whole from now.
	s.Slack = max(2*time.Second, time.Duration(float64(250*time.Millisecond)*a.speed.value()))
	plainMode := a.plain || !isTerminal(a.stdout) || !isTerminal(a.stdin)
	rec, warning := a.recorder(s, !plainMode)
	if plainMode {
		if warning != "" {
			fmt.Fprintln(a.out(), warning)
		}
		return a.runPlain(ctx, clk, s, rec)
	}
	var popts []tea.ProgramOption
	if a.noColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	opts := ui.Options{Clock: clk, Sound: !a.noSound, Notify: !a.noNotify, Notice: warning}
	if rec != nil {
		opts.Observe = rec.Observe
	}
	m, sig, err := ui.Run(s, opts, popts...)
	saveErr := closeRecorder(rec)
	if err != nil {
		return fmt.Errorf("the full-screen session failed: %w (try --plain)", err)
	}
	out := a.out()
	sum := s.Summary(clk.Now())
	plain.WriteSummary(out, sum)
	// The warning about the history was on screen; it stays in the
	// terminal too, with any other notice the session left.
	notes := []string{warning}
	if n := m.Notice(); n != warning {
		notes = append(notes, n)
	}
	for _, n := range append(notes, saveErr) {
		if n != "" {
			fmt.Fprintln(out, n)
		}
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, ui.Signs())
	return signalExit(sig, sum)
}

// recorder saves the session to the history as it happens. When the history
// cannot be written it returns no recorder and a warning: the session runs
// anyway.
func (a *app) recorder(s *session.Session, async bool) (*history.Recorder, string) {
	path, err := history.DefaultPath()
	if err == nil {
		err = history.Store{Path: path}.Check()
	}
	if err != nil {
		return nil, fmt.Sprintf("Warning: %v. This session will not be saved.", err)
	}
	return history.NewRecorder(history.Store{Path: path}, s, async), ""
}

// closeRecorder waits for the history to be written and says if it was not.
func closeRecorder(rec *history.Recorder) string {
	if rec == nil {
		return ""
	}
	if err := rec.Close(); err != nil {
		return "Warning: " + err.Error() + "."
	}
	return ""
}

// runPlain runs the session one line per cue, taking typed commands.
func (a *app) runPlain(ctx context.Context, clk timer.Clock, s *session.Session, rec *history.Recorder) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sig)
	var got os.Signal
	go func() {
		select {
		case got = <-sig:
			why := session.Interrupted
			if got == os.Interrupt {
				why = session.Quit
			}
			cancel(plain.StopCause{Outcome: why})
			signal.Stop(sig) // a second Ctrl-C ends the program at once
		case <-ctx.Done():
		}
	}()

	out := a.out()
	var observe func([]session.Event)
	if rec != nil {
		observe = rec.Observe
	}
	sum := plain.Run(ctx, out, clk, s, readCommands(a.stdin), observe)
	if w := closeRecorder(rec); w != "" {
		fmt.Fprintln(out, w)
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, ui.Signs())
	if ctx.Err() == nil {
		return nil
	}
	return signalExit(got, sum)
}

// signalExit is the exit for a session a signal ended: 128 + the signal.
func signalExit(sig os.Signal, sum session.Summary) error {
	if n, ok := sig.(syscall.Signal); ok && sum.Outcome != session.Completed {
		return exitError{128 + int(n)}
	}
	return nil
}

func (s speedFlag) value() float64 {
	if s.v == 0 {
		return 1
	}
	return s.v
}

// readCommands turns lines of input into session commands; the channel
// closes at the end of input. Unknown lines are ignored.
func readCommands(in io.Reader) <-chan plain.Command {
	if in == nil {
		return nil
	}
	ch := make(chan plain.Command)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			if c, ok := plain.ParseCommand(sc.Text()); ok {
				ch <- c
			}
		}
	}()
	return ch
}

// historyCommand prints the recent sessions, or exports every record.
func (a *app) historyCommand() *cobra.Command {
	var asJSON, asCSV bool
	cmd := &cobra.Command{
		Use:     "history",
		Short:   "Past sessions; --json or --csv export everything",
		GroupID: "info",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asCSV {
				return usagef("choose one of --json and --csv")
			}
			path, err := history.DefaultPath()
			if err != nil {
				return err
			}
			recs, damage, err := history.Store{Path: path}.Load()
			if err != nil {
				return err
			}
			for _, d := range damage {
				fmt.Fprintf(a.stderr, "backstretch: %s %s, skipped\n", path, d)
			}
			switch {
			case asJSON:
				return history.WriteJSON(a.stdout, recs)
			case asCSV:
				return history.WriteCSV(a.stdout, recs)
			}
			_, err = fmt.Fprintln(a.out(), ui.HistoryTable(ui.Sessions(recs), 20))
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "every record, as a JSON array")
	cmd.Flags().BoolVar(&asCSV, "csv", false, "every record, as CSV with a header row")
	return cmd
}
