package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/plain"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/timer"
)

// app holds the global options and the standard streams.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// signals ends the parts of the program that claim it when a stop
	// signal comes.
	signals *signalWatch

	plain   bool
	noColor bool
	noSound bool
	// reducedMotion keeps figures still and bars moving at whole seconds.
	reducedMotion bool
	noNotify      bool
	speed         speedFlag
	startAt       startFlag
	clk           timer.Clock
	// configPath is --config; cfg is the configuration once read, and
	// cat its catalogue: the built-in routines and the file's own.
	configPath string
	cfg        *config.Config
	cat        routines.Catalogue
	// printStyles are the printed views' styles, once built (see styles).
	printStyles *printed.Styles

	// Answers for scripts.
	pain, painAfter painFlag
	anyway          bool
}

// painFlag is --pain or --pain-after: a level from 0 to 10.
type painFlag struct{ v *int }

func (p *painFlag) String() string {
	if p.v == nil {
		return ""
	}
	return strconv.Itoa(*p.v)
}

func (p *painFlag) Set(s string) error {
	n, err := checkin.ParsePain(s)
	p.v = &n
	return err
}

func (p *painFlag) Type() string { return "N" }

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

// startFlag is --start-at: a wall time to start the clock at; note says
// how a time the clocks skip was read.
type startFlag struct {
	t    time.Time
	note string
}

func (s *startFlag) String() string {
	if s.t.IsZero() {
		return ""
	}
	return s.t.Format(time.RFC3339)
}

func (s *startFlag) Set(v string) (err error) {
	s.t, s.note, err = timer.ParseStart(v)
	return err
}

func (s *startFlag) Type() string { return "TIME" }

// config reads the configuration once: --config FILE, else the default
// file if there is one, else the defaults. Any error in it is a usage
// error naming the file, line and column. Once it is read without fault,
// a.cat is its catalogue.
func (a *app) config() (config.Config, error) {
	if a.cfg != nil {
		return *a.cfg, nil
	}
	cfg, err := a.readConfig()
	if err != nil {
		return cfg, err
	}
	// The file's own routines and exercises join the built-in ones for
	// every part of the program that is handed a.cat: the list, the
	// reminders, a session.
	a.cfg, a.cat = &cfg, routines.NewCatalogue(cfg.Custom())
	return cfg, nil
}

// readConfig reads the configuration as config does, but keeps nothing:
// an Args validator or a completion may read it before the command runs,
// or with a fault in it, and must leave the command to read it itself.
func (a *app) readConfig() (config.Config, error) {
	path, err := a.configFile()
	if err != nil {
		return config.Default(), nil // no home folder: nothing to read
	}
	cfg, err := config.Load(path)
	switch {
	case err != nil:
		return cfg, usageError{err}
	case a.configPath != "" && cfg.Path == "":
		return cfg, usagef("--config %s: no such file (backstretch config init --config %s writes the defaults there)", path, path)
	}
	return cfg, nil
}

// readCatalogue is the catalogue of the config file, read without
// keeping it (readConfig), and the error reading it.
func (a *app) readCatalogue() (routines.Catalogue, error) {
	cfg, err := a.readConfig()
	if err != nil {
		return routines.Builtin(), err
	}
	return routines.NewCatalogue(cfg.Custom()), nil
}

// sound and notify say whether to ring the bell and send desktop
// notifications: the configuration allows it and no flag said no.
func (a *app) sound(cfg config.Config) bool  { return cfg.Sound && !a.noSound }
func (a *app) still(cfg config.Config) bool  { return cfg.ReducedMotion || a.reducedMotion }
func (a *app) notify(cfg config.Config) bool { return cfg.Notifications && !a.noNotify }

// clock is the one clock every part of the program reads, made on first
// use: every session the companion runs goes on from the same time.
func (a *app) clock() timer.Clock {
	if a.clk == nil {
		a.clk = timer.New(a.startAt.t, a.speed.v)
		// Said once, as the clock is made: every time the program shows
		// or records depends on them.
		for _, note := range []string{a.startAt.note, a.zoneNote()} {
			if note != "" {
				fmt.Fprintln(a.stderr, "backstretch: "+note)
			}
		}
	}
	return a.clk
}

