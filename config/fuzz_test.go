package config

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

// FuzzParse checks that Parse never panics, that every error is an *Error
// on one line pointing inside the file, and that whatever parses is valid.
func FuzzParse(f *testing.F) {
	f.Add([]byte(DefaultText))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("f.toml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %T %v, want an *Error", err, err)
			}
			lines := bytes.Split(data, []byte("\n"))
			if e.Line < 1 || e.Line > len(lines) || e.Col < 1 || e.Col > len(lines[e.Line-1])+1 {
				t.Fatalf("%v: position outside the file", err)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("%q: error is not one line", err)
			}
			return
		}
		s := cfg.Sessions
		ok := len(s) == 3 && s[0].Routine == "morning" && s[1].Routine == "midday" && s[2].Routine == "evening" &&
			s[0].At.Minutes() < s[1].At.Minutes() && s[1].At.Minutes() < s[2].At.Minutes() &&
			cfg.WorkStart.Minutes() < cfg.WorkEnd.Minutes() &&
			cfg.RampDays >= 3 && cfg.RampDays <= 5 &&
			(cfg.RollsEvery == 0 || cfg.RollsEvery >= 15*time.Minute && cfg.RollsEvery <= 4*time.Hour) &&
			cfg.StandingEvery >= 10*time.Minute && cfg.StandingEvery <= 2*time.Hour
		if !ok {
			t.Fatalf("accepted an invalid config: %+v", cfg)
		}
	})
}
