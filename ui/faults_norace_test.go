//go:build !race

package ui

// keysPerScreen is how many random keys each screen gets.
const keysPerScreen = 10000
