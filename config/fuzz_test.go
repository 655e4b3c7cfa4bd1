package config

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const bom = "\ufeff"

// FuzzParse checks that Parse never panics; that every error is an *Error
// in the file's PATH:LINE:COL: format, on one line, pointing inside the
// file, with the zero Config beside it; that whatever parses is valid and
// its settings write back (as TOML) to the same settings; that a
// byte-order mark changes nothing; and that CRLF line ends change no
// setting.
func FuzzParse(f *testing.F) {
	f.Add([]byte(DefaultText))
	f.Add([]byte(bom + "sound = false\r\n[sessions]\r\nmorning = \"7:05\"\r\n"))
	f.Add([]byte("ramp_days = 99999999999999999999\n"))
	f.Add([]byte("[reminders]\nwork_end = \"24:00\"\nwork_days = [\"mon\", \"MONDAY\"]\n"))
	f.Add([]byte("[sessions]\nmorning = 2024-02-29T02:30:00\nmidday = \"１２:30\"\n"))
	f.Add([]byte("reminders = { shoulder_rolls_every = \"-0\", standing_break_every = \"1e309h\" }"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("f.toml", data)
		checkParse(t, data, cfg, err)
		if !bytes.HasPrefix(data, []byte(bom)) {
			cfg2, err2 := Parse("f.toml", append([]byte(bom), data...))
			if !reflect.DeepEqual(cfg2, cfg) || !reflect.DeepEqual(err2, err) {
				t.Fatalf("a byte-order mark changed the result of %q:\n%+v, %v\nwithout it:\n%+v, %v", data, cfg2, err2, cfg, err)
			}
		}
		if err != nil {
			return
		}
		// Free text, in a multi-line string, keeps its line ends; the
		// settings below have none.
		if !bytes.Contains(data, []byte("\r")) {
			crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
			if cfg2, err2 := Parse("f.toml", crlf); err2 != nil || !reflect.DeepEqual(settingsOf(cfg2), settingsOf(cfg)) {
				t.Fatalf("CRLF line ends changed the result of %q: %+v, %v", data, cfg2, err2)
			}
		}
		text := writeTOML(cfg)
		if again, err := Parse("f.toml", []byte(text)); err != nil || !reflect.DeepEqual(settingsOf(again), settingsOf(cfg)) {
			t.Fatalf("%q parses to %+v, but written back as\n%s\nit reads as %+v, %v", data, cfg, text, again, err)
		}
	})
}

// checkParse checks the result of Parse("f.toml", data).
func checkParse(t *testing.T, data []byte, cfg Config, err error) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("got %T %v, want an *Error", err, err)
		}
		if !reflect.DeepEqual(cfg, Config{}) {
			t.Fatalf("%v: with a Config too: %+v", err, cfg)
		}
		// Positions count in the file after its byte-order mark, as
		// editors do.
		lines := bytes.Split(bytes.TrimPrefix(data, []byte(bom)), []byte("\n"))
		if e.Line < 1 || e.Line > len(lines) || e.Col < 1 || e.Col > len(lines[e.Line-1])+1 {
			t.Fatalf("%v: position outside the file", err)
		}
		if e.Path != "f.toml" || err.Error() != fmt.Sprintf("f.toml:%d:%d: %s", e.Line, e.Col, e.Msg) {
			t.Fatalf("%q: not in PATH:LINE:COL: format", err)
		}
		if strings.ContainsAny(err.Error(), "\r\n") || e.Msg == "" {
			t.Fatalf("%q: error is not one line", err)
		}
		return
	}
	s := cfg.Sessions
	ok := cfg.Path == "f.toml" &&
		len(s) == 3 && s[0].Routine == "morning" && s[1].Routine == "midday" && s[2].Routine == "evening" &&
		validTime(s[0].At) && validTime(s[1].At) && validTime(s[2].At) && validTime(cfg.WorkStart) && validTime(cfg.WorkEnd) &&
		s[0].At.Minutes() < s[1].At.Minutes() && s[1].At.Minutes() < s[2].At.Minutes() &&
		cfg.WorkStart.Minutes() < cfg.WorkEnd.Minutes() &&
		cfg.RampDays >= 3 && cfg.RampDays <= 5 &&
		(cfg.RollsEvery == 0 || cfg.RollsEvery >= 15*time.Minute && cfg.RollsEvery <= 4*time.Hour) &&
		cfg.StandingEvery >= 10*time.Minute && cfg.StandingEvery <= 2*time.Hour
	if !ok {
		t.Fatalf("accepted an invalid config: %+v", cfg)
	}
}

