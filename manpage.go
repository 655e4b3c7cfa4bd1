package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// manCommand prints the manual page, in roff, for `man -l` or a man
// folder. It is written here rather than by fang's generator, whose page
// broke the title and every paragraph at the help text's line ends and
// had no word of the companion, the files or the exit codes.
func (a *app) manCommand(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use: "man", Short: "The manual page, in roff (backstretch man > backstretch.1)", Hidden: true, Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := io.WriteString(a.stdout, manPage(root))
			return err
		},
	}
}

// manSection is a section of the page: a title and its roff body.
type manSection struct{ title, body string }

// manPage is the whole page for root's commands and flags.
func manPage(root *cobra.Command) string {
	var b strings.Builder
	b.WriteString(".TH BACKSTRETCH 1 \"\" \"backstretch\" \"User Commands\"\n")
	for _, s := range []manSection{
		{"NAME", "backstretch \\- " + roff(root.Short)},
		{"SYNOPSIS", ".B backstretch\n.RI [ command ] \" [\" options ]"},
		{"DESCRIPTION", roffParagraphs(root.Long) + "\n.PP\n" + roff(
			"With no command, backstretch opens the companion: it stays open in a terminal pane all day, shows "+
				"today's sessions with their state, the next reminder, the streak and a tip, and sends a desktop "+
				"notification when a session is due or the hourly shoulder rolls are. A session runs full screen "+
				"in a terminal, or one line per cue with --plain or when the output is not a terminal.")},
		{"COMMANDS", manCommands(root)},
		{"OPTIONS", manFlags(root.PersistentFlags())},
		{"STATUS FORMAT", manStatusFormat()},
		{"COMPANION KEYS", manKeys()},
		{"FILES", manFiles},
		{"ENVIRONMENT", manEnvironment},
		{"EXIT STATUS", manExit},
		{"SEE ALSO", roff("The README of the project, which says where every health fact comes from: the articles " +
			"\"Upper Left Back Pain? Try These 5 Stretches\" and \"Stretches for Mid Back Pain\". backstretch signs " +
			"prints the warning signs that mean stop and get help.")},
	} {
		fmt.Fprintf(&b, ".SH %s\n%s\n", s.title, s.body)
	}
	return b.String()
}

// manCommands lists the visible commands, sessions first.
func manCommands(root *cobra.Command) string {
	var b strings.Builder
	cmds := root.Commands()
	sort.SliceStable(cmds, func(i, j int) bool { return cmds[i].GroupID == "routines" && cmds[j].GroupID != "routines" })
	for _, c := range cmds {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		use := strings.TrimPrefix(c.Use, c.Name())
		fmt.Fprintf(&b, ".TP\n.B %s%s\n%s\n", roff(c.Name()), roffItalic(use), roff(c.Short))
		if flags := manFlags(c.LocalNonPersistentFlags()); flags != "" {
			fmt.Fprintf(&b, ".RS\n%s\n.RE\n", flags)
		}
	}
	b.WriteString(".TP\n.B completion bash|zsh|fish|powershell\nThe shell completion script.")
	return b.String()
}

// manFlags lists flags with their argument and meaning.
func manFlags(fs *pflag.FlagSet) string {
	var lines []string
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		arg := ""
		if f.Value.Type() != "bool" {
			arg = " \\fI" + roff(argName(f)) + "\\fR"
		}
		lines = append(lines, fmt.Sprintf(".TP\n\\fB\\-\\-%s\\fR%s\n%s", roff(f.Name), arg, roff(f.Usage)))
	})
	return strings.Join(lines, "\n")
}

// argName names a flag's argument as its help text does ("FILE",
// "TIME", "N"), else by its type.
func argName(f *pflag.Flag) string {
	if t := f.Value.Type(); t != "string" {
		return t
	}
	for _, w := range strings.Fields(f.Usage) {
		w = strings.Trim(w, ".,:;()")
		if len(w) > 1 && w == strings.ToUpper(w) && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
			return w
		}
	}
	return "TEXT"
}

// manStatusFormat is status --format's placeholders.
func manStatusFormat() string {
	var b strings.Builder
	b.WriteString(roff("backstretch status --format takes a line of your own, with these placeholders:"))
	for _, f := range statusFields {
		fmt.Fprintf(&b, "\n.TP\n.B {%s}\n%s", f.name, roff(f.help))
	}
	return b.String()
}

