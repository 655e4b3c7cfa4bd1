package checkin

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
)

var t0 = time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)

// walk answers each question with the answer for its id (the last
// screening answer for every screening question) and returns the ids.
func walk(t *testing.T, b *Before, answers map[string]Answer) []string {
	t.Helper()
	var ids []string
	for q, ok := b.Next(); ok; q, ok = b.Next() {
		ids = append(ids, q.ID)
		if len(ids) > 20 {
			t.Fatalf("questions never end: %v", ids)
		}
		a, given := answers[q.ID]
		if strings.HasPrefix(q.ID, "screening/") {
			a, given = answers["screening"]
		}
		if !given {
			t.Fatalf("unexpected question %q (asked so far: %v)", q.ID, ids)
		}
		b.Answer(a)
	}
	return ids
}

func TestTheFirstSessionEverAsksEverything(t *testing.T) {
	b := &Before{FirstEver: true}
	ids := walk(t, b, map[string]Answer{"safety": {}, "screening": {}, "pain-before": {Value: 2}})
	want := "safety screening/recent-injury screening/herniated-disc screening/inflammatory-flare screening/radiating-pain pain-before"
	if strings.Join(ids, " ") != want {
		t.Fatalf("asked %v, want %s", ids, want)
	}
	if !b.Proceed() {
		t.Fatal("the session may not start")
	}
	recs := b.Records(t0, "s1", "morning")
	if len(recs) != 2 || recs[0].Kind != history.ScreeningTaken || len(recs[0].Answers) != 4 ||
		recs[1].Kind != history.PainCheckIn || *recs[1].Pain != 2 || recs[1].When != history.Before || recs[1].Session != "s1" || recs[1].Confirmed {
		t.Fatalf("records %+v", recs)
	}
}

func TestLaterSessionsAskOnlyThePain(t *testing.T) {
	b := &Before{Screening: NoneApplies()}
	if ids := walk(t, b, map[string]Answer{"pain-before": {Value: 3}}); len(ids) != 1 {
		t.Fatalf("asked %v", ids)
	}
	if !b.Proceed() || len(b.Records(t0, "s", "evening")) != 1 {
		t.Fatal("a pain of 3 should let the session start, with one record")
	}
}

func TestFlagsAnswerInAdvance(t *testing.T) {
	b := &Before{Screening: NoneApplies(), Pain: intp(0)}
	if _, ok := b.Next(); ok || !b.Proceed() {
		t.Fatal("--pain 0 left a question")
	}
	if r := b.Records(t0, "s", "desk"); len(r) != 1 || *r[0].Pain != 0 {
		t.Fatalf("records %+v", r)
	}
}

func intp(n int) *int { return &n }

func TestPainOfFourOrMoreNeedsTheWordTyped(t *testing.T) {
	for _, c := range []struct {
		typed   Answer
		proceed bool
	}{{Answer{Yes: true}, true}, {Answer{}, false}, {Answer{Leave: true}, false}} {
		b := &Before{Screening: NoneApplies()}
		ids := walk(t, b, map[string]Answer{"pain-before": {Value: routines.PainLimit}, "pain-confirm": c.typed})
		if len(ids) != 2 || ids[1] != "pain-confirm" {
			t.Fatalf("asked %v, want the pain and its confirmation", ids)
		}
		if b.Proceed() != c.proceed {
			t.Errorf("%+v: proceed %v, want %v", c.typed, b.Proceed(), c.proceed)
		}
		if !c.proceed && !strings.Contains(b.Stopped(), "below 4") {
			t.Errorf("stopped without the flare-up advice: %q", b.Stopped())
		}
		recs := b.Records(t0, "s", "evening")
		if len(recs) != 1 || *recs[0].Pain != 4 || recs[0].Confirmed != c.proceed {
			t.Errorf("%+v: records %+v (the check-in is kept either way)", c.typed, recs)
		}
	}
	b := &Before{Screening: NoneApplies(), Pain: intp(7), Anyway: true}
	if _, ok := b.Next(); ok || !b.Proceed() || !b.Records(t0, "s", "x")[0].Confirmed {
		t.Error("--pain 7 --continue-anyway should start, confirmed")
	}
	b = &Before{Screening: NoneApplies(), Pain: intp(3)}
	if _, ok := b.Next(); ok {
		t.Error("pain 3 asks for a confirmation")
	}
}

