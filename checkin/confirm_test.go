package checkin

import (
	"strings"
	"testing"

	"github.com/backstretch/backstretch/routines"
)

// A person who confirmed the screening's warning and then declined the
// pain warning did not go ahead despite pain: the record says so, or a
// physiotherapist reading the export would be misled.
func TestADeclinedPainWarningIsNeverSavedAsConfirmed(t *testing.T) {
	for _, c := range []struct {
		name    string
		answers map[string]Answer
		want    bool
	}{
		{"screening confirmed, pain declined", map[string]Answer{"screening-confirm": {Yes: true}, "pain-before": {Value: 5}, "pain-confirm": {}}, false},
		{"screening confirmed, pain left", map[string]Answer{"screening-confirm": {Yes: true}, "pain-before": {Value: 5}, "pain-confirm": {Leave: true}}, false},
		{"screening confirmed, pain low", map[string]Answer{"screening-confirm": {Yes: true}, "pain-before": {Value: 2}}, false},
		{"both confirmed", map[string]Answer{"screening-confirm": {Yes: true}, "pain-before": {Value: 5}, "pain-confirm": {Yes: true}}, true},
	} {
		b := &Before{Screening: map[string]bool{"herniated-disc": true}}
		walk(t, b, c.answers)
		recs := b.Records(t0, "s", "evening")
		if len(recs) != 1 || recs[0].Confirmed != c.want {
			t.Errorf("%s: records %+v, want one check-in with confirmed %v", c.name, recs, c.want)
		}
	}
}

// The rule to wait at 4/10 is the program's, borrowed from what the
// article says about flare-ups: said as such.
func TestTheWaitAtFourRuleIsSaidAsTheProgramsOwn(t *testing.T) {
	b := &Before{Screening: NoneApplies(), Pain: intp(routines.PainLimit)}
	q, ok := b.Next()
	if !ok || q.ID != "pain-confirm" {
		t.Fatalf("first question %+v", q)
	}
	text := q.Lines[0]
	for _, want := range []string{"This program's rule", "below 4", "flare-ups of inflammatory conditions"} {
		if !strings.Contains(text, want) {
			t.Errorf("the pain warning %q does not say %q", text, want)
		}
	}
	if strings.Contains(text, "The article behind this routine advises waiting") {
		t.Errorf("the pain warning still gives the program's rule as the article's: %q", text)
	}
}

// After a stop for pain earlier the same day, the pain check-in comes
// with the caution; given in advance (--pain), the caution is still said.
func TestACautionAfterAStopForPainComesWithThePainCheckIn(t *testing.T) {
	b := &Before{Screening: NoneApplies(), Caution: "Earlier today you stopped."}
	q, ok := b.Next()
	if !ok || q.ID != "pain-before" || !strings.Contains(q.Notice, "Earlier today you stopped.") {
		t.Fatalf("first question %+v", q)
	}
	b = &Before{Screening: NoneApplies(), Caution: "Earlier today you stopped.", Pain: intp(2)}
	q, ok = b.Next()
	if !ok || q.Kind != Info || q.Title != "After the stop for pain" || !strings.Contains(q.Notice, "Earlier today") {
		t.Fatalf("with --pain, first question %+v", q)
	}
}

// The screening was asked once ever. From the pain check-in it can be
// taken again with one key; its new answers are saved, and a "yes" then
// needs its confirmation before the session, as any "yes" does.
func TestThePainCheckInOffersTheScreeningAgain(t *testing.T) {
	b := &Before{Screening: NoneApplies()}
	q, ok := b.Next()
	if !ok || q.ID != "pain-before" || !q.Retake {
		t.Fatalf("first question %+v, want the pain check-in offering a retake", q)
	}
	b.Answer(Answer{Retake: true})
	var ids []string
	for q, ok := b.Next(); ok; q, ok = b.Next() {
		ids = append(ids, q.ID)
		switch {
		case strings.HasPrefix(q.ID, "screening/"):
			b.Answer(Answer{Yes: q.ID == "screening/recent-injury"})
		case q.ID == "screening-confirm":
			b.Answer(Answer{Yes: true})
		case q.ID == "pain-before":
			b.Answer(Answer{Value: 2})
		}
		if len(ids) > 10 {
			t.Fatalf("questions never end: %v", ids)
		}
	}
	if got := strings.Join(ids, " "); got != "screening/recent-injury screening/herniated-disc screening/inflammatory-flare screening/radiating-pain screening-confirm pain-before" {
		t.Errorf("asked %s", got)
	}
	recs := b.Records(t0, "s", "evening")
	if len(recs) != 2 || recs[0].Kind != "screening" || !recs[0].Answers["recent-injury"] || *recs[1].Pain != 2 {
		t.Errorf("records %+v, want the new screening and the check-in", recs)
	}
}

// When pain has risen, the check-in says the screening can be taken again.
func TestRisingPainOffersTheScreeningInWords(t *testing.T) {
	b := &Before{Screening: NoneApplies(), PainRose: true}
	if q, _ := b.Next(); !strings.Contains(q.Notice, RetakeOffer) {
		t.Errorf("notice %q lacks the offer", q.Notice)
	}
}

// Before the day's first session the check-in offers the warm-up the
// safety steps ask for; w chooses it, and the check-in says it comes first.
func TestTheDaysFirstCheckInOffersTheWarmUp(t *testing.T) {
	b := &Before{Screening: NoneApplies(), OfferWarmUp: true}
	q, _ := b.Next()
	if !q.WarmUp || !strings.Contains(q.Notice, WarmUpOffer) {
		t.Fatalf("check-in %+v does not offer the warm-up", q)
	}
	b.Answer(Answer{WarmUp: true})
	q, _ = b.Next()
	if q.ID != "pain-before" || q.WarmUp || !strings.Contains(q.Notice, WarmUpChosen) || !b.WarmUp() {
		t.Fatalf("after w: %+v, warm-up %v", q, b.WarmUp())
	}
	b.Answer(Answer{Value: 1})
	if !b.Proceed() || !b.WarmUp() {
		t.Error("the session does not go ahead with the warm-up")
	}
	later := &Before{Screening: NoneApplies()}
	if q, _ := later.Next(); q.WarmUp || strings.Contains(q.Notice, "warm-up") {
		t.Errorf("a later session offers the warm-up: %+v", q)
	}
}
