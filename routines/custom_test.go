package routines

import (
	"strings"
	"testing"
	"time"
)

func ownHold(t *testing.T) *Exercise {
	t.Helper()
	return NewOwn(OwnSpec{ID: "doorway-stretch", Name: "Doorway chest stretch", Kind: Hold,
		Steps: []string{"Stand in a doorway.", "Lean forward gently."}, Hold: 30, Reps: 3})
}

func TestTheBoundsComeFromTheArticlesLargestFigures(t *testing.T) {
	t.Parallel()
	// The catalogue is where the bounds of own exercises come from: if it
	// changes, they must be looked at again.
	var hold, holdReps, reps, timed int
	for _, e := range Builtin().Exercises() {
		switch e.Kind {
		case Hold:
			hold, holdReps = max(hold, e.HoldRange.Max), max(holdReps, e.RepRange.Max)
		case Paced:
			reps = max(reps, e.RepRange.Max)
		case Timed:
			timed = max(timed, e.HoldRange.Max)
		}
	}
	if hold != MaxOwnHold || holdReps != MaxOwnHoldReps || reps != MaxOwnReps || timed != MaxOwnTimed {
		t.Errorf("the catalogue's largest figures are hold %d s × %d, %d reps, %d s timed; the bounds say %d, %d, %d, %d",
			hold, holdReps, reps, timed, MaxOwnHold, MaxOwnHoldReps, MaxOwnReps, MaxOwnTimed)
	}
}

func TestAPrescriptionMayAskLessOfACatalogueExerciseNeverMore(t *testing.T) {
	t.Parallel()
	childs, _ := BuiltinExercise("childs-pose")
	rolls, _ := BuiltinExercise("shoulder-rolls")
	breathing, _ := BuiltinExercise("deep-breathing")
	cases := []struct {
		name string
		why  string // "" when allowed, else a part of the reason
	}{
		{CheckHold(childs, 30), ""},
		{CheckHold(childs, 12), ""},
		{CheckHold(childs, 31), "longer than the articles give for childs-pose (20–30 s); a prescription may ask for less, never more"},
		{CheckHold(childs, 600), "hold = 600 s is longer"},
		{CheckHold(childs, 0), "hold = 0 s would take no time at all"},
		{CheckHold(childs, -5), "hold = -5 s is negative"},
		{CheckReps(childs, 4), ""},
		{CheckReps(childs, 5), "reps = 5 is more than the articles give for childs-pose (2–4 reps)"},
		{CheckReps(childs, -3), "reps = -3 is negative"},
		{CheckReps(rolls, 4), ""},
		{CheckReps(rolls, 5), "(3–4 reps)"},
		{CheckHold(breathing, 30), ""},
		{CheckHold(breathing, 61), "(1 min)"},
		{CheckSets(nil, 3), ""},
		{CheckSets(nil, 4), "sets = 4 is more than the 3 sets a day the articles give at most"},
		{CheckSets(nil, 0), "sets = 0 would leave the exercise out"},
	}
	for i, c := range cases {
		if (c.why == "") != (c.name == "") || !strings.Contains(c.name, c.why) {
			t.Errorf("case %d: got %q, want %q", i, c.name, c.why)
		}
	}
}

