package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/stats"
)

// statusFields are the placeholders of status --format, with what each
// stands for.
var statusFields = []struct{ name, help string }{
	{"next", "the next reminder: shoulder rolls, standing break, or a session"},
	{"at", "when it is due, HH:MM"},
	{"in", "how long until then: 18m, 1h05m"},
	{"due", "the sessions due now, e.g. midday (empty when none)"},
	{"done", "sessions done today"},
	{"total", "sessions a day"},
	{"streak", "days in a row with a session"},
	{"paused", "\"paused until 14:00\" while reminders are paused, else empty"},
}

var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

// statusCommand prints one short line for a status bar.
func (a *app) statusCommand() *cobra.Command {
	var format string
	var help strings.Builder
	for _, f := range statusFields {
		fmt.Fprintf(&help, "  {%s}  %s\n", f.name, f.help)
	}
	cmd := &cobra.Command{
		Use:   "status",
		Short: "One line for tmux or a status bar: what is due, sessions today, streak",
		Long:  "Prints one line and exits, quickly enough to run every few seconds.\n\n--format placeholders:\n" + help.String(),
		Example: "# in ~/.tmux.conf\n" +
			"set -g status-right '#(backstretch status)'\n" +
			"backstretch status --format '{done}/{total} · {next} {in}'",
		GroupID: "info",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			cfg, err := a.config()
			if err != nil {
				return err
			}
			h := a.loadHistory()
			if h.err != nil {
				return h.err
			}
			now := a.clock().Now()
			sched := schedule.New(cfg)
			sched.FromHistory(h.recs, now)
			st := stats.Compute(h.recs, now, cfg.RampDays)
			_, err = fmt.Fprintln(a.stdout, statusLine(format, statusValues(sched, st.Streak, now)))
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "your own line, with {placeholders} (see above)")
	return cmd
}

// checkFormat rejects a placeholder that is not one of statusFields.
func checkFormat(format string) error {
	for _, p := range placeholder.FindAllString(format, -1) {
		name := strings.Trim(p, "{}")
		known := false
		var names []string
		for _, f := range statusFields {
			known = known || f.name == name
			names = append(names, "{"+f.name+"}")
		}
		if !known {
			return usagef("--format: unknown placeholder %s; use %s", p, strings.Join(names, " "))
		}
	}
	return nil
}

// statusValues works out every placeholder's value at now.
func statusValues(sched *schedule.Scheduler, streak int, now time.Time) map[string]string {
	v := map[string]string{"streak": strconv.Itoa(streak)}
	done, due := 0, []string{}
	today := sched.Today(now)
	for _, s := range today {
		switch s.State {
		case schedule.DoneToday:
			done++
		case schedule.DueNow:
			due = append(due, s.Routine)
		}
	}
	v["done"], v["total"], v["due"] = strconv.Itoa(done), strconv.Itoa(len(today)), strings.Join(due, ", ")
	if until, paused := sched.PausedUntil(now); paused {
		v["paused"] = "paused until " + until.Format("15:04")
		if until.Equal(schedule.EndOfDay(now)) {
			v["paused"] = "paused for the rest of the day"
		}
	}
	if it, at, ok := sched.Next(now); ok {
		v["next"], v["at"], v["in"] = statusName(it), at.Format("15:04"), shortSpan(at.Sub(now))
	}
	return v
}

// statusLine fills format, or makes the default line: "midday due · next
// shoulder rolls 13:00 (in 28m) · 1/3 today · streak 4".
func statusLine(format string, v map[string]string) string {
	if format != "" {
		return placeholder.ReplaceAllStringFunc(format, func(p string) string { return v[strings.Trim(p, "{}")] })
	}
	var parts []string
	if v["due"] != "" {
		parts = append(parts, v["due"]+" due")
	}
	switch {
	case v["paused"] != "":
		parts = append(parts, "reminders "+v["paused"])
	case v["next"] != "":
		parts = append(parts, fmt.Sprintf("next %s %s (in %s)", v["next"], v["at"], v["in"]))
	}
	parts = append(parts, v["done"]+"/"+v["total"]+" today", "streak "+v["streak"])
	return strings.Join(parts, " · ")
}

// statusName is a reminder in two words at most.
func statusName(it schedule.Item) string {
	switch it.Kind {
	case schedule.Rolls:
		return "shoulder rolls"
	case schedule.Standing:
		return "standing break"
	}
	return it.Routine
}

// shortSpan is a duration in a few characters, rounded up to the minute:
// 1m, 18m, 1h, 1h05m.
func shortSpan(d time.Duration) string {
	m := int((d + time.Minute - 1) / time.Minute)
	switch {
	case m < 60:
		return fmt.Sprintf("%dm", max(m, 1))
	case m%60 == 0:
		return fmt.Sprintf("%dh", m/60)
	}
	return fmt.Sprintf("%dh%02dm", m/60, m%60)
}
