package config

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// prescription is a routine of catalogue exercises with changes and one
// exercise of its own; its lines are numbered in the tests below.
const prescription = `[[routine]]
id = "physio"
name = "Physio plan"
at = "17:30"

[[routine.item]]
exercise = "childs-pose"
hold = 25
reps = 3

[[routine.item]]
exercise = "doorway-stretch"

[[routine.item]]
exercise = "seated-twist"
sides = "left"

[[exercise]]
id = "doorway-stretch"
name = "Doorway chest stretch"
kind = "hold"
steps = ["Stand in a doorway.", "Lean forward gently."]
hold = 20
`

func TestAPrescriptionBecomesARoutineOfItsOwn(t *testing.T) {
	t.Parallel()
	cfg, err := Parse(path, []byte(prescription))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Routines) != 1 || len(cfg.Exercises) != 1 {
		t.Fatalf("got %d routines and %d exercises, want 1 and 1", len(cfg.Routines), len(cfg.Exercises))
	}
	r := cfg.Routines[0]
	if r.ID != "physio" || r.Name != "Physio plan" || r.When != "daily at 17:30" || len(r.Items) != 3 {
		t.Fatalf("routine %+v", r)
	}
	// Each item carries its exercise, the file's own or a built-in one:
	// a session of the routine needs no catalogue to find them.
	for i, it := range r.Items {
		if it.Ex == nil || it.Ex.ID != it.Exercise {
			t.Errorf("item %d (%s) carries the exercise %v", i+1, it.Exercise, it.Ex)
		}
	}
	full := r.Doses(routines.ProgressFor(10, 4, 10))
	want := []string{"3 × 25 s", "1 × 20 s", "30 s, left side"}
	for i, d := range full {
		if d.String() != want[i] {
			t.Errorf("item %d (%s) at full dosage: %s, want %s", i+1, d.Exercise.ID, d, want[i])
		}
	}
	if own := cfg.Exercises[0]; full[1].Exercise != own || own.Name != "Doorway chest stretch" || own.Cue != "Lean forward gently." {
		t.Errorf("the own exercise: %+v", own)
	}
	// The get-ready times, one child's pose rest, the holds and the twist.
	if d := session.Build(r, routines.FullDosage()).Duration(); d != (15+10+10)*time.Second+3*25*time.Second+2*10*time.Second+20*time.Second+30*time.Second {
		t.Errorf("the routine takes %v at full dosage", d)
	}
	if r.Nominal != 0 {
		t.Errorf("a routine of the config file has the article's minutes %v; the article names none", r.Nominal)
	}
	if len(cfg.Extra) != 1 || cfg.Extra[0] != (Session{Routine: "physio", At: TimeOfDay{17, 30}}) {
		t.Errorf("Extra = %+v, want physio at 17:30", cfg.Extra)
	}
	if c := cfg.Custom(); len(c.Routines) != 1 || len(c.Exercises) != 1 {
		t.Errorf("Custom() = %+v", c)
	}
	twist, _ := routines.BuiltinExercise("seated-twist")
	if len(twist.Sides) != 2 {
		t.Error("the prescription changed the catalogue's seated twist")
	}
}

func TestTheExampleFileParses(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../docs/examples/physio.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse("physio.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Routines) != 1 || cfg.Routines[0].ID != "physio" || len(cfg.Exercises) != 1 {
		t.Fatalf("the example has %d routines and %d exercises", len(cfg.Routines), len(cfg.Exercises))
	}
	var builtin, own int
	for _, it := range cfg.Routines[0].Items {
		if it.Ex.Own != nil {
			own++
		} else {
			builtin++
		}
	}
	if builtin < 2 || own != 1 {
		t.Errorf("the example uses %d built-in exercises and %d of its own; it should show both", builtin, own)
	}
	// The example keeps the rest of the defaults.
	cfg.Path, cfg.Exercises, cfg.Routines, cfg.Extra = "", nil, nil, nil
	if d := Default(); cfg.RampDays != d.RampDays || cfg.Sessions[2] != d.Sessions[2] {
		t.Errorf("the example changes other settings: %+v", cfg)
	}
}

func TestInlineTablesWorkLikeArraysOfTables(t *testing.T) {
	t.Parallel()
	cfg, err := Parse(path, []byte(`routine = [{ id = "quick", item = [{ exercise = "cobra", reps = 2 }, { exercise = "cat-cow" }] }]`))
	if err != nil {
		t.Fatal(err)
	}
	if r := cfg.Routines[0]; r.ID != "quick" || r.Name != "quick" || r.When != "any time" || len(r.Items) != 2 || r.Items[0].Reps != 2 || r.Items[1].Reps != 5 {
		t.Errorf("routine %+v", r)
	}
}