func TestAYesInTheScreeningShowsItsAdviceAndNeedsTheWord(t *testing.T) {
	b := &Before{}
	answers := map[string]Answer{"screening": {Yes: true}, "screening-confirm": {}}
	ids := walk(t, b, answers)
	if ids[len(ids)-1] != "screening-confirm" || b.Proceed() {
		t.Fatalf("asked %v, proceed %v", ids, b.Proceed())
	}
	stopped := b.Stopped()
	for _, c := range routines.Screening {
		// The flare-up's measure is the pain: the check-in after asks it.
		if got := strings.Contains(stopped, c.Advice); got != (c.ID != FlareUp) {
			t.Errorf("the advice for %s shown %v: %q", c.ID, got, stopped)
		}
	}
	// The screening is saved even so, so it is not asked again.
	if r := b.Records(t0, "s", "x"); len(r) != 1 || r[0].Kind != history.ScreeningTaken || !r[0].Answers["herniated-disc"] {
		t.Errorf("records %+v", r)
	}
	// A stored yes asks again before every session.
	b = &Before{Screening: map[string]bool{"herniated-disc": true}}
	q, ok := b.Next()
	if !ok || q.ID != "screening-confirm" || q.Kind != Confirm || !strings.Contains(strings.Join(q.Lines, " "), "herniated disc") {
		t.Fatalf("first question %+v", q)
	}
}

func TestLeavingAnyQuestionStopsWithoutASession(t *testing.T) {
	b := &Before{FirstEver: true}
	walk(t, b, map[string]Answer{"safety": {Leave: true}})
	if b.Proceed() || b.Stopped() != "" || len(b.Records(t0, "s", "x")) != 0 {
		t.Error("leaving at the safety steps")
	}
	b = &Before{}
	b.Next()
	b.Answer(Answer{})
	b.Answer(Answer{Leave: true})
	if b.Proceed() || len(b.Records(t0, "s", "x")) != 0 {
		t.Error("a half-taken screening was kept")
	}
}

func TestUnansweredQuestionsNameTheirFlag(t *testing.T) {
	cases := map[string]Question{
		"--pain N":          PainQuestion(history.Before),
		"screening --none":  ScreeningQuestion(0),
		"--continue-anyway": {Kind: Confirm, Lines: []string{"wait"}, Flag: "--continue-anyway"},
	}
	for flag, q := range cases {
		if msg := q.Unanswered(); !strings.Contains(msg, flag) {
			t.Errorf("%q does not name %s", msg, flag)
		}
	}
	if !PainQuestion(history.After).Optional || PainQuestion(history.Before).Optional {
		t.Error("only the pain after a session can be skipped")
	}
}

func TestParsePainAndAnswers(t *testing.T) {
	for in, want := range map[string]int{"0": 0, " 7 ": 7, "10": 10} {
		if n, err := ParsePain(in); err != nil || n != want {
			t.Errorf("ParsePain(%q) = %d, %v", in, n, err)
		}
	}
	for _, in := range []string{"", "-1", "11", "3.5", "seven"} {
		if _, err := ParsePain(in); err == nil || !strings.Contains(err.Error(), "0 (no pain) to 10") {
			t.Errorf("ParsePain(%q): %v", in, err)
		}
	}
	a, err := ParseAnswers("no, No,YES,n")
	if err != nil || a["recent-injury"] || a["herniated-disc"] || !a["inflammatory-flare"] || a["radiating-pain"] {
		t.Errorf("ParseAnswers: %v %v", a, err)
	}
	for in, want := range map[string]string{"no,no": "has 2 answers", "no,no,maybe,no": `answer 3 (inflammatory-flare) is "maybe"`} {
		if _, err := ParseAnswers(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseAnswers(%q): %v, want %q", in, err, want)
		}
	}
}

// painForm is a whole number, signed or not, with any leading zeros.
var painForm = regexp.MustCompile(`^([+-]?)0*([0-9]*)$`)

