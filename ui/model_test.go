package ui

import (
	"errors"
	"image/color"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

var t0 = time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)

func newTestModel(t *testing.T, routine string, p routines.Progress, w, h int) (Model, *timer.Fake) {
	t.Helper()
	r, ok := routines.BuiltinRoutine(routine)
	if !ok {
		t.Fatalf("no routine %s", routine)
	}
	clk := timer.NewFake(t0)
	m := NewModel(session.New(session.Build(r, p)), Options{Clock: clk, Sound: true, Notify: true, Notifier: quiet})
	return update(m, tea.WindowSizeMsg{Width: w, Height: h}), clk
}

// quiet is the notifier of tests that do not look at notifications: no
// test pops one up on the desktop of whoever runs it.
func quiet(title, body string) error { return nil }

// update gives a model (the session's, or the flow around it) a message.
func update[M tea.Model](m M, msg tea.Msg) M {
	next, _ := m.Update(msg)
	return next.(M)
}

// press gives a model keys, one after another, and returns the last
// key's command.
func press[M tea.Model](m M, keys ...string) (M, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		var next tea.Model
		next, cmd = m.Update(keyPress(k))
		m = next.(M)
	}
	return m, cmd
}

func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	}
	return tea.KeyPressMsg{Code: rune(k[0]), Text: k}
}

// messages runs cmd and every command inside it (batches and sequences) and
// returns the messages they produce.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, messages(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func has[T any](msgs []tea.Msg, ok func(T) bool) bool {
	for _, m := range msgs {
		if v, is := m.(T); is && ok(v) {
			return true
		}
	}
	return false
}

func count[T any](msgs []tea.Msg, ok func(T) bool) int {
	n := 0
	for _, m := range msgs {
		if v, is := m.(T); is && ok(v) {
			n++
		}
	}
	return n
}

func isBell(bellMsg) bool       { return true }
func isEnded(EndedMsg) bool     { return true }
func anyTick(tickMsg) bool      { return true }
func screenText(m Model) string { return ansi.Strip(m.View().Content) }
func atHold(m Model, clk *timer.Fake) {
	for m.s.Current().Kind != session.Hold {
		m.s.Skip(clk.T)
	}
}

func TestSpacePausesAndTheCountdownStaysFrozen(t *testing.T) {
	t.Parallel()
	m, clk := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	atHold(m, clk)
	clk.Advance(3 * time.Second)
	m, cmd := press(m, "space")
	if !m.s.IsPaused() {
		t.Fatal("space did not pause")
	}
	if has(messages(cmd), anyTick) {
		t.Error("a paused screen still schedules ticks")
	}
	before := m.s.Countdown().Remaining(clk.T)
	clk.Advance(2 * time.Second)
	if after := m.s.Countdown().Remaining(clk.T); after != before {
		t.Fatalf("paused countdown moved from %v to %v", before, after)
	}
	if !strings.Contains(screenText(m), "PAUSED") || !strings.Contains(screenText(m), "space resume") {
		t.Error("the screen does not say it is paused, or how to resume")
	}
	m, _ = press(m, "space")
	if m.s.IsPaused() {
		t.Fatal("space did not resume")
	}
}

func TestStaleTicksAreDropped(t *testing.T) {
	t.Parallel()
	m, clk := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	stale := m.tickGen
	m, _ = press(m, "space", "space") // pause and resume: a new tick chain
	clk.Advance(time.Hour)            // far past the get-ready's end
	m = update(m, tickMsg{gen: stale})
	if m.s.Index() != 0 {
		t.Fatal("a stale tick advanced the session")
	}
	m = update(m, tickMsg{gen: m.tickGen})
	if m.s.Index() == 0 {
		t.Fatal("the current tick did not advance the session")
	}
}

func TestNextBackAndArrowsMoveBetweenSteps(t *testing.T) {
	t.Parallel()
	m, _ := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	m, _ = press(m, "n")
	if m.s.Index() != 1 {
		t.Fatalf("n: at step %d", m.s.Index())
	}
	m, _ = press(m, "right")
	if m.s.Index() != 2 {
		t.Fatalf("→: at step %d", m.s.Index())
	}
	m, _ = press(m, "b", "left")
	if m.s.Index() != 0 {
		t.Fatalf("b and ←: at step %d", m.s.Index())
	}
}