func TestCustomRoutineErrorsPointAtTheValueAndSayWhy(t *testing.T) {
	t.Parallel()
	// Lines of the prescription: 8 is childs-pose's hold, 9 its reps, 12
	// the doorway item's exercise, 16 the twist's sides, 19 the exercise's
	// id, 23 its hold.
	edit := func(pairs ...string) string {
		doc := prescription
		for i := 0; i+1 < len(pairs); i += 2 {
			if !strings.Contains(doc, pairs[i]) {
				t.Fatalf("the prescription has no %q", pairs[i])
			}
			doc = strings.Replace(doc, pairs[i], pairs[i+1], 1)
		}
		return doc
	}
	tests := []struct {
		name      string
		doc       string
		line, col int
		msg       string
	}{
		{"a ten-minute hold of a catalogue stretch", edit("hold = 25", "hold = 600"), 8, 8,
			`routine "physio" item 1 (childs-pose): hold = 600 s is longer than the articles give for childs-pose (20–30 s); a prescription may ask for less, never more`},
		{"a ten-minute hold of an own stretch", edit("exercise = \"doorway-stretch\"\n", "exercise = \"doorway-stretch\"\nhold = 600\n"), 13, 8,
			`routine "physio" item 2 (doorway-stretch): hold = 600 s is longer than the 30 s the articles recommend at most for one hold (15–30 s)`},
		{"a ten-minute hold in an own exercise", edit("hold = 20", "hold = 600"), 23, 8,
			`exercise "doorway-stretch": hold = 600 s is longer than the 30 s the articles recommend at most for one hold`},
		{"a negative rep count", edit("reps = 3", "reps = -3"), 9, 8,
			`routine "physio" item 1 (childs-pose): reps = -3 is negative: a count of repetitions is 1 or more; use 1 to 4`},
		{"no reps at all", edit("reps = 3", "reps = 0"), 9, 8, `reps = 0 would leave the exercise out; use 1 to 4`},
		{"more reps than the article", edit("reps = 3", "reps = 5"), 9, 8, `reps = 5 is more than the articles give for childs-pose (2–4 reps)`},
		{"sets for a hold", edit("reps = 3", "sets = 2"), 9, 1, `routine "physio" item 1 (childs-pose): sets does not apply: childs-pose is a hold: it takes hold, reps and sides`},
		{"a twist on both sides at once", edit(`sides = "left"`, `sides = "both"`), 16, 9, `seated-twist is done one side at a time`},
		{"a hold as text", edit("hold = 25", `hold = "25s"`), 8, 8, `routine "physio" item 1 (childs-pose): hold: expected a whole number of seconds like 20, not a string`},
		{"an unknown exercise suggests the closest", edit(`exercise = "childs-pose"`, `exercise = "child-pose"`), 7, 12,
			`routine "physio" item 1: no exercise "child-pose"; did you mean "childs-pose"?`},
		{"an own exercise's id can be suggested too", edit(`exercise = "doorway-stretch"`, `exercise = "doorway"`), 12, 12, `did you mean "doorway-stretch"?`},
		{"an exercise nothing like any lists them", edit(`exercise = "childs-pose"`, `exercise = "handstand"`), 7, 12,
			`no exercise "handstand"; the exercises are band-squeeze, cat-cow, childs-pose, cobra, deep-breathing, doorway-stretch, foam-rolling`},
		{"an unknown key in an item", edit("hold = 25", "hodl = 25"), 8, 1, `unknown key "routine.item.hodl"; did you mean "hold"?`},
		{"an unknown key in a routine", edit(`name = "Physio plan"`, `nmae = "Physio plan"`), 3, 1, `unknown key "routine.nmae"; did you mean "name"?`},
		{"an item's key in the routine", edit(`at = "17:30"`, `hold = 20`), 4, 1, `unknown key "routine.hold"; it belongs in the [[exercise]] table or in the [[routine.item]] table`},
		{"an unknown key in an exercise", edit(`kind = "hold"`, `knid = "hold"`), 21, 1, `unknown key "exercise.knid"; did you mean "kind"?`},
		{"a routine named like a built-in one", edit(`id = "physio"`, `id = "evening"`), 2, 6, `routine id "evening" is a built-in routine (backstretch evening); give yours another id`},
		{"a routine named like a command", edit(`id = "physio"`, `id = "stats"`), 2, 6, `routine id "stats" is the name of a command`},
		{"an exercise named like a built-in one", edit(`id = "doorway-stretch"`, `id = "cobra"`), 19, 6, `exercise id "cobra" is a built-in exercise`},
		{"an id with spaces", edit(`id = "physio"`, `id = "my plan"`), 2, 6, `id "my plan": use up to 30 lower-case letters, digits and single hyphens`},
		{"a routine id twice", prescription + "\n[[routine]]\nid = \"physio\"\n[[routine.item]]\nexercise = \"cobra\"\n", 26, 6,
			`routine id "physio" is already taken by the [[routine]] on line 1`},
		{"an exercise id twice", prescription + "\n[[exercise]]\nid = \"doorway-stretch\"\n", 26, 6,
			`exercise id "doorway-stretch" is already taken by the [[exercise]] on line 18`},
		{"a routine with no exercises", "[[routine]]\nid = \"empty\"\n", 1, 3, `routine "empty" has no exercises; add a [[routine.item]]`},
		{"a routine with no id", "[[routine]]\nname = \"Mine\"\n", 1, 3, `this [[routine]] has no id; add one like id = "physio"`},
		{"an item with no exercise", "[[routine]]\nid = \"mine\"\n[[routine.item]]\nreps = 2\n", 3, 11, `routine "mine" item 1 names no exercise`},
		{"an item before any routine", "[[routine.item]]\nexercise = \"cobra\"\n", 1, 11, `[[routine.item]] adds an exercise to the [[routine]] above it, and there is none`},
		{"a routine with single brackets", "[routine]\nid = \"mine\"\n", 1, 2, `routine: write [[routine]], with double brackets`},
		{"a misspelled array of tables", "[[routines]]\n", 1, 3, `unknown table "routines"; did you mean "routine"?`},
		{"a dotted key into an item", "[[routine]]\nid = \"mine\"\nitem.exercise = \"cobra\"\n", 3, 1, `routine.item: each one is a table of its own: start it with [[routine.item]]`},
		{"a bad reminder time", edit(`at = "17:30"`, `at = "5pm"`), 4, 6, `routine "physio": at: "5pm" is not a time`},
		{"an unknown kind", edit(`kind = "hold"`, `kind = "stretch"`), 21, 8, `kind = "stretch" is not a kind; use "hold"`},
		{"an own hold without a hold", edit("hold = 20\n", ""), 18, 3, `exercise "doorway-stretch" has no hold; add hold = 20 for a hold: how many seconds to hold it`},
		{"a step on two lines", edit(`"Lean forward gently."`, `"""Lean forward
gently."""`), 22, 33, `exercise "doorway-stretch": step 2 must be one line`},
		{"own reps too quick", edit(`kind = "hold"`, `kind = "reps"`+"\nreps = 8\npace = 1", "hold = 20\n", ""), 23, 8, `pace = 1 s a rep is too quick`},
		{"an own timed activity of ten minutes", edit(`kind = "hold"`, `kind = "timed"`, "hold = 20", "hold = 600"), 23, 8, `longer than 5 min, the longest activity in the articles (the warm-up)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, _ := parseError(t, path, tt.doc, tt.line, tt.col, tt.msg)
			if cfg.Routines != nil || cfg.Path != "" {
				t.Errorf("a failed Parse returned %+v", cfg)
			}
		})
	}
}

func TestTheErrorForALongHoldIsOneLineWithFileLineAndColumn(t *testing.T) {
	t.Parallel()
	doc := strings.Replace(prescription, "hold = 25", "hold = 600", 1)
	_, err := Parse(path, []byte(doc))
	want := path + `:8:8: routine "physio" item 1 (childs-pose): hold = 600 s is longer than the articles give for childs-pose (20–30 s); a prescription may ask for less, never more`
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// Three sets of 12 band squeezes were once accepted, though the article
// gives one set of 10–12 a day and a built-in exercise may be asked for
// less, never more. Each built-in exercise takes at most the sets a day
// its article gives: three for the wall push-ups (weeks 1–2), one for the
// band squeezes.
func TestABuiltInExerciseTakesNoMoreSetsThanItsArticleGives(t *testing.T) {
	t.Parallel()
	doc := "[[routine]]\nid = \"mine\"\n[[routine.item]]\nexercise = \"band-squeeze\"\nsets = 3\n"
	parseError(t, path, doc, 5, 8, `sets = 3 is more than the articles give for band-squeeze (1 set a day); a prescription may ask for less, never more`)
	ok := "[[routine]]\nid = \"mine\"\n[[routine.item]]\nexercise = \"wall-pushups\"\nsets = 3\n"
	if _, err := Parse(path, []byte(ok)); err != nil {
		t.Errorf("3 sets of wall push-ups: %v", err)
	}
}
