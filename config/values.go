package config

import (
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2/unstable"
)

// set checks the value v of key, found at offset off, and stores it.
func (d *decoder) set(key string, v *unstable.Node, off int) error {
	c := &d.cfg
	var err error
	switch key {
	case "notifications":
		c.Notifications, err = d.boolean(key, v, off)
	case "sound":
		c.Sound, err = d.boolean(key, v, off)
	case "reduced_motion":
		c.ReducedMotion, err = d.boolean(key, v, off)
	case "ramp_days":
		c.RampDays, err = d.rampDays(key, v, off)
	case "sessions.morning":
		c.Sessions[0].At, err = d.timeOfDay(key, v, off)
	case "sessions.midday":
		c.Sessions[1].At, err = d.timeOfDay(key, v, off)
	case "sessions.evening":
		c.Sessions[2].At, err = d.timeOfDay(key, v, off)
	case "reminders.shoulder_rolls_every":
		c.RollsEvery, err = d.duration(key, v, off, 15*time.Minute, 4*time.Hour, true)
	case "reminders.work_start":
		c.WorkStart, err = d.timeOfDay(key, v, off)
	case "reminders.work_end":
		c.WorkEnd, err = d.timeOfDay(key, v, off)
	case "reminders.work_days":
		c.WorkDays, err = d.days(key, v, off)
	case "reminders.standing_break":
		c.StandingBreak, err = d.boolean(key, v, off)
	case "reminders.standing_break_every":
		c.StandingEvery, err = d.duration(key, v, off, 10*time.Minute, 2*time.Hour, false)
	}
	return err
}

func (d *decoder) wrongType(key string, got unstable.Kind, off int) error {
	return d.errorf(off, "%s: expected %s, not %s", key, want(key), describe(got))
}

// describe names a kind of TOML value for people who don't know TOML.
func describe(k unstable.Kind) string {
	switch k {
	case unstable.String:
		return "a string"
	case unstable.Bool:
		return "true or false"
	case unstable.Integer:
		return "a whole number"
	case unstable.Float:
		return "a decimal number"
	case unstable.Array:
		return "a list"
	case unstable.Table, unstable.InlineTable:
		return "a table"
	case unstable.ArrayTable:
		return "an array of tables"
	case unstable.LocalTime:
		return "a time without quotes"
	case unstable.LocalDate:
		return "a date"
	default:
		return "a date and time"
	}
}

func (d *decoder) boolean(key string, v *unstable.Node, off int) (bool, error) {
	if v.Kind != unstable.Bool {
		return false, d.wrongType(key, v.Kind, off)
	}
	return string(v.Data) == "true", nil
}

func (d *decoder) rampDays(key string, v *unstable.Node, off int) (int, error) {
	if v.Kind != unstable.Integer {
		return 0, d.wrongType(key, v.Kind, off)
	}
	// Base 0 reads TOML's 0x, 0o, 0b and _ forms; go-toml has already
	// rejected numbers that don't fit in 64 bits.
	n, err := strconv.ParseInt(string(v.Data), 0, 64)
	if err != nil || n < 3 || n > 5 {
		return 0, d.errorf(off, "%s: %s is out of range; use 3, 4 or 5", key, v.Data)
	}
	return int(n), nil
}

func (d *decoder) timeOfDay(key string, v *unstable.Node, off int) (TimeOfDay, error) {
	if v.Kind != unstable.String {
		return TimeOfDay{}, d.wrongType(key, v.Kind, off)
	}
	t, err := ParseTimeOfDay(string(v.Data))
	if err != nil {
		return TimeOfDay{}, d.errorf(off, "%s: %v", key, err)
	}
	return t, nil
}

// duration reads a Go duration between lo and hi; canOff also allows 0,
// which turns the reminder off.
func (d *decoder) duration(key string, v *unstable.Node, off int, lo, hi time.Duration, canOff bool) (time.Duration, error) {
	if v.Kind != unstable.String {
		return 0, d.wrongType(key, v.Kind, off)
	}
	or := ""
	if canOff {
		or = `, or "0" to turn them off`
	}
	dur, err := time.ParseDuration(string(v.Data))
	if err != nil {
		return 0, d.errorf(off, `%s: %q is not a duration; use a number and a unit like "45m", "1h" or "1h30m"%s`, key, v.Data, or)
	}
	if (dur < lo || dur > hi) && !(canOff && dur == 0) {
		return 0, d.errorf(off, "%s: %q is out of range; use %s to %s%s", key, v.Data, short(lo), short(hi), or)
	}
	return dur, nil
}

// short formats a whole number of minutes as people write it: "15m", "4h".
func short(dur time.Duration) string {
	s := dur.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

// dayNames maps "mon" and "monday" to time.Monday, and so on.
var dayNames = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for w := time.Sunday; w <= time.Saturday; w++ {
		name := strings.ToLower(w.String())
		m[name], m[name[:3]] = w, w
	}
	return m
}()

func (d *decoder) days(key string, v *unstable.Node, off int) ([7]bool, error) {
	var days [7]bool
	if v.Kind != unstable.Array {
		return days, d.wrongType(key, v.Kind, off)
	}
	for it := v.Children(); it.Next(); {
		e := it.Node()
		at := off // nested arrays carry no offset of their own
		if e.Raw.Length > 0 {
			at = int(e.Raw.Offset)
		}
		if e.Kind != unstable.String {
			return days, d.errorf(at, `%s: expected day names in quotes like "mon", not %s`, key, describe(e.Kind))
		}
		w, ok := dayNames[strings.ToLower(string(e.Data))]
		if !ok {
			return days, d.errorf(at, "%s: %q is not a day; use mon, tue, wed, thu, fri, sat or sun", key, e.Data)
		}
		if days[w] {
			return days, d.errorf(at, "%s: %s is listed twice", key, w)
		}
		days[w] = true
	}
	return days, nil
}

// checkOrder checks the rules between keys, after all of them are read.
func (d *decoder) checkOrder() error {
	s := d.cfg.Sessions
	if err := d.before("sessions.morning", s[0].At, "sessions.midday", s[1].At); err != nil {
		return err
	}
	if err := d.before("sessions.midday", s[1].At, "sessions.evening", s[2].At); err != nil {
		return err
	}
	return d.before("reminders.work_start", d.cfg.WorkStart, "reminders.work_end", d.cfg.WorkEnd)
}

// before checks that a is earlier than b. The error points at b's value, or
// at a's when b is a default that isn't in the file.
func (d *decoder) before(aKey string, a TimeOfDay, bKey string, b TimeOfDay) error {
	if a.Minutes() < b.Minutes() {
		return nil
	}
	if off, ok := d.at[bKey]; ok {
		return d.errorf(off, "%s: %q must be later than %s %q%s", bKey, b, aKey, a, d.fromDefault(aKey))
	}
	return d.errorf(d.at[aKey], "%s: %q must be earlier than %s %q%s", aKey, a, bKey, b, d.fromDefault(bKey))
}

// fromDefault marks a value the file didn't set, which would otherwise
// puzzle someone looking for it in the file.
func (d *decoder) fromDefault(key string) string {
	if _, ok := d.at[key]; ok {
		return ""
	}
	return " (the default)"
}
