package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/plain"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext/safetexttest"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/stats"
)

// fuzzFields are the strings a fuzzed history carries, each in the
// record fields of its name.
type fuzzFields struct {
	routine, outcome, id, detail, reminder, note string
}

// each returns the fields with f applied to every one.
func (ff fuzzFields) each(f func(string) string) fuzzFields {
	return fuzzFields{f(ff.routine), f(ff.outcome), f(ff.id), f(ff.detail), f(ff.reminder), f(ff.note)}
}

// fuzzHistory is a session, a pain check-in, a screening and a reminder
// made of ff, each kept only if it reads back from a history line as the
// program would read it: what the views get is what a file can give.
func fuzzHistory(ff fuzzFields, day, pain int, planned, actual float64) []history.Record {
	at := monday("08:00")
	answers := map[string]bool{ff.detail: true}
	for _, c := range routines.Screening {
		answers[c.ID] = false
	}
	recs := []history.Record{
		{Kind: history.ScreeningTaken, At: at.Add(-time.Hour), Answers: answers},
		{Kind: history.PainCheckIn, At: at, Session: ff.id, Routine: ff.routine, Pain: history.PainLevel(pain), When: history.Before},
		{Kind: history.SessionStarted, At: at, Session: ff.id, Routine: ff.routine, Day: day, PlannedSec: planned},
		{Kind: history.StepEnded, At: at.Add(time.Minute), Session: ff.id, Routine: ff.routine,
			Exercise: ff.detail, Step: ff.detail, Side: ff.detail, Status: ff.detail, PlannedSec: planned, DoneSec: actual},
		{Kind: history.SessionEnded, At: at.Add(2 * time.Minute), Session: ff.id, Routine: ff.routine, Outcome: ff.outcome,
			PlannedSec: planned, ActualSec: actual},
		{Kind: history.ReminderEvent, At: at, Reminder: ff.reminder, Action: history.Skipped, Due: &at, Note: ff.note},
	}
	var read []history.Record
	for _, r := range recs {
		r.V = history.SchemaVersion
		line, err := json.Marshal(r)
		if err != nil {
			continue
		}
		if rec, err := history.ParseLine(line); err == nil {
			read = append(read, rec)
		}
	}
	return read
}

// printedViews is every view that shows what the history holds, by name:
// the printed table, the reminders' count, stats at two widths, the
// companion's home, history and stats pages at 80×24 and 40×12 with the
// notifications it sends, and the summary a session ends with. Colour is
// whatever the styles emit: SGR sequences only (sgr).
func printedViews(t *testing.T, recs []history.Record, ff fuzzFields) map[string]string {
	now := monday("10:30")
	st := stats.Compute(recs, now, 4)
	views := map[string]string{
		"the history table": printed.HistoryTable(newStyles(true).Printed, history.Sessions(recs), 20),
		"the reminders":     printed.ReminderSummary(recs, now.AddDate(0, 0, -7)),
		"stats at 40":       printed.Stats(newStyles(true).Printed, st, 40),
		"stats at 80":       printed.Stats(newStyles(true).Printed, st, 80),
	}
	var sent []string
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		tc := newTestCompanion(t, "12:29", recs, size[0], size[1], true)
		tc.notifyWith(func(title, body string) error { sent = append(sent, title, body); return nil })
		tc.tickAt("12:30") // the midday reminder: a notification and the box
		where := fmt.Sprintf("the companion at %dx%d", size[0], size[1])
		views[where] = tc.c.View().Content
		tc.keys("h")
		views[where+", history"] = tc.c.View().Content
		tc.keys("esc", "s")
		views[where+", stats"] = tc.c.View().Content
	}
	notify(func(title, body string) error { sent = append(sent, title, body); return nil },
		"backstretch", ff.routine+" done, "+ff.note)()
	for i, s := range sent {
		views[fmt.Sprintf("notification text %d", i)] = s
	}
	it := schedule.Item{Kind: schedule.Session, Routine: ff.routine, Due: monday("12:30")}
	title, body := printed.Notification(routines.Builtin(), schedule.Event{Action: schedule.Missed, Items: []schedule.Item{it}}, routines.FirstSession())
	views["a missed reminder's notification"] = title + " " + body
	var sum bytes.Buffer
	plain.WriteSummary(&sum, session.Summary{Routine: ff.routine, Outcome: session.StoppedForPain,
		Exercises: []session.ExerciseResult{{Name: ff.detail, Steps: 2, Done: 1}}})
	views["the summary"] = sum.String()
	return views
}

// sgr matches a select graphic rendition sequence.
var sgr = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// controlIn returns the first byte or character in out, its styling
// aside, that a terminal would act on, or "" when there is none: a byte
// below 0x20 (but a newline, where lines allows), ESC, DEL, a C1 control,
// an invalid UTF-8 byte, a bidirectional override.
func controlIn(out string, lines bool) string {
	text := sgr.ReplaceAllString(out, "")
	for i, r := range text {
		switch {
		case r == '\n' && lines:
		case r < 0x20, r >= 0x7f && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("%q at byte %d", r, i)
		case r == utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(text[i:]); n == 1 {
				return fmt.Sprintf("the invalid byte %#x at byte %d", text[i], i)
			}
		}
	}
	return ""
}

// FuzzEveryViewOfAHistoryShowsNoControlBytes builds a history from
// arbitrary strings and numbers and runs every view of it. None may carry
// a control byte: each view's text, its own colours aside, has none, and
// since an SGR from the file would pass for colour, each view must also
// come out exactly as it does when every ESC of the input is written
// \x1b beforehand: it escapes ESC itself, and nothing from the file is
// sent as it is.
func FuzzEveryViewOfAHistoryShowsNoControlBytes(f *testing.F) {
	for _, p := range safetexttest.Payloads() {
		f.Add(p.Raw, p.Raw, p.Raw, p.Raw, p.Raw, p.Raw, 1, 3, 180.0, 170.0)
	}
	f.Add("morning", "completed", "s1", "done", "shoulder-rolls", "dismissed", 2, 0, 300.0, 300.0)
	f.Fuzz(func(t *testing.T, routine, outcome, id, detail, reminder, note string, day, pain int, planned, actual float64) {
		ff := fuzzFields{routine, outcome, id, detail, reminder, note}
		pain = min(max(pain, 0), 10)
		views := printedViews(t, fuzzHistory(ff, day, pain, planned, actual), ff)
		for where, out := range views {
			if c := controlIn(out, !strings.HasPrefix(where, "notification") && !strings.HasPrefix(where, "a missed")); c != "" {
				t.Fatalf("%s sends %s to the terminal:\n%q", where, c, out)
			}
		}
		escaped := ff.each(func(s string) string { return strings.ReplaceAll(s, "\x1b", `\x1b`) })
		same := printedViews(t, fuzzHistory(escaped, day, pain, planned, actual), escaped)
		for where, out := range views {
			if same[where] != out {
				t.Fatalf("%s sends an ESC from the file as it is:\n%q\nwith every ESC written \\x1b first:\n%q", where, out, same[where])
			}
		}
	})
}
