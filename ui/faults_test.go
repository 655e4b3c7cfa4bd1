package ui

import (
	"fmt"
	"math/rand"
	"reflect"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/checkin"
	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/history"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/stats"
	"github.com/backstretch/backstretch/stats/statstest"
	"github.com/backstretch/backstretch/timer"
)

// randomKeys is what a cat on the keyboard types: letters, digits,
// punctuation, wide and accented characters, every special key the
// screens know and some they do not, with and without modifiers.
var randomKeys = func() []tea.KeyPressMsg {
	var keys []tea.KeyPressMsg
	for _, r := range "abcdefghijklmnopqrstuvwxyzABCQXYZ0123456789 !?-+.,/:;'\"é界🙂" {
		keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	for _, c := range []rune{tea.KeyEnter, tea.KeyEscape, tea.KeyBackspace, tea.KeyTab,
		tea.KeyUp, tea.KeyDown, tea.KeyLeft, tea.KeyRight, tea.KeyPgUp, tea.KeyPgDown,
		tea.KeyHome, tea.KeyEnd, tea.KeyDelete, tea.KeyF1} {
		keys = append(keys, tea.KeyPressMsg{Code: c})
	}
	return append(keys,
		tea.KeyPressMsg{Code: tea.KeySpace, Text: " "},
		tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl},
		tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl},
		tea.KeyPressMsg{Code: 'x', Mod: tea.ModAlt},
		tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModShift},
	)
}()

// randomSizes are the panes the keys are typed in, from the roomy to the
// absurd; each screen gets every one in turn.
var randomSizes = [][2]int{{80, 24}, {40, 12}, {120, 40}, {39, 11}, {20, 5}, {1, 1}, {0, 0}}

// isQuit reports whether cmd is tea.Quit itself, the way every screen here
// quits.
func isQuit(cmd tea.Cmd) bool {
	return cmd != nil && reflect.ValueOf(cmd).Pointer() == reflect.ValueOf(tea.Quit).Pointer()
}

// checkFits fails when a view does not fit its w×h pane.
func checkFits(t *testing.T, what string, content string, w, h int) {
	t.Helper()
	lines := strings.Split(content, "\n")
	if w > 0 && h > 0 && len(lines) > h {
		t.Fatalf("%s: %d lines:\n%s", what, len(lines), content)
	}
	for _, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Fatalf("%s: a line of %d columns: %q", what, lw, l)
		}
	}
}

// noPanic runs step, turning a panic into a failure that says where.
func noPanic(t *testing.T, what func() string, step func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic %s: %v\n%s", what(), r, debug.Stack())
		}
	}()
	step()
}

// flowScreen makes a flow (the session with its check-ins, as the program
// runs it) that is on one screen.
type flowScreen struct {
	name, routine string
	before        func() *checkin.Before
	prepare       func(f Flow, clk *timer.Fake) Flow
	shows         string // on the screen at 80×24, to be sure it is the one
}

func toStep(kind session.Kind) func(Flow, *timer.Fake) Flow {
	return func(f Flow, clk *timer.Fake) Flow {
		for f.Session().Live() && f.Session().Current().Kind != kind {
			f.Session().Skip(clk.T)
		}
		return f
	}
}

func then(prepare func(Flow, *timer.Fake) Flow, keys ...string) func(Flow, *timer.Fake) Flow {
	return func(f Flow, clk *timer.Fake) Flow {
		f, _ = press(prepare(f, clk), keys...)
		return f
	}
}

func asIs(f Flow, _ *timer.Fake) Flow { return f }

func noQuestions() *checkin.Before { return nil }

var flowScreens = []flowScreen{
	{"get ready", "evening", noQuestions, toStep(session.Ready), "GET READY"},
	{"hold", "evening", noQuestions, toStep(session.Hold), "HOLD"},
	{"paced reps", "evening", noQuestions, toStep(session.Reps), "squeeze"},
	{"counting reps", "evening", noQuestions, then(toStep(session.Reps), "c"), "space count a rep"},
	{"paused", "evening", noQuestions, then(toStep(session.Hold), "space"), "PAUSED"},
	{"all keys", "evening", noQuestions, then(toStep(session.Hold), "?"), "previous step"},
	{"pain before", "evening", func() *checkin.Before { return &checkin.Before{Screening: checkin.NoneApplies()} }, asIs, "Pain now"},
	{"pain confirm", "evening", func() *checkin.Before {
		return &checkin.Before{Screening: checkin.NoneApplies(), Pain: intp(6)}
	}, asIs, "Pain 6 out of 10"},
	{"pain after", "desk", noQuestions, func(f Flow, clk *timer.Fake) Flow {
		f = toStep(session.Reps)(f, clk)
		f = update(f, keyPress("x"))
		return update(f, EndedMsg{})
	}, "Pain after the session"},
}

