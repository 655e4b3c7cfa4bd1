package checkin

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
)

// The questions and notices around a session, and the parsers of the
// flags that answer them in advance.

// WarmUpOffer is said with the pain check-in before the day's first
// session: the warm-up the safety steps ask for (000: five minutes of
// brisk walking or arm circles), one key away.
const WarmUpOffer = "First session today: the article asks for a warm-up first, five minutes of brisk walking " +
	"or arm circles (cold muscles resist stretching). Press w for a guided 5-minute warm-up before the session, " +
	"or go on if you have warmed up already."

// WarmUpChosen is said with the check-in once the warm-up is chosen.
const WarmUpChosen = "The guided 5-minute warm-up comes first."

// RetakeOffer is said with the pain check-in when pain has risen: what
// the screening asks about may have changed since it was taken.
const RetakeOffer = "Your pain has risen lately. If something has changed since your safety screening " +
	"(a new injury, a diagnosis, pain that spreads), press r to take it again."

// StopCaution is what the next session the same day says first after a
// stop for sharp pain: the stop, named (from cat, as the routine may be
// the config file's), and the program's rule.
func StopCaution(cat routines.Catalogue, stopped history.Session) string {
	return fmt.Sprintf("Earlier today, at %s, you stopped the %s for sharp pain. This program's rule after a stop "+
		"for pain: check your pain first, and go one step back in the ramp-up (never below the first-time dose). "+
		"If a warning sign came with the pain, stop stretching and get help (backstretch signs).",
		stopped.Start.Add(stopped.Actual).Format("15:04"), routineLabel(cat, stopped.Routine))
}

// routineLabel is "midday routine" for a routine's id, or the id.
func routineLabel(cat routines.Catalogue, id string) string {
	if r, ok := cat.RoutineByID(id); ok {
		return routines.LowerFirst(r.Name)
	}
	return id
}

// SafetySteps is the screen before the first session ever.
func SafetySteps() Question {
	return Question{ID: "safety", Kind: Info, Title: "Before your first session", Lines: routines.SafetySteps,
		Prompt: "Press Enter when you have read these."}
}

// ScreeningQuestion is the i-th question of the screening.
func ScreeningQuestion(i int) Question {
	c := routines.Screening[i]
	return Question{ID: "screening/" + c.ID, Kind: YesNo,
		Title:  fmt.Sprintf("Safety screening, question %d of %d", i+1, len(routines.Screening)),
		Lines:  []string{"These stretches are not for everyone. Your answers stay on this machine; you can retake this with: backstretch screening"},
		Prompt: c.Question, Flag: "backstretch screening --none (or --answers no,no,no,no)"}
}

// FlareUp is the screening's condition whose measure is the pain itself.
const FlareUp = "inflammatory-flare"

// ScreeningAdvice is the advice for each condition answered yes.
func ScreeningAdvice(answers map[string]bool) []string {
	var out []string
	for _, c := range routines.Screening {
		if answers[c.ID] {
			out = append(out, c.Advice)
		}
	}
	return out
}

// PainQuestion is the check-in before or after a session.
func PainQuestion(when string) Question {
	q := Question{ID: "pain-" + when, Kind: Scale, Title: "Pain check-in",
		Lines:  []string{"How much does your back hurt right now? 0 is no pain at all, 10 the worst you can imagine."},
		Prompt: "Pain now (0–10):", Flag: "--pain N"}
	if when == history.After {
		q.Title, q.Optional, q.Flag = "Pain after the session", true, "--pain-after N"
		q.Lines = []string{"How does your back feel now? 0 is no pain at all, 10 the worst you can imagine. It helps to see if the stretches suit you."}
	}
	return q
}

// ParsePain reads a pain level: a whole number from 0 to 10.
func ParsePain(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > 10 {
		return 0, fmt.Errorf("%q is not a pain level: give a whole number from 0 (no pain) to 10 (worst)", s)
	}
	return n, nil
}

// ParseAnswers reads the screening answers of --answers: one yes or no per
// condition, in order, separated by commas.
func ParseAnswers(s string) (map[string]bool, error) {
	parts := strings.Split(s, ",")
	if len(parts) != len(routines.Screening) {
		return nil, fmt.Errorf("%q has %d answers; give %d, yes or no, in order: %s", s, len(parts), len(routines.Screening), strings.Join(ScreeningIDs(), ", "))
	}
	out := map[string]bool{}
	for i, p := range parts {
		switch strings.ToLower(strings.TrimSpace(p)) {
		case "yes", "y":
			out[routines.Screening[i].ID] = true
		case "no", "n":
			out[routines.Screening[i].ID] = false
		default:
			return nil, fmt.Errorf("answer %d (%s) is %q; give yes or no", i+1, routines.Screening[i].ID, p)
		}
	}
	return out, nil
}

// ScreeningIDs are the screening's conditions, in the order of --answers.
func ScreeningIDs() []string {
	var ids []string
	for _, c := range routines.Screening {
		ids = append(ids, c.ID)
	}
	return ids
}

// NoneApplies is a screening in which no condition applies (--none).
func NoneApplies() map[string]bool {
	answers := map[string]bool{}
	for _, c := range routines.Screening {
		answers[c.ID] = false
	}
	return answers
}
