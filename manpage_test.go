package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/backstretch/backstretch/routines"
)

// The man page fang wrote broke its title (BACKSTRETCA), broke every
// paragraph at the help text's line ends, pointed at "see above" with
// nothing above, and had no word of the companion, the files, the
// environment or the exit codes. The roff is checked as man(7) reads it.
func TestTheManPageIsAManPageAPersonWouldRead(t *testing.T) {
	code, page, errOut := runCLI(t, "man")
	if code != 0 {
		t.Fatalf("man: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(page, "\n"), "\n")
	if lines[0] != `.TH BACKSTRETCH 1 "" "backstretch" "User Commands"` {
		t.Errorf("title line %q", lines[0])
	}
	var sections []string
	for _, l := range lines {
		if strings.HasPrefix(l, ".SH ") {
			sections = append(sections, strings.TrimPrefix(l, ".SH "))
		}
	}
	want := "NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS STATUS FORMAT COMPANION KEYS FILES ENVIRONMENT EXIT STATUS SEE ALSO"
	if got := strings.Join(sections, " "); got != want {
		t.Errorf("sections %q, want %q", got, want)
	}
	// A text line is a whole paragraph, a definition or a sentence's
	// end: none stops mid-sentence before a paragraph break.
	macro := regexp.MustCompile(`^\.(TH|SH|TP|PP|B|I|RI|RS|RE)( |$)`)
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, ".") && !macro.MatchString(l):
			t.Errorf("line %d is an unknown request: %q", i+1, l)
		case l == ".PP" && i > 1 && !strings.HasPrefix(lines[i-1], ".") && !strings.HasPrefix(lines[i-2], ".B") &&
			!strings.ContainsAny(lines[i-1][len(lines[i-1])-1:], ".:"):
			t.Errorf("a paragraph breaks mid-sentence after line %d: %q", i, lines[i-1])
		case strings.Contains(l, "see above"):
			t.Errorf("line %d points above: %q", i+1, l)
		}
	}
	for _, w := range []string{
		"opens the companion", ".B morning", ".B run", ".B status", ".B history", ".B screening",
		`\fB\-\-plain\fR`, `\fB\-\-start-at\fR \fITIME\fR`, `\fB\-\-config\fR \fIFILE\fR`, ".B {streak}",
		"snooze the reminder", "history.jsonl", "XDG_STATE_HOME", "NO_COLOR", ".B 130", "131 for Ctrl-\\e",
	} {
		if !strings.Contains(page, w) && !strings.Contains(page, strings.Replace(w, ".B 130", "130 for Ctrl-C", 1)) {
			t.Errorf("the page lacks %q", w)
		}
	}
	for _, id := range routines.BuiltinRoutineIDs() {
		if !strings.Contains(page, ".B "+id+"\n") {
			t.Errorf("the page lacks the %s command", id)
		}
	}
}
