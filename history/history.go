// Package history keeps the health log: one JSON record per line in an
// append-only file, written under a file lock so two processes never
// interleave or lose a line, readable only by its owner (0600 in a 0700
// folder). A damaged or unknown line is reported with its number and
// skipped; the file is never rewritten or truncated. Plain Go.
package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/backstretch/backstretch/routines"
)

// SchemaVersion is written into every record; readers skip records of a
// version they do not know, reporting them as they do damaged lines.
const SchemaVersion = 1

// Kind is what a record is about.
type Kind string

// The kinds of record.
const (
	SessionStarted Kind = "session_started"
	StepEnded      Kind = "step"
	SessionEnded   Kind = "session_ended"
	// PainCheckIn is a pain level, 0–10, before or after a session.
	PainCheckIn Kind = "pain"
	// ScreeningTaken is the answers to the safety screening.
	ScreeningTaken Kind = "screening"
	// ReminderEvent is something that happened to a reminder of the
	// companion: fired, missed, done, snoozed, skipped; or reminders paused
	// and resumed.
	ReminderEvent Kind = "reminder"
)

// The actions of a reminder record.
const (
	Fired   = "fired"
	Missed  = "missed"
	Done    = "done"
	Snoozed = "snoozed"
	Skipped = "skipped"
	Paused  = "paused"
	Resumed = "resumed"
)

// Before and After are when a pain check-in was taken.
const (
	Before = "before"
	After  = "after"
)

// Record is one event. Fields that do not apply to its kind are left out.
type Record struct {
	V    int       `json:"v"`
	Kind Kind      `json:"kind"`
	At   time.Time `json:"at"`
	// Session ties the records of one session together.
	Session string `json:"session,omitempty"`
	Routine string `json:"routine,omitempty"`
	// Day is the ramp day the session's dosage was for (1 = first session).
	Day int `json:"day,omitempty"`

	// A step: what was planned and what was done.
	Exercise   string  `json:"exercise,omitempty"`
	Step       string  `json:"step,omitempty"` // hold, reps, timed
	Side       string  `json:"side,omitempty"`
	PlannedSec float64 `json:"planned_s,omitempty"`
	DoneSec    float64 `json:"done_s,omitempty"`
	Reps       int     `json:"reps,omitempty"`
	Status     string  `json:"status,omitempty"` // done, skipped, partial

	// The end of a session.
	Outcome   string  `json:"outcome,omitempty"` // completed, quit, stopped for pain, interrupted
	ActualSec float64 `json:"actual_s,omitempty"`

	// A pain check-in: the level (0 is no pain, so it is a pointer) and
	// whether it came before or after the session.
	Pain *int   `json:"pain,omitempty"`
	When string `json:"when,omitempty"`
	// Confirmed is set when the person went ahead despite a warning (pain
	// of 4 or more before a session).
	Confirmed bool `json:"confirmed,omitempty"`

	// The screening: each condition's id and whether it applies.
	Answers map[string]bool `json:"answers,omitempty"`

	// A reminder: which one (a routine, or shoulder-rolls, standing), what
	// happened, when it was due, until when it is snoozed or all reminders
	// are paused, and why it was skipped.
	Reminder string     `json:"reminder,omitempty"`
	Action   string     `json:"action,omitempty"`
	Due      *time.Time `json:"due,omitempty"`
	Until    *time.Time `json:"until,omitempty"`
	Note     string     `json:"note,omitempty"`
}

// PainLevel returns a pointer to n, for Record.Pain.
func PainLevel(n int) *int { return &n }

// Store is the history file.
type Store struct {
	Path string
	// chunk is how many bytes ReadBack reads at a time; 0 means
	// readBackChunk.
	chunk int
}

// DefaultPath is $XDG_STATE_HOME/backstretch/history.jsonl, or
// ~/.local/state/backstretch/history.jsonl.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no place for the history: %w (set XDG_STATE_HOME)", err)
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "backstretch", "history.jsonl"), nil
}

