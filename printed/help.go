package printed

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// HelpPage is a command's --help, as the command line knows it, for Help
// to lay out.
type HelpPage struct {
	// Text says what the command does: paragraphs between blank lines,
	// their lines joined; an indented line is an item of its own, its
	// text after two spaces ("  {next}  the next reminder").
	Text     string
	Usage    string
	Examples []string // "# a comment" or a command line
	Sections []HelpSection
}

// HelpSection is a titled list: the commands of a group, the flags.
type HelpSection struct {
	Title   string
	Entries []HelpEntry
}

// HelpEntry is a command or a flag and what it does.
type HelpEntry struct{ Key, Text string }

// helpMaxWidth is the widest a help page is laid out (fang's was too).
const helpMaxWidth = 120

// Help lays a help page out for a terminal of width columns, every line
// wrapped at words: the entries of a section beside their keys where
// there is room, stacked under them where not.
func Help(st Styles, p HelpPage, width int) string {
	width = min(max(width, 20), helpMaxWidth)
	var b strings.Builder
	if p.Text != "" {
		b.WriteString("\n" + helpText(p.Text, width) + "\n")
	}
	title := func(s string) {
		b.WriteString("\n  " + st.Title.Render(strings.ToUpper(s)) + "\n\n")
	}
	title("usage")
	b.WriteString(indented("    ", "      ", p.Usage, width) + "\n")
	if len(p.Examples) > 0 {
		title("examples")
		for _, ex := range p.Examples {
			if c, ok := strings.CutPrefix(ex, "# "); ok {
				b.WriteString(paintLines(st.Dim, indented("    # ", "    # ", c, width)) + "\n")
			} else {
				b.WriteString(indented("    ", "      ", ex, width) + "\n")
			}
		}
	}
	col := 10 // the entries' column, after the widest key of the page
	for _, s := range p.Sections {
		for _, e := range s.Entries {
			col = max(col, lipgloss.Width(e.Key)+2)
		}
	}
	beside := 4+col+24 <= width // room for a useful column of text
	for _, s := range p.Sections {
		if len(s.Entries) == 0 {
			continue
		}
		title(s.Title)
		for _, e := range s.Entries {
			key := st.ID.Render(e.Key)
			if beside {
				first := "    " + key + strings.Repeat(" ", col-lipgloss.Width(e.Key))
				b.WriteString(Hanging(first, e.Text, width) + "\n")
			} else {
				b.WriteString(indented("    ", "      ", key, width) + "\n" + indented("      ", "      ", e.Text, width) + "\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// helpText lays out a command's description at a margin of two.
func helpText(text string, width int) string {
	var out []string
	for _, block := range strings.Split(strings.TrimSpace(text), "\n\n") {
		var para []string
		flush := func() {
			if len(para) > 0 {
				out = append(out, indented("  ", "  ", strings.Join(para, " "), width))
				para = nil
			}
		}
		for _, l := range strings.Split(block, "\n") {
			trimmed := strings.TrimLeft(l, " ")
			if trimmed == l || trimmed == "" {
				para = append(para, strings.TrimSpace(l))
				continue
			}
			flush()
			lead := strings.Repeat(" ", 2+len(l)-len(trimmed))
			key, rest, ok := strings.Cut(trimmed, "  ")
			if !ok {
				out = append(out, indented(lead, lead+"  ", trimmed, width))
				continue
			}
			first := lead + key + "  "
			if width-lipgloss.Width(first) < 20 {
				out = append(out, indented(lead, lead, key, width), indented(lead+"  ", lead+"  ", rest, width))
			} else {
				out = append(out, Hanging(first, rest, width))
			}
		}
		flush()
		out = append(out, "")
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}