func TestXStopsForPainAndQuits(t *testing.T) {
	t.Parallel()
	m, _ := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	m, cmd := press(m, "x")
	if m.s.Outcome() != session.StoppedForPain {
		t.Fatalf("outcome %v", m.s.Outcome())
	}
	if !has(messages(cmd), isEnded) {
		t.Fatal("stopping for pain does not leave the full screen")
	}
}

func TestQEscAndCtrlCQuit(t *testing.T) {
	t.Parallel()
	for _, k := range []tea.KeyPressMsg{keyPress("q"), keyPress("esc"), {Code: 'c', Mod: tea.ModCtrl}} {
		m, _ := newTestModel(t, "desk", routines.FirstSession(), 80, 24)
		next, cmd := m.Update(k)
		if next.(Model).s.Outcome() != session.Quit || !has(messages(cmd), isEnded) {
			t.Errorf("%v did not quit", k)
		}
	}
}

func TestTheBellRingsWhenAHoldEndsAndAtTheSideSwitch(t *testing.T) {
	t.Parallel()
	m, clk := newTestModel(t, "midday", routines.FirstSession(), 80, 24)
	for m.s.Current().Kind != session.Hold {
		m.s.Skip(clk.T)
	}
	clk.Advance(m.s.Current().Duration)
	next, cmd := m.Update(tickMsg{gen: m.tickGen})
	m = next.(Model)
	if m.s.Current().Kind != session.Switch {
		t.Fatalf("after the right-side hold: %v", m.s.Current().Kind)
	}
	if n := count(messages(cmd), isBell); n != 2 {
		t.Fatalf("%d bells for a hold's end and a side switch, want 2", n)
	}
	quiet, clk2 := newTestModel(t, "midday", routines.FirstSession(), 80, 24)
	quiet.opts.Sound = false
	atHold(quiet, clk2)
	clk2.Advance(time.Minute)
	_, cmd = quiet.Update(tickMsg{gen: quiet.tickGen})
	if has(messages(cmd), isBell) {
		t.Fatal("--no-sound still rings")
	}
}

func TestCountingRepsYourself(t *testing.T) {
	t.Parallel()
	m, clk := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	for m.s.Current().Kind != session.Reps {
		m.s.Skip(clk.T)
	}
	m, _ = press(m, "c")
	if !m.s.Counting() || !strings.Contains(screenText(m), "space count a rep") || !strings.Contains(screenText(m), "c timed") {
		t.Fatalf("c did not switch to counting:\n%s", screenText(m))
	}
	reps := m.s.Current().Reps
	for i := 0; i < reps; i++ {
		m, _ = press(m, "space")
	}
	if m.s.Current().Exercise.ID != "foam-rolling" {
		t.Fatalf("after %d counted reps: %s", reps, m.s.Current().Exercise.ID)
	}
}

func TestFinishingSendsOneNotificationWithTheRoutineName(t *testing.T) {
	t.Parallel()
	var sent []string
	m, clk := newTestModel(t, "desk", routines.FirstSession(), 80, 24)
	m.opts.Notifier = func(title, body string) error { sent = append(sent, title+": "+body); return nil }
	for m.s.Index() < len(m.s.Plan.Steps)-1 {
		m.s.Skip(clk.T)
	}
	clk.Advance(time.Hour)
	_, cmd := m.Update(tickMsg{gen: m.tickGen})
	msgs := messages(cmd)
	if len(sent) != 1 || !strings.Contains(sent[0], "Desk shoulder rolls done") {
		t.Fatalf("notifications: %q", sent)
	}
	if !has(msgs, func(n notifiedMsg) bool { return n.err == nil }) {
		t.Fatal("the notification's result never came back")
	}
}

func TestAFailedNotificationIsSaidOnceAndTheBellStandsIn(t *testing.T) {
	t.Parallel()
	m, _ := newTestModel(t, "desk", routines.FirstSession(), 80, 24)
	next, cmd := m.Update(notifiedMsg{err: errors.New("no bus")})
	m = next.(Model)
	if !strings.Contains(m.Notice(), "unavailable") {
		t.Fatalf("notice %q", m.Notice())
	}
	msgs := messages(cmd)
	if !has(msgs, isBell) || !has(msgs, isEnded) {
		t.Fatal("no bell in place of the notification, or no quit")
	}
}

