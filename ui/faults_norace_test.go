//go:build !race

package ui

// keysPerScreen is how many random keys each screen gets.
const keysPerScreen = 10000

// raceDetector says the tests run under the race detector.
const raceDetector = false
