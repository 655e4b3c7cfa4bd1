// Package routines holds the exercise catalogue, the five routines and the
// dosage rules (SPEC §2–§4). Everything health-related here comes from the two
// source articles: their facts are carried over exactly, in our own words.
// The config file may add routines and exercises of its own, held to the
// articles' figures (custom.go). Plain Go: no terminal or UI code.
package routines

import "time"

// Kind says how an exercise is done, and so how a session times it.
type Kind int

const (
	// Hold is a stretch held for a number of seconds, one or more reps.
	Hold Kind = iota
	// Paced is a movement repeated at a steady pace, each rep made of phases.
	Paced
	// Timed is an activity done for a stretch of time (breathing, rolling).
	Timed
)

// Side is the side of the body a step works on.
type Side int

const (
	// NoSide means both sides at once.
	NoSide Side = iota
	// Right is the right side.
	Right
	// Left is the left side.
	Left
)

// String names the side for cues ("left").
func (s Side) String() string {
	switch s {
	case Left:
		return "left"
	case Right:
		return "right"
	}
	return ""
}

// Range is an inclusive range of whole numbers (seconds or repetitions).
type Range struct{ Min, Max int }

// Contains reports whether v lies within the range.
func (r Range) Contains(v int) bool { return v >= r.Min && v <= r.Max }

// Phase is one part of a paced repetition, such as "hold the squeeze".
type Phase struct {
	Cue string
	Dur time.Duration
}

// Exercise is one entry of the catalogue.
type Exercise struct {
	ID       string
	Name     string
	Source   string   // which seed article: "000", "001" or both
	Targets  string   // what it is for
	Emphasis string   // "left" for the left-emphasis exercises, "" otherwise
	Setup    []string // how to get into position
	Steps    []string // what to do, in order
	Cue      string   // what to do while holding or moving, in one line
	Feel     string   // where you should feel it
	NotFeel  string   // what you should not feel
	Tip      string   // the article's tip for the exercise, shown with its steps
	// HoldStep and CountStep are the steps (from 1; 0 for none) that give
	// the article's hold and count: shown during a session with today's
	// dose beside them, the article's range being where it grows to.
	HoldStep, CountStep int
	// Chosen says the dose is the program's choice: the article says only
	// "a few" or "several".
	Chosen bool
	// SetsMax is the most sets a day the article gives a paced exercise
	// (1 where it gives no more than one set).
	SetsMax int

	Kind Kind
	// HoldRange is the hold in seconds (Hold kind) or the activity's length
	// (Timed kind) that the articles give.
	HoldRange Range
	// RepRange is how many reps the articles give: holds per side (Hold),
	// repetitions per set (Paced).
	RepRange Range
	// Unit names one paced repetition ("reps", "circles", "cycles").
	Unit string
	// Pattern is one paced repetition, phase by phase (Paced kind).
	Pattern []Phase
	// Directions, when set, splits each set of a paced exercise into one
	// run per direction (shoulder rolls: one way, then reversed).
	Directions []Direction
	// Sides, when set, does each rep once per side in this order.
	Sides []SideCue
	// Rest is the pause between reps or sets.
	Rest time.Duration
	// Ready is the time given to get into position before it starts.
	Ready time.Duration
	// Optional exercises are offered but not part of any routine.
	Optional bool
	// Own is the dosage the config file gives an exercise of the user's
	// own (custom.go); nil for the catalogue's exercises, whose dosage
	// comes from the articles.
	Own *Item
}

// Direction is one direction of a paced movement, with its own phase cues.
type Direction struct {
	Name    string
	Pattern []Phase
}

// SideCue is the set-up for one side of a two-sided stretch.
type SideCue struct {
	Side Side
	Cue  string
}

// RepUnit is the word for one paced repetition, plural.
func (e *Exercise) RepUnit() string {
	if e.Unit != "" {
		return e.Unit
	}
	return "reps"
}
