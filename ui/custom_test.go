package ui

import (
	"os"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/config"
	"github.com/backstretch/backstretch/printed"
	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/schedule"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

// example is the example prescription's routine and the catalogue the
// program makes of its config.
func example(t *testing.T) (routines.Routine, routines.Catalogue) {
	t.Helper()
	cfg := exampleConfig(t)
	return cfg.Routines[0], routines.NewCatalogue(cfg.Custom())
}

// exampleConfig is the example prescription's config.
func exampleConfig(t *testing.T) config.Config {
	t.Helper()
	data, err := os.ReadFile("../docs/examples/physio.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse("physio.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// A custom routine with a time of its own is a row of the companion,
// after the day's three, and its number starts it, as 1–3 start theirs.
func TestTheCompanionShowsACustomRoutineAsARowItsNumberStarts(t *testing.T) {
	t.Parallel()
	cfg := exampleConfig(t)
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		tc := newTestCompanionWith(t, cfg, "17:40", morningDone(), size[0], size[1], false)
		screen := tc.screen()
		for _, want := range []string{`4 Physio plan +due now \(17:30\)`, `1-4 sessions`} {
			if !regexp.MustCompile(want).MatchString(screen) {
				t.Errorf("%dx%d: no %q on the screen:\n%s", size[0], size[1], want, screen)
			}
		}
		tc.keys("5")
		if got := tc.launched; got != "" {
			t.Errorf("%dx%d: 5, with four rows, launched %q", size[0], size[1], got)
		}
		tc.keys("4")
		if got := tc.launched; got != "physio" {
			t.Errorf("%dx%d: 4 launched %q, want physio", size[0], size[1], got)
		}
	}
	tc := newTestCompanionWith(t, cfg, "17:40", morningDone(), 80, 24, false)
	tc.keys("?")
	if !strings.Contains(tc.screen(), "4 Physio plan session") {
		t.Errorf("the full help does not name key 4:\n%s", tc.screen())
	}
}

func TestTheCompanionRemindsOfACustomRoutineByItsName(t *testing.T) {
	t.Parallel()
	r, cat := example(t)
	it := schedule.Item{Kind: schedule.Session, Routine: "physio", Due: t0}
	// The length is today's: at full dosage, the routine's full length.
	full := routines.FullDosage()
	title, body := printed.Notification(cat, schedule.Event{Action: schedule.Fired, Items: []schedule.Item{it}}, full)
	if title != "Physio plan is due" {
		t.Errorf("title %q", title)
	}
	want := "Shoulder rolls, child's pose, seated spinal twist and doorway chest stretch: about " +
		routines.Span(session.Build(r, full).Duration()) + " today."
	if body != want {
		t.Errorf("body %q, want %q", body, want)
	}
	it.Kind = schedule.Again
	if got := printed.ReminderName(cat, it); got != "a second reminder of the physio plan" {
		t.Errorf("next %q", got)
	}
}

func TestACustomRoutineRunsFullScreenAtEverySize(t *testing.T) {
	t.Parallel()
	r, _ := example(t)
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		clk := timer.NewFake(t0)
		m := NewModel(session.New(session.Build(r, routines.FirstSession())), Options{Clock: clk})
		m = update(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		seen := map[string]bool{}
		for range len(m.s.Plan.Steps) {
			text := screenText(m)
			for _, name := range []string{"Doorway chest stretch", "LEFT side", "RIGHT side"} {
				if strings.Contains(text, name) {
					seen[name] = true
				}
			}
			m, _ = press(m, "n")
		}
		if !seen["Doorway chest stretch"] || !seen["LEFT side"] || seen["RIGHT side"] {
			t.Errorf("%dx%d: the screens showed %v; want the own exercise and the twist on its left side only", size[0], size[1], seen)
		}
	}
}