func validTime(t TimeOfDay) bool {
	return t.Hour >= 0 && t.Hour <= 23 && t.Minute >= 0 && t.Minute <= 59
}

// settingsOf is the part of c that writeTOML writes.
func settingsOf(c Config) Config {
	return Config{Path: c.Path, Notifications: c.Notifications, Sound: c.Sound, RampDays: c.RampDays,
		Sessions: c.Sessions, RollsEvery: c.RollsEvery, WorkStart: c.WorkStart, WorkEnd: c.WorkEnd,
		WorkDays: c.WorkDays, StandingBreak: c.StandingBreak, StandingEvery: c.StandingEvery}
}

// writeTOML writes every setting of c as a config file.
func writeTOML(c Config) string {
	var days []string
	for w, on := range c.WorkDays {
		if on {
			days = append(days, strconv.Quote(time.Weekday(w).String()[:3]))
		}
	}
	return fmt.Sprintf("notifications = %t\nsound = %t\nramp_days = %d\n"+
		"[sessions]\nmorning = %q\nmidday = %q\nevening = %q\n"+
		"[reminders]\nshoulder_rolls_every = %q\nwork_start = %q\nwork_end = %q\nwork_days = [%s]\nstanding_break = %t\nstanding_break_every = %q\n",
		c.Notifications, c.Sound, c.RampDays, c.Sessions[0].At, c.Sessions[1].At, c.Sessions[2].At,
		c.RollsEvery, c.WorkStart, c.WorkEnd, strings.Join(days, ", "), c.StandingBreak, c.StandingEvery)
}

// hhmm is what ParseTimeOfDay takes, ranges aside.
var hhmm = regexp.MustCompile(`^([0-9]{1,2}):([0-9]{2})$`)

// FuzzParseTimeOfDay checks that ParseTimeOfDay takes exactly H:MM or
// HH:MM from 00:00 to 23:59, that String() writes it back in the HH:MM
// form it reads as the same time, and that an error quotes the input and
// says what is accepted.
func FuzzParseTimeOfDay(f *testing.F) {
	for _, s := range []string{"08:00", "8:00", "23:59", "0:00", "24:00", "12:60", "-0:00", "+8:00", "8:0", "008:00", "１:00", "8:00\r", " 8:00", "99999999999999999999:00", bom + "08:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseTimeOfDay(s)
		want, ok := TimeOfDay{}, false
		if m := hhmm.FindStringSubmatch(s); m != nil {
			h, _ := strconv.Atoi(m[1])
			mi, _ := strconv.Atoi(m[2])
			want, ok = TimeOfDay{h, mi}, h <= 23 && mi <= 59
		}
		if (err == nil) != ok {
			t.Fatalf("ParseTimeOfDay(%q) = %v, %v; want ok=%v", s, got, err, ok)
		}
		if err != nil {
			if got != (TimeOfDay{}) {
				t.Fatalf("ParseTimeOfDay(%q) = %v along with the error %v", s, got, err)
			}
			if msg := err.Error(); !strings.Contains(msg, fmt.Sprintf("%q", s)) || !strings.Contains(msg, "HH:MM") {
				t.Fatalf("ParseTimeOfDay(%q): the error %q does not quote the input and say what is accepted", s, msg)
			}
			return
		}
		if got != want || got.Minutes() != want.Hour*60+want.Minute || got.Minutes() < 0 || got.Minutes() >= 24*60 {
			t.Fatalf("ParseTimeOfDay(%q) = %v (%d minutes), want %v", s, got, got.Minutes(), want)
		}
		str := got.String()
		if len(str) != 5 || (str != s && str != "0"+s) {
			t.Fatalf("ParseTimeOfDay(%q) = %v, which prints as %q", s, got, str)
		}
		if again, err := ParseTimeOfDay(str); err != nil || again != got {
			t.Fatalf("%v prints as %q, which reads back as %v, %v", got, str, again, err)
		}
	})
}

