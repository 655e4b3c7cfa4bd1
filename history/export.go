package history

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/backstretch/backstretch/routines"
)

// WriteJSON writes every record as one indented JSON array.
func WriteJSON(w io.Writer, recs []Record) error {
	if recs == nil {
		recs = []Record{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(recs)
}

// CSVHeader is the header row of the CSV export.
var CSVHeader = []string{"kind", "at", "session", "routine", "day", "exercise", "step", "side",
	"planned_s", "done_s", "reps", "status", "outcome", "actual_s", "pain", "when", "confirmed", "answers",
	"reminder", "action", "due", "until", "note"}

// WriteCSV writes every record as a row, under CSVHeader.
func WriteCSV(w io.Writer, recs []Record) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	num := func(f float64) string {
		if f == 0 {
			return ""
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	whole := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	for _, r := range recs {
		pain, confirmed := "", ""
		if r.Pain != nil {
			pain = strconv.Itoa(*r.Pain)
		}
		if r.Confirmed {
			confirmed = "yes"
		}
		cw.Write([]string{string(r.Kind), r.At.Format(time.RFC3339), r.Session, r.Routine, whole(r.Day), r.Exercise, r.Step, r.Side,
			num(r.PlannedSec), num(r.DoneSec), whole(r.Reps), r.Status, r.Outcome, num(r.ActualSec),
			pain, r.When, confirmed, answers(r.Answers),
			r.Reminder, r.Action, stamp(r.Due), stamp(r.Until), r.Note})
	}
	cw.Flush()
	return cw.Error()
}

// stamp writes an optional time.
func stamp(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}

// answers writes screening answers as "id=yes;id=no" in the screening's
// order.
func answers(a map[string]bool) string {
	if a == nil {
		return ""
	}
	var parts []string
	for _, c := range routines.Screening {
		v := "no"
		if a[c.ID] {
			v = "yes"
		}
		parts = append(parts, c.ID+"="+v)
	}
	return strings.Join(parts, ";")
}
