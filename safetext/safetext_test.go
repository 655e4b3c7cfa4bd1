package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLineShowsEveryDangerousCharacterAsAnEscape(t *testing.T) {
	cases := []struct{ in, want string }{
		{"morning", "morning"},
		{"Child's pose ✓ — ÄÖ", "Child's pose ✓ — ÄÖ"},
		{"bell\a", `bell\a`},
		{"over\rwrite", `over\rwrite`},
		{"\x1b[8mhidden\x1b[0m", `\x1b[8mhidden\x1b[0m`},
		{"\u009b31m", `\u009b31m`},
		{"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", `\x1b]8;;http://x\x1b\link\x1b]8;;\x1b\`},
		{"two\nlines", `two\nlines`},
		{"tab\there", `tab\there`},
		{"del\x7f", `del\x7f`},
		{"bad\xffbyte", `bad\xffbyte`},
		{"abc\u202edcba", `abc\u202edcba`},
		{"sep\u2028", `sep\u2028`},
	}
	for _, c := range cases {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextKeepsNewlinesAndEscapesTheRest(t *testing.T) {
	if got, want := Text("a\nb\x1b[2J\r\n"), "a\nb\\x1b[2J\\r\n"; got != want {
		t.Fatalf("Text = %q, want %q", got, want)
	}
}

func TestQuoteNamesAValueWithItsBadBytesVisible(t *testing.T) {
	if got, want := Quote("a\x1bb"), `"a\x1bb"`; got != want {
		t.Fatalf("Quote = %s, want %s", got, want)
	}
}

func TestCSVCellCannotStartAFormula(t *testing.T) {
	cases := map[string]string{
		"=HYPERLINK(\"x\")": `'=HYPERLINK("x")`,
		"+1":                "'+1",
		"-2+3":              "'-2+3",
		"@SUM(A1)":          "'@SUM(A1)",
		"\t=1":              `\t=1`,
		"morning":           "morning",
		"":                  "",
	}
	for in, want := range cases {
		if got := CSVCell(in); got != want {
			t.Errorf("CSVCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzLine checks that whatever a file holds, Line lets no control byte,
// C1 character, ESC or invalid UTF-8 through, and Text only newlines.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "ok", "\x1b[31m", "\u009b", "\r\n", "\xc2\x9b", "\xff\xfe", "a\u202eb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"Line": Line(s), "Text": strings.ReplaceAll(Text(s), "\n", "")} {
			if !utf8.ValidString(out) {
				t.Fatalf("%s(%q) = %q: not valid UTF-8", name, s, out)
			}
			for _, r := range out {
				if r < 0x20 || (r >= 0x7f && r <= 0x9f) || unsafe(r) {
					t.Fatalf("%s(%q) = %q lets %U through", name, s, out, r)
				}
			}
		}
		if IsSafe(s) != (Line(s) == s) {
			t.Fatalf("IsSafe(%q) = %v but Line gives %q", s, IsSafe(s), Line(s))
		}
	})
}
