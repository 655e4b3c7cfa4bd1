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

// HeartNote is why the first group matters for upper-left back pain (000).
const HeartNote = "Pain in the upper left back can imitate a heart problem."

// DiscomfortNote is said once, briefly, in each session (000).
const DiscomfortNote = "Mild discomfort while stretching is normal; sharp or shooting pain means you went too far: stop."

// SafetySteps are shown before the very first session (000, "Essential
// Safety Steps"), in our words.
var SafetySteps = []string{
	"Stop at once if you feel a sharp or shooting pain.",
	"Pain in the upper left back can imitate a heart problem: never ignore chest discomfort, " +
		"shortness of breath or numbness in your left arm.",
	"See your doctor before you start any stretching routine, to rule out anything serious " +
		"and get advice for your own kind of pain.",
	"Start small: your first session holds each stretch 10 s, once. Holds and repetitions grow " +
		"over the next few days of practice, and your left side may need gentler moves at first.",
	"Warm up first: five minutes of brisk walking or arm circles get blood into stiff muscles.",
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
		Question: "Have you injured your back or shoulder in the last 72 hours?",
		Advice:   "After a fresh injury, give the inflammation time to settle: wait until 72 hours have passed before stretching.",
	},
	{
		ID:       "herniated-disc",
		Question: "Has a doctor diagnosed you with a herniated disc?",
		Advice:   "With a herniated disc, some of these stretches could press harder on the nerve: ask your doctor or physiotherapist first.",
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

// PainLimit is the level (0–10) at which the article says to wait: pain
// should settle below it before stretching (000, flare-ups).
const PainLimit = 4

// WaitAdvice explains the flare-up rule when pain before a session is at
// or above PainLimit.
const WaitAdvice = "The article behind this routine advises waiting until pain settles below 4 out of 10 " +
	"before stretching. We recommend skipping this session and checking in again later."
