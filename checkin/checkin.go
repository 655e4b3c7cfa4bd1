// Package checkin is what is asked before and after a session: the safety
// steps before the first session ever, the one-time screening, the pain
// check-ins and the deliberate confirmation that pain of 4 or more, or a
// "yes" in the screening, calls for. The questions and their order live
// here once; the full-screen UI, plain mode and flags only answer them.
package checkin

import (
	"fmt"
	"strings"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// Kind is how a question is answered.
type Kind int

const (
	// Info is read, then the person goes on (or leaves).
	Info Kind = iota
	// YesNo is answered yes or no.
	YesNo
	// Scale is a whole number from 0 to 10.
	Scale
	// Confirm needs the word ConfirmWord typed out: a stray key cannot
	// give it. Anything else means no.
	Confirm
)

// ConfirmWord is what a Confirm question needs typed to go ahead.
const ConfirmWord = "continue"

// Question is one screen (or one prompt in plain mode).
type Question struct {
	ID    string
	Kind  Kind
	Title string
	// Notice is a warning shown first, such as a worsening pain trend.
	Notice string
	// Lines are paragraphs shown above the prompt.
	Lines  []string
	Prompt string
	// Optional questions can be skipped with one key (pain after).
	Optional bool
	// Retake says the safety screening can be taken again from here with
	// one key (r), before the pain is given (the pain check-in before a
	// session).
	Retake bool
	// WarmUp says the guided warm-up can be chosen from here with one key
	// (w), before the day's first session.
	WarmUp bool
	// Flag is how a script answers the question without a terminal.
	Flag string
}

// Answer is what the person said.
type Answer struct {
	// Leave: they chose to stop here (q, end of input).
	Leave bool
	// Yes answers YesNo, and Confirm when the word was typed.
	Yes bool
	// Value answers Scale; Skip says an optional one was skipped.
	Value int
	Skip  bool
	// Retake asks for the safety screening again (a Question with Retake).
	Retake bool
	// WarmUp chooses the guided warm-up (a Question with WarmUp).
	WarmUp bool
}

// Before walks through the questions before a session. Set the fields
// from the history and the flags, then ask Next until it reports done.
type Before struct {
	// FirstEver: no session was ever started; the safety steps come first.
	FirstEver bool
	// Screening is the last screening's answers; nil if never taken.
	Screening map[string]bool
	// Trend is advice about the pain trend, shown with the pain check-in.
	Trend string
	// Caution names a stop for pain earlier the same day (StopCaution),
	// shown with the pain check-in, which then comes first.
	Caution string
	// PainRose says pain rose after the last session or over the last
	// week: the pain check-in then offers the screening again in words.
	PainRose bool
	// OfferWarmUp says this is the first session of the day: the pain
	// check-in offers the guided warm-up (WarmUp says if it was chosen).
	OfferWarmUp bool
	// Break says the session is the hourly desk break, not a session: no
	// pain check-in (the safety steps and the screening still come first
	// when they are due).
	Break bool
	// Pain is the check-in given in advance (--pain), or nil.
	Pain *int
	// Anyway is the confirmation given in advance (--continue-anyway).
	Anyway bool

	step    int
	answers map[string]bool // the screening taken now
	pain    *int
	// painConfirmed says the person went ahead despite pain at or above
	// PainLimit; the screening's warning is confirmed on its own, so that
	// one confirmation is never recorded as the other.
	painConfirmed bool
	warmUp        bool
	left          bool
	trendShown    bool
}

const (
	stepSafety = iota
	stepScreening
	stepScreeningConfirm
	stepPain
	stepPainConfirm
	stepDone
)

// Next returns the next question to ask, or false when there is none left:
// then Proceed says whether the session may start.
func (b *Before) Next() (Question, bool) {
	for !b.left && b.step < stepDone {
		if q, ok := b.question(); ok {
			return q, true
		}
		b.step++
	}
	return Question{}, false
}

// question is the question of the current step, if it is to be asked.
func (b *Before) question() (Question, bool) {
	switch b.step {
	case stepSafety:
		return SafetySteps(), b.FirstEver
	case stepScreening:
		if b.Screening != nil {
			return Question{}, false
		}
		if b.answers == nil {
			b.answers = map[string]bool{}
		}
		i := len(b.answers)
		if i == len(routines.Screening) {
			b.Screening = b.answers
			return Question{}, false
		}
		return ScreeningQuestion(i), true
	case stepScreeningConfirm:
		adv := b.blocking()
		if len(adv) == 0 || b.Anyway {
			return Question{}, false
		}
		return Question{ID: "screening-confirm", Kind: Confirm, Title: "Before you stretch",
			// The reasons first: in a small pane they are what shows.
			Lines: append(adv, "So says your safety screening (retake it with: backstretch screening). "+
				"The article says to avoid these stretches completely in these situations."),
			Prompt: confirmPrompt, Flag: "--continue-anyway"}, true
	case stepPain:
		if b.Break {
			return Question{}, false
		}
		notice := strings.TrimSpace(b.Caution + "\n\n" + b.Trend)
		if b.Pain != nil {
			// The check-in came with a flag, but the caution and the
			// trend are still said.
			if notice != "" && !b.trendShown {
				title := "Your pain trend"
				if b.Caution != "" {
					title = "After the stop for pain"
				}
				return Question{ID: "trend", Kind: Info, Title: title, Notice: notice,
					Prompt: "Press Enter to go on."}, true
			}
			b.pain = b.Pain
			return Question{}, false
		}
		q := PainQuestion(history.Before)
		q.Notice, q.Retake, q.WarmUp = notice, true, b.OfferWarmUp && !b.warmUp
		switch {
		case q.WarmUp:
			q.Notice = strings.TrimSpace(q.Notice + "\n\n" + WarmUpOffer)
		case b.warmUp:
			q.Notice = strings.TrimSpace(q.Notice + "\n\n" + WarmUpChosen)
		}
		if b.PainRose {
			q.Notice = strings.TrimSpace(q.Notice + "\n\n" + RetakeOffer)
		}
		return q, true
	case stepPainConfirm:
		if b.pain == nil { // a break: no check-in, nothing to confirm
			return Question{}, false
		}
		if *b.pain < routines.PainLimit || b.Anyway {
			b.painConfirmed = *b.pain >= routines.PainLimit
			return Question{}, false
		}
		return Question{ID: "pain-confirm", Kind: Confirm, Title: fmt.Sprintf("Pain %d out of 10", *b.pain),
			Lines:  b.painLines(),
			Prompt: confirmPrompt, Flag: "--continue-anyway"}, true
	}
	return Question{}, false
}

const confirmPrompt = "Type " + ConfirmWord + " to go ahead anyway; anything else stops here."

// Answer takes the answer to the question Next returned last.
func (b *Before) Answer(a Answer) {
	if a.Leave {
		b.left = true
		return
	}
	switch b.step {
	case stepScreening:
		b.answers[routines.Screening[len(b.answers)].ID] = a.Yes
		return // the next condition, or the end of the screening
	case stepScreeningConfirm, stepPainConfirm:
		if !a.Yes {
			b.left = true
			return
		}
		b.painConfirmed = b.step == stepPainConfirm
	case stepPain:
		if a.Retake && b.Pain == nil {
			// The screening again, then this check-in: its new answers
			// are saved and their advice applies from now on.
			b.Screening, b.answers, b.step = nil, nil, stepScreening
			return
		}
		if b.Pain != nil { // the trend was shown
			b.trendShown = true
			return
		}
		if a.WarmUp && b.OfferWarmUp {
			b.warmUp = true // and the check-in again, saying so
			return
		}
		b.pain = &a.Value
	}
	b.step++
}

// WarmUp says the guided warm-up was chosen before the session.
func (b *Before) WarmUp() bool { return b.warmUp }

// Proceed reports whether every question is answered and the session may
// start.
func (b *Before) Proceed() bool {
	_, more := b.Next()
	return !more && !b.left
}

// Stopped says why the questions ended without a session: the advice of
// the warning the person did not confirm, or "" when they simply left.
func (b *Before) Stopped() string {
	if !b.left {
		return ""
	}
	switch b.step {
	case stepScreeningConfirm:
		return strings.Join(b.blocking(), " ")
	case stepPainConfirm:
		return strings.Join(b.painLines(), " ")
	}
	return ""
}

// Records are what the answers so far add to the history: the screening,
// if taken now, and the pain check-in.
func (b *Before) Records(at time.Time, sessionID, routine string) []history.Record {
	var recs []history.Record
	if b.answers != nil && len(b.answers) == len(routines.Screening) {
		recs = append(recs, history.Record{Kind: history.ScreeningTaken, At: at, Answers: b.answers})
	}
	if b.pain != nil {
		recs = append(recs, history.Record{Kind: history.PainCheckIn, At: at, Session: sessionID, Routine: routine,
			Pain: history.PainLevel(*b.pain), When: history.Before, Confirmed: b.painConfirmed && !b.left})
	}
	return recs
}

// blocking is the advice of the screening's "yes" answers that stop a
// session until confirmed. A flare-up of an inflammatory condition is the
// one the article gives a measure for ("wait until pain settles below
// 4/10"): it is left to the pain check-in, which asks just that, unless
// no check-in follows (the desk break).
func (b *Before) blocking() []string {
	var out []string
	for _, c := range routines.Screening {
		if b.Screening[c.ID] && (c.ID != FlareUp || b.Break) {
			out = append(out, c.Advice)
		}
	}
	return out
}

// painLines explain the wait at a pain of PainLimit or more: the
// screening's flare-up, when it was answered yes, and the program's rule.
func (b *Before) painLines() []string {
	if b.Screening[FlareUp] {
		return []string{"Your safety screening says you are in a flare-up of an inflammatory condition: " +
			"the article says to wait until the pain has settled below 4 out of 10.", routines.WaitAdvice}
	}
	return []string{routines.WaitAdvice}
}

// AskAfter reports whether the pain after s is worth asking: some
// exercise was done, and it was not interrupted (a closed pane has nobody
// to answer).
func AskAfter(s *session.Session) bool {
	return s.Outcome() != session.Interrupted && s.Worked()
}

// Unanswered is the error for a question that cannot be asked (no
// terminal) and was not answered by a flag.
func (q Question) Unanswered() string {
	switch q.Kind {
	case Confirm:
		return "not starting: " + strings.Join(q.Lines, " ") + " To go ahead regardless, add " + q.Flag + "."
	case YesNo:
		return "the one-time safety screening has not been taken and there is no terminal to ask it: run " + q.Flag + " first"
	}
	return fmt.Sprintf("%s needs an answer and there is no terminal to ask it: add %s", strings.ToLower(q.Title), q.Flag)
}
