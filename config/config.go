// Package config reads backstretch's optional configuration file,
// $XDG_CONFIG_HOME/backstretch/config.toml.
//
// The app must work with no file at all, so every key is optional and
// [Default] is the whole configuration when the file is missing. When the
// file is wrong, the error points at the line and column to fix, because the
// person reading it is editing the file by hand.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/backstretch/backstretch/routines"
)

// Session is one daily session and when it is due.
type Session struct {
	Routine string    // "morning", "midday" or "evening"; in Extra, a routine of the file
	At      TimeOfDay // when the session is due
}

// Config is the app's configuration: the file's values on top of the
// defaults, already validated, so callers never check ranges themselves.
type Config struct {
	Path          string        // the file it came from, "" for defaults
	Notifications bool          // desktop notifications
	Sound         bool          // terminal bell at the end of holds
	ReducedMotion bool          // still figures; bars move only at whole seconds
	RampDays      int           // days for holds to grow to full length, 3 to 5
	Sessions      []Session     // always three, in order: morning, midday, evening
	RollsEvery    time.Duration // shoulder-roll reminder interval; 0 turns them off
	WorkStart     TimeOfDay     // reminders come only between WorkStart…
	WorkEnd       TimeOfDay     // …and WorkEnd, which is later
	WorkDays      [7]bool       // days reminders come on, indexed by time.Weekday
	StandingBreak bool          // remind to stand up every StandingEvery
	StandingEvery time.Duration // 10m to 2h

	// Exercises are the file's own [[exercise]] tables, in its order.
	Exercises []*routines.Exercise
	// Routines are the file's [[routine]] tables, in its order: catalogue
	// and own exercises at the file's dosage, within the safety bounds.
	Routines []routines.Routine
	// Extra are the routines with a time of their own (at = "HH:MM"), in
	// order of time: reminded daily like Sessions, but not one of them.
	Extra []Session
}

// Custom is the file's own exercises and routines, for
// routines.NewCatalogue: the catalogue the program hands to every part
// that lists, names or runs a routine.
func (c Config) Custom() routines.Custom {
	return routines.Custom{Exercises: c.Exercises, Routines: c.Routines}
}

// Default returns the configuration used when there is no file. Each call
// returns a fresh Sessions slice, so callers can't change each other's.
func Default() Config {
	return Config{
		Notifications: true,
		Sound:         true,
		RampDays:      4,
		Sessions: []Session{
			{Routine: "morning", At: TimeOfDay{8, 0}},
			{Routine: "midday", At: TimeOfDay{12, 30}},
			{Routine: "evening", At: TimeOfDay{19, 0}},
		},
		RollsEvery:    time.Hour,
		WorkStart:     TimeOfDay{9, 0},
		WorkEnd:       TimeOfDay{17, 0},
		WorkDays:      [7]bool{time.Monday: true, time.Tuesday: true, time.Wednesday: true, time.Thursday: true, time.Friday: true},
		StandingBreak: false,
		StandingEvery: 25 * time.Minute,
	}
}

// DefaultText is the file Init writes: every key with its default value, so
// people can see what there is to change. A test checks it parses to
// Default(), so the two can't drift apart.
const DefaultText = `# backstretch configuration. Every key is optional; delete what you don't change.

notifications = true   # desktop notifications
sound = true           # terminal bell at the end of holds
reduced_motion = false # still figures; bars move only at whole seconds
ramp_days = 4          # days for holds to grow from 10 s to full (3 to 5)

[sessions]             # when each session is due, 24-hour clock
morning = "08:00"
midday = "12:30"
evening = "19:00"

[reminders]                   # at work: work days, between work_start and work_end
shoulder_rolls_every = "1h"   # 15m to 4h; "0" turns the shoulder-roll reminders off
work_start = "09:00"
work_end = "17:00"
work_days = ["mon", "tue", "wed", "thu", "fri"]   # [] for no work reminders at all
standing_break = false        # a reminder to stand up and walk around
standing_break_every = "25m"  # 10m to 2h

# Routines of your own, such as a physiotherapist's prescription, go in
# [[exercise]] and [[routine]] tables: see "Custom routines" in the README
# and the commented docs/examples/physio.toml in backstretch's source.
`

// DefaultPath returns where the file lives. It follows the XDG base
// directory spec on every OS (rather than os.UserConfigDir) so the path in
// the docs is the path on macOS too; a relative XDG_CONFIG_HOME is ignored,
// as the spec says.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("can't find the config file: %w", err)
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "backstretch", "config.toml"), nil
}

// Load reads and parses the file at path. A missing file is not an error:
// the file is optional, so Load returns Default() with an empty Path.
// Anything but a regular file (after links, which dotfile managers make)
// and a file over MaxFileSize are refused at once, naming the file.
func Load(path string) (Config, error) {
	data, err := readFile(path)
	// A folder on the way that is a file means no config file either.
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		return Default(), nil
	}
	if err != nil {
		return Config{}, err
	}
	return Parse(path, data)
}

// Init writes DefaultText to path, creating its folder if needed. It never
// overwrites anything: O_EXCL makes the "already exists" check and the
// creation one step, so a file appearing in between can't be clobbered.
func Init(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("can't create config: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; not overwriting it", path)
	}
	if err != nil {
		return fmt.Errorf("can't create config: %w", err)
	}
	_, err = f.WriteString(DefaultText)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// The file is ours (O_EXCL), so removing a half-written one is safe.
		os.Remove(path)
		return fmt.Errorf("can't write config: %w", err)
	}
	return nil
}
