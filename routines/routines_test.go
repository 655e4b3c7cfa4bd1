package routines

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestTheCatalogueHasTheElevenExercisesOfTheSpec(t *testing.T) {
	t.Parallel()
	want := []string{"band-squeeze", "cat-cow", "childs-pose", "cobra", "deep-breathing",
		"foam-rolling", "rhomboid", "seated-twist", "shoulder-rolls", "wall-pushups", "warm-up"}
	got := Builtin().ExerciseIDs()
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("exercise ids = %v, want %v", got, want)
	}
}

func TestEveryExerciseIsCompleteForItsKind(t *testing.T) {
	t.Parallel()
	for _, e := range Builtin().Exercises() {
		if e.Name == "" || e.Targets == "" || e.Cue == "" || len(e.Steps) == 0 || e.Source == "" || e.Ready <= 0 {
			t.Errorf("%s: missing name, purpose, cue, steps, source or get-ready time", e.ID)
		}
		switch e.Kind {
		case Hold:
			if e.HoldRange.Min <= 0 || e.RepRange.Min <= 0 || e.Rest <= 0 {
				t.Errorf("%s: a hold needs a hold range, a rep range and a rest", e.ID)
			}
		case Paced:
			if len(e.Pattern) == 0 && len(e.Directions) == 0 {
				t.Errorf("%s: a paced exercise needs a rep pattern", e.ID)
			}
			if e.RepRange.Min <= 0 {
				t.Errorf("%s: a paced exercise needs a rep range", e.ID)
			}
		case Timed:
			if e.HoldRange.Min <= 0 {
				t.Errorf("%s: a timed activity needs a length", e.ID)
			}
		}
	}
}

func TestTheSeedFactsAreCarriedOverExactly(t *testing.T) {
	t.Parallel()
	cases := []struct {
		id         string
		hold, reps Range
	}{
		{"rhomboid", Range{15, 30}, Range{2, 4}},
		{"childs-pose", Range{20, 30}, Range{2, 4}},
		{"shoulder-rolls", Range{}, Range{3, 4}},
		{"wall-pushups", Range{}, Range{8, 12}},
		{"band-squeeze", Range{}, Range{10, 12}},
		{"deep-breathing", Range{60, 60}, Range{}},
		{"seated-twist", Range{30, 30}, Range{1, 1}},
		{"foam-rolling", Range{60, 60}, Range{}},
		{"warm-up", Range{300, 300}, Range{}},
	}
	for _, tc := range cases {
		e, _ := Builtin().ExerciseByID(tc.id)
		if e.HoldRange != tc.hold || e.RepRange != tc.reps {
			t.Errorf("%s: hold %v reps %v, want hold %v reps %v", tc.id, e.HoldRange, e.RepRange, tc.hold, tc.reps)
		}
	}
	if r, _ := Builtin().ExerciseByID("rhomboid"); len(r.Steps) != 7 {
		t.Errorf("the rhomboid stretch has %d steps, the article gives 7", len(r.Steps))
	}
	band, _ := Builtin().ExerciseByID("band-squeeze")
	if band.Pattern[1].Dur != 2*time.Second {
		t.Errorf("the band squeeze is held %v, the article says 2 s", band.Pattern[1].Dur)
	}
	twist, _ := Builtin().ExerciseByID("seated-twist")
	if len(twist.Sides) != 2 || twist.Sides[0].Side != Right || twist.Sides[1].Side != Left {
		t.Error("the seated twist goes right side first, then left")
	}
	for _, id := range []string{"rhomboid", "childs-pose", "shoulder-rolls", "band-squeeze"} {
		if e, _ := Builtin().ExerciseByID(id); e.Emphasis != "left" {
			t.Errorf("%s should have a left emphasis", id)
		}
	}
}

func TestEveryRoutineUsesRealExercisesWithinTheSeedRanges(t *testing.T) {
	t.Parallel()
	if got := strings.Join(Builtin().RoutineIDs(), ","); got != "morning,midday,evening,midback,desk" {
		t.Fatalf("routines = %s", got)
	}
	for _, r := range Builtin().Routines() {
		if len(r.Items) == 0 {
			t.Errorf("%s has no exercises", r.ID)
		}
		for _, it := range r.Items {
			e, ok := Builtin().ExerciseByID(it.Exercise)
			if !ok {
				t.Errorf("%s uses unknown exercise %q", r.ID, it.Exercise)
				continue
			}
			if e.Optional {
				t.Errorf("%s uses the optional %s", r.ID, e.ID)
			}
			if e.Kind != Paced && !e.HoldRange.Contains(it.Hold) {
				t.Errorf("%s: %s hold %d s is outside %v", r.ID, e.ID, it.Hold, e.HoldRange)
			}
			if e.Kind != Timed && !e.RepRange.Contains(it.Reps) {
				t.Errorf("%s: %s reps %d are outside %v", r.ID, e.ID, it.Reps, e.RepRange)
			}
		}
	}
}

