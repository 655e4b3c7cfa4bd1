package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/safetext/safetexttest"
	"github.com/backstretch/backstretch/session"
)

// payloadSession is the records of a session whose routine and outcome,
// read from the history, are payload.
func payloadSession(id, payload string, at time.Time) []history.Record {
	return []history.Record{
		{Kind: history.SessionStarted, At: at, Session: id, Routine: payload, Day: 1, PlannedSec: 180},
		{Kind: history.StepEnded, At: at.Add(time.Minute), Session: id, Routine: payload, Exercise: payload, Step: payload, Side: payload, Status: payload},
		{Kind: history.SessionEnded, At: at.Add(3 * time.Minute), Session: id, Routine: payload, Outcome: payload, ActualSec: 180},
	}
}

// assertShownEscaped fails unless out has none of payload's raw bytes and
// shows its escaped form.
func assertShownEscaped(t *testing.T, where, out, raw, shown string) {
	t.Helper()
	if strings.Contains(out, raw) {
		t.Errorf("%s passes %q to the terminal raw:\n%q", where, raw, out)
	}
	if !strings.Contains(strings.ReplaceAll(out, "\n", ""), shown) {
		t.Errorf("%s does not show %s:\n%q", where, shown, out)
	}
}

func TestTheHistoryTableShowsControlBytesFromTheHistoryEscaped(t *testing.T) {
	t.Parallel()
	for _, p := range safetexttest.Payloads() {
		t.Run(p.Name, func(t *testing.T) {
			out := printed.HistoryTable(newStyles(true).Printed, history.Sessions(payloadSession("s", p.Raw, monday("08:07"))), 20)
			assertShownEscaped(t, "the history table", out, p.Raw, p.Shown)
		})
	}
}

func TestTheCompanionsHistoryPageShowsControlBytesFromTheHistoryEscaped(t *testing.T) {
	t.Parallel()
	for _, p := range safetexttest.Payloads() {
		t.Run(p.Name, func(t *testing.T) {
			tc := newTestCompanion(t, "10:30", payloadSession("s", p.Raw, monday("08:07")), 120, 24, true)
			tc.keys("h")
			assertShownEscaped(t, "the companion's history page", tc.c.View().Content, p.Raw, p.Shown)
		})
	}
}

func TestANoticeQuotingAFileShowsItsControlBytesEscaped(t *testing.T) {
	t.Parallel()
	for _, p := range safetexttest.Payloads() {
		t.Run(p.Name, func(t *testing.T) {
			tc := newTestCompanion(t, "10:30", morningDone(), 120, 24, true)
			tc.send(loadedMsg{err: errors.New("cannot read the history: " + p.Raw)})
			assertShownEscaped(t, "the companion's notice", tc.c.View().Content, p.Raw, p.Shown)
		})
	}
}

func TestANotificationShowsControlBytesEscapedInItsTitleAndBody(t *testing.T) {
	t.Parallel()
	for _, p := range safetexttest.Payloads() {
		t.Run(p.Name, func(t *testing.T) {
			var sent []string
			send := func(title, body string) error { sent = append(sent, title, body); return nil }
			notify(send, "Title "+p.Raw, "Body "+p.Raw)()
			if len(sent) != 2 {
				t.Fatalf("sent %q; want one title and one body", sent)
			}
			assertShownEscaped(t, "a notification's title", sent[0], p.Raw, p.Shown)
			assertShownEscaped(t, "a notification's body", sent[1], p.Raw, p.Shown)
		})
	}
}

func TestTheNotificationAtASessionsEndShowsTheRoutinesNameEscaped(t *testing.T) {
	t.Parallel()
	for _, p := range safetexttest.Payloads() {
		t.Run(p.Name, func(t *testing.T) {
			var sent []string
			r, _ := routines.BuiltinRoutine("desk")
			r.Name = p.Raw
			m, clk := newTestModel(t, "desk", routines.FirstSession(), 80, 24)
			opts := m.opts
			opts.Notifier = func(title, body string) error { sent = append(sent, title+": "+body); return nil }
			m = NewModel(session.New(session.Build(r, routines.FirstSession())), opts)
			m.s.Start(clk.T)
			for m.s.Index() < len(m.s.Plan.Steps)-1 {
				m.s.Skip(clk.T)
			}
			clk.Advance(time.Hour)
			_, cmd := m.Update(tickMsg{gen: m.tickGen})
			messages(cmd)
			if len(sent) != 1 {
				t.Fatalf("notifications: %q", sent)
			}
			assertShownEscaped(t, "the notification at the end", sent[0], p.Raw, p.Shown)
		})
	}
}
