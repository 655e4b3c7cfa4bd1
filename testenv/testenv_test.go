package testenv

import (
	"errors"
	"testing"
)

// fakeT records how a test ended.
type fakeT struct {
	testing.TB
	fatal, skipped bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Fatalf(string, ...any) { f.fatal = true }
func (f *fakeT) Skipf(string, ...any)  { f.skipped = true }

// Under CI=true a missing part fails the test; elsewhere it skips it.
func TestAMissingPartFailsUnderCIAndSkipsElsewhere(t *testing.T) {
	for ci, want := range map[string]string{"true": "fatal", "": "skipped"} {
		t.Setenv("CI", ci)
		f := &fakeT{}
		Missing(f, "named pipes", errors.New("not supported"))
		if got := map[bool]string{true: "fatal", false: "skipped"}[f.fatal]; got != want || f.fatal == f.skipped {
			t.Errorf("CI=%q: fatal %v, skipped %v; want %s", ci, f.fatal, f.skipped, want)
		}
	}
}