func (a *app) rootCommand() *cobra.Command {
	cobra.EnableCommandSorting = false // sessions in their daily order
	root := &cobra.Command{
		Use:   "backstretch",
		Short: "A daily stretching routine for upper-left and mid back pain",
		Long: "backstretch guides you through the article's \"13-minute\" daily routine for\n" +
			"upper-left and mid back pain (morning, midday, evening; about 9½ minutes here at\n" +
			"full dosage), with countdown holds that start gentle and grow, rep counters,\n" +
			"left/right cues and the warning signs to watch for.\n\n" +
			"Run with no command, it opens the companion: today's sessions, a reminder when\n" +
			"each is due and hourly shoulder rolls at work, with a key to start each one.",
		Example: "# the all-day companion, in a terminal pane of its own\n" +
			"backstretch\n" +
			"# the evening session, full screen\n" +
			"backstretch evening\n" +
			"# one line per cue, for screen readers and scripts\n" +
			"backstretch morning --plain\n" +
			"# routines and today's dosage\n" +
			"backstretch list",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			if cat, err := a.readCatalogue(); err == nil && !routines.IsBuiltinRoutine(args[0]) {
				if _, ok := cat.RoutineByID(args[0]); ok {
					return usagef("%q is a routine of your config file: start it with backstretch run %s", args[0], args[0])
				}
			}
			return usagef("unknown routine or command %q: routines are %s; commands are run, status, list, history, stats, screening, signs, config",
				args[0], strings.Join(routines.BuiltinRoutineIDs(), ", "))
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runCompanion(cmd.Context())
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.BoolVar(&a.plain, "plain", false, "no full-screen UI: one line per cue (automatic when output is not a terminal)")
	pf.BoolVar(&a.noColor, "no-color", false, "no colours (NO_COLOR is honoured too)")
	pf.BoolVar(&a.noSound, "no-sound", false, "no terminal bell at the end of holds and at side switches")
	pf.BoolVar(&a.reducedMotion, "reduced-motion", false, "still figures; bars and the breathing pacer move only at whole seconds")
	pf.BoolVar(&a.noNotify, "no-notify", false, "no desktop notifications: neither reminders nor a session's end")
	pf.Var(&a.pain, "pain", "the pain check-in before a session, 0 (none) to 10 (worst), for scripts")
	pf.Var(&a.painAfter, "pain-after", "the pain check-in after a session, 0 to 10, for scripts")
	pf.BoolVar(&a.anyway, "continue-anyway", false, "go ahead despite a safety warning (pain of 4 or more, a yes in the screening)")
	pf.StringVar(&a.configPath, "config", "", "read the configuration from FILE (default: config.toml in $XDG_CONFIG_HOME/backstretch)")
	pf.Var(&a.speed, "speed", "run time N times faster (demos and tests)")
	pf.Var(&a.startAt, "start-at", `start the clock at TIME: RFC 3339 or "2006-01-02 15:04"`)

	root.AddGroup(&cobra.Group{ID: "routines", Title: "Sessions"}, &cobra.Group{ID: "info", Title: "Information"})
	for _, id := range routines.BuiltinRoutineIDs() {
		r, _ := routines.BuiltinRoutine(id)
		root.AddCommand(a.routineCommand(r))
	}
	root.AddCommand(
		a.runCommand(),
		a.statusCommand(),
		&cobra.Command{
			Use: "list", Short: "Routines and exercises with today's dosage", GroupID: "info", Args: noArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				p, err := a.progress()
				if err != nil {
					return err
				}
				_, err = fmt.Fprintln(a.out(), printed.ListFor(a.styles(), a.cat, p, width(a.stdout))) // the table when piped
				return err
			},
		},
		a.historyCommand(),
		&cobra.Command{
			Use: "stats", Short: "Streaks, an 8-week calendar, the pain trend and today's dosage", GroupID: "info", Args: noArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				cfg, err := a.config()
				if err != nil {
					return err
				}
				h := a.readHistory(a.stderr)
				if h.Err != nil {
					return h.Err
				}
				st := stats.Compute(h.Recs, a.clock().Now(), cfg.RampDays)
				_, err = fmt.Fprintln(a.out(), printed.Stats(a.styles(), st, a.width()))
				return err
			},
		},
		a.screeningCommand(),
		a.configCommand(),
		&cobra.Command{
			Use: "signs", Short: "The warning signs that mean stop and get help", GroupID: "info", Args: noArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				_, err := fmt.Fprintln(a.out(), printed.Signs(a.styles(), a.width()))
				return err
			},
		},
	)
	root.SetHelpCommand(helpCommand())
	root.AddCommand(a.manCommand(root))
	return root
}

