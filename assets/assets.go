// Package assets holds the embedded content: a text-art figure for each
// exercise (several frames for the moving ones) and the notification icon.
package assets

import (
	"embed"
	"strings"
)

//go:embed figures/*.txt
var figures embed.FS

// Icon is the notification icon, a PNG.
//
//go:embed icon.png
var Icon []byte

// frameBreak separates the frames of a moving figure.
const frameBreak = "~~~"

// Figure returns the frames of the exercise's figure, each a block of lines
// of equal width; nil if it has none.
func Figure(exercise string) [][]string {
	data, err := figures.ReadFile("figures/" + exercise + ".txt")
	if err != nil {
		return nil
	}
	var frames [][]string
	for _, f := range strings.Split(strings.TrimRight(string(data), "\n"), frameBreak+"\n") {
		frames = append(frames, square(strings.Split(strings.TrimRight(f, "\n"), "\n")))
	}
	return frames
}

// square pads every line to the width of the widest, so a frame lays out
// as a block.
func square(lines []string) []string {
	w := 0
	for _, l := range lines {
		w = max(w, len([]rune(l)))
	}
	for i, l := range lines {
		lines[i] = l + strings.Repeat(" ", w-len([]rune(l)))
	}
	return lines
}
