package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
	"github.com/backstretch/backstretch/timer"
)

func TestTheSessionScreenSaysWhatIsNotSavedYetAndDropsItOnceSaved(t *testing.T) {
	t.Parallel()
	for _, size := range []tea.WindowSizeMsg{{Width: 80, Height: 24}, {Width: 40, Height: 12}} {
		r, _ := routines.BuiltinRoutine("evening")
		unsaved := "Not saved yet: 3 records (the disk is full); trying again at the next step"
		m := NewModel(session.New(session.Build(r, routines.FirstSession())), Options{Clock: timer.NewFake(t0), Unsaved: func() string { return unsaved }})
		m = update(m, size)
		screen := stripped(m.View().Content)
		if !strings.Contains(screen, unsaved) {
			t.Errorf("%dx%d: the screen does not say what is unsaved, whole:\n%s", size.Width, size.Height, m.View().Content)
		}
		unsaved = ""
		m = update(m, tickMsg{gen: m.tickGen})
		if strings.Contains(screenText(m), "Not saved yet") {
			t.Errorf("%dx%d: the screen still says records are unsaved once they are saved", size.Width, size.Height)
		}
	}
}
