package config

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext"
)

// A physiotherapist's prescription goes in the file as [[routine]] tables:
// each [[routine.item]] names a catalogue exercise, or one of the file's
// own [[exercise]] tables, and may change its dosage (hold, reps, sets,
// sides). The values are read as the walk meets them and checked once the
// whole file is read, because a routine may name an exercise defined
// further down. Every dosage is checked against the safety bounds of
// routines.CheckHold and the others, and an error says why.

// CommandNames are the names a routine id may not take: the commands of
// the command line (a test checks they are all here), and those cobra and
// fang add.
var CommandNames = []string{"run", "status", "list", "history", "stats", "screening", "signs", "config",
	"help", "completion", "man", "version"}

// element is one [[exercise]], [[routine]] or [[routine.item]] as read.
type element struct {
	at     int            // where its header (or inline table) is
	fields map[string]raw // its keys, by name
	items  []*element     // a routine's items
}

// raw is one value as the file wrote it. The parser's nodes live only
// until its next expression, so what is needed is copied out.
type raw struct {
	kind    unstable.Kind
	data    string
	keyAt   int   // where its key is
	at      int   // where the value is
	isArray bool  // elems holds the array's values
	elems   []raw // the values of an array
}

// isCustom reports whether key is a key inside an [[exercise]] or a
// [[routine]].
func isCustom(key string) bool {
	return strings.HasPrefix(key, "exercise.") || strings.HasPrefix(key, "routine.")
}

// startElement begins another [[exercise]], [[routine]] or
// [[routine.item]] at offset at.
func (d *decoder) startElement(key string, at int) error {
	el := &element{at: at, fields: map[string]raw{}}
	switch key {
	case "exercise":
		d.exercises = append(d.exercises, el)
	case "routine":
		d.routines = append(d.routines, el)
	case "routine.item":
		if len(d.routines) == 0 {
			return d.errorf(at, "[[routine.item]] adds an exercise to the [[routine]] above it, and there is none; start the routine with [[routine]] first")
		}
		r := d.routines[len(d.routines)-1]
		r.items = append(r.items, el)
	}
	return nil
}

// inlineElements reads key = [{...}, {...}], the inline form of an array
// of tables.
func (d *decoder) inlineElements(key string, v *unstable.Node, off int) error {
	if v.Kind != unstable.Array {
		return d.errorf(off, "%s: expected %s (or a list of inline tables), not %s", key, arrayOfTables, describe(v.Kind))
	}
	for it := v.Children(); it.Next(); {
		e := it.Node()
		if e.Kind != unstable.InlineTable {
			return d.errorf(off, "%s: expected inline tables like { id = \"…\" } in the list, not %s", key, describe(e.Kind))
		}
		at := off
		for kv := e.Children(); kv.Next(); {
			for k := kv.Node().Key(); k.Next(); {
				at = int(k.Node().Raw.Offset)
				break
			}
			break
		}
		if err := d.startElement(key, at); err != nil {
			return err
		}
		if err := d.inlineTable(key, e); err != nil {
			return err
		}
	}
	return nil
}

// store keeps the value v of key (an exercise's, a routine's or an item's)
// for buildCustom.
func (d *decoder) store(key string, v *unstable.Node, keyAt, at int) error {
	var el *element
	switch parent(key) {
	case "exercise":
		el = d.exercises[len(d.exercises)-1]
	case "routine":
		el = d.routines[len(d.routines)-1]
	case "routine.item":
		r := d.routines[len(d.routines)-1]
		el = r.items[len(r.items)-1]
	}
	val := raw{kind: v.Kind, data: string(v.Data), keyAt: keyAt, at: at}
	if v.Kind == unstable.Array {
		val.isArray = true
		for it := v.Children(); it.Next(); {
			e := it.Node()
			eAt := at // nested arrays carry no offset of their own
			if e.Raw.Length > 0 {
				eAt = int(e.Raw.Offset)
			}
			val.elems = append(val.elems, raw{kind: e.Kind, data: string(e.Data), keyAt: keyAt, at: eAt})
		}
	}
	el.fields[lastPart(key)] = val
	return nil
}

