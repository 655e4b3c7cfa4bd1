package history

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"
	"time"
)

func TestExportsCarryEveryRecord(t *testing.T) {
	recs := []Record{
		{V: 1, Kind: SessionStarted, At: t0, Session: "a", Routine: "evening", Day: 2, PlannedSec: 165},
		{V: 1, Kind: StepEnded, At: t0.Add(25 * time.Second), Session: "a", Exercise: "childs-pose", Step: "hold", Side: "left", PlannedSec: 13, DoneSec: 12.5, Status: "partial"},
		{V: 1, Kind: PainCheckIn, At: t0, Session: "a", Pain: PainLevel(0), When: Before, Confirmed: true},
		{V: 1, Kind: ScreeningTaken, At: t0, Answers: map[string]bool{"recent-injury": false, "herniated-disc": true, "inflammatory-flare": false, "radiating-pain": false}},
		{V: 1, Kind: ReminderEvent, At: t0, Reminder: "shoulder-rolls", Action: Snoozed, Due: &t0, Until: &t1, Note: "why"},
	}
	var js bytes.Buffer
	if err := WriteJSON(&js, recs); err != nil {
		t.Fatal(err)
	}
	var back []Record
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back) != 5 || back[1].DoneSec != 12.5 || back[1].Side != "left" {
		t.Fatalf("JSON round trip: %+v %v", back, err)
	}
	var empty bytes.Buffer
	WriteJSON(&empty, nil)
	if got := empty.String(); got != "[]\n" {
		t.Fatalf("an empty history exports %q, want []", got)
	}

	var cs bytes.Buffer
	if err := WriteCSV(&cs, recs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil || len(rows) != 6 || len(rows[0]) != len(CSVHeader) {
		t.Fatalf("CSV: %v %v", rows, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if r := rows[2]; r[col["exercise"]] != "childs-pose" || r[col["done_s"]] != "12.5" || r[col["status"]] != "partial" || r[col["at"]] != "2026-11-23T19:00:25Z" {
		t.Fatalf("CSV step row %v", r)
	}
	if rows[1][col["day"]] != "2" {
		t.Fatalf("CSV session row %v", rows[1])
	}
	if r := rows[3]; r[col["pain"]] != "0" || r[col["when"]] != "before" || r[col["confirmed"]] != "yes" {
		t.Fatalf("CSV pain row %v: a pain of 0 must read 0", r)
	}
	if r := rows[4]; r[col["answers"]] != "recent-injury=no;herniated-disc=yes;inflammatory-flare=no;radiating-pain=no" {
		t.Fatalf("CSV screening row %v", r)
	}
	if r := rows[5]; r[col["reminder"]] != "shoulder-rolls" || r[col["action"]] != "snoozed" || r[col["due"]] != "2026-11-23T19:00:00Z" ||
		r[col["until"]] != t1.Format(time.RFC3339) || r[col["note"]] != "why" {
		t.Fatalf("CSV reminder row %v", r)
	}
}
