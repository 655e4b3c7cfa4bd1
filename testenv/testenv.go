// Package testenv is for tests whose part of the system may be missing
// (a tmpfs mount, /dev/full, named pipes): one rule for what their
// absence means.
package testenv

import (
	"os"
	"testing"
)

// Missing ends a test whose part of the system is not there: skipped on a
// developer's odd machine, but a failure under CI=true, where .ci/run's
// machine has them all and a skip would hide a test that never ran.
func Missing(t testing.TB, what string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s: %v (CI has it; the test must run)", what, err)
		return // a testing.TB of a test's own may not stop here
	}
	t.Skipf("%s: %v", what, err)
}
