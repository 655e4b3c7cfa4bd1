package printed

import (
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
)

// Strings that come from a file (a history record's fields, which another
// program or another computer may have written; a routine's name from the
// config; a message that quotes either) reach a view, a notification or
// the terminal only through package safetext: Line for a one-line string,
// Text for text that may run over lines, and the functions of this file,
// which use them. Each shows the bytes a terminal would act on (ESC, BEL,
// CR, C1, bidirectional overrides) as visible escapes such as \x1b, so an
// odd value is seen, not obeyed and not hidden. They are idempotent: a
// string made safe stays as it is, so a value that passes two of them is
// shown the same.

// shownSessions are sessions read from the history with every string they
// carry made safe to show; the views lay out these, never the sessions as
// they were read.
func shownSessions(rows []history.Session) []history.Session {
	out := make([]history.Session, len(rows))
	for i, r := range rows {
		r.ID, r.Routine, r.Outcome = safetext.Line(r.ID), safetext.Line(r.Routine), safetext.Line(r.Outcome)
		out[i] = r
	}
	return out
}

// RoutineName is a routine's display name, or its id if unknown, made
// safe to show: the name may come from the config, the id from the
// history.
func RoutineName(cat routines.Catalogue, id string) string {
	if r, ok := cat.RoutineByID(id); ok {
		return safetext.Line(r.Name)
	}
	return safetext.Line(id)
}
