package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/summary"
)

// statusFields are the placeholders of status --format, with what each
// stands for.
var statusFields = []struct{ name, help string }{
	{"next", "the next reminder: shoulder rolls, standing break, or a session"},
	{"at", "when it is due, HH:MM"},
	{"in", "how long until then: 18m, 1h05m"},
	{"due", "the sessions due now, e.g. midday, and your routines with a time (empty when none)"},
	{"done", "sessions done today"},
	{"total", "sessions a day"},
	{"streak", "days in a row with a session"},
	{"paused", "\"paused until 14:00\" while reminders are paused, else empty"},
}

// placeholders finds each {name} in format (braces with no brace inside)
// and hands it to f, which returns what stands there instead: the line
// is format with every placeholder replaced. (By hand: a regular
// expression would be compiled at every start of every command.)
func placeholders(format string, f func(p string) string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(format, '{')
		if open < 0 {
			break
		}
		end := strings.IndexAny(format[open+1:], "{}")
		if end < 0 {
			break
		}
		end += open + 1
		if format[end] == '{' { // "{a{b}": the placeholder starts at the inner brace
			b.WriteString(format[:end])
			format = format[end:]
			continue
		}
		b.WriteString(format[:open])
		b.WriteString(f(format[open : end+1]))
		format = format[end+1:]
	}
	b.WriteString(format)
	return b.String()
}

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
			now := a.clock().Now()
			var recs []history.Record
			streak := 0 // no home folder: no history
			if path, err := history.DefaultPath(); err == nil {
				var kept error
				recs, streak, kept, err = statusHistory(history.Store{Path: path}, summary.PathFor(path), now)
				if err != nil {
					return err
				}
				if kept != nil { // the line is right; only the next one is as slow
					fmt.Fprintf(a.stderr, "backstretch: %v; status reads the whole history each time\n", kept)
				}
			}
			sched := schedule.New(cfg)
			sched.FromHistory(recs, now)
			_, err = fmt.Fprintln(a.stdout, statusLine(format, statusValues(sched, streak, now)))
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "your own line FORMAT, with {placeholders} (listed in this help and in the man page)")
	return cmd
}

// The status line runs every few seconds, so it must not read years of
// history each time. It needs two things: the records since the start of
// yesterday, for the schedule (schedule.FromHistory looks at no others),
// which it reads from the end of the file (history.Store.ReadBack); and
// the current streak, which can reach back to the file's first line, and
// does for the people the app serves best. The streak comes from the
// summary kept beside the history (package summary): every session's
// start and whether it counts, up to a checked byte offset, so that only
// the lines appended since are decoded. The summary is rebuilt from the
// history whenever it does not match it.
//
// The records of the schedule rely on the history being in time order,
// which it is but for small slips and hand-made records (--start-at, a
// clock set wrong), and stay exact where the order slips within what is
// read: reading stops only after statusConfirm records older than
// yesterday have followed the window, and a record inside the window
// found after older ones means the order cannot be trusted, so the whole
// file is read.
const statusConfirm = 128 // a week of records or so, some 16 KB

// statusHistory reads the end of the history, oldest record first, for
// the schedule, and the streak at now with the summary kept at
// summaryPath. Damaged lines are skipped without a word: the line is for
// a status bar, and `backstretch history` and `stats` report them. kept is
// why the summary could not be written, if it could not.
func statusHistory(store history.Store, summaryPath string, now time.Time) (recs []history.Record, streak int, kept, err error) {
	streak, kept, err = summary.StreakOf(store.Path, summaryPath, time.Now(), now)
	if err != nil {
		return nil, 0, nil, err
	}
	var back []history.Record // newest first
	cut := daysBefore(now, 1)
	// older counts the records read before cut; whole says the file is out
	// of order at the window's edge: read all of it.
	older, whole := 0, false
	err = store.ReadBack(func(r history.Record) bool {
		if whole || !r.At.Before(cut) { // the schedule looks at no older record
			back = append(back, r)
		}
		switch {
		case whole:
			return true
		case !r.At.Before(cut):
			whole = older > 0
			return true
		}
		older++
		return older < statusConfirm
	})
	if err != nil {
		return nil, 0, nil, err
	}
	slices.Reverse(back)
	return back, streak, kept, nil
}

// daysBefore is the start of the day n days before t's, in t's location.
func daysBefore(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d-n, 0, 0, 0, 0, t.Location())
}

// checkFormat rejects a placeholder that is not one of statusFields.
func checkFormat(format string) error {
	var unknown string
	placeholders(format, func(p string) string {
		if unknown == "" && !knownField(strings.Trim(p, "{}")) {
			unknown = p
		}
		return p
	})
	if unknown != "" {
		var names []string
		for _, f := range statusFields {
			names = append(names, "{"+f.name+"}")
		}
		return usagef("--format: unknown placeholder %s; use %s", unknown, strings.Join(names, " "))
	}
	return nil
}

// knownField says whether name is one of statusFields.
func knownField(name string) bool {
	for _, f := range statusFields {
		if f.name == name {
			return true
		}
	}
	return false
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
	// The config file's routines with a time are due too, but are not
	// among the day's sessions done and in total.
	for _, s := range sched.Extra(now) {
		if s.State == schedule.DueNow {
			due = append(due, s.Routine)
		}
	}
	v["done"], v["total"], v["due"] = strconv.Itoa(done), strconv.Itoa(len(today)), strings.Join(due, ", ")
	if until, paused := sched.PausedUntil(now); paused {
		v["paused"] = "paused " + schedule.PausedFor(now, until)
	}
	if it, at, ok := sched.Next(now); ok {
		v["next"], v["at"], v["in"] = it.ShortName(), schedule.Clock(at), schedule.ShortUntil(now, at)
	}
	return v
}

// statusLine fills format, or makes the default line: "midday due · next
// shoulder rolls 13:00 (in 28m) · 1/3 today · streak 4".
func statusLine(format string, v map[string]string) string {
	if format != "" {
		return placeholders(format, func(p string) string { return v[strings.Trim(p, "{}")] })
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
