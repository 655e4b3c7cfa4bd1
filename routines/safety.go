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
