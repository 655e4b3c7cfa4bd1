package routines

import "time"

// Tips are the article's prevention habits (000, "Long-Term Prevention
// Strategies"), in our words, for the companion to show one at a time.
var Tips = []string{
	"Set your monitor at eye level, so your head doesn't drift forward.",
	"On calls, wear a headset instead of holding the phone between shoulder and ear.",
	"At the desk, stand up for a short break every 25 minutes.",
	"Sleeping on your side? Put a pillow between your knees.",
	"Carrying a heavy bag? Carry it on one shoulder, then the other, in turn.",
	"Try not to sleep on your stomach: it strains the left side.",
	"Planks and bridges build the core muscles that support your back.",
	"When you lift, bend at the knees, not at the waist.",
}

// TipAt is the tip for the hour of t: it changes every hour and starts
// each day at a different one.
func TipAt(t time.Time) string {
	return Tips[(t.YearDay()+t.Hour())%len(Tips)]
}
