package main

import (
	"regexp"
	"strings"
	"testing"
)

// The placeholders of --format were once found by this regular
// expression; placeholders finds the same ones by hand (a regular
// expression costs every start of every command its compilation).
var placeholderForm = regexp.MustCompile(`\{[^{}]*\}`)

func FuzzPlaceholdersAreFoundAsTheRegularExpressionFindsThem(f *testing.F) {
	for _, s := range []string{"", "{done}/{total}", "{a{b}}", "}{", "{{}}", "x{", "{streak} {in}x{", "é{ü}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		mark := func(p string) string { return "<" + strings.ToUpper(p) + ">" }
		if got, want := placeholders(format, mark), placeholderForm.ReplaceAllStringFunc(format, mark); got != want {
			t.Fatalf("placeholders(%q) = %q, want %q", format, got, want)
		}
	})
}