// progress is today's place in the ramp-up, from the history.
func (a *app) progress() (routines.Progress, error) {
	cfg, err := a.config()
	if err != nil {
		return routines.Progress{}, err
	}
	h := a.readHistory(a.stderr)
	if h.Err != nil {
		// As history and stats do: a dosage from no history would look
		// like a first day's, which it is not.
		return routines.Progress{}, h.Err
	}
	return history.Progress(history.Sessions(h.Recs), a.clock().Now(), cfg.RampDays), nil
}

// export writes every record to standard output as it reads them, in
// bounded memory whatever the history's size, and names the skipped lines
// on standard error.
func (a *app) export(format history.Format) error {
	path, err := history.DefaultPath()
	if err != nil {
		return err
	}
	rep, err := history.Store{Path: path}.Export(a.stdout, format)
	for _, d := range rep.Damage {
		fmt.Fprintf(a.stderr, "backstretch: %s %s, skipped\n", path, d)
	}
	return err
}

// noArgs rejects arguments with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

func (a *app) out() io.Writer { return writerFor(a.stdout, a.noColor) }

// styles are the printed views' styles for standard output, built on the
// first view (after the flags are read) for the colours out allows, and
// then the same for every view the command prints.
func (a *app) styles() printed.Styles {
	if a.printStyles == nil {
		st := printed.NewStyles(writerFor(a.stdout, a.noColor).Profile)
		a.printStyles = &st
	}
	return *a.printStyles
}

// profile is the colours the full-screen programs draw with: what the
// terminal and NO_COLOR allow, none with --no-color (bold and reverse
// stay: they are not colour).
func (a *app) profile() colorprofile.Profile {
	if a.noColor {
		return colorprofile.Ascii
	}
	return colorprofile.Detect(os.Stdout, os.Environ())
}

// width is what printed text wraps to: the terminal's width, or the
// printed views' own width when the output is not a terminal.
func (a *app) width() int {
	if w := width(a.stdout); w > 0 {
		return w
	}
	return printed.Width
}

// fullLength is how long r takes at full dosage, get-ready time included,
// and the article's minutes for it where the article names it by them.
func fullLength(r routines.Routine) string {
	s := routines.Span(session.Build(r, routines.FullDosage()).Duration()) + " at full dosage"
	if r.Nominal > 0 {
		s += fmt.Sprintf(" (the article's %s)", routines.Span(r.Nominal))
	}
	return s
}

func (a *app) routineCommand(r routines.Routine) *cobra.Command {
	var names []string
	for _, it := range r.Items {
		e, _ := routines.BuiltinExercise(it.Exercise) // r is a built-in routine
		names = append(names, e.LowerName())
	}
	return &cobra.Command{
		Use:     r.ID,
		Short:   fmt.Sprintf("%s, %s: %s", r.Name, fullLength(r), strings.Join(names, ", ")),
		GroupID: "routines",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runSession(cmd.Context(), r)
		},
	}
}