// TestTenThousandRandomKeysOnEachSessionScreenNeverPanic types random keys
// on each screen of a session and its check-ins (keysPerScreen: 10,000, or
// fewer under the race detector), in panes of every size from 120×40 to
// 0×0, with the clock moving now and then, and checks after every key that
// nothing panicked and the screen fits its pane. When the keys end the
// session, it ends as the program would (EndedMsg, then the pain after
// it); once the flow quits, it starts again on the same screen.
func TestTenThousandRandomKeysOnEachSessionScreenNeverPanic(t *testing.T) {
	t.Parallel()
	for i, sc := range flowScreens {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel() // nothing shared: each flow has its own clock and session
			r, _ := routines.BuiltinRoutine(sc.routine)
			progress := routines.ProgressFor(3, 4, 3) // full dosage: rests, sides, sets
			var clk *timer.Fake
			fresh := func(size [2]int) Flow {
				clk = timer.NewFake(t0)
				f := NewFlow(FlowOptions{
					Options:  Options{Clock: clk, Sound: true, Notify: true, Notifier: quiet},
					Before:   sc.before(),
					AskAfter: true,
					Start: func(time.Time) *session.Session {
						return session.New(session.Build(r, progress))
					},
				})
				f = sc.prepare(update(f, tea.WindowSizeMsg{Width: 80, Height: 24}), clk)
				return update(f, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			}
			f := fresh(randomSizes[0])
			if !strings.Contains(flowText(f), sc.shows) {
				t.Fatalf("not on the %s screen:\n%s", sc.name, flowText(f))
			}
			typeRandomKeys(t, sc.name, int64(i+1), f, fresh, func(f Flow, k int, rng *rand.Rand, cmd tea.Cmd) (Flow, tea.Cmd) {
				if k%7 == 0 && f.session != nil && f.ask == nil {
					clk.Advance(time.Duration(rng.Intn(4000)) * time.Millisecond)
					f = update(f, tickMsg{gen: f.session.tickGen})
				}
				if s := f.Session(); !isQuit(cmd) && s != nil && !s.Live() && f.ask == nil {
					next, cmd := f.Update(EndedMsg{}) // as the ended session's command says
					return next.(Flow), cmd
				}
				return f, cmd
			})
		})
	}
}

// companionStart makes a companion that is on one screen.
type companionStart struct {
	name  string
	keys  []string
	shows string
}

var companionStarts = []companionStart{
	{"home", nil, "Today"},
	{"history", []string{"h"}, "backstretch · history"}, // it opens on the newest rows, below the title
	{"stats", []string{"s"}, "Streak"},
	{"pause menu", []string{"p"}, "Pause reminders for:"},
	{"all keys", []string{"?"}, "snooze 10 min"},
}

// TestTenThousandRandomKeysOnEachCompanionScreenNeverPanic does the same
// for the companion's screens, over sixty days of history, with the clock
// moving through a work day's reminders.
func TestTenThousandRandomKeysOnEachCompanionScreenNeverPanic(t *testing.T) {
	t.Parallel()
	recs, _ := statstest.Sixty()
	// A Monday morning at work after the sixty days: reminders every hour.
	at := time.Date(2026, 4, 13, 9, 45, 0, 0, statstest.SixtyNow.Location())
	loaded := loadedMsg{recs: recs, stats: stats.Compute(recs, at, routines.DefaultRampDays), sessions: history.Sessions(recs)}
	for i, sc := range companionStarts {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel() // nothing shared: each companion has its own clock and schedule
			var clk *timer.Fake
			fresh := func(size [2]int) Companion {
				clk = timer.NewFake(at)
				sched := schedule.New(config.Default())
				sched.FromHistory(recs, clk.Now())
				sched.Check(clk.Now(), false)
				// Each companion has its own notifier, so these may run in
				// parallel with notifications on.
				c := NewCompanion(CompanionOptions{Catalogue: routines.Builtin(), Clock: clk, Schedule: sched, Owner: true,
					Sound: true, Notify: true, Notifier: quiet, Save: func([]history.Record) error { return nil }})
				c = update(c, tea.WindowSizeMsg{Width: 80, Height: 24})
				c = update(c, loaded)
				c, _ = press(c, sc.keys...)
				return update(c, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			}
			c := fresh(randomSizes[0])
			if txt := stripped(c.View().Content); !strings.Contains(txt, sc.shows) {
				t.Fatalf("not on the %s screen:\n%s", sc.name, txt)
			}
			typeRandomKeys(t, sc.name, int64(100+i), c, fresh, func(c Companion, k int, rng *rand.Rand, cmd tea.Cmd) (Companion, tea.Cmd) {
				if k%11 == 0 {
					clk.Advance(time.Duration(rng.Intn(20)) * time.Minute)
					c = update(c, companionTickMsg{gen: c.tickGen})
				}
				return c, cmd
			})
		})
	}
}

