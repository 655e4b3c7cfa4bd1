package routines

import "time"

// Item is one exercise of a routine at its full dosage.
type Item struct {
	Exercise string
	// Hold is seconds per hold (Hold kind) or the activity's length (Timed).
	Hold int
	// Reps is holds per side (Hold) or repetitions per set and direction (Paced).
	Reps int
	// Sets is how many sets of a Paced exercise; 0 means one.
	Sets int
	// Ex is the exercise itself, set on every item of a config file's
	// routine (config checks the item against the exercise it names: one
	// of the file's own, or a built-in one, perhaps with its sides
	// changed). Nil for the built-in routines, whose exercises the
	// built-in table gives: so a routine needs no catalogue to be run.
	Ex *Exercise
}

// exercise is the item's exercise.
func (it Item) exercise() (*Exercise, bool) {
	if it.Ex != nil {
		return it.Ex, true
	}
	return BuiltinExercise(it.Exercise)
}

// FullDosage is the progress at which every exercise is at its routine's
// full dosage: for the lengths said where no history is read (--help).
func FullDosage() Progress { return Progress{Day: MaxRampDays, Ramp: MaxRampDays, Week: 1} }

// Routine is a named sequence of exercises at full dosage.
type Routine struct {
	ID   string
	Name string
	When string
	// Nominal is the length the article names the routine by ("Morning (5
	// minutes)"), 0 where it names none (the mid-back and desk routines,
	// and the config file's). It is the article's name, not the real
	// length: the session's plan says that (session.Plan.Duration).
	Nominal time.Duration
	Items   []Item
}

// The 13-minute daily routine (000) is morning + midday + evening; midback
// is the sequence of 001; desk is the hourly shoulder-roll set.
var routines = []Routine{
	{
		ID: "morning", Name: "Morning routine", When: "morning", Nominal: 5 * time.Minute,
		Items: []Item{
			{Exercise: "shoulder-rolls", Reps: 4, Sets: 2},
			{Exercise: "rhomboid", Hold: 20, Reps: 2},
			{Exercise: "deep-breathing", Hold: 60},
		},
	},
	{
		ID: "midday", Name: "Midday routine", When: "midday", Nominal: 3 * time.Minute,
		Items: []Item{
			{Exercise: "wall-pushups", Reps: 10, Sets: 1},
			{Exercise: "seated-twist", Hold: 30, Reps: 1},
		},
	},
	{
		ID: "evening", Name: "Evening routine", When: "evening", Nominal: 5 * time.Minute,
		Items: []Item{
			{Exercise: "childs-pose", Hold: 30, Reps: 2},
			{Exercise: "band-squeeze", Reps: 12, Sets: 1},
			{Exercise: "foam-rolling", Hold: 60},
		},
	},
	{
		ID: "midback", Name: "Mid-back routine", When: "any time",
		Items: []Item{
			{Exercise: "cat-cow", Reps: catCowMax, Sets: 1},
			{Exercise: "cobra", Hold: cobraHold, Reps: cobraReps},
			{Exercise: "seated-twist", Hold: 30, Reps: 1},
		},
	},
	{
		ID: "desk", Name: "Desk shoulder rolls", When: "hourly at work",
		Items: []Item{
			{Exercise: "shoulder-rolls", Reps: 4, Sets: 1},
		},
	},
}

// BuiltinRoutine returns the built-in routine with the given id, never
// one of the config file's.
func BuiltinRoutine(id string) (Routine, bool) {
	for _, r := range routines {
		if r.ID == id {
			return r, true
		}
	}
	return Routine{}, false
}

// BuiltinRoutineIDs returns the five built-in routine ids in their daily
// order.
func BuiltinRoutineIDs() []string {
	ids := make([]string, len(routines))
	for i, r := range routines {
		ids[i] = r.ID
	}
	return ids
}

// IsBuiltinRoutine reports whether id is one of the five built-in
// routines.
func IsBuiltinRoutine(id string) bool {
	_, ok := BuiltinRoutine(id)
	return ok
}

// WarmUpMinutes is the warm-up the article asks for (000: "Five minutes
// of brisk walking or arm circles").
const WarmUpMinutes = 5

// WithWarmUp is r with the guided warm-up before its first exercise.
func WithWarmUp(r Routine) Routine {
	r.Items = append([]Item{{Exercise: "warm-up", Hold: WarmUpMinutes * 60}}, r.Items...)
	return r
}