// ParseLine reads one history line.
func ParseLine(line []byte) (Record, error) {
	// Some editors put a byte-order mark before the first line of a file
	// they save; it is not part of the record.
	line = bytes.TrimPrefix(line, []byte("\ufeff"))
	var rec Record
	if err := json.Unmarshal(line, &rec); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) && syn.Offset > 1 && json.Valid(line[:syn.Offset-1]) {
			return Record{}, errors.New("text after the record")
		}
		return Record{}, fmt.Errorf("not a valid record (%v)", err)
	}
	switch {
	case rec.V != SchemaVersion:
		return Record{}, fmt.Errorf("unknown schema version %d", rec.V)
	case rec.At.IsZero():
		return Record{}, errors.New("no time")
	}
	// encoding/json reads offsets of 24 hours, which it cannot write: such a
	// record would make every export fail.
	for _, t := range [...]*time.Time{&rec.At, rec.Due, rec.Until} {
		if t == nil {
			continue
		}
		if _, err := t.MarshalText(); err != nil {
			return Record{}, fmt.Errorf("a time that cannot be written back (%v)", err)
		}
	}
	if err := checkRanges(rec); err != nil {
		return Record{}, err
	}
	switch rec.Kind {
	case SessionStarted, StepEnded, SessionEnded:
	case PainCheckIn:
		if rec.Pain == nil || *rec.Pain < 0 || *rec.Pain > 10 {
			return Record{}, errors.New("a pain check-in without a level from 0 to 10")
		}
		if rec.When != Before && rec.When != After {
			return Record{}, fmt.Errorf("a pain check-in neither before nor after a session (%q)", rec.When)
		}
	case ScreeningTaken:
		for _, c := range routines.Screening {
			if _, ok := rec.Answers[c.ID]; !ok {
				return Record{}, fmt.Errorf("a screening without an answer for %q", c.ID)
			}
		}
	case ReminderEvent:
		if err := checkReminder(rec); err != nil {
			return Record{}, err
		}
	default:
		return Record{}, fmt.Errorf("unknown kind %q", rec.Kind)
	}
	return rec, nil
}

// checkReminder validates a reminder record: a known action, what it is
// about, and the times it needs.
func checkReminder(r Record) error {
	switch r.Action {
	case Paused:
		if r.Until == nil {
			return errors.New("a pause of the reminders without an end")
		}
		return nil
	case Resumed:
		return nil
	case Fired, Missed, Done, Snoozed, Skipped:
	default:
		return fmt.Errorf("a reminder with an unknown action %q", r.Action)
	}
	switch {
	case r.Reminder == "" || r.Due == nil:
		return fmt.Errorf("a %s reminder without its name and due time", r.Action)
	case r.Action == Snoozed && r.Until == nil:
		return errors.New("a snoozed reminder without a new time")
	}
	return nil
}

// The largest values a record may carry. They are far beyond anything the
// program writes (a step's dose is under two minutes, a session under an
// hour), and keep hand-edited or hostile values out of sums and averages,
// where one -1e308 would turn every total into nonsense.
const (
	maxStepSec    = 3600      // a step's planned or done seconds
	maxSessionSec = 24 * 3600 // a session's length
	maxCount      = 10000     // reps, or the ramp day
)

// checkRanges refuses numbers that no record of the program could hold.
func checkRanges(r Record) error {
	for _, v := range []struct {
		name string
		val  float64
		max  float64
	}{
		{"planned_s", r.PlannedSec, maxStepSec},
		{"done_s", r.DoneSec, maxStepSec},
		{"actual_s", r.ActualSec, maxSessionSec},
		{"reps", float64(r.Reps), maxCount},
		{"day", float64(r.Day), maxCount},
	} {
		if !(v.val >= 0 && v.val <= v.max) { // also false for NaN
			return fmt.Errorf("%s is %g, outside 0 to %g", v.name, v.val, v.max)
		}
	}
	return nil
}
