package ui

import (
	"errors"
	"fmt"
	"image/color"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backstretch/backstretch/coach"
	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/timer"
)

// monday is a time on Monday 23 November 2026.
func monday(hhmm string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", "2026-11-23 "+hhmm, time.UTC)
	if err != nil {
		panic(err)
	}
	return t
}

// morningDone is the history of a morning session done at 08:12.
func morningDone() []history.Record {
	return []history.Record{
		{Kind: history.SessionStarted, At: monday("08:07"), Session: "m", Routine: "morning", Day: 1},
		{Kind: history.StepEnded, At: monday("08:08"), Session: "m", Routine: "morning", Exercise: "rhomboid", Step: "hold", Status: "done"},
		{Kind: history.SessionEnded, At: monday("08:12"), Session: "m", Routine: "morning", Outcome: "completed", ActualSec: 300},
	}
}

// testCompanion is a companion on a fake clock, its saves and
// notifications kept for the test to look at.
type testCompanion struct {
	c     Companion
	clk   *timer.Fake
	mu    sync.Mutex
	saved []history.Record
	sent  []string
	// notifier, if set, takes the notifications instead of sent.
	notifier Notifier
	// launched is the routine of the last session started on the
	// companion's page.
	launched string
}

// notify is the companion's notifier: tc.notifier, else a record of the
// title in tc.sent.
func (tc *testCompanion) notify(title, body string) error {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if tc.notifier != nil {
		return tc.notifier(title, body)
	}
	tc.sent = append(tc.sent, title)
	return nil
}

// notifyWith makes n the companion's notifier from now on.
func (tc *testCompanion) notifyWith(n Notifier) {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	tc.notifier = n
}

func newTestCompanion(t *testing.T, at string, recs []history.Record, w, h int, owner bool) *testCompanion {
	t.Helper()
	return newTestCompanionWith(t, config.Default(), at, recs, w, h, owner)
}

// newTestCompanionWith is newTestCompanion with a config of the test's.
func newTestCompanionWith(t *testing.T, cfg config.Config, at string, recs []history.Record, w, h int, owner bool) *testCompanion {
	t.Helper()
	tc := &testCompanion{clk: timer.NewFake(monday(at))}
	sched := schedule.New(cfg)
	sched.FromHistory(recs, tc.clk.Now())
	sched.Check(tc.clk.Now(), false)
	cat := routines.NewCatalogue(cfg.Custom())
	store := history.Store{Path: filepath.Join(t.TempDir(), "history.jsonl")}
	tc.c = NewCompanion(CompanionOptions{
		Catalogue: cat,
		Prepare: func(id string) *coach.Run {
			tc.launched = id
			r, _ := cat.RoutineByID(id)
			env := coach.Env{Catalogue: cat, RampDays: cfg.RampDays, Clock: tc.clk, History: coach.History{Store: store, Recs: recs}}
			return coach.Prepare(env, r, coach.Where{InCompanion: true})
		},
		Clock: tc.clk, Schedule: sched, Owner: owner, Notify: true, Sound: true, Notifier: tc.notify,
		Save: func(recs []history.Record) error {
			tc.mu.Lock()
			defer tc.mu.Unlock()
			tc.saved = append(tc.saved, recs...)
			return nil
		},
	})
	tc.send(tea.WindowSizeMsg{Width: w, Height: h})
	tc.send(loadedMsg{recs: recs, stats: stats.Compute(recs, tc.clk.Now(), 4), sessions: history.Sessions(recs)})
	return tc
}

// send gives the companion a message and runs the commands it returns,
// as Bubble Tea would, except ticks and quitting.
func (tc *testCompanion) send(msg tea.Msg) tea.Cmd {
	next, cmd := tc.c.Update(msg)
	tc.c = next.(Companion)
	tc.run(cmd)
	return cmd
}

func (tc *testCompanion) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			tc.run(c)
		}
	case companionTickMsg, tea.QuitMsg, nil:
	default:
		tc.send(msg)
	}
}

func (tc *testCompanion) keys(keys ...string) {
	for _, k := range keys {
		tc.send(keyPress(k))
	}
}

// tickAt moves the clock and lets the companion check the schedule.
func (tc *testCompanion) tickAt(hhmm string) {
	tc.clk.T = monday(hhmm)
	tc.send(companionTickMsg{gen: tc.c.tickGen})
}

func (tc *testCompanion) screen() string { return ansi.Strip(tc.c.View().Content) }

func (tc *testCompanion) actions() []string {
	var out []string
	for _, r := range tc.saved {
		out = append(out, r.Action+" "+r.Reminder)
	}
	return out
}

var companionStates = []struct {
	name    string
	at      string
	prepare func(tc *testCompanion)
}{
	{"morning-done", "10:30", func(*testCompanion) {}},
	{"midday-due", "12:29", func(tc *testCompanion) { tc.tickAt("12:30") }},
	{"paused", "10:30", func(tc *testCompanion) { tc.keys("p", "3") }},
	{"rolls-reminder", "09:59", func(tc *testCompanion) { tc.tickAt("10:00") }},
	{"all-keys", "10:30", func(tc *testCompanion) { tc.keys("?") }},
	{"stats", "10:30", func(tc *testCompanion) { tc.keys("s") }},
	{"history", "10:30", func(tc *testCompanion) { tc.keys("h") }},
	{"pause-menu", "10:30", func(tc *testCompanion) { tc.keys("p") }},
}

