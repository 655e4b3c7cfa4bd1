package config

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

const path = "/home/a/.config/backstretch/config.toml"

func TestDefaultTextParsesToExactlyDefault(t *testing.T) {
	t.Parallel()
	got, err := Parse(path, []byte(DefaultText))
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Path = path
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DefaultText parses to\n%+v\nbut Default() is\n%+v", got, want)
	}
}

func TestAFileChangesOnlyWhatItNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		doc    string
		change func(*Config)
	}{
		{"an empty file gives the defaults", "", func(*Config) {}},
		{"comments alone give the defaults", "# nothing yet\n", func(*Config) {}},
		{"a top-level key changes only itself", "sound = false\n", func(c *Config) { c.Sound = false }},
		{"reduced motion is a switch", "reduced_motion = true\n", func(c *Config) { c.ReducedMotion = true }},
		{"ramp days of 3 are accepted", "ramp_days = 3", func(c *Config) { c.RampDays = 3 }},
		{"a session time may drop its leading zero", "[sessions]\nmorning = \"7:05\"\n", func(c *Config) {
			c.Sessions[0].At = TimeOfDay{7, 5}
		}},
		{"sessions may be an inline table", `sessions = { evening = "21:15" }`, func(c *Config) {
			c.Sessions[2].At = TimeOfDay{21, 15}
		}},
		{"dotted keys work like tables", `reminders.standing_break = true`, func(c *Config) { c.StandingBreak = true }},
		{"a zero interval turns shoulder rolls off", "[reminders]\nshoulder_rolls_every = \"0\"", func(c *Config) { c.RollsEvery = 0 }},
		{"0s also turns shoulder rolls off", "[reminders]\nshoulder_rolls_every = \"0s\"", func(c *Config) { c.RollsEvery = 0 }},
		{"intervals take any Go duration in range", "[reminders]\nshoulder_rolls_every = \"90m\"\nstanding_break_every = \"1h30m\"", func(c *Config) {
			c.RollsEvery, c.StandingEvery = 90*time.Minute, 90*time.Minute
		}},
		{"day names take any case and full names", "[reminders]\nwork_days = [\"SAT\", \"Sunday\"]", func(c *Config) {
			c.WorkDays = [7]bool{time.Saturday: true, time.Sunday: true}
		}},
		{"an empty day list means no work days", "[reminders]\nwork_days = []", func(c *Config) { c.WorkDays = [7]bool{} }},
		{"work hours may span the evening", "[reminders]\nwork_start = \"18:00\"\nwork_end = \"23:59\"", func(c *Config) {
			c.WorkStart, c.WorkEnd = TimeOfDay{18, 0}, TimeOfDay{23, 59}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(path, []byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			want := Default()
			want.Path = path
			tt.change(&want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestErrorsPointAtTheKeyOrValueToFix(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		doc       string
		line, col int
		msg       string // a part of the message
	}{
		{"a typo in a key suggests the closest key", "[reminders]\nwork_end = \"17:00\"\nwrok_start = \"09:00\"\n", 3, 1, `unknown key "reminders.wrok_start"; did you mean "work_start"?`},
		{"an extra underscore suggests the key", "[sessions]\n  mid_day = \"12:00\"", 2, 3, `did you mean "midday"?`},
		{"a key with nothing close lists the table's keys", "[sessions]\nlunch = \"12:00\"", 2, 1, `accepted keys in [sessions] are morning, midday and evening`},
		{"a key in the wrong table says where it belongs", "[reminders]\nsound = false", 2, 1, `it belongs at the top of the file, before any [table]`},
		{"a table's key at the top says which table", `work_days = ["mon"]`, 1, 1, `it belongs in the [reminders] table`},
		{"an unknown key in an inline table", `sessions = { morning = "07:00", noon = "12:00" }`, 1, 33, `unknown key "sessions.noon"`},
		{"an unknown table lists the tables", "sound = true\n[alarms]\n", 2, 2, `unknown table "alarms"; accepted tables are sessions and reminders`},
		{"a misspelled table suggests the table", "[reminder]\n", 1, 2, `did you mean "reminders"?`},
		{"a table inside sessions is unknown", "[sessions.extra]\n", 1, 11, `unknown table "sessions.extra"`},
		{"a table of a plain value", "[sound]\n", 1, 2, `sound: expected true or false, not a table`},
		{"an array of tables", "[[sessions]]\n", 1, 3, `sessions: expected a table, not an array of tables`},
		{"a bad time points at the value", "[sessions]\nmorning = \"08:00\"\nmidday = \"12:3O\"\n", 3, 10, `sessions.midday: "12:3O" is not a time; use HH:MM on the 24-hour clock, e.g. "12:30"`},
		{"hour 24 is not a time", "[reminders]\nwork_end = \"24:00\"", 2, 12, `"24:00" is not a time`},
		{"a time needs quotes", "[sessions]\nmorning = 07:30", 2, 11, `sessions.morning: expected a time in quotes like "08:00", not a time without quotes`},
		{"a number for a time names the key and type", "[sessions]\nevening = 19", 2, 11, `sessions.evening: expected a time in quotes like "19:00", not a whole number`},
		{"a string for a switch", `notifications = "yes"`, 1, 17, `notifications: expected true or false, not a string`},
		{"a string for a table", `reminders = "on"`, 1, 13, `reminders: expected a table, not a string`},
		{"a duration without a unit", "[reminders]\nshoulder_rolls_every = \"60\"", 2, 24, `"60" is not a duration; use a number and a unit like "45m", "1h" or "1h30m", or "0" to turn them off`},
		{"a duration in words", "[reminders]\nstanding_break_every = \"half an hour\"", 2, 24, `"half an hour" is not a duration`},
		{"shoulder rolls too often", "[reminders]\nshoulder_rolls_every = \"10m\"", 2, 24, `"10m" is out of range; use 15m to 4h, or "0" to turn them off`},
		{"shoulder rolls too rarely", "[reminders]\nshoulder_rolls_every = \"5h\"", 2, 24, `use 15m to 4h`},
		{"standing breaks too rarely", "[reminders]\nstanding_break = true\nstanding_break_every = \"3h\"", 3, 24, `reminders.standing_break_every: "3h" is out of range; use 10m to 2h`},
		{"standing breaks can't be turned off with 0", "[reminders]\nstanding_break_every = \"0\"", 2, 24, `"0" is out of range; use 10m to 2h`},
		{"a number for a duration", "[reminders]\nstanding_break_every = 25", 2, 24, `expected a duration in quotes like "25m", not a whole number`},
		{"sessions out of order point at the later one", "[sessions]\nmorning = \"10:00\"\nmidday = \"09:30\"", 3, 10, `sessions.midday: "09:30" must be later than sessions.morning "10:00"`},
		{"equal sessions are out of order", "[sessions]\nmidday = \"19:00\"", 2, 10, `sessions.midday: "19:00" must be earlier than sessions.evening "19:00" (the default)`},
		{"a session after a default one", "[sessions]\nevening = \"12:00\"", 2, 11, `sessions.evening: "12:00" must be later than sessions.midday "12:30" (the default)`},
		{"work ending before it starts", "[reminders]\nwork_start = \"09:00\"\nwork_end = \"08:30\"", 3, 12, `reminders.work_end: "08:30" must be later than reminders.work_start "09:00"`},
		{"a bad day name points at the day", "[reminders]\nwork_days = [\"mon\", \"tues\"]", 2, 21, `"tues" is not a day; use mon, tue, wed, thu, fri, sat or sun`},
		{"a day listed twice", "[reminders]\nwork_days = [\"fri\", \"mon\", \"Monday\"]", 2, 28, `reminders.work_days: Monday is listed twice`},
		{"a number for a day", "[reminders]\nwork_days = [\"mon\", 2]", 2, 21, `expected day names in quotes like "mon", not a whole number`},
		{"a day instead of a list", "[reminders]\nwork_days = \"mon\"", 2, 13, `expected a list of days like ["mon", "tue"], not a string`},
		{"ramp days of 6", "ramp_days = 6", 1, 13, `ramp_days: 6 is out of range; use 3, 4 or 5`},
		{"ramp days as a decimal", "ramp_days = 4.5", 1, 13, `ramp_days: expected a whole number from 3 to 5, not a decimal number`},
		{"a quoted dotted key", `"sessions.morning" = "07:00"`, 1, 1, `remove the quotes around "sessions.morning"`},
		{"a syntax error", "sound = true\n[sessions\nmorning = \"08:00\"", 2, 10, `invalid TOML: expected ']'`},
		{"an unclosed string", "[sessions]\nmorning = \"08:00\n", 2, 17, `invalid TOML: basic strings cannot have new lines`},
		{"a key set twice", "sound = true\nsound = false", 2, 1, `invalid TOML: key sound is already defined`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, e := parseError(t, path, tt.doc, tt.line, tt.col, tt.msg)
			if want := fmt.Sprintf("%s:%d:%d: %s", path, e.Line, e.Col, e.Msg); e.Error() != want {
				t.Errorf("Error() = %q, want %q", e.Error(), want)
			}
			if !reflect.DeepEqual(cfg, Config{}) {
				t.Errorf("a failed Parse returned %+v, want the zero Config", cfg)
			}
		})
	}
}

// parseError parses doc, which must fail with an *Error at line:col
// whose message holds msg, and returns what Parse returned.
func parseError(t *testing.T, path, doc string, line, col int, msg string) (Config, *Error) {
	t.Helper()
	cfg, err := Parse(path, []byte(doc))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want an *Error, got %T %v", err, err)
	}
	if e.Line != line || e.Col != col || !strings.Contains(e.Msg, msg) {
		t.Errorf("got  %d:%d: %s\nwant %d:%d: …%s…", e.Line, e.Col, e.Msg, line, col, msg)
	}
	return cfg, e
}

func TestTheErrorTextIsOneLineInCompilerFormat(t *testing.T) {
	t.Parallel()
	tests := []struct{ doc, want string }{
		{"\n\n\n\n\n[reminders]\nwrok_start = \"09:00\"\n", path + `:7:1: unknown key "reminders.wrok_start"; did you mean "work_start"?`},
		{"\n\n[sessions]\nmidday = \"12:3O\"\n", path + `:4:10: sessions.midday: "12:3O" is not a time; use HH:MM on the 24-hour clock, e.g. "12:30"`},
	}
	for _, tt := range tests {
		if _, err := Parse(path, []byte(tt.doc)); err == nil || err.Error() != tt.want {
			t.Errorf("got  %v\nwant %s", err, tt.want)
		}
	}
	if got := (&Error{Line: 2, Col: 3, Msg: "m"}).Error(); got != "2:3: m" {
		t.Errorf("an Error without a path prints %q, want %q", got, "2:3: m")
	}
}

func TestAByteOrderMarkAtTheStartIsAccepted(t *testing.T) {
	t.Parallel()
	got, err := Parse(path, []byte("\ufeffsound = false\n"))
	if err != nil || got.Sound {
		t.Errorf("a file starting with a BOM: %+v, %v", got, err)
	}
}
