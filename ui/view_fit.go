package ui

// fitter hands out the rows of the session screen's body by priority. The
// left column (the exercise, its badges, what to do, the countdown) stands
// beside the figure, so the rows it takes up to the figure's height cost
// nothing; the parts below it take a row each, and a blank line before
// them where there is room for one.
type fitter struct {
	room   int  // rows not yet given
	left   int  // rows of the left column so far
	figure int  // the figure's rows
	cut    bool // whether a part that must show was cut short of rows
}

// newFitter is a body of rows rows with a left column of left rows that
// always show, beside a figure of figure rows.
func newFitter(rows, left, figure int) *fitter {
	return &fitter{room: rows - max(left, figure), left: left, figure: figure}
}

// leftCost is what n more rows of the left column take from the room.
func (f *fitter) leftCost(n int) int {
	return max(f.left+n, f.figure) - max(f.left, f.figure)
}

// beside gives lines rows in the left column: all of them or, when they
// do not fit, none, or if they must show, as many as are left (at least
// one, the cut marked with an ellipsis).
func (f *fitter) beside(lines []string, must bool) []string {
	if len(lines) == 0 {
		return nil
	}
	if f.leftCost(len(lines)) > f.room {
		if !must {
			return nil
		}
		n := 1
		for n < len(lines) && f.leftCost(n+1) <= f.room {
			n++
		}
		f.cut = f.cut || n < len(lines)
		lines = clipLines(lines, n)
	}
	f.room -= f.leftCost(len(lines))
	f.left += len(lines)
	return lines
}

// below gives lines rows under the left column, with a blank line before
// them where it fits: all of them or, when they do not fit, none, or if
// they must show, as many as are left (at least one, cut with an
// ellipsis).
func (f *fitter) below(lines []string, must bool) []string {
	switch {
	case len(lines) == 0:
		return nil
	case len(lines)+1 <= f.room:
		f.room -= len(lines) + 1
		return append([]string{""}, lines...)
	case !must:
		return nil
	}
	f.cut = f.cut || f.room < len(lines)
	lines = clipLines(lines, f.room)
	f.room -= len(lines)
	return lines
}

// spacer is a blank row of the left column where there is room and ok.
func (f *fitter) spacer(ok bool) []string {
	if !ok {
		return nil
	}
	return f.beside([]string{""}, false)
}

// top is a blank row above the left column where there is room.
func (f *fitter) top() []string {
	if f.room < 1 {
		return nil
	}
	f.room--
	return []string{""}
}
