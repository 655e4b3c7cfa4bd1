// Package safetext makes strings that come from files (the history, the
// config, another computer's history) safe to show: before such a string
// reaches a terminal, a notification or a spreadsheet, every byte that
// could move the cursor, change colours, hide text, ring the bell, open a
// hyperlink or reorder text is written out visibly as an escape (\x1b,
// \r, \u202e), never dropped in silence, so the person sees that a value
// was odd. Plain Go; every view that prints such a string goes through it.
package safetext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Line returns s made safe for one line of a terminal: control characters
// (C0 but for nothing, DEL, C1), bidirectional overrides, line and
// paragraph separators and invalid UTF-8 bytes are shown as escapes. A
// backslash stays as it is: the escapes are for reading, not for parsing.
func Line(s string) string { return clean(s, false) }

// Text is Line for text that may run over lines: newlines are kept, every
// other control character is escaped.
func Text(s string) string { return clean(s, true) }

// IsSafe reports whether s would come back from Line unchanged.
func IsSafe(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false
			}
		}
		if unsafe(r) {
			return false
		}
	}
	return true
}

// Quote is Line in double quotes, for a message that names a value: the
// value's bad bytes show as \x1b, not as themselves.
func Quote(s string) string { return `"` + Line(s) + `"` }

func clean(s string, keepNewlines bool) string {
	if IsSafe(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case unsafe(r):
			b.WriteString(escape(r))
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// unsafe reports whether r may not reach a terminal as itself.
func unsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true // bidirectional controls: they reorder what follows
	case r == 0x2028, r == 0x2029:
		return true // line and paragraph separators
	}
	return false
}

// escape writes r the way Go source would: \t, \n, \r, \a, else \x1b for
// a byte and \u202e beyond.
func escape(r rune) string {
	switch r {
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\a':
		return `\a`
	}
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// CSVCell returns s made safe for a cell of a CSV file that a spreadsheet
// may open: control characters are escaped as Line does, and a cell that
// would start a formula (=, +, -, @, or a tab or CR before one) gets a
// leading apostrophe, which spreadsheets show as text (OWASP's advice for
// CSV injection). Numbers the program wrote itself do not go through it.
func CSVCell(s string) string {
	s = Line(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