func TestAHungNotificationServiceTimesOut(t *testing.T) {
	t.Parallel()
	block := make(chan struct{})
	defer close(block)
	start := time.Now()
	msg := notify(func(string, string) error { <-block; return nil }, "t", "b")()
	if n, ok := msg.(notifiedMsg); !ok || !errors.Is(n.err, errNotifyTimeout) {
		t.Fatalf("got %#v, want a timeout", msg)
	}
	if waited := time.Since(start); waited < NotifyTimeout {
		t.Fatalf("gave up after %v, before the timeout", waited)
	}
}

func TestTinyAndOddSizesNeverPanic(t *testing.T) {
	t.Parallel()
	m, clk := newTestModel(t, "morning", routines.FirstSession(), 80, 24)
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {20, 5}, {39, 11}, {40, 12}, {300, 100}, {-3, -3}} {
		m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		out := screenText(m)
		small := sz[0] > 0 && sz[1] > 0 && (sz[0] < MinWidth || sz[1] < MinHeight)
		if said := strings.Contains(out, "larger") || strings.Contains(out, "Pane too") || out == "…"; small != said {
			t.Errorf("%v: too-small message shown = %v:\n%s", sz, said, out)
		}
		if small {
			for _, l := range strings.Split(out, "\n") {
				if ansi.StringWidth(l) > sz[0] {
					t.Errorf("%v: message line %q is wider than the pane", sz, l)
				}
			}
			if strings.Count(out, "\n") >= sz[1] {
				t.Errorf("%v: message is taller than the pane", sz)
			}
		}
		if sz[0] >= MinWidth && sz[1] >= MinHeight && strings.Count(out, "\n")+1 != sz[1] {
			t.Errorf("%v: view is %d lines", sz, strings.Count(out, "\n")+1)
		}
	}
	// A storm of resizes and random keys across the whole session.
	rng := rand.New(rand.NewSource(3))
	keys := []string{"space", "n", "b", "c", "enter", "?", "right", "left", "z"}
	for i := 0; i < 3000 && m.s.Live(); i++ {
		m = update(m, tea.WindowSizeMsg{Width: rng.Intn(130), Height: rng.Intn(50)})
		m, _ = press(m, keys[rng.Intn(len(keys))])
		clk.Advance(time.Duration(rng.Intn(3000)) * time.Millisecond)
		m = update(m, tickMsg{gen: m.tickGen})
		_ = m.View()
	}
}

func TestEveryLineFitsTheWidth(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}, {70, 20}, {69, 19}} {
		m, clk := newTestModel(t, "midback", routines.ProgressFor(3, 4, 3), sz[0], sz[1])
		for m.s.Live() {
			for _, l := range strings.Split(screenText(m), "\n") {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Fatalf("%v %s: a line is %d wide: %q", sz, m.s.Current().Kind, w, l)
				}
			}
			m.s.Skip(clk.T)
		}
	}
}

func TestALightTerminalGetsLightStyles(t *testing.T) {
	t.Parallel()
	m, _ := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
	if !m.styles.dark {
		t.Fatal("styles start dark until the terminal answers")
	}
	dark := m.View().Content
	m = update(m, tea.BackgroundColorMsg{Color: color.White})
	if m.styles.dark {
		t.Fatal("a white background kept the dark styles")
	}
	if m.View().Content == dark {
		t.Fatal("the light screen is drawn in the dark colours")
	}
}

// The still parts of the screen are laid out once per key; the cue of a
// timed rep changes with its phase, and once stayed on its first phase
// for the whole step where the figure has one frame (band squeezes) or
// motion is reduced.
func TestARepsCueFollowsItsPhaseOnEveryFigure(t *testing.T) {
	t.Parallel()
	for _, reduced := range []bool{false, true} {
		m, clk := newTestModel(t, "evening", routines.FirstSession(), 80, 24)
		m.opts.ReducedMotion = reduced
		for m.s.Current().Kind != session.Reps {
			m.s.Skip(clk.T)
		}
		seen := map[string]bool{}
		for range 12 {
			cue := m.s.Pace(clk.T).Cue
			if !strings.Contains(screenText(m), routines.Capitalize(cue)) {
				t.Fatalf("reduced motion %v: the screen does not say %q:\n%s", reduced, cue, screenText(m))
			}
			seen[cue] = true
			clk.Advance(time.Second)
		}
		if len(seen) < 2 {
			t.Fatalf("the pace gave one cue in 12 s: %v", seen)
		}
	}
}