// manKeys is the companion's keys.
func manKeys() string {
	keys := [][2]string{
		{"1 2 3", "start the morning, midday or evening session, in place; a routine of the config file with a time is 4 and on"},
		{"enter", "start what is due: the reminder on screen, else the session due now"},
		{"r", "the shoulder-roll set now: a break, with no questions"},
		{"z", "snooze the reminder on screen for 10 minutes"},
		{"x", "dismiss the reminder on screen"},
		{"p", "pause all reminders: 1 for 30 minutes, 2 for an hour, 3 for the rest of the day; p again resumes"},
		{"h, s", "the history, the stats (arrows scroll, esc goes back)"},
		{"?", "every key"},
		{"q", "quit, leaving the warning signs in the terminal (Ctrl-C too, with exit status 130)"},
	}
	var lines []string
	for _, k := range keys {
		lines = append(lines, fmt.Sprintf(".TP\n.B %s\n%s", roff(k[0]), roff(k[1])))
	}
	lines = append(lines, ".PP\n"+roff("In a session: space pauses, n and b go to the next and the previous step, x stops for "+
		"sharp pain (and shows the warning signs), q quits, ? shows every key. At the pain check-in, r retakes the "+
		"safety screening and, before the day's first session, w puts a guided warm-up first."))
	return strings.Join(lines, "\n")
}

const manFiles = `.TP
.I $XDG_CONFIG_HOME/backstretch/config.toml
The optional configuration (~/.config/backstretch/config.toml by default). Only \fBconfig init\fR writes it, and never over an existing file.
.TP
.I $XDG_STATE_HOME/backstretch/history.jsonl
The history, one JSON record per line, appended to and never rewritten, mode 0600 in a 0700 folder (~/.local/state/backstretch by default).
.TP
.I $XDG_STATE_HOME/backstretch/history.jsonl.summary
What \fBstatus\fR keeps of the history; checked against it each time, rebuilt when they differ, safe to delete.
.TP
.I $XDG_STATE_HOME/backstretch/companion.lock\fR, \fPcompanion.pid
Held by the companion that sends the reminders.`

const manEnvironment = `.TP
.B XDG_CONFIG_HOME\fR, \fBXDG_STATE_HOME
Where the configuration and the history are.
.TP
.B NO_COLOR
Any value turns colour off, as \fB\-\-no\-color\fR does.
.TP
.B TZ
The time zone of the day's sessions and reminders; one that cannot be loaded is said once.
.TP
.B DBUS_SESSION_BUS_ADDRESS
The session bus that desktop notifications go through on Linux.`

const manExit = `.TP
.B 0
Done, a session quit with q or stopped for pain included.
.TP
.B 1
A failure, such as a history that cannot be read or an output that cannot be written.
.TP
.B 2
Bad input, on the command line or in the configuration file; a question that needs a terminal and has none.
.TP
.B 128 + n
Ended by signal n: 130 for Ctrl-C, 131 for Ctrl-\e, 129 for a closed terminal, 143 for SIGTERM.`

// roffParagraphs is text whose paragraphs are separated by blank lines,
// each made one line of roff (the help text's own line breaks are only
// for a terminal's width).
func roffParagraphs(text string) string {
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		paras = append(paras, roff(strings.Join(strings.Fields(p), " ")))
	}
	return strings.Join(paras, "\n.PP\n")
}

// roff escapes text for a line of roff: a backslash is \e, a hyphen \-
// only where it stands for a minus sign of an option, and a line may not
// start with a control character.
func roff(text string) string {
	text = strings.ReplaceAll(text, `\`, `\e`)
	text = strings.ReplaceAll(text, " --", ` \-\-`)
	if strings.HasPrefix(text, ".") || strings.HasPrefix(text, "'") {
		text = `\&` + text
	}
	return text
}

// roffItalic is a command's arguments in italics, or "".
func roffItalic(use string) string {
	if strings.TrimSpace(use) == "" {
		return ""
	}
	return " \\fI" + roff(strings.TrimSpace(use)) + "\\fR"
}
