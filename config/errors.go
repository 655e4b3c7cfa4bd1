package config

import (
	"bytes"
	"fmt"
	"strings"
)

// Error is a problem in the config file, at the place to fix it. Its text
// is the one-line PATH:LINE:COL: message format of compilers, which editors
// and terminals already know how to jump to.
type Error struct {
	Path string // the file; "" when Parse was given no path
	Line int    // 1-based line of the offending key or value
	Col  int    // 1-based column, counted in bytes like Go's own tools do
	Msg  string // what is wrong, one line
}

// Error formats e as PATH:LINE:COL: message, leaving out "PATH:" when there
// is no path.
func (e *Error) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}

// errorAt builds an *Error pointing at byte offset off of data.
func errorAt(path string, data []byte, off int, msg string) *Error {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := off - bytes.LastIndexByte(before, '\n')
	return &Error{Path: path, Line: line, Col: col, Msg: oneLine(msg)}
}

// oneLine keeps a message on one line, as the format promises, even when it
// quotes something with a line break in it.
func oneLine(s string) string {
	return strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(s)
}

// unknownKey explains a key that isn't in the schema, suggesting what was
// probably meant: a key of another table with that exact name, else the
// closest name at this level, else the list of names at this level. For a
// [table] header only tables are candidates, for an [[array of tables]]
// only those, though the closest name may be of either.
func unknownKey(level, name string, h header) string {
	what, full := "key", join(level, name)
	if h != notHeader {
		what = "table"
	}
	msg := fmt.Sprintf("unknown %s %q", what, full)
	if strings.Contains(name, ".") && want(full) != "" {
		return fmt.Sprintf("%s; remove the quotes around %q, which make it one key with a dot in its name", msg, name)
	}
	var homes []string
	for _, s := range settings {
		if h == notHeader && s.key != full && lastPart(s.key) == name && !isTable(s.key) && !isArrayTable(s.key) {
			if home := parent(s.key); home != "" {
				homes = append(homes, "in the "+tableName(home)+" table")
			} else {
				homes = append(homes, "at the top of the file, before any [table]")
			}
		}
	}
	if len(homes) > 0 {
		return msg + "; it belongs " + strings.Join(homes, " or ")
	}
	var names, near []string
	for _, n := range childNames(level) {
		k := join(level, n)
		switch {
		case h == notHeader, h == tableHeader && isTable(k), h == arrayHeader && isArrayTable(k):
			names = append(names, n)
			near = append(near, n)
		case isTable(k) || isArrayTable(k):
			near = append(near, n)
		}
	}
	best, bestDist := "", 0
	for _, n := range near {
		if d := distance(strings.ToLower(name), n); best == "" || d < bestDist {
			best, bestDist = n, d
		}
	}
	if best != "" && bestDist <= max(2, len(best)/3) {
		return fmt.Sprintf("%s; did you mean %q?", msg, best)
	}
	if len(names) == 0 {
		return fmt.Sprintf("%s; %s has no tables inside it", msg, tableName(level))
	}
	list := names[0]
	if n := len(names); n > 1 {
		list = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	switch {
	case h == tableHeader:
		return fmt.Sprintf("%s; accepted tables are %s", msg, list)
	case h == arrayHeader:
		return fmt.Sprintf("%s; accepted [[tables]] are %s", msg, list)
	case level == "":
		return fmt.Sprintf("%s; accepted top-level keys are %s", msg, list)
	default:
		return fmt.Sprintf("%s; accepted keys in %s are %s", msg, tableName(level), list)
	}
}

// distance is the optimal string alignment distance: edits, counting a swap
// of neighbours as one, since "wrok" for "work" is one slip of the fingers.
func distance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
