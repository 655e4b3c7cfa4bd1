//go:build race

package ui

// keysPerScreen is how many random keys each screen gets under the race
// detector. These tests run one goroutine each, so the detector has
// nothing to find in them and makes each key ten times slower: a few keys
// check that they run, and the run without it types the full 10,000.
const keysPerScreen = 100

// raceDetector says the tests run under the race detector, ten times
// slower: the walks over every size take the corners only.
const raceDetector = true