func TestOwnExercisesAreHeldToTheArticlesLargestFiguresOfTheirKind(t *testing.T) {
	t.Parallel()
	hold := ownHold(t)
	reps := NewOwn(OwnSpec{ID: "rows", Name: "Rows", Kind: Paced, Steps: []string{"Row."}, Reps: 10, Sets: 1, Pace: 4})
	timed := NewOwn(OwnSpec{ID: "walk", Name: "Walk", Kind: Timed, Steps: []string{"Walk."}, Hold: 120})
	cases := []struct{ got, want string }{
		{CheckHold(hold, 30), ""},
		{CheckHold(hold, 600), "hold = 600 s is longer than the 30 s the articles recommend at most for one hold (15–30 s)"},
		{CheckReps(hold, 4), ""},
		{CheckReps(hold, 5), "the 4 times the articles repeat a stretch at most"},
		{CheckReps(reps, 12), ""},
		{CheckReps(reps, 13), "the 12 repetitions the articles give a set at most"},
		{CheckReps(reps, 0), "reps = 0 would leave the exercise out; use 1 to 12"},
		{CheckHold(timed, 300), ""},
		{CheckHold(timed, 600), "longer than 5 min, the longest activity in the articles (the warm-up)"},
		{CheckPace(3), ""},
		{CheckPace(2), "too quick"},
		{CheckPace(11), "use 3 to 10 s"},
	}
	for i, c := range cases {
		if (c.want == "") != (c.got == "") || !strings.Contains(c.got, c.want) {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestSidesChangeOnlyWhatTheExerciseAllows(t *testing.T) {
	t.Parallel()
	twist, _ := BuiltinExercise("seated-twist")
	childs, _ := BuiltinExercise("childs-pose")
	rolls, _ := BuiltinExercise("shoulder-rolls")

	left, why := WithSides(twist, "left")
	if why != "" || len(left.Sides) != 1 || left.Sides[0] != twist.Sides[1] {
		t.Errorf("seated-twist, left only: %+v, %q; want the catalogue's left-side cue alone", left, why)
	}
	if len(twist.Sides) != 2 {
		t.Fatal("changing the sides changed the catalogue")
	}
	lr, _ := WithSides(twist, "left-right")
	if lr.Sides[0].Side != Left || lr.Sides[1].Side != Right {
		t.Errorf("left-right gave %+v", lr.Sides)
	}
	if _, why := WithSides(twist, "both"); !strings.Contains(why, "one side at a time") {
		t.Errorf("seated-twist on both sides at once: %q", why)
	}
	if e, why := WithSides(childs, "both"); why != "" || e != childs {
		t.Errorf("child's pose on both sides, as it is: %v, %q", e, why)
	}
	if _, why := WithSides(childs, "left"); !strings.Contains(why, "works both sides at once") {
		t.Errorf("child's pose on one side: %q", why)
	}
	if _, why := WithSides(rolls, "left"); !strings.Contains(why, "sides apply to holds") {
		t.Errorf("shoulder rolls on one side: %q", why)
	}
	if _, why := WithSides(childs, "middle"); !strings.Contains(why, `use "both", "left-right", "right-left", "left" or "right"`) {
		t.Errorf("an unknown side: %q", why)
	}
	own, why := WithSides(ownHold(t), "right-left")
	if why != "" || len(own.Sides) != 2 || own.Sides[0].Side != Right || !strings.Contains(own.Sides[1].Cue, "on your left") {
		t.Errorf("an own hold, right then left: %+v, %q", own.Sides, why)
	}
}

func TestOwnRoutinesFollowTheRampUpLikeTheBuiltInOnes(t *testing.T) {
	t.Parallel()
	door := ownHold(t)
	rows := NewOwn(OwnSpec{ID: "rows", Name: "Rows", Kind: Paced, Steps: []string{"Row."}, Reps: 10, Sets: 2, Pace: 4})
	walk := NewOwn(OwnSpec{ID: "walk", Name: "Walk", Kind: Timed, Steps: []string{"Walk."}, Hold: 120})
	childs, _ := BuiltinExercise("childs-pose")
	r := Routine{ID: "physio", Name: "Physio plan", Items: []Item{
		{Exercise: "childs-pose", Hold: 25, Reps: 3, Ex: childs},
		{Exercise: "doorway-stretch", Hold: 30, Reps: 3, Ex: door},
		{Exercise: "rows", Reps: 10, Sets: 2, Ex: rows},
		{Exercise: "walk", Hold: 120, Ex: walk},
	}}
	first := r.Doses(FirstSession())
	if first[0].Hold != 10*time.Second || first[0].Reps != 1 || first[1].Hold != 10*time.Second || first[1].Reps != 1 {
		t.Errorf("first session: %v, %v; want every hold 10 s × 1", first[0], first[1])
	}
	if first[2].Reps != 1 || first[2].Sets != 1 || first[3].Hold != 120*time.Second {
		t.Errorf("first session: rows %v, walk %v; want 1 rep in 1 set, and the whole 2 min", first[2], first[3])
	}
	full := r.Doses(ProgressFor(3, DefaultRampDays, 3))
	want := []string{"3 × 25 s", "3 × 30 s", "2 sets of 10 reps", "2 min"}
	for i, d := range full {
		if d.String() != want[i] {
			t.Errorf("last ramp day, %s: %s, want the prescription's %s", d.Exercise.ID, d, want[i])
		}
	}
	if pace := full[2].Exercise.Pattern[0].Dur; pace != 4*time.Second {
		t.Errorf("a rep of rows takes %v, want the 4 s asked", pace)
	}
}

func TestACatalogueHasTheConfigsRoutinesAfterTheBuiltInOnes(t *testing.T) {
	t.Parallel()
	door := ownHold(t)
	r := Routine{ID: "physio", Name: "Physio plan", Items: []Item{{Exercise: "doorway-stretch", Hold: 20, Reps: 1, Ex: door}}}
	cat := NewCatalogue(Custom{Exercises: []*Exercise{door}, Routines: []Routine{r}})
	ids := cat.RoutineIDs()
	if strings.Join(ids, ",") != "morning,midday,evening,midback,desk,physio" {
		t.Errorf("routines in the catalogue: %v", ids)
	}
	if got, ok := cat.RoutineByID("physio"); !ok || got.Name != "Physio plan" {
		t.Errorf("RoutineByID(physio) = %v, %v", got, ok)
	}
	if e, ok := cat.ExerciseByID("doorway-stretch"); !ok || e != door {
		t.Errorf("ExerciseByID(doorway-stretch) = %v, %v", e, ok)
	}
	if _, ok := BuiltinExercise("doorway-stretch"); ok || IsBuiltinRoutine("physio") {
		t.Error("an own exercise or routine passes for a built-in one")
	}
	if _, ok := BuiltinRoutine("physio"); ok {
		t.Error("BuiltinRoutine gives the config's routine")
	}
	if all := cat.Exercises(); all[len(all)-1] != door || len(all) != 12 {
		t.Errorf("exercises in the catalogue: %d, the last %s", len(all), all[len(all)-1].ID)
	}
	if d := door.Dosage(); d != "3 × 30 s, from your config" {
		t.Errorf("an own exercise's dosage reads %q", d)
	}
	for _, c := range []Catalogue{Builtin(), NewCatalogue(Custom{})} {
		if _, ok := c.RoutineByID("physio"); ok || len(c.Routines()) != 5 {
			t.Error("a catalogue made without the config has the config's routine")
		}
	}
	// Another catalogue made meanwhile changes nothing of this one.
	if _, ok := cat.RoutineByID("physio"); !ok {
		t.Error("the catalogue lost the config's routine when another was made")
	}
}

func TestAZeroCatalogueSaysItWasNeverMade(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("a zero Catalogue gave routines: a forgotten catalogue would show only the built-in ones")
		}
	}()
	var zero Catalogue
	zero.Routines()
}

func TestLowerNameChangesTheFirstLetterInAnyLanguage(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{
		"Rhomboid stretch":      "rhomboid stretch",
		"Étirement du pectoral": "étirement du pectoral",
		"Öffner":                "öffner",
	} {
		if got := (&Exercise{Name: name}).LowerName(); got != want {
			t.Errorf("LowerName(%q) = %q, want %q", name, got, want)
		}
	}
}