func TestTheDailyRoutinesAreTheArticlesThirteenMinutes(t *testing.T) {
	t.Parallel()
	var total time.Duration
	for _, id := range []string{"morning", "midday", "evening"} {
		r, _ := Builtin().RoutineByID(id)
		total += r.Nominal
	}
	if total != 13*time.Minute {
		t.Fatalf("morning + midday + evening = %v, want 13m", total)
	}
}

func doseOf(t *testing.T, routine, exercise string, p Progress) Dose {
	t.Helper()
	r, ok := Builtin().RoutineByID(routine)
	if !ok {
		t.Fatalf("no routine %s", routine)
	}
	for _, d := range r.Doses(p) {
		if d.Exercise.ID == exercise {
			return d
		}
	}
	t.Fatalf("%s has no %s", routine, exercise)
	return Dose{}
}

func TestTheFirstSessionIsTenSecondHoldsAndOneRep(t *testing.T) {
	t.Parallel()
	for _, r := range Builtin().Routines() {
		for _, d := range r.Doses(FirstSession()) {
			if d.Exercise.Kind != Hold {
				continue
			}
			if d.Hold > FirstHold*time.Second || d.Reps != 1 {
				t.Errorf("%s/%s first session: %v × %d, want at most 10 s × 1", r.ID, d.Exercise.ID, d.Hold, d.Reps)
			}
		}
	}
	if d := doseOf(t, "morning", "rhomboid", FirstSession()); d.Hold != 10*time.Second {
		t.Errorf("rhomboid first hold %v, want 10s", d.Hold)
	}
	if d := doseOf(t, "midback", "cobra", FirstSession()); d.Hold != 5*time.Second {
		t.Errorf("cobra's few-second hold grew to %v on day 1", d.Hold)
	}
}

func TestHoldsGrowEachDayToFullDosageOnTheLastRampDay(t *testing.T) {
	t.Parallel()
	type hr struct {
		hold time.Duration
		reps int
	}
	s := time.Second
	cases := []struct {
		routine, exercise string
		want              []hr // days 1..4 with the default ramp, then day 5
	}{
		{"morning", "rhomboid", []hr{{10 * s, 1}, {13 * s, 1}, {17 * s, 2}, {20 * s, 2}, {20 * s, 2}}},
		{"evening", "childs-pose", []hr{{10 * s, 1}, {17 * s, 1}, {23 * s, 2}, {30 * s, 2}, {30 * s, 2}}},
		{"midday", "seated-twist", []hr{{10 * s, 1}, {17 * s, 1}, {23 * s, 1}, {30 * s, 1}, {30 * s, 1}}},
	}
	for _, tc := range cases {
		for i, want := range tc.want {
			d := doseOf(t, tc.routine, tc.exercise, ProgressFor(i, DefaultRampDays, i))
			if d.Hold != want.hold || d.Reps != want.reps {
				t.Errorf("%s day %d: %v × %d, want %v × %d", tc.exercise, i+1, d.Hold, d.Reps, want.hold, want.reps)
			}
		}
	}
}

func TestDosageIsMonotonicWholeAndNeverBeyondFullForEveryRamp(t *testing.T) {
	t.Parallel()
	for ramp := MinRampDays; ramp <= MaxRampDays; ramp++ {
		for _, r := range Builtin().Routines() {
			prev := r.Doses(ProgressFor(0, ramp, 0))
			for day := 1; day <= 10; day++ {
				cur := r.Doses(ProgressFor(day, ramp, day))
				for i, d := range cur {
					p := prev[i]
					if d.Hold < p.Hold || d.Reps < p.Reps || d.Sets < p.Sets {
						t.Errorf("ramp %d %s/%s shrank on day %d", ramp, r.ID, d.Exercise.ID, day+1)
					}
					if d.Hold%time.Second != 0 {
						t.Errorf("%s hold %v is not whole seconds", d.Exercise.ID, d.Hold)
					}
					if d.Hold > time.Duration(d.Full.Hold)*time.Second || d.Reps > d.Full.Reps || d.Sets > max(d.Full.Sets, 1) {
						t.Errorf("%s beyond its full dosage on day %d", d.Exercise.ID, day+1)
					}
					atFull := d.Hold == time.Duration(d.Full.Hold)*time.Second && d.Reps == d.Full.Reps && (d.Exercise.Kind != Paced || d.Sets == max(d.Full.Sets, 1))
					if day+1 >= ramp && !atFull {
						t.Errorf("ramp %d day %d %s/%s is not at full dosage on or after the last ramp day", ramp, day+1, r.ID, d.Exercise.ID)
					}
				}
				prev = cur
			}
		}
	}
}

