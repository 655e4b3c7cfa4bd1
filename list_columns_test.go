package main

import (
	"regexp"
	"strings"
	"testing"
)

// With the example prescription, list once printed "doorway-stretch
// Doorway chest stretch" with no gap, out of line with the rest: the
// columns are as wide as their longest entry.
func TestListKeepsItsColumnsWithTheConfigsOwnExercises(t *testing.T) {
	t.Parallel()
	out, err := command(t.TempDir(), "list", "--config", "docs/examples/physio.toml").Output()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for _, l := range strings.Split(string(out), "\n") {
		m := regexp.MustCompile(`^(\S+)( +)\S`).FindStringSubmatchIndex(l)
		if m == nil || !strings.Contains(l, "  ") || strings.HasPrefix(l, " ") {
			continue
		}
		if id := l[m[2]:m[3]]; id == "rhomboid" || id == "doorway-stretch" {
			if col >= 0 && m[5] != col {
				t.Errorf("the name column starts at %d for %s, at %d before:\n%s", m[5], id, col, out)
			}
			col = m[5]
			if m[5]-m[4] < 2 {
				t.Errorf("%s has one space before its name:\n%s", id, l)
			}
		}
	}
	if col < 0 {
		t.Fatalf("no exercise rows:\n%s", out)
	}
}
