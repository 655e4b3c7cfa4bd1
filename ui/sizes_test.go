package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"github.com/backstretch/backstretch/routines"
)

// The session screen at every size from 40×12 to 120×40, on every step of
// every routine, running, paused, counting and with all keys: no word is
// broken, the stop and quit keys always show, and what to do is never cut
// while a row stays empty.
func TestEverySizeKeepsWordsWholeTheStopAndQuitKeysAndTheInstruction(t *testing.T) {
	widths := []int{40, 47, 60, 69, 70, 80, 120}
	heights := []int{12, 15, 19, 20, 24, 40}
	if raceDetector {
		widths, heights = []int{40, 80, 120}, []int{12, 24, 40}
	}
	for _, id := range []string{"morning", "midday", "evening", "midback", "desk"} {
		t.Run(id, func(t *testing.T) {
			t.Parallel()
			walkSizes(t, id, widths, heights)
		})
	}
}

func walkSizes(t *testing.T, id string, widths, heights []int) {
	states := []struct {
		name string
		keys []string
	}{{"running", nil}, {"paused", []string{"space"}}, {"counting", []string{"c"}}, {"all keys", []string{"?"}}}
	for _, p := range []routines.Progress{routines.FirstSession(), routines.ProgressFor(9, 4, 9)} {
		m, clk := newTestModel(t, id, p, 80, 24)
		for step := 0; step < len(m.s.Plan.Steps); step++ {
			for _, st := range states {
				// The session is shared by the copies of the model:
				// the keys are pressed once, and pressed again after.
				mm, _ := press(m, st.keys...)
				// The words the screen may show: the same moment laid
				// out so wide and tall that nothing wraps or is left
				// out, in the full layout and the compact one.
				vocab := map[string]bool{}
				for _, size := range [][2]int{{500, 200}, {500, FullHeight - 1}} {
					for _, w := range words(screenText(update(mm, tea.WindowSizeMsg{Width: size[0], Height: size[1]}))) {
						vocab[w] = true
					}
				}
				for _, w := range widths {
					for _, h := range heights {
						sized := update(mm, tea.WindowSizeMsg{Width: w, Height: h})
						where := fmt.Sprintf("%s, step %d (%s), %s, %d×%d", id, step+1, sized.s.Current().Kind, st.name, w, h)
						checkScreen(t, where, sized, vocab, w, h)
					}
				}
				press(mm, st.keys...)
			}
			m.s.Skip(clk.T)
		}
	}
}

// The companion in each of its states at every size from 40×12 to 120×40:
// no word is broken, and the quit key (or, with the pause choices open,
// the key that closes them) always shows.
func TestTheCompanionAtEverySizeKeepsWordsWholeAndItsQuitKey(t *testing.T) {
	widths := []int{40, 47, 60, 69, 70, 80, 120}
	heights := []int{12, 15, 19, 20, 24, 40}
	for _, st := range companionStates {
		vocab := map[string]bool{}
		for _, size := range [][2]int{{500, 200}, {500, FullHeight - 1}} {
			tc := newTestCompanion(t, st.at, morningDone(), size[0], size[1], true)
			st.prepare(tc)
			for _, w := range words(tc.screen()) {
				vocab[w] = true
			}
		}
		for _, w := range widths {
			for _, h := range heights {
				tc := newTestCompanion(t, st.at, morningDone(), w, h, true)
				st.prepare(tc)
				text, where := tc.screen(), fmt.Sprintf("%s, %d×%d", st.name, w, h)
				closer := "q quit"
				if st.name == "pause-menu" {
					closer = "esc cancel"
				}
				if !strings.Contains(text, closer) {
					t.Errorf("%s: %q is not shown:\n%s", where, closer, text)
				}
				for _, word := range words(text) {
					if !vocab[word] {
						t.Errorf("%s: %q is not a whole word of the screen:\n%s", where, word, text)
						break
					}
				}
			}
		}
	}
}

var (
	stopKey = regexp.MustCompile(`\bx +stop`)
	quitKey = regexp.MustCompile(`\bq(/esc)? +quit`)
)

func checkScreen(t *testing.T, where string, m Model, vocab map[string]bool, w, h int) {
	t.Helper()
	text := screenText(m)
	lines := strings.Split(text, "\n")
	if len(lines) != h {
		t.Errorf("%s: %d lines", where, len(lines))
	}
	for i, line := range lines {
		if lw := len([]rune(line)); lw > w { // runes: the screen's characters are one cell each
			t.Errorf("%s: line %d is %d cells wide: %q", where, i+1, lw, line)
		}
	}
	if !stopKey.MatchString(text) || !quitKey.MatchString(text) {
		t.Errorf("%s: the stop or quit key is missing:\n%s", where, text)
	}
	for _, word := range words(text) {
		if !vocab[word] { // a cut word ("emp…") shows as a piece of one
			t.Errorf("%s: %q is not a whole word of the screen:\n%s", where, word, text)
			return
		}
	}
	if m.cache.l != nil && m.cache.l.cut {
		for i, line := range lines[2 : len(lines)-len(m.cache.l.bottom)] {
			if strings.TrimSpace(line) == "" {
				t.Errorf("%s: what to do is cut while row %d is empty:\n%s", where, i+3, text)
				return
			}
		}
	}
}

// words are the words of a screen: its tokens with a letter in them, with
// the punctuation around them taken off.
func words(text string) []string {
	var out []string
	for _, tok := range strings.Fields(text) {
		tok = strings.TrimFunc(tok, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if strings.IndexFunc(tok, unicode.IsLetter) >= 0 {
			out = append(out, tok)
		}
	}
	return out
}
