package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// runCommand runs any routine by its id: a built-in one, or one of the
// config file's [[routine]] tables. Those can't be subcommands of their
// own, because the file named by --config is read only after the flags
// are parsed.
func (a *app) runCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "run ROUTINE",
		Short: "One guided session of any routine, built in or of your config file",
		Long: "run starts a session of the routine with that id, as backstretch evening does:\n" +
			"the check-ins, then full screen (or one line per cue with --plain).\n" +
			"backstretch list shows every routine, your config file's after the built-in ones.",
		Example: "backstretch run evening\n" +
			"backstretch run physio --plain   # a [[routine]] of your config file",
		GroupID: "routines",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				ids, err := a.routineIDs()
				if err != nil {
					return err
				}
				if len(args) == 0 {
					return usagef("run needs a routine: %s", strings.Join(ids, ", "))
				}
				return usagef("run takes one routine, got %d: %s", len(args), strings.Join(args, " "))
			}
			return nil
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			// A broken config file still completes the built-in routines.
			cat, _ := a.readCatalogue()
			var out []cobra.Completion
			for _, r := range cat.Routines() {
				if strings.HasPrefix(r.ID, toComplete) {
					out = append(out, cobra.CompletionWithDesc(r.ID, fmt.Sprintf("%s (%s)", r.Name, r.When)))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := a.config(); err != nil {
				return err
			}
			ids := a.cat.RoutineIDs()
			r, ok := a.cat.RoutineByID(args[0])
			if !ok {
				return usagef("unknown routine %q%s: routines are %s", args[0], closest(args[0], ids), strings.Join(ids, ", "))
			}
			return a.runSession(cmd.Context(), r)
		},
	}
}

// routineIDs reads the config without keeping it (it is asked by the Args
// validator), so the routines of the file are known, and returns every
// routine id.
func (a *app) routineIDs() ([]string, error) {
	cat, err := a.readCatalogue()
	if err != nil {
		return nil, err
	}
	return cat.RoutineIDs(), nil
}

// closest says "; did you mean X?" for the id nearest to s, if one is near.
func closest(s string, ids []string) string {
	best, bestDist := "", 0
	for _, id := range ids {
		if d := editDistance(s, id); best == "" || d < bestDist {
			best, bestDist = id, d
		}
	}
	if best != "" && bestDist <= max(2, len(best)/3) {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
