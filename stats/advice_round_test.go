package stats

import (
	"strings"
	"testing"
	"time"
)

// A first week averaging 2.05 and a last week of 2.0 once read "went
// down: 2.0 in your first week, 2.0 over the last 7 days". The numbers
// are compared as they are shown.
func TestTheTwoWeekCheckComparesTheNumbersItShows(t *testing.T) {
	today := time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC)
	s := Stats{Today: today, FirstActive: today.AddDate(0, 0, -20), FirstWeekEnd: today.AddDate(0, 0, -14),
		FirstWeek: Mean{Sum: 43, N: 21}, Last7: Mean{Sum: 14, N: 7}}
	adv := s.Advice()
	if len(adv) != 1 || strings.Contains(adv[0].Text, "went down") || !strings.Contains(adv[0].Text, "has not gone down: 2.0 in your first week, 2.0") {
		t.Errorf("advice %+v", adv)
	}
}
