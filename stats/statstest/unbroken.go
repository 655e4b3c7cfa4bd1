package statstest

import (
	"time"

	"github.com/backstretch/backstretch/history"
)

// TenYearsDays is how many days TenYears and TenYearsUnbroken span.
const TenYearsDays = 3650

// TenYearsUnbroken is TenYears without its gaps: 3,650 days in Berlin in a
// row, every one with its four sessions, so that the streak is the whole
// ten years. It is the history the app aims for, and the one where a
// reader that goes back until the streak starts reads everything. It
// returns the records and the last day's now, after the evening session.
func TenYearsUnbroken() ([]history.Record, time.Time) {
	first := time.Date(2016, 3, 1, 0, 0, 0, 0, Berlin)
	var b Builder
	for i := range TenYearsDays {
		day := first.AddDate(0, 0, i)
		pain := 2 + i%5
		b.Add(day, Session{"morning", 8, 0, "completed", 3, 0, 5 * time.Minute, pain, pain})
		b.Add(day, Session{"desk", 10, 0, "completed", 1, 0, time.Minute, -1, -1})
		b.Add(day, Session{"midday", 12, 30, "completed", 2, 0, 3 * time.Minute, -1, -1})
		b.Add(day, Session{"evening", 19, 0, "completed", 3, 0, 5 * time.Minute, pain, -1})
	}
	return b.Recs, first.AddDate(0, 0, TenYearsDays-1).Add(21 * time.Hour)
}