func TestTheCompanionLooksAsExpected(t *testing.T) {
	t.Parallel()
	for _, st := range companionStates {
		for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 12}} {
			t.Run(fmt.Sprintf("%s-%dx%d", st.name, size[0], size[1]), func(t *testing.T) {
				tc := newTestCompanion(t, st.at, morningDone(), size[0], size[1], true)
				st.prepare(tc)
				golden.RequireEqual(t, tc.screen())
			})
		}
	}
}

func TestTheCompanionFitsEverySizeFromTheSmallest(t *testing.T) {
	t.Parallel()
	for w := 20; w <= 100; w += 7 {
		for h := 6; h <= 30; h += 3 {
			tc := newTestCompanion(t, "12:29", morningDone(), w, h, true)
			tc.tickAt("12:30")
			lines := strings.Split(tc.screen(), "\n")
			if len(lines) > h {
				t.Errorf("%d×%d: %d lines", w, h, len(lines))
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Errorf("%d×%d: a line of %d columns: %q", w, h, ansi.StringWidth(l), l)
				}
			}
			if w >= MinWidth && h >= MinHeight && !strings.Contains(tc.screen(), "q quit") {
				t.Errorf("%d×%d: the quit key is not shown:\n%s", w, h, tc.screen())
			}
		}
	}
}

func TestAReminderNotifiesHighlightsAndIsSaved(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "12:29", morningDone(), 80, 24, true)
	tc.tickAt("12:30")
	if !strings.Contains(tc.screen(), "Midday routine is due") || !strings.Contains(tc.screen(), "Midday   due now") {
		t.Errorf("no highlight:\n%s", tc.screen())
	}
	if strings.Join(tc.sent, ",") != "Midday routine is due" {
		t.Errorf("notifications: %q", tc.sent)
	}
	if got := strings.Join(tc.actions(), ","); got != "fired midday" {
		t.Errorf("saved: %s", got)
	}
}

func TestASecondCompanionShowsRemindersButNeitherSendsNorSavesThem(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "12:29", morningDone(), 80, 24, false)
	tc.tickAt("12:30")
	if !strings.Contains(tc.screen(), "Midday routine is due") {
		t.Errorf("no highlight:\n%s", tc.screen())
	}
	if len(tc.sent) != 0 || len(tc.saved) != 0 {
		t.Errorf("sent %q, saved %q", tc.sent, tc.actions())
	}
}

func TestKeysStartTheSessions(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ at, key, want string }{
		{"10:30", "1", "morning"},
		{"10:30", "2", "midday"},
		{"10:30", "3", "evening"},
		{"10:30", "r", "desk"},
		{"12:40", "enter", "midday"},
		{"10:30", "enter", ""},
		{"10:30", "q", ""},
	} {
		tc := newTestCompanion(t, c.at, morningDone(), 80, 24, true)
		tc.keys(c.key)
		if got := tc.launched; got != c.want {
			t.Errorf("at %s, %s starts %q, want %q", c.at, c.key, got, c.want)
		}
	}
}

func TestEnterStartsWhatTheReminderOnScreenAsks(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "09:59", morningDone(), 80, 24, true)
	tc.tickAt("10:00")
	tc.keys("enter")
	if tc.launched != "desk" {
		t.Errorf("enter on the shoulder-roll reminder starts %q", tc.launched)
	}
}

func TestSnoozeAndDismissAnswerTheReminderOnScreen(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "09:59", morningDone(), 80, 24, true)
	tc.tickAt("10:00")
	tc.keys("z")
	if strings.Contains(tc.screen(), "Shoulder rolls\n") || !strings.Contains(tc.screen(), "Next: shoulder rolls at 10:10") {
		t.Errorf("after snoozing:\n%s", tc.screen())
	}
	tc.tickAt("10:10")
	tc.keys("x")
	if got := strings.Join(tc.actions(), ","); got != "fired shoulder-rolls,snoozed shoulder-rolls,fired shoulder-rolls,skipped shoulder-rolls" {
		t.Errorf("saved: %s", got)
	}
	if _, shown := tc.c.sched.Shown(tc.clk.Now()); shown {
		t.Error("the dismissed reminder is still on screen")
	}
}