// settingCases are the settings FuzzSettingValue puts a value in, each with
// what it must accept given the defaults of the others, and where Parse
// keeps the value.
var settingCases = []struct {
	table, name string
	accept      func(string) (any, bool)
	got         func(Config) any
}{
	{"reminders", "shoulder_rolls_every", durationIn(15*time.Minute, 4*time.Hour, true), func(c Config) any { return c.RollsEvery }},
	{"reminders", "standing_break_every", durationIn(10*time.Minute, 2*time.Hour, false), func(c Config) any { return c.StandingEvery }},
	{"sessions", "morning", timeIn(TimeOfDay{0, 0}, TimeOfDay{12, 29}), func(c Config) any { return c.Sessions[0].At }},
	{"sessions", "evening", timeIn(TimeOfDay{12, 31}, TimeOfDay{23, 59}), func(c Config) any { return c.Sessions[2].At }},
	{"reminders", "work_end", timeIn(TimeOfDay{9, 1}, TimeOfDay{23, 59}), func(c Config) any { return c.WorkEnd }},
}

func durationIn(lo, hi time.Duration, canOff bool) func(string) (any, bool) {
	return func(s string) (any, bool) {
		d, err := time.ParseDuration(s)
		return d, err == nil && (lo <= d && d <= hi || canOff && d == 0)
	}
}

func timeIn(lo, hi TimeOfDay) func(string) (any, bool) {
	return func(s string) (any, bool) {
		t, err := ParseTimeOfDay(s)
		return t, err == nil && lo.Minutes() <= t.Minutes() && t.Minutes() <= hi.Minutes()
	}
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 && r != '\t' || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// FuzzSettingValue puts a string in one of the duration and time settings
// and checks that the file is accepted exactly when the value is in range
// (durations are Go's, times ParseTimeOfDay's), that the Config then has
// that value, and that an error points at the value and names the key.
func FuzzSettingValue(f *testing.F) {
	for _, v := range []string{"1h", "0", "-0", "0s", "15m", "14m59s", "4h0m0.000000001s", "1e309h", "9223372036854775807ns", "9999999999h", ".5h", "１h", "25m\r\n", "08:00", "24:00", "12:30", "9:01", "23:59", "-1:00"} {
		for key := range len(settingCases) {
			f.Add(uint8(key), v)
		}
	}
	f.Fuzz(func(t *testing.T, key uint8, value string) {
		c := settingCases[int(key)%len(settingCases)]
		value = strings.ToValidUTF8(value, string(utf8.RuneError))
		doc := fmt.Sprintf("[%s]\n%s = %s\n", c.table, c.name, tomlString(value))
		cfg, err := Parse("f.toml", []byte(doc))
		checkParse(t, []byte(doc), cfg, err)
		want, ok := c.accept(value)
		if (err == nil) != ok {
			t.Fatalf("%s.%s = %q: got %v, want ok=%v", c.table, c.name, value, err, ok)
		}
		if err != nil {
			var e *Error
			errors.As(err, &e)
			if e.Line != 2 || e.Col != len(c.name)+4 || !strings.HasPrefix(e.Msg, c.table+"."+c.name+": ") {
				t.Fatalf("%s.%s = %q: the error %v does not point at the value and name the key", c.table, c.name, value, err)
			}
			return
		}
		if got := c.got(cfg); got != want {
			t.Fatalf("%s.%s = %q: Parse keeps %v, want %v", c.table, c.name, value, got, want)
		}
	})
}
