package history

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
)

// Format is an export's file format.
type Format int

// The export formats.
const (
	JSON Format = iota
	CSV
)

// Export writes every record of the history to w in format, one record at
// a time as it is read, so that a history of any size is exported in
// bounded memory. It returns what the read skipped.
func (s Store) Export(w io.Writer, format Format) (Report, error) {
	bw := bufio.NewWriter(w)
	var enc recordWriter = newJSONWriter(bw)
	if format == CSV {
		enc = newCSVWriter(bw)
	}
	rep, err := s.Scan(enc.write)
	if err == nil {
		err = enc.close()
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return rep, err
}

// recordWriter writes records one by one in one export format.
type recordWriter interface {
	write(Record) error
	close() error
}

// WriteJSON writes every record as one indented JSON array. The strings
// are exact (JSON escapes control characters itself): an export is data.
func WriteJSON(w io.Writer, recs []Record) error {
	return writeAll(newJSONWriter(w), recs)
}

// WriteCSV writes every record as a row, under CSVHeader.
func WriteCSV(w io.Writer, recs []Record) error {
	return writeAll(newCSVWriter(w), recs)
}

func writeAll(enc recordWriter, recs []Record) error {
	for _, r := range recs {
		if err := enc.write(r); err != nil {
			return err
		}
	}
	return enc.close()
}

// jsonWriter writes a JSON array one element at a time, byte for byte as
// json.Encoder with a two-space indent writes the whole array.
type jsonWriter struct {
	w io.Writer
	n int
}

func newJSONWriter(w io.Writer) *jsonWriter { return &jsonWriter{w: w} }

func (j *jsonWriter) write(r Record) error {
	b, err := json.MarshalIndent(r, "  ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n  "
	if j.n == 0 {
		sep = "[\n  "
	}
	j.n++
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}

// CSVHeader is the header row of the CSV export.
var CSVHeader = []string{"kind", "at", "session", "routine", "day", "exercise", "step", "side",
	"planned_s", "done_s", "reps", "status", "outcome", "actual_s", "pain", "when", "confirmed", "answers",
	"reminder", "action", "due", "until", "note"}

// csvWriter writes records as rows under CSVHeader. A spreadsheet opens
// CSV files, so every text cell read from the history goes through
// safetext.CSVCell: it cannot start a formula or carry a control
// character. The numbers and times are the program's own writing.
type csvWriter struct {
	w      *csv.Writer
	header bool
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) write(r Record) error {
	if !c.header {
		c.header = true
		c.w.Write(CSVHeader)
	}
	pain, confirmed := "", ""
	if r.Pain != nil {
		pain = strconv.Itoa(*r.Pain)
	}
	if r.Confirmed {
		confirmed = "yes"
	}
	cell := safetext.CSVCell
	c.w.Write([]string{cell(string(r.Kind)), r.At.Format(time.RFC3339), cell(r.Session), cell(r.Routine), whole(r.Day),
		cell(r.Exercise), cell(r.Step), cell(r.Side),
		num(r.PlannedSec), num(r.DoneSec), whole(r.Reps), cell(r.Status), cell(r.Outcome), num(r.ActualSec),
		pain, cell(r.When), confirmed, answers(r.Answers),
		cell(r.Reminder), cell(r.Action), stamp(r.Due), stamp(r.Until), cell(r.Note)})
	return c.w.Error()
}

func (c *csvWriter) close() error {
	if !c.header {
		c.header = true
		c.w.Write(CSVHeader)
	}
	c.w.Flush()
	return c.w.Error()
}

// num writes a number of seconds; empty for none.
func num(f float64) string {
	if f == 0 {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// whole writes a count; empty for none.
func whole(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
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
