package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/routines"
)

// configCommand shows where the configuration lives, checks it, or writes
// the defaults.
func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Where the configuration file is, check it, or write the defaults",
		Long: "The configuration file is optional: without it the defaults apply (sessions at\n" +
			"08:00, 12:30 and 19:00; shoulder rolls hourly 09:00–17:00, Monday to Friday).\n" +
			"Errors name the file, line and column.",
		Example: "backstretch config init    # write the defaults, commented, to edit\n" +
			"backstretch config check   # after editing",
		GroupID: "info",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown config command %q: use path, check or init", args[0])
			}
			return usagef("config needs a command: path, check or init")
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	cmd.AddCommand(
		&cobra.Command{
			Use: "path", Short: "Print where the configuration file is (or would be)", Args: noArgs,
			RunE: func(*cobra.Command, []string) error {
				path, err := a.configFile()
				if err == nil {
					fmt.Fprintln(a.stdout, path)
				}
				return err
			},
		},
		&cobra.Command{
			Use: "check", Short: "Check the configuration file and say what is wrong, with line and column", Args: noArgs,
			RunE: func(*cobra.Command, []string) error {
				cfg, err := a.config()
				switch {
				case err != nil:
					return err
				case cfg.Path == "":
					path, _ := a.configFile()
					fmt.Fprintf(a.stdout, "No configuration file at %s: the defaults apply.\n", path)
				default:
					fmt.Fprintf(a.stdout, "%s is fine.\n", cfg.Path)
					if s := ownSummary(cfg); s != "" {
						fmt.Fprintln(a.stdout, s)
					}
				}
				return nil
			},
		},
		&cobra.Command{
			Use: "init", Short: "Write the defaults, with comments, to the configuration file; never overwrites one", Args: noArgs,
			RunE: func(*cobra.Command, []string) error {
				path, err := a.configFile()
				if err != nil {
					return err
				}
				if err := config.Init(path); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "Wrote the defaults to %s. Edit it, then run: backstretch config check\n", path)
				return nil
			},
		},
	)
	return cmd
}

// configFile is --config, or the default path.
func (a *app) configFile() (string, error) {
	if a.configPath != "" {
		return a.configPath, nil
	}
	return config.DefaultPath()
}

// ownSummary names the file's own routines and exercises, "" if none.
func ownSummary(cfg config.Config) string {
	var parts []string
	if len(cfg.Routines) > 0 {
		var rs []string
		for _, r := range cfg.Routines {
			rs = append(rs, fmt.Sprintf("%s (%s, %s)", r.ID, routines.Plural(len(r.Items), "exercise", "exercises"), r.When))
		}
		parts = append(parts, "Your routines: "+strings.Join(rs, ", ")+"; run one with backstretch run ID.")
	}
	if len(cfg.Exercises) > 0 {
		var es []string
		for _, e := range cfg.Exercises {
			es = append(es, e.ID)
		}
		parts = append(parts, "Your exercises: "+strings.Join(es, ", ")+".")
	}
	return strings.Join(parts, "\n")
}
