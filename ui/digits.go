package ui

import "strings"

// bigGlyphs draws digits and a colon three rows high with box-drawing
// characters, so the countdown reads from across the room.
var bigGlyphs = map[rune][3]string{
	'0': {"┏━┓", "┃ ┃", "┗━┛"},
	'1': {"╺┓ ", " ┃ ", "╺┻╸"},
	'2': {"╺━┓", "┏━┛", "┗━╸"},
	'3': {"╺━┓", " ━┫", "╺━┛"},
	'4': {"╻ ╻", "┗━┫", "  ╹"},
	'5': {"┏━╸", "┗━┓", "╺━┛"},
	'6': {"┏━╸", "┣━┓", "┗━┛"},
	'7': {"╺━┓", "  ┃", "  ╹"},
	'8': {"┏━┓", "┣━┫", "┗━┛"},
	'9': {"┏━┓", "┗━┫", "╺━┛"},
	':': {" ", "╏", " "},
	'/': {"  ╻", " ╱ ", "╹  "},
}

// bigText renders s (digits, ':' and '/') in three rows; other runes are
// left out.
func bigText(s string) string {
	var rows [3]strings.Builder
	for i, r := range s {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		for row := range rows {
			if i > 0 {
				rows[row].WriteByte(' ')
			}
			rows[row].WriteString(g[row])
		}
	}
	return rows[0].String() + "\n" + rows[1].String() + "\n" + rows[2].String()
}
