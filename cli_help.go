package main

import (
	"os"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/backstretch/backstretch/timer"
)

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
