package ui

import (
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
)

// Strings that come from a file (a history record's fields, which another
// program or another computer may have written; a routine's name from the
// config; a message that quotes either) reach a view, a notification or
// the terminal only through the functions of this file. Each shows the
// bytes a terminal would act on (ESC, BEL, CR, C1, bidirectional
// overrides) as visible escapes such as \x1b, so an odd value is seen, not
// obeyed and not hidden. They are idempotent: a string made safe stays as
// it is, so a value that passes two of them is shown the same.

// fromFile is a one-line string from a file, made safe to show.
func fromFile(s string) string { return safetext.Line(s) }

// fromFileText is fromFile for text that may run over lines, such as a
// notice quoting an error: its newlines stay.
func fromFileText(s string) string { return safetext.Text(s) }

// shownSessions are sessions read from the history with every string they
// carry made safe to show; the views lay out these, never the sessions as
// they were read.
func shownSessions(rows []history.Session) []history.Session {
	out := make([]history.Session, len(rows))
	for i, r := range rows {
		r.ID, r.Routine, r.Outcome = fromFile(r.ID), fromFile(r.Routine), fromFile(r.Outcome)
		out[i] = r
	}
	return out
}

// routineName is a routine's display name, or its id if unknown, made
// safe to show: the name may come from the config, the id from the
// history.
func routineName(cat routines.Catalogue, id string) string {
	if r, ok := cat.RoutineByID(id); ok {
		return fromFile(r.Name)
	}
	return fromFile(id)
}