// historyCommand prints the recent sessions, or exports every record.
func (a *app) historyCommand() *cobra.Command {
	var asJSON, asCSV bool
	cmd := &cobra.Command{
		Use:     "history",
		Short:   "Past sessions and reminders; --json or --csv export everything",
		GroupID: "info",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asCSV {
				return usagef("choose one of --json and --csv")
			}
			switch {
			case asJSON:
				return a.export(history.JSON)
			case asCSV:
				return a.export(history.CSV)
			}
			h := a.readHistory(a.stderr)
			if h.Err != nil {
				return h.Err
			}
			recs := h.Recs
			out := a.out()
			fmt.Fprintln(out, printed.HistoryFor(a.styles(), history.Sessions(recs), 20, width(a.stdout))) // the table when piped
			week := a.clock().Now().AddDate(0, 0, -7)
			if s := printed.ReminderSummary(recs, week); s != "" {
				fmt.Fprintln(out)
				fmt.Fprintln(out, printed.Paragraph(s, a.width()))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "every record, as a JSON array")
	cmd.Flags().BoolVar(&asCSV, "csv", false, "every record, as CSV with a header row")
	return cmd
}

// screeningCommand takes (or retakes) the one-time safety screening: from
// flags, or asked one question a line on a terminal.
func (a *app) screeningCommand() *cobra.Command {
	var none bool
	var given string
	cmd := &cobra.Command{
		Use:   "screening",
		Short: "The one-time safety screening, taken or retaken",
		Long: "The safety screening asks about the four situations in which these stretches\n" +
			"should not be done at all. The answers stay in the history on this machine.",
		Example: "backstretch screening\n" +
			"# none of the four applies\n" +
			"backstretch screening --none\n" +
			"# one answer per question, in order: " + strings.Join(checkin.ScreeningIDs(), ", ") + "\n" +
			"backstretch screening --answers no,no,yes,no",
		GroupID: "info",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var answers map[string]bool
			switch {
			case none && given != "":
				return usagef("choose one of --none and --answers")
			case none:
				answers = checkin.NoneApplies()
			case given != "":
				var err error
				if answers, err = checkin.ParseAnswers(given); err != nil {
					return usagef("--answers: %v", err)
				}
			case !isTerminal(a.stdin):
				return usagef("there is no terminal to ask the screening: give --none or --answers %s", strings.Repeat("no,", len(routines.Screening)-1)+"no")
			default:
				var ok bool
				if answers, ok = a.askScreening(cmd.Context()); !ok {
					fmt.Fprintln(a.out(), "Screening not finished; nothing was saved.")
					return signalled(cmd.Context())
				}
			}
			return a.saveScreening(answers)
		},
	}
	cmd.Flags().BoolVar(&none, "none", false, "none of the four situations applies")
	cmd.Flags().StringVar(&given, "answers", "", "ANSWERS: yes or no for each question, in order, separated by commas")
	return cmd
}

// askScreening asks the four questions a line each.
func (a *app) askScreening(ctx context.Context) (map[string]bool, bool) {
	defer a.signals.claim()()
	lines := readLines(a.stdin)
	answers := map[string]bool{}
	for i, c := range routines.Screening {
		ans := plain.Ask(ctx, a.out(), checkin.ScreeningQuestion(i), lines)
		fmt.Fprintln(a.out())
		if ans.Leave {
			return nil, false
		}
		answers[c.ID] = ans.Yes
	}
	return answers, true
}

// saveScreening stores the answers and says what they mean.
func (a *app) saveScreening(answers map[string]bool) error {
	// Read too, as every command does: damaged lines are named.
	h := a.loadHistory(a.stderr)
	store, err := h.Store, h.WriteErr
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%w; the screening was not saved (XDG_STATE_HOME must name a folder you can write to)", err)
	}
	if err != nil {
		return fmt.Errorf("%w; the screening was not saved", err)
	}
	if err := store.Append(history.Record{Kind: history.ScreeningTaken, At: a.clock().Now(), Answers: answers}); err != nil {
		return fmt.Errorf("the screening was not saved: %w", err)
	}
	out := a.out()
	advice := checkin.ScreeningAdvice(answers)
	if len(advice) == 0 {
		fmt.Fprintln(out, "Screening saved: none of the four situations applies.")
		return nil
	}
	text := "Screening saved. The article says to avoid these stretches completely in these situations:\n"
	for _, l := range advice {
		text += "- " + l + "\n"
	}
	if len(advice) > 1 || !answers[checkin.FlareUp] {
		text += "Until you retake the screening, each session shows this first and starts only if you type " + checkin.ConfirmWord + "."
	} else {
		text += "Until you retake the screening, a session starts only while your pain is below 4 out of 10, " +
			"or if you type " + checkin.ConfirmWord + "; the desk break shows this first."
	}
	_, err = fmt.Fprintln(out, printed.Paragraph(text, a.width()))
	return err
}
