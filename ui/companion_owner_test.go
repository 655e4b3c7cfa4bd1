package ui

import (
	"strings"
	"testing"
)

// ownerTick is the tick a companion with CheckOwner gets: the answer of
// the check made in the tick's command.
func (tc *testCompanion) ownerTickAt(hhmm string, check func() (bool, string)) {
	tc.clk.T = monday(hhmm)
	tc.send(companionTickMsg{gen: tc.c.tickGen, owner: checkOwnerNow(check)})
}

func TestACompanionThatTakesOverAtACheckSendsAndSavesThatChecksReminder(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "12:29", morningDone(), 80, 24, false)
	tc.ownerTickAt("12:29", func() (bool, string) { return false, "" })
	const said = "This companion now sends the reminders; the one in process 1234 has stopped."
	tc.ownerTickAt("12:30", func() (bool, string) { return true, said })
	if strings.Join(tc.sent, ",") != "Midday routine is due" || strings.Join(tc.actions(), ",") != "fired midday" {
		t.Errorf("sent %q, saved %q; want the midday reminder sent and saved once", tc.sent, tc.actions())
	}
	if !strings.Contains(strings.Join(strings.Fields(tc.screen()), " "), said) {
		t.Errorf("the takeover is not said:\n%s", tc.screen())
	}
}

func TestACompanionThatLosesTheRightAtACheckNeitherSendsNorSaves(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "12:29", morningDone(), 80, 24, true)
	tc.ownerTickAt("12:30", func() (bool, string) { return false, "Another companion took the reminders." })
	if len(tc.sent) != 0 || len(tc.saved) != 0 {
		t.Errorf("sent %q, saved %q; want nothing from a companion that lost the right", tc.sent, tc.actions())
	}
	if !strings.Contains(tc.screen(), "Another companion took the reminders.") {
		t.Errorf("the loss is not said:\n%s", tc.screen())
	}
}

func TestAStaleTicksAnswerStillSaysWhoReminds(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "10:30", morningDone(), 80, 24, false)
	tc.send(companionTickMsg{gen: tc.c.tickGen - 1, owner: checkOwnerNow(func() (bool, string) { return true, "Now this one." })})
	if !tc.c.opts.Owner || !strings.Contains(tc.screen(), "Now this one.") {
		t.Errorf("owner %v after a stale tick's answer:\n%s", tc.c.opts.Owner, tc.screen())
	}
	if checkOwnerNow(nil) != nil {
		t.Error("without CheckOwner a tick carries an answer")
	}
}