func TestPushupVariantFollowsTheWeeksSinceTheFirstSession(t *testing.T) {
	t.Parallel()
	cases := map[int]string{0: "wall", 13: "wall", 14: "counter", 27: "counter", 28: "couch", 41: "couch", 42: "floor", 400: "floor"}
	for days, want := range cases {
		d := doseOf(t, "midday", "wall-pushups", ProgressFor(days, DefaultRampDays, days))
		if d.Variant == nil || d.Variant.Surface != want {
			t.Errorf("%d days after the first session: %+v, want %s", days, d.Variant, want)
		}
	}
}

func TestProgressSaysWhyThisDosageApplies(t *testing.T) {
	t.Parallel()
	cases := []struct {
		p    Progress
		want string
	}{
		{FirstSession(), "day 1 of 4 of the ramp-up: stretches held 10 s, once each"},
		{ProgressFor(2, 4, 2), "day 3 of 4 of the ramp-up"},
		{ProgressFor(3, 4, 3), "full dosage"},
		{ProgressFor(7, 3, 20), "full dosage"},
		{Progress{Day: 0, Ramp: 99, Week: -1}, "day 1 of 5"},
		{ProgressFor(1, 1, 1), "day 2 of 3 of the ramp-up"},
		{Progress{Day: 2, Ramp: 4, Note: "one step back after the stop for pain on Tue 24 Nov"}, "day 2 of 4 of the ramp-up (one step back after the stop for pain on Tue 24 Nov)"},
	}
	for _, c := range cases {
		if got := c.p.String(); !strings.Contains(got, c.want) {
			t.Errorf("%+v says %q, want it to contain %q", c.p, got, c.want)
		}
	}
}

// The dose line of one exercise agrees with what its session counts: the
// reps of a reps exercise, never the "once each" of the stretches.
func TestTheDoseOfOneExerciseAgreesWithItsCounter(t *testing.T) {
	t.Parallel()
	evening, _ := BuiltinRoutine("evening")
	for _, p := range []Progress{FirstSession(), ProgressFor(1, 4, 1), ProgressFor(9, 4, 9)} {
		for _, d := range evening.Doses(p) {
			got := p.OfDose(d)
			if !strings.HasPrefix(got, d.String()+", ") {
				t.Errorf("%s on %v: %q does not start with its dose %q", d.Exercise.ID, p, got, d.String())
			}
			if d.Exercise.Kind == Paced && strings.Contains(got, "once") {
				t.Errorf("%s: %q says once for %d reps", d.Exercise.ID, got, d.Reps)
			}
			stage := "full dosage"
			if l := p.LevelOf(d.Exercise.ID); l < p.Ramp {
				stage = fmt.Sprintf("day %d of %d of the ramp-up", l, p.Ramp)
			}
			if !strings.HasSuffix(got, stage) {
				t.Errorf("%s on %v: %q, want it to end %q", d.Exercise.ID, p, got, stage)
			}
		}
	}
}

func TestThereAreEightWarningSignsInTwoGroups(t *testing.T) {
	t.Parallel()
	if len(WarningSigns) != 2 || len(WarningSigns[0].Signs) != 4 || len(WarningSigns[1].Signs) != 4 {
		t.Fatalf("warning signs: %d groups", len(WarningSigns))
	}
	all := strings.Join(append(WarningSigns[0].Signs, WarningSigns[1].Signs...), "\n")
	for _, fact := range []string{"chest", "fingers", "left arm or hand", "nausea", "7 days", "night", "waistline", "comfortable"} {
		if !strings.Contains(all, fact) {
			t.Errorf("the warning signs miss %q", fact)
		}
	}
}

func TestTheTipChangesEveryHourAndDiffersFromDayToDay(t *testing.T) {
	t.Parallel()
	nine := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	if TipAt(nine) == TipAt(nine.Add(time.Hour)) {
		t.Error("the same tip two hours running")
	}
	if TipAt(nine) != TipAt(nine.Add(59*time.Minute)) {
		t.Error("the tip changed within the hour")
	}
	if TipAt(nine) == TipAt(nine.AddDate(0, 0, 1)) {
		t.Error("the same tip at nine two days running")
	}
	seen := map[string]bool{}
	for h := 0; h < 24; h++ {
		seen[TipAt(nine.Add(time.Duration(h)*time.Hour))] = true
	}
	if len(seen) != len(Tips) {
		t.Errorf("a day shows %d of the %d tips", len(seen), len(Tips))
	}
}

// A name from the config file may begin with any letter: capitalising it
// byte by byte once made "étirements" invalid UTF-8.
func TestCapitalizeTakesTheFirstLetterNotTheFirstByte(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"étirements": "Étirements", "rolls": "Rolls", "": "", "ß": "ß"} {
		if got := Capitalize(in); got != want {
			t.Errorf("Capitalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLowerFirstTakesTheFirstLetterNotTheFirstByte(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"Étirements du soir": "étirements du soir", "Rolls": "rolls", "": ""} {
		if got := LowerFirst(in); got != want {
			t.Errorf("LowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
