// Package printed is what the one-shot commands print: the routines
// (list), the warning signs, the history, the stats, the reminders'
// words and the --help pages, styled with Lip Gloss and laid out for a
// terminal's width; never a Bubble Tea program. The full-screen UI shows
// some of them too (the companion's history, stats and signs pages), and
// lays its own text out with the helpers of text.go.
package printed

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/backstretch/backstretch/routines"
	"github.com/backstretch/backstretch/session"
)

// Width is the widest that printed views wrap to.
const Width = 78

// ListFor is List laid out for a terminal of width columns: the table
// when it fits, else each entry stacked and wrapped at words, so that no
// word is ever broken by the terminal.
func ListFor(st Styles, cat routines.Catalogue, p routines.Progress, width int) string {
	wide := List(st, cat, p)
	if width <= 0 || widest(wide) <= width {
		return wide
	}
	return listNarrow(st, cat, p, max(width, 20))
}

// listLevels says the dosage over all routines and, where they stand at
// different days of the ramp-up (each exercise grows by the days it was
// done), each routine's own.
func listLevels(p routines.Progress, all []routines.Routine) (header string, own func(routines.Routine) string) {
	common := true
	for _, r := range all {
		common = common && p.For(r) == p.For(all[0])
	}
	if common && len(all) > 0 {
		return p.For(all[0]), func(routines.Routine) string { return "" }
	}
	return p.String(), func(r routines.Routine) string { return ", " + p.Short(r) }
}

// routineLine is what a routine's row says after its name.
func routineLine(r routines.Routine, plan session.Plan, own string) string {
	return fmt.Sprintf("· %s · about %s today%s", r.When, routines.Span(plan.Duration()), own)
}

// doseLine is an exercise's dose today, with the push-up stage.
func doseLine(d routines.Dose) string {
	dose := d.String()
	if d.Variant != nil {
		dose += ", " + d.Variant.Name + " this week"
	}
	return dose
}

// List renders cat's routines at today's dosage and its exercises.
func List(st Styles, cat routines.Catalogue, p routines.Progress) string {
	var b strings.Builder
	all := cat.Routines()
	header, own := listLevels(p, all)
	fmt.Fprintf(&b, "%s\n%s\n\n", st.Title.Render("Routines"), st.Dim.Render("Today's dosage: "+header+"."))
	for _, r := range all {
		plan := session.Build(r, p)
		fmt.Fprintf(&b, "%s %s %s\n", st.ID.Render(pad(r.ID, 9)), st.Title.Render(r.Name), st.Dim.Render(routineLine(r, plan, own(r))))
		for _, d := range plan.Doses {
			fmt.Fprintf(&b, "%s%s %s\n", pad("", 10), pad(d.Exercise.Name, 32), doseLine(d))
		}
	}
	fmt.Fprintf(&b, "\n%s %s\n\n", st.Title.Render("Exercises"), st.Dim.Render("· the articles' dosage"))
	// The columns are as wide as their longest entry: the config file's
	// exercises may have longer ids and names than the catalogue's.
	shown := func(e *routines.Exercise) string { // with its emphasis
		if e.Emphasis != "" {
			return e.Name + " (" + e.Emphasis + ")"
		}
		return e.Name
	}
	idW, nameW := 15, 35
	exercises := cat.Exercises()
	for _, e := range exercises {
		idW, nameW = max(idW, lipgloss.Width(e.ID)+1), max(nameW, lipgloss.Width(shown(e))+1)
	}
	for _, e := range exercises {
		name, dose := shown(e), exerciseDose(e)
		fmt.Fprintf(&b, "%s %s %s\n", st.ID.Render(pad(e.ID, idW)), pad(name, nameW), dose)
	}
	fmt.Fprintf(&b, "\n%s\n", st.Dim.Render(listFootnote))
	return strings.TrimRight(b.String(), "\n")
}

// listFootnote explains the mark of the program's own numbers.
const listFootnote = `* the program's number where the article says "a few" or "several"`

// exerciseDose is an exercise's dosage as the catalogue lists it.
func exerciseDose(e *routines.Exercise) string {
	dose := e.Dosage()
	if e.Optional {
		dose += ", optional"
	}
	if e.Chosen {
		dose += " *"
	}
	return dose
}

// listNarrow is List stacked for a narrow terminal: each entry on its own
// lines, wrapped at words to width.
func listNarrow(st Styles, cat routines.Catalogue, p routines.Progress, width int) string {
	var b strings.Builder
	all := cat.Routines()
	header, own := listLevels(p, all)
	fmt.Fprintf(&b, "%s\n%s\n\n", st.Title.Render("Routines"), st.Dim.Render(Hanging("", "Today's dosage: "+header+".", width)))
	for _, r := range all {
		plan := session.Build(r, p)
		fmt.Fprintf(&b, "%s\n", Hanging("", st.ID.Render(r.ID)+"  "+st.Title.Render(r.Name), width))
		fmt.Fprintf(&b, "%s\n", st.Dim.Render(Hanging("  ", routineLine(r, plan, own(r)), width)))
		for _, d := range plan.Doses {
			fmt.Fprintf(&b, "%s\n", Hanging("  ", d.Exercise.Name+": "+doseLine(d), width))
		}
	}
	fmt.Fprintf(&b, "\n%s\n", Hanging("", st.Title.Render("Exercises")+" "+st.Dim.Render("· the articles' dosage"), width))
	for _, e := range cat.Exercises() {
		name := e.Name
		if e.Emphasis != "" {
			name += " (" + e.Emphasis + ")"
		}
		fmt.Fprintf(&b, "%s\n%s\n", st.ID.Render(e.ID), Hanging("  ", name+": "+exerciseDose(e), width))
	}
	fmt.Fprintf(&b, "\n%s", st.Dim.Render(Hanging("", listFootnote, width)))
	return b.String()
}

// Signs renders the warning signs, both groups under a title, wrapped to
// width (at most Width).
func Signs(st Styles, width int) string {
	width = min(max(width, 20), Width)
	return st.Title.Render(Hanging("", "Warning signs: when to stop and get help", width)) + "\n\n" + SignGroups(st, width)
}

// SignGroups is the two groups of signs, each with what it calls for.
func SignGroups(st Styles, width int) string {
	width = min(max(width, 20), Width)
	var b strings.Builder
	for i, g := range routines.WarningSigns {
		style := st.Urgent
		if i > 0 {
			style = st.Consult
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s\n%s\n", style.Render(g.Title), Hanging("", g.Action, width))
		for _, s := range g.Signs {
			fmt.Fprintf(&b, "%s\n", Hanging("  • ", s, width))
		}
		if i == 0 {
			fmt.Fprintf(&b, "%s\n", st.Dim.Render(Hanging("", routines.HeartNote, width)))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
