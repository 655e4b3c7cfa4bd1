package routines

import (
	"fmt"
	"strings"
	"time"
)

// The config file can add routines of its own (a physiotherapist's
// prescription): catalogue exercises at another dosage, and exercises of
// the user's own with their own steps. This file holds what the program
// does with them; the config package reads and checks the file.
//
// Their dosage is the full dosage, and the ramp-up applies to it as to the
// built-in routines (Routine.Doses): holds grow from 10 s and stretches
// from 1 rep, timed activities run their whole length. The reps of the
// user's own reps exercises grow from 1, as the article's first session
// does one repetition; the catalogue's grow from the bottom of the
// article's range.

// Custom is what the config file adds: exercises of the user's own, and
// routines made of catalogue exercises and those. NewCatalogue puts it
// after the built-in ones.
type Custom struct {
	Exercises []*Exercise
	Routines  []Routine
}

// String names the kind as the config file does: "hold", "reps", "timed".
func (k Kind) String() string {
	switch k {
	case Hold:
		return "hold"
	case Paced:
		return "reps"
	case Timed:
		return "timed"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// ParseKind reads a kind as the config file writes it.
func ParseKind(s string) (Kind, bool) {
	for _, k := range []Kind{Hold, Paced, Timed} {
		if s == k.String() {
			return k, true
		}
	}
	return 0, false
}

// What an exercise of the user's own gets that the config file does not
// say: the catalogue's usual get-ready and rest times, and the pace of a
// wall push-up.
const (
	OwnReady    = 10 * time.Second
	OwnRest     = 10 * time.Second
	DefaultPace = 4 // seconds per rep
)

// OwnSpec is an exercise of the user's own as the config file gives it,
// already checked (CheckHold and the others).
type OwnSpec struct {
	ID, Name string
	Purpose  string // what it is for; optional
	Cue      string // one line while holding or moving; optional
	Kind     Kind
	Steps    []string
	// Hold, Reps and Sets are its full dosage, as in Item.
	Hold, Reps, Sets int
	// Pace is the seconds one rep takes (Paced).
	Pace int
}

// NewOwn makes an exercise of the user's own. Without a cue, the last step
// is said while holding or moving.
func NewOwn(s OwnSpec) *Exercise {
	e := &Exercise{
		ID: s.ID, Name: s.Name, Source: "config", Targets: s.Purpose,
		Steps: s.Steps, Cue: s.Cue, Kind: s.Kind,
		Ready: OwnReady, Rest: OwnRest,
		Own: &Item{Exercise: s.ID, Hold: s.Hold, Reps: s.Reps, Sets: s.Sets},
	}
	if e.Targets == "" {
		e.Targets = "An exercise of your own, from your config file."
	}
	if e.Cue == "" && len(s.Steps) > 0 {
		e.Cue = s.Steps[len(s.Steps)-1]
	}
	switch s.Kind {
	case Hold:
		e.HoldRange, e.RepRange = Range{s.Hold, s.Hold}, Range{s.Reps, s.Reps}
	case Paced:
		// Reps grow from one, as on the article's first session.
		e.RepRange = Range{1, s.Reps}
		e.Pattern = []Phase{{"one slow, controlled rep", time.Duration(s.Pace) * time.Second}}
	case Timed:
		e.HoldRange = Range{s.Hold, s.Hold}
	}
	return e
}

// StandardItem is e's dosage when a prescription names it and changes
// nothing: an own exercise's own dosage, else the dosage of the first
// built-in routine that has it (the article's daily routine comes first),
// else (the optional warm-up) the article's length.
func StandardItem(e *Exercise) Item {
	if e.Own != nil {
		return *e.Own
	}
	for _, r := range routines {
		for _, it := range r.Items {
			if it.Exercise == e.ID {
				return it
			}
		}
	}
	return Item{Exercise: e.ID, Hold: e.HoldRange.Max, Reps: e.RepRange.Min}
}

// The bounds of a prescription. A routine of the config file may ask less
// of a catalogue exercise than the articles do, never more (SPEC §4: never
// beyond their ranges). An exercise of the user's own is held to the
// articles' largest figures for its kind:
const (
	// MaxOwnHold: the articles recommend holding a stretch 15–30 s (000).
	MaxOwnHold = 30
	// MaxOwnHoldReps: they repeat a stretch 2–4 times (000: rhomboid,
	// child's pose).
	MaxOwnHoldReps = 4
	// MaxOwnReps: their largest set is 12 repetitions (000: 8–12 wall
	// push-ups, 10–12 band squeezes).
	MaxOwnReps = 12
	// MaxSets: they give at most 3 sets a day (000: wall push-ups, 3 sets
	// daily in weeks 1–2). It holds for catalogue exercises too, for which
	// the articles give no range of sets.
	MaxSets = 3
	// MaxOwnTimed: their longest activity is the 5-minute warm-up (000).
	MaxOwnTimed = 300
	// MinPace and MaxPace bound the seconds one rep of an own reps
	// exercise takes. The articles want slow, controlled movement ("speed
	// reduces effectiveness and increases injury risk", 000); the
	// catalogue's reps take 4 to 8 s.
	MinPace, MaxPace = 3, 10
)

const lessNotMore = "; a prescription may ask for less, never more"

// CheckHold says why hold (seconds) is not a safe hold (Hold) or length
// (Timed) for e, or returns "" when it is.
func CheckHold(e *Exercise, hold int) string {
	hi, over := MaxOwnHold, "the 30 s the articles recommend at most for one hold (15–30 s)"
	switch {
	case e.Own == nil:
		hi = e.HoldRange.Max
		over = fmt.Sprintf("the articles give for %s (%s)%s", e.ID, spanOf(e.HoldRange, "s"), lessNotMore)
	case e.Kind == Timed:
		hi, over = MaxOwnTimed, "5 min, the longest activity in the articles (the warm-up)"
	}
	switch {
	case hold < 0:
		return fmt.Sprintf("hold = %d s is negative; use 1 to %d s", hold, hi)
	case hold == 0:
		return fmt.Sprintf("hold = 0 s would take no time at all; use 1 to %d s", hi)
	case hold > hi:
		return fmt.Sprintf("hold = %d s is longer than %s", hold, over)
	}
	return ""
}

// CheckReps says why reps are not a safe number of repetitions for e, or
// returns "" when they are.
func CheckReps(e *Exercise, reps int) string {
	hi, over := MaxOwnHoldReps, "the 4 times the articles repeat a stretch at most (2–4)"
	switch {
	case e.Own == nil:
		hi = e.RepRange.Max
		over = fmt.Sprintf("the articles give for %s (%s)%s", e.ID, spanOf(e.RepRange, "reps"), lessNotMore)
	case e.Kind == Paced:
		hi, over = MaxOwnReps, "the 12 repetitions the articles give a set at most (8–12 wall push-ups, 10–12 band squeezes)"
	}
	switch {
	case reps < 0:
		return fmt.Sprintf("reps = %d is negative: a count of repetitions is 1 or more; use 1 to %d", reps, hi)
	case reps == 0:
		return fmt.Sprintf("reps = 0 would leave the exercise out; use 1 to %d", hi)
	case reps > hi:
		return fmt.Sprintf("reps = %d is more than %s", reps, over)
	}
	return ""
}

// CheckSets says why sets are not a safe number of sets of e, or returns
// "". A built-in exercise may be given at most the sets a day the article
// gives it (SetsMax); one of the config file's at most MaxSets.
func CheckSets(e *Exercise, sets int) string {
	hi, over := MaxSets, fmt.Sprintf("the %d sets a day the articles give at most (wall push-ups, weeks 1–2)", MaxSets)
	if e != nil && e.Own == nil {
		hi = max(e.SetsMax, 1)
		over = fmt.Sprintf("the articles give for %s (%s a day)%s", e.ID, Plural(hi, "set", "sets"), lessNotMore)
	}
	switch {
	case sets < 0:
		return fmt.Sprintf("sets = %d is negative: a count of sets is 1 or more; use 1 to %d", sets, hi)
	case sets == 0:
		return fmt.Sprintf("sets = 0 would leave the exercise out; use 1 to %d", hi)
	case sets > hi:
		return fmt.Sprintf("sets = %d is more than %s", sets, over)
	}
	return ""
}

// CheckPace says why pace (seconds a rep) is not a slow, controlled rep,
// or returns "".
func CheckPace(pace int) string {
	switch {
	case pace < MinPace:
		return fmt.Sprintf("pace = %d s a rep is too quick: the articles ask for slow, controlled movement, as speed makes injury more likely; use %d to %d s", pace, MinPace, MaxPace)
	case pace > MaxPace:
		return fmt.Sprintf("pace = %d s a rep is slower than this program takes (its own limit: the articles give no pace); use %d to %d s", pace, MinPace, MaxPace)
	}
	return ""
}

// SideOrders are the values of sides, in the order messages list them:
// both sides at once, each rep on one side then the other, or one side
// only.
var SideOrders = []string{"both", "left-right", "right-left", "left", "right"}

// WithSides returns e done on the sides named (one of SideOrders), or says
// why that can't be. A catalogue stretch done with both sides at once
// stays so; one done a side at a time (the seated twist) may change its
// order or keep one side; an own hold may take any of them.
func WithSides(e *Exercise, sides string) (*Exercise, string) {
	var order []Side
	switch sides {
	case "both":
	case "left-right":
		order = []Side{Left, Right}
	case "right-left":
		order = []Side{Right, Left}
	case "left":
		order = []Side{Left}
	case "right":
		order = []Side{Right}
	default:
		return nil, fmt.Sprintf("sides = %q is not a choice; use %s", sides, quotedOr(SideOrders))
	}
	switch {
	case e.Kind != Hold:
		return nil, fmt.Sprintf("sides apply to holds, and %s is a %s exercise", e.ID, e.Kind)
	case e.Own == nil && len(e.Sides) == 0 && order != nil:
		return nil, fmt.Sprintf("%s works both sides at once; only sides = \"both\" fits it", e.ID)
	case e.Own == nil && len(e.Sides) > 0 && order == nil:
		return nil, fmt.Sprintf("%s is done one side at a time; use %s", e.ID, quotedOr(SideOrders[1:]))
	case order == nil:
		if len(e.Sides) == 0 {
			return e, ""
		}
		c := *e
		c.Sides = nil
		return &c, ""
	}
	c := *e
	c.Sides = nil
	for _, side := range order {
		c.Sides = append(c.Sides, sideCue(e, side))
	}
	return &c, ""
}

// sideCue is e's set-up for one side: the catalogue's own words, or for an
// own exercise a pointer back to its steps.
func sideCue(e *Exercise, side Side) SideCue {
	for _, sc := range e.Sides {
		if sc.Side == side {
			return sc
		}
	}
	return SideCue{side, "the steps above, on your " + side.String()}
}

func quotedOr(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// spanOf says a range with its unit: "20–30 s", "1 min", "2–4 reps".
func spanOf(r Range, unit string) string {
	if unit == "s" && r.Min == r.Max && r.Min >= 60 {
		return Span(time.Duration(r.Min) * time.Second)
	}
	if r.Min == r.Max {
		return fmt.Sprintf("%d %s", r.Min, unit)
	}
	return fmt.Sprintf("%d–%d %s", r.Min, r.Max, unit)
}
