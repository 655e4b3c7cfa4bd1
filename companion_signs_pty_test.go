package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backstretch/backstretch/routines"
)

// A session started from the companion and stopped with x once came back
// to the companion's home screen with the stop-now advice and no warning
// signs, offering the next session at once. It comes back to the advice
// and all eight signs, the heart-mimic symptoms among them, at 80×24 and
// (scrolling) at 40×12.
func TestAStopForPainInTheCompanionShowsTheAdviceAndEverySign(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel() // a program of its own, in a terminal of its own
			state := seasoned(t)
			s := startInPTY(t, state, size[0], size[1], "--start-at", "2026-11-23 12:35", "--speed", "5", "--pain", "1")
			s.waitFor(`Today`, 5*time.Second)
			s.keys("2")
			s.waitFor(`GET READY`, 10*time.Second)
			s.keys("x")
			s.waitFor(`Stop now\.`, 10*time.Second)
			seen := s.text()
			for range 30 { // scroll through the page as a person would
				s.keys("\x1b[B")
				time.Sleep(50 * time.Millisecond)
				seen += "\n" + s.text()
			}
			flat := strings.Join(strings.Fields(seen), " ")
			want := []string{"shortness of breath", "Get medical help right away", "Have it checked by a professional"}
			for _, g := range routines.WarningSigns {
				for _, sign := range g.Signs {
					// Each sign's last words: they stand on one line whatever the width.
					words := strings.Fields(sign)
					want = append(want, strings.Join(words[max(len(words)-3, 0):], " "))
				}
			}
			for _, w := range want {
				if !strings.Contains(flat, w) {
					t.Errorf("the companion's screen after x lacks %q:\n%s", w, s.text())
				}
			}
			s.keys("q")
			if code, _ := s.wait(5 * time.Second); code != 0 {
				t.Errorf("exit %d", code)
			}
		})
	}
}