// typeRandomKeys types keysPerScreen random keys at m, which started on
// the screen called name, going through the pane sizes of randomSizes. After
// each key, then lets the test move the clock or answer the key's command;
// then the screen must fit its pane. When a key quits, fresh starts again on
// the same screen, at the pane's size.
func typeRandomKeys[M tea.Model](t *testing.T, name string, seed int64, m M, fresh func(size [2]int) M, then func(m M, k int, rng *rand.Rand, cmd tea.Cmd) (M, tea.Cmd)) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	size := randomSizes[0]
	var key tea.KeyPressMsg
	k, starts := 0, 1
	where := func() string {
		return fmt.Sprintf("on key %d (%s), started on %s, in %d×%d", k, key, name, size[0], size[1])
	}
	for ; k < keysPerScreen; k++ {
		noPanic(t, where, func() {
			if n := keysPerScreen / len(randomSizes); k%n == 0 {
				size = randomSizes[k/n%len(randomSizes)]
				m = update(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			}
			key = randomKeys[rng.Intn(len(randomKeys))]
			next, cmd := m.Update(key)
			m, cmd = then(next.(M), k, rng, cmd)
			checkFits(t, where(), m.View().Content, size[0], size[1])
			if isQuit(cmd) {
				m, starts = fresh(size), starts+1
			}
		})
	}
	t.Logf("%d keys, %d starts on this screen", keysPerScreen, starts)
}

func stripped(s string) string { return strings.Join(strings.Fields(ansi.Strip(s)), " ") }

// compactCountdown is the time left as the compact layout shows it, before
// its bar: "0:05".
var compactCountdown = regexp.MustCompile(`(?m)^\s*(\d+:\d\d)  [█░]`)

// clockTestModel is a session model on a fake clock that keeps every event
// it saw, at a hold 5 s into its 10 s.
func clockTestModel(t *testing.T) (Model, *timer.Fake, *[]session.Event) {
	t.Helper()
	r, _ := routines.BuiltinRoutine("evening")
	clk := timer.NewFake(t0)
	var seen []session.Event
	m := NewModel(session.New(session.Build(r, routines.FirstSession())), Options{
		Clock: clk, Sound: true, Notify: true, Notifier: quiet,
		Observe: func(evs []session.Event) { seen = append(seen, evs...) },
	})
	m = update(m, tea.WindowSizeMsg{Width: 40, Height: 12}) // the compact layout: the countdown in words
	for m.s.Current().Kind != session.Hold {
		clk.Advance(m.s.Countdown().Remaining(clk.T))
		m = update(m, tickMsg{gen: m.tickGen})
	}
	clk.Advance(5 * time.Second)
	m = update(m, tickMsg{gen: m.tickGen})
	if got := m.s.Countdown().Remaining(clk.T); got != 5*time.Second || m.s.Current().Duration != 10*time.Second {
		t.Fatalf("the hold has %v of %v left, want 5s of 10s", got, m.s.Current().Duration)
	}
	return m, clk, &seen
}

// tick delivers the model's current tick and counts the bells it rings.
func tick(m Model) (Model, int) {
	next, cmd := m.Update(tickMsg{gen: m.tickGen})
	return next.(Model), count(messages(cmd), isBell)
}

// noEventTwice fails when a step started or ended twice, or a cue came
// twice, with no key pressed in between.
func noEventTwice(t *testing.T, evs []session.Event) {
	t.Helper()
	seen := map[string]bool{}
	for _, e := range evs {
		id := fmt.Sprintf("%d/%d/%d", e.Kind, e.Step, e.Rep)
		if seen[id] {
			t.Errorf("event %v of step %d (rep %d) came twice", e.Kind, e.Step, e.Rep)
		}
		seen[id] = true
	}
}

