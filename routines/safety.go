package routines

// SignGroup is one group of warning signs with what to do about them.
type SignGroup struct {
	Title  string // what to do
	Action string // one sentence of advice
	Signs  []string
}

// WarningSigns are the two groups of warning signs of article 000, in our
// words: the first means medical help now, the second a professional
// evaluation.
var WarningSigns = []SignGroup{
	{
		Title:  "Get medical help right away",
		Action: "Stop stretching and seek medical attention now if you notice:",
		Signs: []string{
			"chest pain or a feeling of pressure in the chest (never ignore discomfort on the left side of the chest)",
			"numbness or tingling that runs down your arm into your fingers",
			"sudden weakness in your left arm or hand",
			"dizziness or nausea together with the back pain",
		},
	},
	{
		Title:  "Have it checked by a professional",
		Action: "Book an evaluation with a doctor or physiotherapist if you have:",
		Signs: []string{
			"pain that gets worse even after 7 days of regular stretching",
			"pain at night that keeps waking you or stops you sleeping",
			"pain that spreads below your waistline",
			"no position that feels comfortable when you rest",
		},
	},
}

// HeartNote is why the first group matters for upper-left back pain, with
// the symptoms the article names (000), shown wherever the signs are.
const HeartNote = "Pain in the upper left back can imitate a heart problem: never ignore chest discomfort, " +
	"shortness of breath or numbness in your left arm."

// DiscomfortNote is said once, briefly, in each session (000: "occasional
// discomfort during stretching is normal, but sharp pain means you've gone
// too far").
const DiscomfortNote = "Occasional discomfort while stretching is normal; sharp pain means you have gone too far: stop."

// SafetySteps are shown before the very first session (000, "Essential
// Safety Steps"), in our words.
var SafetySteps = []string{
	"Stop at once if you feel a sharp or shooting pain.",
	HeartNote,
	"See your doctor before you start any stretching routine, to rule out anything serious " +
		"and get advice for your own kind of pain.",
	"Start small: your first session holds each stretch 10 s, once. Holds and repetitions grow " +
		"over 3–5 days of practice. Your left upper back may be more sensitive than the right, " +
		"so begin with gentler moves. The article suggests beginning with just two stretches a day, " +
		"minding your form more than how much you do.",
	"Warm up first: five minutes of brisk walking or arm circles get blood into stiff muscles. " +
		"Cold muscles resist stretching and are more easily injured.",
}

// Condition is one of the four situations in which article 000 says not to
// do these stretches at all, with its advice.
type Condition struct {
	ID       string
	Question string // asked in the screening; "yes" means it applies
	Advice   string // what the article advises when it does
}

// Screening is the one-time safety screening: the four "avoid completely"
// conditions of 000, in its order.
var Screening = []Condition{
	{
		ID:       "recent-injury",
		Question: "Have you been injured in the last 72 hours?",
		Advice:   "After an injury in the last 72 hours, let the acute inflammation settle before you stretch.",
	},
	{
		ID:       "herniated-disc",
		Question: "Has a doctor diagnosed you with a herniated disc?",
		Advice:   "With a diagnosed herniated disc, the article says to avoid these stretches completely: some of them could make the pressure on a nerve worse.",
	},
	{
		ID:       "inflammatory-flare",
		Question: "Are you in a flare-up of an inflammatory condition?",
		Advice:   "During a flare-up of an inflammatory condition, wait until your pain has settled below 4 out of 10.",
	},
	{
		ID:       "radiating-pain",
		Question: "Do you have pain that spreads elsewhere with no known cause?",
		Advice:   "Pain that spreads without a known cause needs a professional diagnosis before you treat it yourself.",
	},
}

// PainLimit is the pain (0–10) at which the program asks to wait before a
// session. It is the program's own rule for every check-in, drawn from the
// one place the article gives a number: during a flare-up of an
// inflammatory condition, wait until pain settles below 4/10 (000).
const PainLimit = 4

// WaitAdvice explains the program's rule when pain before a session is at
// or above PainLimit, and where its number comes from.
const WaitAdvice = "This program's rule: at 4 out of 10 or more, wait until the pain settles below 4 before " +
	"stretching. The number comes from the article, which gives it for flare-ups of inflammatory conditions. " +
	"Skip this session and check in again later."

// StopNowAdvice is said when a session is stopped for sharp pain, just
// before the warning signs: the article's "stop immediately", and what
// each group of signs calls for.
const StopNowAdvice = "Stop now. The article says to stop at once at sharp or shooting pain: it means you went too far. " +
	"With a sign of the first group below, get medical attention now; with one of the second, have it evaluated by a doctor or physiotherapist."