// FuzzParsePain checks that ParsePain (the pain questions and --pain,
// --pain-after) takes exactly the whole numbers from 0 to 10, blanks
// around them, a sign and leading zeros allowed; that the level is the
// number written and reads back from its printed form; and that an error
// quotes the input and says what is accepted.
func FuzzParsePain(f *testing.F) {
	for _, s := range []string{"4", "0", "10", "11", "-0", "-1", "+4", "007", " 7\r\n", "3.5", "1e1", "0x5", "٣", "99999999999999999999", "\ufeff4", "\u00a04\u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParsePain(s)
		trimmed := strings.TrimSpace(s)
		want, ok := 0, false
		if m := painForm.FindStringSubmatch(trimmed); m != nil && len(trimmed) > len(m[1]) && len(m[2]) <= 2 {
			if m[2] != "" {
				want, _ = strconv.Atoi(m[2])
			}
			ok = want <= 10 && (m[1] != "-" || want == 0)
		}
		if (err == nil) != ok {
			t.Fatalf("ParsePain(%q) = %d, %v; want ok=%v", s, n, err, ok)
		}
		if err != nil {
			if msg := err.Error(); !strings.Contains(msg, fmt.Sprintf("%q", s)) || !strings.Contains(msg, "0 (no pain) to 10") {
				t.Fatalf("ParsePain(%q): unhelpful error %v", s, err)
			}
			return
		}
		if n != want {
			t.Fatalf("ParsePain(%q) = %d, want %d", s, n, want)
		}
		if again, err := ParsePain(strconv.Itoa(n)); err != nil || again != n {
			t.Fatalf("ParsePain(%q) = %d, but %d reads back as %d, %v", s, n, n, again, err)
		}
	})
}

// FuzzParseAnswers checks that --answers takes exactly one yes, y, no or n
// per screening condition (any ASCII case, blanks around each), that the
// answers are those written, keyed by condition, and that they write back
// as yes and no to the same answers.
func FuzzParseAnswers(f *testing.F) {
	for _, s := range []string{"no,no,no,no", "y,n,Y,N", " YES ,No,n,y", "no,no,no", "no,no,no,no,", "no,,no,no", "no,maybe,no,no", "no,no,no,yeſ", "no,no,no,Yes\u00a0", "no\r\n,no,no,no\r\n", "\ufeffno,no,no,no", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAnswers(s)
		parts := strings.Split(s, ",")
		ok := len(parts) == len(routines.Screening)
		want := map[string]bool{}
		for i, p := range parts {
			switch asciiLower(strings.TrimSpace(p)) {
			case "yes", "y":
				if ok {
					want[routines.Screening[i].ID] = true
				}
			case "no", "n":
				if ok {
					want[routines.Screening[i].ID] = false
				}
			default:
				ok = false
			}
		}
		if (err == nil) != ok {
			t.Fatalf("ParseAnswers(%q) = %v, %v; want ok=%v", s, a, err, ok)
		}
		if err != nil {
			if a != nil || !strings.Contains(err.Error(), "yes or no") {
				t.Fatalf("ParseAnswers(%q) = %v, %v: want no answers and an error saying what is accepted", s, a, err)
			}
			return
		}
		if !reflect.DeepEqual(a, want) {
			t.Fatalf("ParseAnswers(%q) = %v, want %v", s, a, want)
		}
		var words []string
		for _, id := range ScreeningIDs() {
			words = append(words, map[bool]string{true: "yes", false: "no"}[a[id]])
		}
		if again, err := ParseAnswers(strings.Join(words, ",")); err != nil || !reflect.DeepEqual(again, a) {
			t.Fatalf("ParseAnswers(%q) = %v, which writes as %v and reads back as %v, %v", s, a, words, again, err)
		}
	})
}

// asciiLower lowers the ASCII letters of s only.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestTheTrendIsSaidEvenWhenAFlagGivesThePain(t *testing.T) {
	b := &Before{Screening: NoneApplies(), Trend: "worse", Pain: intp(2)}
	ids := walk(t, b, map[string]Answer{"trend": {}})
	if len(ids) != 1 || !b.Proceed() {
		t.Fatalf("asked %v, proceed %v", ids, b.Proceed())
	}
	b = &Before{Screening: NoneApplies(), Trend: "worse"}
	b.Next()
	if q, _ := b.Next(); q.ID != "pain-before" || q.Notice != "worse" {
		t.Errorf("the trend is not on the pain question: %+v", q)
	}
}
