package routines

import (
	"strings"
	"testing"
)

// Each health fact the program shows, pinned to the article's words it
// comes from and to the place it is shown (issue #16: every health
// sentence traceable to the articles, or said as the program's own rule).
// A change of meaning in the wording fails here.
func TestEveryHealthFactIsShownAsTheArticleGivesIt(t *testing.T) {
	t.Parallel()
	steps := strings.Join(SafetySteps, " ")
	screening := map[string]string{}
	for _, c := range Screening {
		screening[c.ID] = c.Question + " " + c.Advice
	}
	rhomboid, _ := Builtin().ExerciseByID("rhomboid")
	child, _ := Builtin().ExerciseByID("childs-pose")
	pushups, _ := Builtin().ExerciseByID("wall-pushups")
	band, _ := Builtin().ExerciseByID("band-squeeze")
	tips := strings.Join(Tips, " ")
	for _, f := range []struct {
		article string // the article's words (000 or 001)
		shown   string // where the program shows it
		want    []string
	}{
		{"Stop immediately if you experience sharp, shooting pain.", steps, []string{"sharp or shooting pain"}},
		{"never ignore chest discomfort, shortness of breath, or left arm numbness", HeartNote, []string{"chest discomfort", "shortness of breath", "numbness in your left arm"}},
		{"Begin with 10-second holds ... just one repetition ... over 3-5 days", steps, []string{"10 s, once", "3–5 days"}},
		{"Your left upper back may be more sensitive than the right side", steps, []string{"more sensitive than the right"}},
		{"Five minutes of brisk walking or arm circles ... Cold muscles resist stretching and increase injury risk.", steps, []string{"five minutes of brisk walking or arm circles", "Cold muscles resist stretching"}},
		{"Start with just two stretches daily, focusing on proper form rather than quantity.", steps, []string{"just two stretches a day"}},
		{"After recent injury (within 72 hours)", screening["recent-injury"], []string{"72 hours"}},
		{"With diagnosed herniated discs: Certain stretches could worsen nerve compression", screening["herniated-disc"], []string{"diagnosed herniated disc", "avoid these stretches completely", "nerve"}},
		{"During flare-ups of inflammatory conditions: Wait until pain settles below 4/10", screening["inflammatory-flare"], []string{"flare-up of an inflammatory condition", "below 4 out of 10"}},
		{"With unexplained radiating pain: Seek professional diagnosis", screening["radiating-pain"], []string{"no known cause", "professional diagnosis"}},
		{"the 4/10 limit is the flare-up's; the program's check-in rule is its own", WaitAdvice, []string{"This program's rule", "flare-ups of inflammatory conditions"}},
		{"occasional discomfort during stretching is normal, but sharp pain means you've gone too far", DiscomfortNote, []string{"Occasional discomfort", "sharp pain means you have gone too far"}},
		{"Place a tennis ball against the wall at shoulder-blade height", rhomboid.Tip, []string{"tennis ball", "shoulder-blade height"}},
		{"Hold for 20-30 seconds with deep diaphragmatic breathing", strings.Join(child.Steps, " "), []string{"20–30 seconds", "deeply from your belly"}},
		{"Week 1-2 ... Week 3-4: Counter ... Week 5-6: Couch ... Week 7+: Floor", pushups.Tip, []string{"wall (weeks 1–2)", "counter (3–4)", "couch (5–6)", "floor (7 on)"}},
		{"Perform this exercise while watching TV", band.Tip, []string{"TV"}},
		{"Carry heavy bags on alternating shoulders", tips, []string{"one shoulder, then the other"}},
		{"Take standing breaks every 25 minutes", tips, []string{"every 25 minutes"}},
		{"Pain worsening despite consistent stretching for 7 days", strings.Join(WarningSigns[1].Signs, " "), []string{"7 days"}},
		{"Stop immediately ... sharp pain means you've gone too far", StopNowAdvice, []string{"stop at once", "went too far", "first group", "medical attention now", "evaluated"}},
	} {
		for _, w := range f.want {
			if !strings.Contains(f.shown, w) {
				t.Errorf("%q: the program's text lacks %q:\n%s", f.article, w, f.shown)
			}
		}
	}
}

// Words the program once said that the articles do not: advice of its
// own, or a changed meaning. None may come back.
func TestNoInventedAdviceComesBack(t *testing.T) {
	t.Parallel()
	all := strings.Join(append(append(append([]string{HeartNote, DiscomfortNote, WaitAdvice, StopNowAdvice}, SafetySteps...), Tips...), func() []string {
		var s []string
		for _, c := range Screening {
			s = append(s, c.Question, c.Advice)
		}
		return s
	}()...), " ")
	for _, gone := range []string{
		"ask your doctor or physiotherapist first", // the article says avoid completely
		"injured your back or shoulder",            // the article's scope is any recent injury
		"The article behind this routine advises",  // the 4/10 check-in rule is the program's
		"Mild discomfort",                          // the article says "occasional"
		"go no further today",                      // not in the article
		"now and then",                             // the article says alternating shoulders
		"consider having your back evaluated",      // not in the article
	} {
		if strings.Contains(all, gone) {
			t.Errorf("the program says %q again", gone)
		}
	}
}

// In week 7 the screen once said "This week: floor push-ups" above "Stand
// 12–24 inches from the wall". Each stage has its own set-up words, and
// the first stage says the article's 3 sets a day.
func TestEachPushupStageHasItsOwnSetUp(t *testing.T) {
	t.Parallel()
	r, _ := Builtin().RoutineByID("midday")
	for week, want := range map[int]string{1: "from the wall", 3: "kitchen counter", 5: "couch", 7: "on the floor"} {
		var d Dose
		for _, x := range r.Doses(Progress{Day: 1, Ramp: 4, Week: week}) {
			if x.Exercise.ID == PushupsID {
				d = x
			}
		}
		setup := strings.Join(d.Setup(), " ")
		if !strings.Contains(setup, want) || (week > 1 && strings.Contains(setup, "wall")) {
			t.Errorf("week %d: set-up %q, want %q and no wall", week, setup, want)
		}
		if week == 1 && !strings.Contains(setup, "3 sets a day in weeks 1–2") {
			t.Errorf("week 1 does not give the article's 3 sets a day: %q", setup)
		}
	}
}
