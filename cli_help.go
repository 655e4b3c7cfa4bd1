package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/timer"
)

// execute runs the command line as fang.Execute did (quiet usage and
// errors, --version, the error printed once as a line), but with a help
// of our own: fang's lays its columns out at any width, so that at 40
// columns the terminal broke every description mid-word, and it
// title-cased descriptions ("Mid-Back routine").
func (a *app) execute(ctx context.Context, root *cobra.Command) error {
	root.SilenceUsage, root.SilenceErrors = true, true
	root.Version = version()
	root.SetHelpFunc(func(c *cobra.Command, _ []string) {
		w := writerFor(c.OutOrStdout(), a.noColor)
		fmt.Fprint(w, printed.Help(printed.NewStyles(w.Profile), helpPage(c), helpWidth(c.OutOrStdout())))
	})
	err := root.ExecuteContext(ctx)
	if err != nil {
		printError(root.ErrOrStderr(), err)
	}
	return err
}

// helpWidth is what the help is laid out for: $COLUMNS, else the
// terminal's width, else (piped) 80 columns.
func helpWidth(w any) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if n := width(w); n > 0 {
		return n
	}
	return 80
}

// helpPage is what c's --help says.
func helpPage(c *cobra.Command) printed.HelpPage {
	p := printed.HelpPage{Text: c.Long, Usage: c.UseLine()}
	if p.Text == "" {
		p.Text = c.Short
	}
	if c.HasAvailableSubCommands() {
		p.Usage = c.CommandPath() + " [command] [flags]"
	}
	for _, l := range strings.Split(strings.TrimSpace(c.Example), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			p.Examples = append(p.Examples, l)
		}
	}
	groups := []printed.HelpSection{{Title: "commands"}}
	index := map[string]int{"": 0}
	for _, g := range c.Groups() {
		index[g.ID] = len(groups)
		groups = append(groups, printed.HelpSection{Title: g.Title})
	}
	for _, sub := range c.Commands() {
		if !sub.IsAvailableCommand() && sub.Name() != "help" {
			continue
		}
		key := sub.Use
		if sub.HasAvailableSubCommands() {
			key += " [command]"
		}
		g := &groups[index[sub.GroupID]]
		g.Entries = append(g.Entries, printed.HelpEntry{Key: key, Text: routines.Capitalize(sub.Short)})
	}
	flags := printed.HelpSection{Title: "flags"}
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		key := "--" + f.Name
		if f.Shorthand != "" {
			key = "-" + f.Shorthand + " " + key
		}
		if f.Value.Type() != "bool" {
			key += " " + argName(f)
		}
		text := routines.Capitalize(f.Usage)
		if d := f.DefValue; d != "" && d != "false" && d != "0" && d != "[]" {
			text += " (default " + d + ")"
		}
		flags.Entries = append(flags.Entries, printed.HelpEntry{Key: key, Text: text})
	})
	p.Sections = append(groups, flags)
	return p
}

// helpCommand is `backstretch help [command]`: cobra's own prints the
// whole help and exits 0 for a topic it does not know, so that a typo
// looks like an answer.
func helpCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		Long:  "help COMMAND shows what the command does, its flags and examples, as COMMAND --help does.",
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || len(rest) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, sub := range cmd.Commands() {
				if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), toComplete) {
					out = append(out, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || len(rest) > 0 {
				return usagef("unknown help topic %q: backstretch --help lists the commands", strings.Join(args, " "))
			}
			// As cobra's own does: the help shows the --help and
			// --version flags too.
			cmd.InitDefaultHelpFlag()
			cmd.InitDefaultVersionFlag()
			return cmd.Help()
		},
	}
}

// strictCompletion makes cobra's completion command, which prints its
// help and exits 0 for a shell it does not know, a usage error naming
// the value and the shells there are.
func strictCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, cmd := range root.Commands() {
		if cmd.Name() != "completion" {
			continue
		}
		var shells []string
		for _, sub := range cmd.Commands() {
			shells = append(shells, sub.Name())
		}
		list := strings.Join(shells, ", ")
		cmd.Args = func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown shell %q for completion: the shells are %s", args[0], list)
			}
			return usagef("completion needs a shell: %s", list)
		}
		// Runnable, so that cobra checks the arguments above rather
		// than printing the help.
		cmd.RunE = func(*cobra.Command, []string) error { return nil }
	}
}

// zoneNote says when TZ names no zone Go could load: Go then takes UTC
// without a word. Windows ignores TZ, so there is nothing to say there.
func (a *app) zoneNote() string {
	if runtime.GOOS == "windows" {
		return ""
	}
	return timer.ZoneNote(os.Getenv("TZ"))
}
