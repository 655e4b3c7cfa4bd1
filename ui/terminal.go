package ui

import (
	"io"
	"os"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// terminal draws the screens itself, the moment a view changes.
//
// Bubble Tea's own renderer writes on a frame ticker: it wakes at its frame
// rate whether or not anything changed, and a key or the end of a hold
// shows only at the next frame. At 10 frames a second that was 13 times
// the CPU of a plain 1 Hz countdown, and the bell came up to 100 ms late.
// So the program runs without Bubble Tea's renderer, and terminal draws
// each view as Update returns, with the same cell-diffing screen writer
// (ultraviolet) the renderer uses: a countdown costs one small write a
// second, and a key shows as soon as it is read.
type terminal struct {
	mu      sync.Mutex
	in, out *os.File
	scr     *uv.TerminalRenderer
	cells   uv.ScreenBuffer
	profile colorprofile.Profile
	width   int
	height  int
	saved   *term.State // the terminal's settings before raw mode; nil when released
	last    string      // the content on screen
	title   string
	stale   bool // the next draw repaints everything
}

func newTerminal(in, out *os.File, profile colorprofile.Profile) *terminal {
	t := &terminal{in: in, out: out, profile: profile}
	t.width, t.height, _ = term.GetSize(out.Fd())
	t.cells = uv.NewScreenBuffer(t.width, t.height)
	return t
}

// acquire puts the terminal in raw mode on the alternate screen with the
// cursor hidden, ready for a full draw, and asks for its background colour
// (the answer comes as a tea.BackgroundColorMsg).
func (t *terminal) acquire() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.saved != nil {
		return nil
	}
	st, err := term.MakeRaw(t.in.Fd())
	if err != nil {
		return err
	}
	t.saved = st
	t.scr = uv.NewTerminalRenderer(t.out, os.Environ())
	t.scr.SetColorProfile(t.profile)
	t.scr.SetFullscreen(true)
	t.scr.SetRelativeCursor(false)
	t.scr.SetScrollOptim(true)
	t.scr.Resize(t.width, t.height)
	t.scr.Erase()
	t.stale = true
	_, err = io.WriteString(t.out, ansi.SetModeAltScreenSaveCursor+ansi.ResetModeTextCursorEnable+ansi.RequestBackgroundColor)
	return err
}

// release leaves the alternate screen, shows the cursor, clears the title
// and restores the terminal's settings. It is safe to call twice.
func (t *terminal) release() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.saved == nil {
		return nil
	}
	seq := ansi.ResetModeAltScreenSaveCursor + ansi.SetModeTextCursorEnable
	if t.title != "" {
		seq += ansi.SetWindowTitle("")
	}
	_, werr := io.WriteString(t.out, seq)
	err := term.Restore(t.in.Fd(), t.saved)
	t.saved = nil
	t.last, t.title = "", ""
	if err != nil {
		return err
	}
	return werr
}

// draw writes what changed since the last view.
func (t *terminal) draw(v tea.View) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.saved == nil || (!t.stale && v.Content == t.last && v.WindowTitle == t.title) {
		return
	}
	if v.WindowTitle != t.title {
		_, _ = t.scr.WriteString(ansi.SetWindowTitle(v.WindowTitle))
		t.title = v.WindowTitle
	}
	if t.stale || v.Content != t.last {
		t.cells.Clear()
		uv.NewStyledString(v.Content).Draw(t.cells, t.cells.Bounds())
		t.scr.Render(t.cells.RenderBuffer)
		t.last = v.Content
		t.stale = false
	}
	_ = t.scr.Flush()
}

// resize makes the next draw repaint the whole screen at the new size.
func (t *terminal) resize(w, h int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.width, t.height = w, h
	t.cells.Resize(w, h)
	if t.scr != nil {
		t.scr.Resize(w, h)
		t.scr.Erase()
	}
	t.stale = true
}

// setProfile sets the colours the terminal can show.
func (t *terminal) setProfile(p colorprofile.Profile) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.profile = p
	if t.scr != nil {
		t.scr.SetColorProfile(p)
	}
	t.stale = true
}

// bell rings the terminal bell now.
func (t *terminal) bell() {
	t.mu.Lock()
	defer t.mu.Unlock()
	_, _ = io.WriteString(t.out, "\a")
}

// bellMsg asks for the terminal bell; suspendMsg for ctrl+z.
type (
	bellMsg    struct{}
	suspendMsg struct{}
)

func ringBell() tea.Msg { return bellMsg{} }

func suspend() tea.Msg { return suspendMsg{} }

// drawn is a model whose views the terminal draws as soon as Update returns.
type drawn struct {
	tea.Model
	t *terminal
}

func (d drawn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		d.t.resize(msg.Width, msg.Height)
	case tea.ColorProfileMsg:
		d.t.setProfile(msg.Profile)
	case bellMsg:
		d.t.bell()
		return d, nil
	case suspendMsg:
		// Give the shell its terminal back before Bubble Tea stops us.
		_ = d.t.release()
		return d, tea.Suspend
	case tea.ResumeMsg:
		_ = d.t.acquire()
	}
	m, cmd := d.Model.Update(msg)
	d.Model = m
	return d, cmd
}

func (d drawn) View() tea.View {
	d.t.draw(d.Model.View())
	return tea.View{}
}
