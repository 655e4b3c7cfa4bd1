package routines

import (
	"sort"
	"time"
)

const sec = time.Second

// The articles leave a few amounts open. Where one says "a few" or
// "several", we pick a modest number and record the choice here:
const (
	// cobraHold: "hold for a few seconds" (001) → 5 s.
	cobraHold = 5
	// cobraReps: "repeat several times" (001) → 4.
	cobraReps = 4
	// catCowCycles: "repeat … several times" (001) → 3 to 5 slow cycles.
	catCowMin, catCowMax = 3, 5
	// breathPhase: the deep-breathing pacer's half breath; the article gives
	// no pace.
	breathPhase = 5 * time.Second
)

var catalogue = []Exercise{
	{
		ID:       "rhomboid",
		HoldStep: 6, CountStep: 7,
		Name:     "Rhomboid stretch",
		Source:   "000",
		Emphasis: "left",
		Cue:      "Arms forward, upper back rounded, left shoulder blade drawn toward your spine. Breathe into your left side.",
		Targets:  "The rhomboids between your shoulder blades, the usual source of a left upper-back ache after long hours at a computer.",
		Setup: []string{
			"Sit in a firm chair that supports your back, or stand with your back against a wall.",
			"Keep your spine neutral: don't arch it and don't slump.",
			"Rest your right hand over your left shoulder to help gently.",
		},
		Steps: []string{
			"Lift both arms to shoulder height, elbows bent to 90 degrees.",
			"Clasp your hands together in front of your chest.",
			"Let your chin sink gently toward your chest to take tension off your neck.",
			"Reach your arms forward and let your upper back round.",
			"Draw your left shoulder blade in toward your spine.",
			"Hold for 15–30 seconds, breathing deeply into your left side.",
			"Do it 2–4 times, leaning a little more into the left side each time.",
		},
		Feel:      "Between your left shoulder blade and your spine.",
		NotFeel:   "In your neck or your lower back.",
		Tip:       "For a deeper release, put a tennis ball on the wall at shoulder-blade height and lean your left shoulder blade into it as you stretch.",
		Kind:      Hold,
		HoldRange: Range{15, 30},
		RepRange:  Range{2, 4},
		Rest:      10 * sec,
		Ready:     10 * sec,
	},
	{
		ID:       "childs-pose",
		HoldStep: 5, CountStep: 6,
		Name:     "Child's pose",
		Source:   "000",
		Emphasis: "left",
		Cue:      "Chest sinking toward the floor, left arm reaching forward. Breathe slowly from your belly.",
		Targets:  "Gentle traction for your spine; it lets the muscles alongside it relax.",
		Setup: []string{
			"Kneel on a yoga mat with your knees hip-width apart.",
			"If you need it, put a pillow between your ankles and your seat.",
			"Your left hand goes a little ahead of your right.",
		},
		Steps: []string{
			"Fold forward and put your hands on the floor, the left one 2–3 inches (5–8 cm) further out.",
			"Rest your forehead between your arms, turned slightly to the left.",
			"Let your chest sink toward the floor while your left arm reaches forward.",
			"Notice the gentle stretch along your left upper back and shoulder.",
			"Hold for 20–30 seconds, breathing slowly and deeply from your belly.",
			"Do it 2–4 times, letting go of left-side tension each time.",
		},
		Feel:      "Your left shoulder blade sliding away from your spine, and pressure easing.",
		NotFeel:   "More pain. This should feel like a release.",
		Kind:      Hold,
		HoldRange: Range{20, 30},
		RepRange:  Range{2, 4},
		Rest:      10 * sec,
		Ready:     15 * sec,
	},
	{
		ID:        "shoulder-rolls",
		CountStep: 4,
		SetsMax:   2, // the morning's "2 sets each direction"
		Name:      "Shoulder rolls",
		Source:    "000",
		Emphasis:  "left",
		Cue:       "Slow, smooth circles, led by your left shoulder.",
		Targets:   "Gets blood moving and frees up your shoulders, which takes tension off the upper back.",
		Setup: []string{
			"Stand tall with your chin slightly tucked (or sit tall at your desk).",
			"Let your arms hang loose at your sides.",
			"Lead the movement with your left shoulder.",
		},
		Steps: []string{
			"Raise your left shoulder higher than your right.",
			"Circle both shoulders backward in one smooth movement.",
			"Let your left shoulder drop lower than your right.",
			"Make 3–4 slow circles.",
			"Then reverse the direction straight away.",
		},
		Feel:     "Slow, controlled circles. Going fast makes them less useful and more likely to strain something.",
		Tip:      "Do a set in your chair every hour at work so tension doesn't build up through the day.",
		Kind:     Paced,
		Unit:     "circles",
		RepRange: Range{3, 4},
		Directions: []Direction{
			{Name: "backward", Pattern: []Phase{
				{"lift the left shoulder higher", 1500 * time.Millisecond},
				{"roll back", 2 * sec},
				{"drop the left shoulder lower", 1500 * time.Millisecond},
			}},
			{Name: "forward", Pattern: []Phase{
				{"lift the left shoulder higher", 1500 * time.Millisecond},
				{"roll forward", 2 * sec},
				{"drop the left shoulder lower", 1500 * time.Millisecond},
			}},
		},
		Rest:  5 * sec,
		Ready: 5 * sec,
	},
	{
		ID:        "wall-pushups",
		CountStep: 5,
		SetsMax:   3, // "Week 1-2: Wall push-ups (3 sets daily)"
		Name:      "Wall push-ups",
		Source:    "000",
		Cue:       "Elbows to 90 degrees, left shoulder steady, smooth all the way.",
		Targets:   "Strengthens the muscles that support your upper back, to keep the pain from coming back.",
		Setup: []string{
			"Stand 12–24 inches (30–60 cm) from the wall.",
			"Your left hand can sit slightly higher if that is more comfortable.",
			"Keep your core tight throughout.",
		},
		Steps: []string{
			"Put your hands on the wall at shoulder height, fingers turned outward.",
			"Bend your elbows to 90 degrees, upper arms parallel to the floor.",
			"Bring your chest toward the wall while keeping your left shoulder steady.",
			"Push back smoothly, working your left shoulder blade.",
			"Do 8–12 repetitions with careful form.",
		},
		Feel:     "Controlled movement, your left shoulder stable.",
		Tip:      "The exercise gets harder over the weeks: wall (weeks 1–2), kitchen counter (3–4), couch (5–6), floor (7 on).",
		Kind:     Paced,
		RepRange: Range{8, 12},
		Pattern: []Phase{
			{"lower your chest", 2 * sec},
			{"push back smoothly", 2 * sec},
		},
		Rest:  10 * sec,
		Ready: 10 * sec,
	},
	{
		ID:        "band-squeeze",
		CountStep: 5,
		SetsMax:   1, // "1 set of 12"
		Name:      "Band shoulder-blade squeeze",
		Source:    "000",
		Emphasis:  "left",
		Cue:       "Squeeze your shoulder blades, the left one a little harder; elbows against your ribs.",
		Targets:   "Strengthens the upper back evenly, to balance the two sides.",
		Setup: []string{
			"Sit against a chair with your spine neutral.",
			"Hold a resistance band in front of you with both hands.",
			"Keep your elbows pressed against your ribs.",
		},
		Steps: []string{
			"Stretch the band apart by squeezing your shoulder blades together.",
			"Hold the squeeze for 2 seconds.",
			"Work the left shoulder blade a little harder.",
			"Return to the start slowly.",
			"Do 10–12 repetitions.",
		},
		Feel:     "Your shoulder blades, the left one working a bit more.",
		Tip:      "Fine to do in front of the TV: small efforts every day beat an occasional hard session.",
		Kind:     Paced,
		RepRange: Range{10, 12},
		Pattern: []Phase{
			{"squeeze: pull the band apart", 2 * sec},
			{"hold 2 s", 2 * sec},
			{"release slowly", 2 * sec},
		},
		Rest:  10 * sec,
		Ready: 10 * sec,
	},
	{
		ID:      "deep-breathing",
		Name:    "Deep breathing, hands overhead",
		Source:  "000",
		Cue:     "Hands overhead; slow, deep breaths.",
		Targets: "A minute of slow, deep breaths with your arms raised, to end the morning set.",
		Setup: []string{
			"Raise both hands above your head.",
		},
		Steps: []string{
			"Breathe in and out slowly and deeply for one minute, hands overhead.",
		},
		Kind: Timed,
		// The article gives no pace; a calm 5 s in, 5 s out is six breaths
		// a minute, and the pacer only suggests it.
		Pattern: []Phase{
			{"breathe in", breathPhase},
			{"breathe out", breathPhase},
		},
		HoldRange: Range{60, 60},
		Ready:     5 * sec,
	},
	{
		ID:      "seated-twist",
		Name:    "Seated spinal twist",
		Source:  "000, 001",
		Cue:     "Sit tall, chest lifted; turn only as far as is comfortable.",
		Targets: "Stretches your mid back one side at a time.",
		Setup: []string{
			"Sit cross-legged on a mat or carpet.",
			"Sit up as tall and straight as you can.",
		},
		Steps: []string{
			"Right side: right hand on the floor behind you, left hand on your right knee. Breathe out and turn to the right.",
			"Keep your chest lifted and don't over-twist: stop where it feels comfortable.",
			"Left side: left hand behind you, right hand on your left knee. Breathe out and turn to the left.",
		},
		Feel:    "A stretch through your mid back; breathe through it.",
		NotFeel: "Strain from twisting too far.",
		Kind:    Hold,
		Sides: []SideCue{
			{Right, "right hand behind you, left hand on your right knee; breathe out and turn right"},
			{Left, "left hand behind you, right hand on your left knee; breathe out and turn left"},
		},
		HoldRange: Range{30, 30},
		RepRange:  Range{1, 1},
		Rest:      5 * sec,
		Ready:     10 * sec,
	},
	{
		ID:      "foam-rolling",
		Name:    "Foam rolling, upper back",
		Source:  "000",
		Cue:     "Roll your upper back on the foam roller at an easy pace.",
		Targets: "A minute on a foam roller for your upper back.",
		Setup: []string{
			"Lie with a foam roller under your upper back.",
		},
		Steps: []string{
			"Roll your upper back on the foam roller for one minute, at an easy pace.",
		},
		Kind:      Timed,
		HoldRange: Range{60, 60},
		Ready:     10 * sec,
	},
	{
		ID:        "cat-cow",
		CountStep: 4, Chosen: true,
		SetsMax: 1,
		Name:    "Cat-cow",
		Source:  "001",
		Cue:     "Move slowly between cat and cow, breathing deeply.",
		Targets: "Gentle enough to warm you up; eases mid back pain on either side.",
		Setup: []string{
			"Get on your hands and knees somewhere comfortable.",
			"If your knees are sensitive, use a mat, a towel or a carpet.",
		},
		Steps: []string{
			"Press your weight into your hands.",
			"Cat: round your back up, let your head hang loose, and tuck your pelvis under so your body makes a curve.",
			"Cow: let the curve go, bring your heart forward and lift your head, letting your belly hang.",
			"Move between the two several times, breathing deeply.",
		},
		Kind:     Paced,
		Unit:     "cycles",
		RepRange: Range{catCowMin, catCowMax},
		Pattern: []Phase{
			{"cat: round your back, head loose", 4 * sec},
			{"cow: heart forward, head up", 4 * sec},
		},
		Ready: 10 * sec,
	},
	{
		ID:       "cobra",
		HoldStep: 3, CountStep: 4, Chosen: true,
		Name:    "Cobra pose",
		Source:  "001",
		Cue:     "Chest up off the floor, your back muscles doing the work; then lie back down.",
		Targets: "A gentle backbend that counters hours spent hunched at a desk.",
		Setup: []string{
			"Lie face down on your stomach.",
			"Put your hands under your shoulders.",
		},
		Steps: []string{
			"Slowly press your chest up off the floor, using your lower and mid back muscles.",
			"If you feel strong enough, lift your hands off the floor and let your back muscles hold you.",
			"Hold for a few seconds, then lie back down.",
			"Repeat several times.",
		},
		Feel:      "Your lower and mid back muscles working.",
		Kind:      Hold,
		HoldRange: Range{cobraHold, cobraHold},
		RepRange:  Range{cobraReps, cobraReps},
		Rest:      5 * sec,
		Ready:     10 * sec,
	},
	{
		ID:      "warm-up",
		Name:    "Warm-up: brisk walk or arm circles",
		Source:  "000",
		Cue:     "Brisk walking or arm circles, to warm up.",
		Targets: "Gets blood into stiff muscles so stretching works better and hurts less. Cold muscles resist a stretch and are easier to injure.",
		Steps: []string{
			"Walk briskly or circle your arms for five minutes before you stretch.",
		},
		Kind:      Timed,
		HoldRange: Range{300, 300},
		Ready:     5 * sec,
		Optional:  true,
	},
}

var byID = func() map[string]*Exercise {
	m := make(map[string]*Exercise, len(catalogue))
	for i := range catalogue {
		m[catalogue[i].ID] = &catalogue[i]
	}
	return m
}()

// BuiltinExercise returns the catalogue's exercise with the given id,
// never one of the config file's.
func BuiltinExercise(id string) (*Exercise, bool) {
	e, ok := byID[id]
	return e, ok
}

// BuiltinExerciseIDs returns the catalogue's exercise ids, sorted.
func BuiltinExerciseIDs() []string {
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
