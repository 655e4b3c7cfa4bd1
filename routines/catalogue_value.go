package routines

import (
	"slices"
	"sort"
)

// Catalogue is what a run of the program offers: the built-in routines
// and exercises, then those of the config file. It is a value the program
// makes once it has read the config and hands to whoever lists, names or
// runs a routine, so that no part of the program can fall back on the
// built-in ones alone by reading the config too late.
//
// The zero Catalogue is no catalogue at all: its methods panic, so that
// an options struct whose Catalogue was forgotten fails at once instead of
// quietly showing only the built-in routines. Make one with Builtin or
// NewCatalogue.
type Catalogue struct {
	own *Custom
}

// Builtin is the catalogue of the built-in routines and exercises alone:
// for a program with no config file, or one whose file has a fault.
func Builtin() Catalogue { return Catalogue{own: &Custom{}} }

// NewCatalogue is the built-in routines and exercises with those of the
// config file after them (config.Config.Custom).
func NewCatalogue(c Custom) Catalogue { return Catalogue{own: &c} }

// custom is the config file's part, and says a zero Catalogue was used.
func (c Catalogue) custom() *Custom {
	if c.own == nil {
		panic("routines: a zero Catalogue was used; make one with routines.Builtin or routines.NewCatalogue")
	}
	return c.own
}

// Routines returns the five routines in their daily order, then the
// config file's own routines.
func (c Catalogue) Routines() []Routine {
	own := c.custom().Routines
	if len(own) == 0 {
		return routines
	}
	return append(slices.Clip(routines), own...)
}

// RoutineByID returns the routine with the given id, built in or of the
// config file.
func (c Catalogue) RoutineByID(id string) (Routine, bool) {
	for _, r := range c.Routines() {
		if r.ID == id {
			return r, true
		}
	}
	return Routine{}, false
}

// RoutineIDs returns the routine ids in their daily order, then those of
// the config file.
func (c Catalogue) RoutineIDs() []string {
	all := c.Routines()
	ids := make([]string, len(all))
	for i, r := range all {
		ids[i] = r.ID
	}
	return ids
}

// Exercises returns the built-in exercises, in the order they are
// presented, then the config file's own.
func (c Catalogue) Exercises() []*Exercise {
	own := c.custom().Exercises
	out := make([]*Exercise, len(catalogue), len(catalogue)+len(own))
	for i := range catalogue {
		out[i] = &catalogue[i]
	}
	return append(out, own...)
}

// ExerciseByID returns the exercise with the given id, built in or of the
// config file.
func (c Catalogue) ExerciseByID(id string) (*Exercise, bool) {
	if e, ok := byID[id]; ok {
		return e, true
	}
	for _, e := range c.custom().Exercises {
		if e.ID == id {
			return e, true
		}
	}
	return nil, false
}

// ExerciseIDs returns every exercise id, sorted: the built-in ones and
// those of the config file.
func (c Catalogue) ExerciseIDs() []string {
	all := c.Exercises()
	ids := make([]string, 0, len(all))
	for _, e := range all {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
	return ids
}