// An hour passing at once (a stopped process, or a clock that jumped)
// ends the hold once, with one bell, and the next step starts whole from
// now; then the session goes on as usual.
func TestAnHourAtOnceEndsTheStepOnceAndTheNextStartsWhole(t *testing.T) {
	t.Parallel()
	m, clk, seen := clockTestModel(t)
	hold := m.s.Index()
	clk.Advance(time.Hour)
	m, bells := tick(m)
	if bells != 1 {
		t.Errorf("%d bells for one hold's end, want 1", bells)
	}
	if !m.s.Live() || m.s.Index() != hold+1 {
		t.Fatalf("after the hour: step %d, live %v; want step %d, live", m.s.Index(), m.s.Live(), hold+1)
	}
	if left, whole := m.s.Countdown().Remaining(clk.T), m.s.Current().Duration; left != whole {
		t.Errorf("the next step has %v of its %v left, want it whole", left, whole)
	}
	if r := m.s.Results()[hold]; r.Status != session.Done || r.Active != 10*time.Second {
		t.Errorf("the hold is saved as %+v, want done with its 10 s", r)
	}
	for m.s.Live() {
		clk.Advance(m.s.NextWake(clk.T).Sub(clk.T))
		m, _ = tick(m)
	}
	if m.s.Outcome() != session.Completed {
		t.Errorf("the session ended %v", m.s.Outcome())
	}
	noEventTwice(t, *seen)
}

// The program's clock never runs backwards (it is measured on the
// monotonic clock, TestTheProgramClockIsMeasuredOnTheMonotonicClock), but
// should a session's clock go back an hour, the countdown neither goes
// beyond the step's length nor below zero, nothing rings or repeats, and
// the hold ends once when the clock is back where it was.
func TestAClockSetBackNeitherStretchesNorRepeatsTheHold(t *testing.T) {
	t.Parallel()
	m, clk, seen := clockTestModel(t)
	hold, before := m.s.Index(), len(*seen)
	clk.Advance(-time.Hour)
	for i := 0; i < 5; i++ {
		var bells int
		m, bells = tick(m)
		if left := m.s.Countdown().Remaining(clk.T); left < 0 || left > 10*time.Second {
			t.Fatalf("with the clock an hour back the 10 s hold has %v left", left)
		}
		if shown := compactCountdown.FindStringSubmatch(screenText(m)); shown == nil || len(shown[1]) != 4 || shown[1] > "0:10" {
			t.Fatalf("the countdown shows %q:\n%s", shown, screenText(m))
		}
		if bells != 0 || len(*seen) != before || m.s.Index() != hold {
			t.Fatalf("with the clock back: %d bells, events %v, step %d", bells, (*seen)[before:], m.s.Index())
		}
		clk.Advance(time.Second)
	}
	clk.Advance(time.Hour - 5*time.Second) // back where it was: 5 s left
	m, _ = tick(m)
	if m.s.Index() != hold {
		t.Fatalf("the hold ended early")
	}
	clk.Advance(5 * time.Second)
	m, bells := tick(m)
	if m.s.Index() != hold+1 || bells != 1 {
		t.Fatalf("at the hold's end: step %d, %d bells; want step %d and one bell", m.s.Index(), bells, hold+1)
	}
	noEventTwice(t, *seen)
}

// A companion whose clock is set back after a reminder neither shows nor
// sends nor saves it again when the clock comes round to it once more.
func TestACompanionClockSetBackRemindsNothingTwice(t *testing.T) {
	t.Parallel()
	tc := newTestCompanion(t, "09:59", morningDone(), 80, 24, true)
	tc.tickAt("10:00")
	tc.keys("x") // dismissed
	tc.tickAt("09:15")
	tc.tickAt("09:59")
	tc.tickAt("10:00")
	tc.tickAt("10:01")
	if len(tc.sent) != 1 {
		t.Errorf("notifications %q, want the 10:00 one once", tc.sent)
	}
	if got := strings.Join(tc.actions(), ","); got != "fired shoulder-rolls,skipped shoulder-rolls" {
		t.Errorf("saved %s; want the reminder fired and dismissed once", got)
	}
	if strings.Contains(tc.screen(), "enter start · z snooze") {
		t.Errorf("the dismissed reminder is back on screen:\n%s", tc.screen())
	}
}

// A key typed on a question in a pane one column wide, or of no size at
// all, is taken like any other (found by the random keys above).
func TestAKeyOnAQuestionInAOneColumnPaneDoesNotPanic(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{1, 1}, {0, 0}, {1, 12}} {
		f, _ := newTestFlow(t, "desk", &checkin.Before{Screening: checkin.NoneApplies()}, size[0], size[1])
		noPanic(t, func() string { return fmt.Sprintf("on 3 typed in %d×%d", size[0], size[1]) }, func() {
			f, _ = press(f, "3")
		})
		f = update(f, tea.WindowSizeMsg{Width: 80, Height: 24})
		if !strings.Contains(flowText(f), "[3]") {
			t.Errorf("3 typed in %d×%d was not taken:\n%s", size[0], size[1], flowText(f))
		}
	}
}
