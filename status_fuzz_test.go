package main

import (
	"errors"
	"strings"
	"testing"
)

// braced lists the {…} of s the way status --format reads them: from the
// left, a { up to the next }, with no other { between.
func braced(s string) (names []string, at [][2]int) {
	for i := 0; i < len(s); i++ {
		if s[i] != '{' {
			continue
		}
		j := strings.IndexAny(s[i+1:], "{}")
		if j < 0 {
			break
		}
		end := i + 1 + j
		if s[end] == '{' {
			i = end - 1 // look again from that {
			continue
		}
		names = append(names, s[i+1:end])
		at = append(at, [2]int{i, end + 1})
		i = end
	}
	return names, at
}

// FuzzStatusFormat checks that status --format is refused exactly when a
// {…} in it is not one of the placeholders, with a usage error naming it
// and listing them all; and that an accepted format is printed as written
// with each placeholder, and nothing else, replaced by its value.
func FuzzStatusFormat(f *testing.F) {
	for _, s := range []string{"{done}/{total} · {next} {in}", "{bogus}", "{{next}}", "{}", "{next", "next}", "{NEXT}", "{ next }", "{{}", "{paused}{due}{at}{streak}", "\ufeff{done}\r\n", "{dü}", "{\xff}", "50% {done}"} {
		f.Add(s)
	}
	values := map[string]string{}
	var all []string
	for _, p := range statusFields {
		values[p.name] = "<" + strings.ToUpper(p.name) + ">" // no braces, so no new placeholders
		all = append(all, "{"+p.name+"}")
	}
	list := strings.Join(all, " ")
	f.Fuzz(func(t *testing.T, format string) {
		err := checkFormat(format)
		names, at := braced(format)
		var bad string
		for i, n := range names {
			if _, ok := values[n]; !ok {
				bad = format[at[i][0]:at[i][1]]
				break
			}
		}
		if (err == nil) != (bad == "") {
			t.Fatalf("checkFormat(%q) = %v, want an error about %q", format, err, bad)
		}
		if err != nil {
			var u usageError
			if !errors.As(err, &u) || !strings.Contains(err.Error(), "unknown placeholder "+bad+";") || !strings.Contains(err.Error(), list) {
				t.Fatalf("checkFormat(%q) = %v: want a usage error naming %s and listing the placeholders", format, err, bad)
			}
			return
		}
		if format == "" {
			return // the default line
		}
		var want strings.Builder
		last := 0
		for i, n := range names {
			want.WriteString(format[last:at[i][0]])
			want.WriteString(values[n])
			last = at[i][1]
		}
		want.WriteString(format[last:])
		if got := statusLine(format, values); got != want.String() {
			t.Fatalf("statusLine(%q) = %q, want %q", format, got, want.String())
		}
	})
}