func TestPauseOffersThreeLengthsAndPIsThenResume(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ key, until string }{{"1", "11:00"}, {"2", "11:30"}, {"3", "00:00"}} {
		tc := newTestCompanion(t, "10:30", morningDone(), 80, 24, true)
		tc.keys("p")
		if !strings.Contains(tc.screen(), "Pause reminders for:") {
			t.Fatalf("no choices:\n%s", tc.screen())
		}
		tc.keys(c.key)
		until, paused := tc.c.sched.PausedUntil(tc.clk.Now())
		if !paused || until.Format("15:04") != c.until {
			t.Errorf("%s pauses until %s", c.key, until.Format("15:04"))
		}
		if !strings.Contains(tc.screen(), "PAUSED") || !strings.Contains(tc.screen(), "p resume") {
			t.Errorf("the screen does not say it is paused:\n%s", tc.screen())
		}
		tc.keys("p")
		if _, paused := tc.c.sched.PausedUntil(tc.clk.Now()); paused {
			t.Error("p did not resume")
		}
		if got := strings.Join(tc.actions(), ","); got != "paused ,resumed " {
			t.Errorf("saved: %q", got)
		}
	}
}

func TestEscapeClosesThePauseChoicesWithoutPausing(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "10:30", morningDone(), 80, 24, true)
	tc.keys("p", "esc")
	if _, paused := tc.c.sched.PausedUntil(tc.clk.Now()); paused || strings.Contains(tc.screen(), "Pause reminders for:") {
		t.Errorf("still pausing:\n%s", tc.screen())
	}
}

func TestHistoryAndStatsOpenAndCloseInPlace(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "10:30", morningDone(), 80, 24, true)
	tc.keys("h")
	if !strings.Contains(tc.screen(), "Recent sessions") {
		t.Errorf("h:\n%s", tc.screen())
	}
	tc.keys("esc", "s")
	if !strings.Contains(tc.screen(), "Streak") {
		t.Errorf("s:\n%s", tc.screen())
	}
	tc.keys("esc")
	if !strings.Contains(tc.screen(), "Today") {
		t.Errorf("esc:\n%s", tc.screen())
	}
}

func TestFailingNotificationsAreSaidOnceAndTheBellStandsIn(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "09:59", morningDone(), 80, 24, true)
	tc.notifyWith(func(string, string) error { return errors.New("no bus") })
	tc.tickAt("10:00")
	if !strings.Contains(tc.screen(), "Desktop notifications are unavailable") {
		t.Errorf("not said:\n%s", tc.screen())
	}
	if !tc.c.notifyErr {
		t.Error("notifications are still tried")
	}
}

func TestWithNoSessionsTheHistorySaysWhichKeyStartsOne(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "10:30", nil, 40, 12, true)
	tc.keys("h")
	if !strings.Contains(tc.screen(), "Press 1, 2 or 3") || strings.Contains(tc.screen(), "backstretch morning") {
		t.Errorf("empty history:\n%s", tc.screen())
	}
}

// The session started from the companion once came up in the dark
// styles on a light terminal: the terminal says its background once, to
// the companion. The questions and the session on its page take the
// companion's styles.
func TestASessionOnTheCompanionsPageKeepsItsLightStyles(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "10:30", morningDone(), 80, 24, true)
	tc.send(tea.BackgroundColorMsg{Color: color.White})
	tc.keys("r") // the desk break; the screening first, as no history has one
	if tc.c.flow == nil || tc.c.flow.ask == nil {
		t.Fatalf("r asked nothing on the companion's page:\n%s", tc.screen())
	}
	if tc.c.flow.styles.dark {
		t.Error("the questions on a light terminal are drawn in the dark styles")
	}
	light := newStyles(false)
	m, _ := newTestModel(t, "desk", routines.FirstSession(), 80, 24)
	if m = NewModel(m.s, Options{Clock: m.opts.Clock, Styles: &light}); m.styles.dark {
		t.Error("a session given light styles is drawn in the dark ones")
	}
}

// The summary of a session run on the companion's page once showed beside
// the reminder that the session had answered, until the history was read
// again: the end comes with the history read after it.
func TestTheEndOfASessionOnThePageComesWithTheHistoryItWrote(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "09:59", morningDone(), 80, 24, true)
	tc.tickAt("10:00")
	if !strings.Contains(tc.screen(), "enter start · z snooze") {
		t.Fatalf("no reminder on screen:\n%s", tc.screen())
	}
	tc.clk.T = monday("10:02")
	recs := append(morningDone(),
		history.Record{Kind: history.SessionStarted, At: monday("10:01"), Session: "d", Routine: "desk", Day: 1},
		history.Record{Kind: history.StepEnded, At: monday("10:02"), Session: "d", Routine: "desk", Exercise: "shoulder-rolls", Step: "reps", Status: "done"},
		history.Record{Kind: history.SessionEnded, At: monday("10:02"), Session: "d", Routine: "desk", Outcome: "completed", ActualSec: 35})
	loaded := loadedMsg{recs: recs, stats: stats.Compute(recs, tc.clk.Now(), 4), sessions: history.Sessions(recs)}
	sum := session.Summary{Routine: "Desk shoulder rolls", Outcome: session.Completed}
	tc.send(hostedEndMsg{report: coach.Report{Summary: &sum}, history: &loaded})
	screen := tc.screen()
	if !strings.Contains(screen, "Summary: Desk shoulder rolls completed") || strings.Contains(screen, "enter start · z snooze") {
		t.Errorf("the summary and the reminder it answered:\n%s", screen)
	}
}