// isID says whether s looks like an id: lowercase words of letters and
// digits joined by single hyphens, starting with a letter (physio,
// doorway-stretch). It goes on the command line (backstretch run physio)
// and into the history. Written out rather than a regular expression,
// which every run of the program would compile at start-up.
func isID(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

const maxID, maxName, maxLine = 30, 40, 300

// buildCustom checks the [[exercise]] and [[routine]] tables read and
// turns them into the Config's Exercises, Routines and Extra.
func (d *decoder) buildCustom() error {
	own := map[string]*routines.Exercise{}
	ownAt := map[string]int{}
	for _, el := range d.exercises {
		e, err := d.exercise(el, ownAt)
		if err != nil {
			return err
		}
		own[e.ID] = e
		d.cfg.Exercises = append(d.cfg.Exercises, e)
	}
	seen := map[string]int{}
	for _, el := range d.routines {
		r, at, err := d.routine(el, own, seen)
		if err != nil {
			return err
		}
		d.cfg.Routines = append(d.cfg.Routines, r)
		if at != nil {
			d.cfg.Extra = append(d.cfg.Extra, Session{Routine: r.ID, At: *at})
		}
	}
	sort.SliceStable(d.cfg.Extra, func(i, j int) bool { return d.cfg.Extra[i].At.Minutes() < d.cfg.Extra[j].At.Minutes() })
	return nil
}

// exercise checks one [[exercise]] and makes it.
func (d *decoder) exercise(el *element, seen map[string]int) (*routines.Exercise, error) {
	id, err := d.id(el, "this [[exercise]]", "doorway-stretch")
	if err != nil {
		return nil, err
	}
	idAt := el.fields["id"].at
	if _, ok := routines.BuiltinExercise(id); ok {
		return nil, d.errorf(idAt, "exercise id %q is a built-in exercise: use it in a [[routine.item]] with exercise = %q and your own dosage, or give yours another id", id, id)
	}
	if at, ok := seen[id]; ok {
		return nil, d.errorf(idAt, "exercise id %q is already taken by the [[exercise]] on line %d", id, d.line(at))
	}
	seen[id] = el.at
	ctx := fmt.Sprintf("exercise %q", id)
	s := routines.OwnSpec{ID: id}
	if s.Name, err = d.text(el, ctx, "name", maxName, true); err != nil {
		return nil, err
	}
	kind, err := d.text(el, ctx, "kind", maxName, true)
	if err != nil {
		return nil, err
	}
	var ok bool
	if s.Kind, ok = routines.ParseKind(kind); !ok {
		return nil, d.errorf(el.fields["kind"].at, `%s: kind = %q is not a kind; use "hold" (a stretch held for seconds), "reps" (a movement repeated at a pace) or "timed" (an activity done for a while)`, ctx, kind)
	}
	if s.Steps, err = d.steps(el, ctx); err != nil {
		return nil, err
	}
	if s.Cue, err = d.text(el, ctx, "cue", maxLine, false); err != nil {
		return nil, err
	}
	if s.Purpose, err = d.text(el, ctx, "purpose", maxLine, false); err != nil {
		return nil, err
	}
	// A probe of the kind asked, so the checks apply the bounds of an own
	// exercise of that kind.
	probe := &routines.Exercise{ID: id, Kind: s.Kind, Own: &routines.Item{}}
	if err := d.allowed(el, ctx, probe, "pace"); err != nil {
		return nil, err
	}
	get := func(name string, def int, check func(int) string) (int, error) {
		n, set, err := d.number(el, ctx, name)
		switch {
		case err != nil:
			return 0, err
		case !set && def == 0:
			return 0, d.errorf(el.at, "%s has no %s; add %s = %s for %s", ctx, name, name, example(name), wantsFor(s.Kind))
		case !set:
			return def, nil
		}
		if why := check(n); why != "" {
			return 0, d.errorf(el.fields[name].at, "%s: %s", ctx, why)
		}
		return n, nil
	}
	hold := func(n int) string { return routines.CheckHold(probe, n) }
	reps := func(n int) string { return routines.CheckReps(probe, n) }
	switch s.Kind {
	case routines.Hold:
		if s.Hold, err = get("hold", 0, hold); err == nil {
			s.Reps, err = get("reps", 1, reps)
		}
	case routines.Paced:
		if s.Reps, err = get("reps", 0, reps); err == nil {
			if s.Sets, err = get("sets", 1, func(n int) string { return routines.CheckSets(nil, n) }); err == nil {
				s.Pace, err = get("pace", routines.DefaultPace, routines.CheckPace)
			}
		}
	case routines.Timed:
		s.Hold, err = get("hold", 0, hold)
	}
	if err != nil {
		return nil, err
	}
	e := routines.NewOwn(s)
	sides, set, err := d.sides(el, ctx)
	if err != nil || !set {
		return e, err
	}
	e, why := routines.WithSides(e, sides)
	if why != "" {
		return nil, d.errorf(el.fields["sides"].at, "%s: %s", ctx, why)
	}
	return e, nil
}

// wantsFor says what an exercise of kind k is given.
func wantsFor(k routines.Kind) string {
	switch k {
	case routines.Hold:
		return "a hold: how many seconds to hold it"
	case routines.Paced:
		return "a reps exercise: how many repetitions in a set"
	}
	return "a timed activity: how many seconds it lasts"
}

func example(name string) string {
	switch name {
	case "hold":
		return "20"
	case "reps":
		return "2"
	}
	return "1"
}

// routine checks one [[routine]] and makes it, with its time if it has
// one.
func (d *decoder) routine(el *element, own map[string]*routines.Exercise, seen map[string]int) (routines.Routine, *TimeOfDay, error) {
	var r routines.Routine
	id, err := d.id(el, "this [[routine]]", "physio")
	if err != nil {
		return r, nil, err
	}
	idAt := el.fields["id"].at
	switch {
	case routines.IsBuiltinRoutine(id):
		return r, nil, d.errorf(idAt, "routine id %q is a built-in routine (backstretch %s); give yours another id", id, id)
	case slices.Contains(CommandNames, id):
		return r, nil, d.errorf(idAt, "routine id %q is the name of a command (backstretch %s); give yours another id", id, id)
	}
	if at, ok := seen[id]; ok {
		return r, nil, d.errorf(idAt, "routine id %q is already taken by the [[routine]] on line %d", id, d.line(at))
	}
	seen[id] = el.at
	ctx := fmt.Sprintf("routine %q", id)
	r.ID = id
	if r.Name, err = d.text(el, ctx, "name", maxName, false); err != nil {
		return r, nil, err
	}
	if r.Name == "" {
		r.Name = id
	}
	if r.When, err = d.text(el, ctx, "when", maxName, false); err != nil {
		return r, nil, err
	}
	var at *TimeOfDay
	if v, ok := el.fields["at"]; ok {
		if v.kind != unstable.String {
			return r, nil, d.errorf(v.at, "%s: at: expected %s, not %s", ctx, want("routine.at"), describe(v.kind))
		}
		t, err := ParseTimeOfDay(v.data)
		if err != nil {
			return r, nil, d.errorf(v.at, "%s: at: %v", ctx, err)
		}
		at = &t
	}
	switch {
	case r.When != "" && at != nil:
		r.When += ", daily at " + at.String()
	case at != nil:
		r.When = "daily at " + at.String()
	case r.When == "":
		r.When = "any time"
	}
	if len(el.items) == 0 {
		return r, nil, d.errorf(el.at, "%s has no exercises; add a [[routine.item]] with exercise = \"…\" for each", ctx)
	}
	for i, item := range el.items {
		it, err := d.item(item, fmt.Sprintf("%s item %d", ctx, i+1), own)
		if err != nil {
			return r, nil, err
		}
		r.Items = append(r.Items, it)
	}
	return r, at, nil
}

// item checks one [[routine.item]] and makes it: the exercise's standard
// dosage with the item's changes.
func (d *decoder) item(el *element, ctx string, own map[string]*routines.Exercise) (routines.Item, error) {
	var it routines.Item
	name, err := d.text(el, ctx, "exercise", maxID, false)
	if err != nil {
		return it, err
	}
	if name == "" {
		return it, d.errorf(el.at, "%s names no exercise; add exercise = \"…\", e.g. %q or one of your own [[exercise]] ids", ctx, "childs-pose")
	}
	ex, ok := own[name]
	if !ok {
		ex, ok = routines.BuiltinExercise(name)
	}
	if !ok {
		return it, d.errorf(el.fields["exercise"].at, "%s: %s", ctx, unknownExercise(name, own))
	}
	ctx += " (" + ex.ID + ")"
	it = routines.StandardItem(ex)
	it.Exercise, it.Ex = ex.ID, ex
	if err := d.allowed(el, ctx, ex, ""); err != nil {
		return it, err
	}
	for _, f := range []struct {
		name  string
		to    *int
		check func(int) string
	}{
		{"hold", &it.Hold, func(n int) string { return routines.CheckHold(ex, n) }},
		{"reps", &it.Reps, func(n int) string { return routines.CheckReps(ex, n) }},
		{"sets", &it.Sets, func(n int) string { return routines.CheckSets(ex, n) }},
	} {
		n, set, err := d.number(el, ctx, f.name)
		if err != nil {
			return it, err
		}
		if !set {
			continue
		}
		if why := f.check(n); why != "" {
			return it, d.errorf(el.fields[f.name].at, "%s: %s", ctx, why)
		}
		*f.to = n
	}
	sides, set, err := d.sides(el, ctx)
	if err != nil || !set {
		return it, err
	}
	e, why := routines.WithSides(ex, sides)
	if why != "" {
		return it, d.errorf(el.fields["sides"].at, "%s: %s", ctx, why)
	}
	it.Ex = e
	return it, nil
}

// unknownExercise says an item's exercise is unknown, suggesting the
// closest id, else listing them all.
func unknownExercise(name string, own map[string]*routines.Exercise) string {
	ids := routines.BuiltinExerciseIDs()
	for id := range own {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	best, bestDist := "", 0
	var starts []string // ids that begin with name: "doorway" for "doorway-stretch"
	for _, id := range ids {
		if d := distance(strings.ToLower(name), id); best == "" || d < bestDist {
			best, bestDist = id, d
		}
		if name != "" && strings.HasPrefix(id, strings.ToLower(name)) {
			starts = append(starts, id)
		}
	}
	msg := fmt.Sprintf("no exercise %q", name)
	if bestDist > max(2, len(best)/3) && len(starts) == 1 {
		best, bestDist = starts[0], 0
	}
	if bestDist <= max(2, len(best)/3) {
		return fmt.Sprintf("%s; did you mean %q?", msg, best)
	}
	return fmt.Sprintf("%s; the exercises are %s, and your own [[exercise]] ids", msg, strings.Join(ids, ", "))
}

// allowed checks that el sets only the dosage keys that ex's kind takes;
// also names a key the kind takes that el may not set here.
func (d *decoder) allowed(el *element, ctx string, ex *routines.Exercise, also string) error {
	takes := map[routines.Kind][]string{
		routines.Hold:  {"hold", "reps", "sides"},
		routines.Paced: {"reps", "sets", also},
		routines.Timed: {"hold"},
	}[ex.Kind]
	for _, name := range []string{"hold", "reps", "sets", "sides", "pace"} {
		v, ok := el.fields[name]
		if !ok || slices.Contains(takes, name) {
			continue
		}
		what := ex.ID + " is"
		if ex.Own != nil && ex.Own.Exercise == "" {
			what = "this exercise is" // being defined
		}
		why := map[routines.Kind]string{
			routines.Hold:  "a hold: it takes hold, reps and sides",
			routines.Paced: "a reps exercise: it takes reps and sets",
			routines.Timed: "a timed activity: it takes hold, its length in seconds",
		}[ex.Kind]
		return d.errorf(v.keyAt, "%s: %s does not apply: %s %s", ctx, name, what, why)
	}
	return nil
}

// id reads el's id, which must be there.
func (d *decoder) id(el *element, what, eg string) (string, error) {
	v, ok := el.fields["id"]
	switch {
	case !ok:
		return "", d.errorf(el.at, "%s has no id; add one like id = %q", what, eg)
	case v.kind != unstable.String:
		return "", d.errorf(v.at, "id: expected an id in quotes like %q, not %s", eg, describe(v.kind))
	case len(v.data) > maxID || !isID(v.data):
		return "", d.errorf(v.at, "id %q: use up to %d lower-case letters, digits and single hyphens, starting with a letter, like %q", v.data, maxID, eg)
	}
	return v.data, nil
}

// text reads a line of text of el: one line, at most limit characters.
func (d *decoder) text(el *element, ctx, name string, limit int, required bool) (string, error) {
	v, ok := el.fields[name]
	switch {
	case !ok && required:
		return "", d.errorf(el.at, "%s has no %s; add one like %s = %s", ctx, name, name, map[string]string{
			"name": `"Doorway chest stretch"`, "kind": `"hold" (or "reps" or "timed")`}[name])
	case !ok:
		return "", nil
	case v.kind != unstable.String:
		return "", d.errorf(v.at, "%s: %s: expected %s, not %s", ctx, name, wantOf(name), describe(v.kind))
	}
	if why := badLine(v.data, limit); why != "" {
		return "", d.errorf(v.at, "%s: %s %s", ctx, name, why)
	}
	return strings.TrimSpace(v.data), nil
}

// wantOf is what a key of an exercise, routine or item wants.
func wantOf(name string) string {
	for _, t := range []string{"exercise", "routine", "routine.item"} {
		if w := want(join(t, name)); w != "" {
			return w
		}
	}
	return ""
}

// badLine says why s is not a line of text for the screen, or "".
func badLine(s string, limit int) string {
	switch {
	case strings.TrimSpace(s) == "":
		return "is empty"
	case strings.ContainsAny(s, "\n\r\t\v\f"):
		return "must be one line, with no line breaks or tabs"
	case !safetext.IsSafe(s):
		// ESC, BEL, a C1 control, a bidirectional override: each would
		// act on the terminal it is shown on. Show where, escaped.
		return "contains a control character, shown escaped: " + safetext.Quote(s) + "; remove it"
	case utf8.RuneCountInString(s) > limit:
		return fmt.Sprintf("is %d characters long; keep it to %d", utf8.RuneCountInString(s), limit)
	}
	return ""
}

// steps reads an exercise's steps: a list of one or more lines.
func (d *decoder) steps(el *element, ctx string) ([]string, error) {
	v, ok := el.fields["steps"]
	switch {
	case !ok:
		return nil, d.errorf(el.at, "%s has no steps; add them like steps = [\"Stand in a doorway.\", \"Lean forward.\"]", ctx)
	case !v.isArray:
		return nil, d.errorf(v.at, "%s: steps: expected %s, not %s", ctx, want("exercise.steps"), describe(v.kind))
	case len(v.elems) == 0:
		return nil, d.errorf(v.at, "%s: steps is empty; give at least one step", ctx)
	}
	var steps []string
	for i, e := range v.elems {
		if e.kind != unstable.String {
			return nil, d.errorf(e.at, "%s: step %d: expected a step in quotes, not %s", ctx, i+1, describe(e.kind))
		}
		if why := badLine(e.data, maxLine); why != "" {
			return nil, d.errorf(e.at, "%s: step %d %s", ctx, i+1, why)
		}
		steps = append(steps, strings.TrimSpace(e.data))
	}
	return steps, nil
}

// number reads a whole number of el, if set.
func (d *decoder) number(el *element, ctx, name string) (n int, set bool, err error) {
	v, ok := el.fields[name]
	if !ok {
		return 0, false, nil
	}
	if v.kind != unstable.Integer {
		return 0, false, d.errorf(v.at, "%s: %s: expected %s, not %s", ctx, name, wantOf(name), describe(v.kind))
	}
	// Base 0 reads TOML's 0x, 0o, 0b and _ forms; go-toml has already
	// rejected numbers that don't fit in 64 bits.
	i, err := strconv.ParseInt(v.data, 0, 64)
	if err != nil || int64(int(i)) != i {
		return 0, false, d.errorf(v.at, "%s: %s = %s is far out of range", ctx, name, v.data)
	}
	return int(i), true, nil
}

// sides reads el's sides, if set.
func (d *decoder) sides(el *element, ctx string) (string, bool, error) {
	v, ok := el.fields["sides"]
	switch {
	case !ok:
		return "", false, nil
	case v.kind != unstable.String:
		return "", false, d.errorf(v.at, "%s: sides: expected %s, not %s", ctx, wantOf("sides"), describe(v.kind))
	}
	return v.data, true, nil
}

// line is the line of offset off.
func (d *decoder) line(off int) int { return errorAt("", d.data, off, "").Line }
