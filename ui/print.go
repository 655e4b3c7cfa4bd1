// Package ui is the terminal side of backstretch: the full-screen guided
// session on Bubble Tea, and the styled one-shot views (list, signs, history, stats) printed
// with Lip Gloss. It is the only package that imports Charm libraries.
package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// One-shot views use the terminal's own ANSI palette, which every theme
// adapts to light or dark, so they never need to ask the terminal for its
// background (a query whose reply can leak to the prompt).
var (
	printTitle   = lipgloss.NewStyle().Bold(true)
	printDim     = lipgloss.NewStyle().Faint(true)
	printID      = lipgloss.NewStyle().Foreground(lipgloss.Cyan)
	printUrgent  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red)
	printConsult = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Yellow)
)

// PrintWidth is the width one-shot views wrap to.
const PrintWidth = 78

// pad right-pads s to n cells.
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(n-lipgloss.Width(s), 0))
}

// hanging wraps text to width with every line after the first indented.
func hanging(first, text string, width int) string {
	indent := strings.Repeat(" ", lipgloss.Width(first))
	lines := strings.Split(lipgloss.Wrap(text, width-len(indent), " "), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = indent + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// List renders the routines at today's dosage and the exercise catalogue.
func List(p routines.Progress) string {
	var b strings.Builder
	// Each exercise grows by the days it was done, so routines can stand
	// at different days of the ramp-up: then each routine says its own.
	all := routines.Routines()
	common := true
	for _, r := range all {
		common = common && p.For(r) == p.For(all[0])
	}
	header := p.String()
	if common && len(all) > 0 {
		header = p.For(all[0])
	}
	fmt.Fprintf(&b, "%s\n%s\n\n", printTitle.Render("Routines"), printDim.Render("Today's dosage: "+header+"."))
	for _, r := range all {
		plan := session.Build(r, p)
		level := ""
		if !common {
			level = ", " + p.Short(r)
		}
		fmt.Fprintf(&b, "%s %s %s\n", printID.Render(pad(r.ID, 9)), printTitle.Render(r.Name),
			printDim.Render(fmt.Sprintf("· %s · about %s today%s", r.When, routines.Span(plan.Duration()), level)))
		for _, d := range plan.Doses {
			dose := d.String()
			if d.Variant != nil {
				dose += ", " + d.Variant.Name + " this week"
			}
			fmt.Fprintf(&b, "%s%s %s\n", pad("", 10), pad(d.Exercise.Name, 32), dose)
		}
	}
	fmt.Fprintf(&b, "\n%s %s\n\n", printTitle.Render("Exercises"), printDim.Render("· the articles' dosage"))
	// The columns are as wide as their longest entry: the config file's
	// exercises may have longer ids and names than the catalogue's.
	shown := func(e *routines.Exercise) string {
		if e.Emphasis != "" {
			return e.Name + " (" + e.Emphasis + ")"
		}
		return e.Name
	}
	idW, nameW := 15, 35
	for _, e := range routines.Exercises() {
		idW, nameW = max(idW, lipgloss.Width(e.ID)+1), max(nameW, lipgloss.Width(shown(e))+1)
	}
	for _, e := range routines.Exercises() {
		name, dose := shown(e), e.Dosage()
		if e.Optional {
			dose += ", optional"
		}
		if e.Chosen {
			dose += " *"
		}
		fmt.Fprintf(&b, "%s %s %s\n", printID.Render(pad(e.ID, idW)), pad(name, nameW), dose)
	}
	fmt.Fprintf(&b, "\n%s\n", printDim.Render(`* the program's number where the article says "a few" or "several"`))
	return strings.TrimRight(b.String(), "\n")
}

// Signs renders the warning signs, both groups under a title, wrapped to
// width (at most PrintWidth).
func Signs(width int) string {
	width = min(max(width, 20), PrintWidth)
	return printTitle.Render(hanging("", "Warning signs: when to stop and get help", width)) + "\n\n" + signGroups(width)
}

// signGroups is the two groups of signs, each with what it calls for.
func signGroups(width int) string {
	width = min(max(width, 20), PrintWidth)
	var b strings.Builder
	for i, g := range routines.WarningSigns {
		style := printUrgent
		if i > 0 {
			style = printConsult
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s\n%s\n", style.Render(g.Title), hanging("", g.Action, width))
		for _, s := range g.Signs {
			fmt.Fprintf(&b, "%s\n", hanging("  • ", s, width))
		}
		if i == 0 {
			fmt.Fprintf(&b, "%s\n", printDim.Render(hanging("", routines.HeartNote, width)))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// Wrap wraps printed text to width, at most PrintWidth.
func Wrap(text string, width int) string {
	return lipgloss.Wrap(text, min(max(width, 20), PrintWidth), " ")
}
