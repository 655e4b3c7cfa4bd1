package assets

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/backstretch/backstretch/routines"
)

func TestEveryExerciseHasASmallFigure(t *testing.T) {
	for _, id := range routines.BuiltinExerciseIDs() {
		frames := Figure(id)
		if len(frames) == 0 {
			t.Errorf("%s has no figure", id)
			continue
		}
		for i, f := range frames {
			if len(f) > 8 || len(f) != len(frames[0]) {
				t.Errorf("%s frame %d is %d lines (max 8, all frames alike)", id, i, len(f))
			}
			for _, l := range f {
				if n := len([]rune(l)); n > 22 || n != len([]rune(f[0])) {
					t.Errorf("%s frame %d has a line %d wide (max 22, square)", id, i, n)
				}
			}
		}
	}
}

func TestMovingExercisesHaveAFramePerPhase(t *testing.T) {
	for _, id := range []string{"shoulder-rolls", "cat-cow", "wall-pushups"} {
		e, _ := routines.BuiltinExercise(id)
		phases := len(e.Pattern)
		if len(e.Directions) > 0 {
			phases = len(e.Directions[0].Pattern)
		}
		if got := len(Figure(id)); got != phases {
			t.Errorf("%s: %d frames for %d phases", id, got, phases)
		}
	}
	if Figure("no-such-exercise") != nil {
		t.Error("an unknown exercise has a figure")
	}
}

func TestTheIconIsAPNG(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(Icon))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 32 || b.Dx() != b.Dy() {
		t.Fatalf("icon is %v", b)
	}
}
