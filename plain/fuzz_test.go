package plain

import (
	"strings"
	"testing"
)

// commandWords are the words each command is typed as.
var commandWords = map[string]Command{
	"": TogglePause, "p": TogglePause, "pause": TogglePause, "r": TogglePause, "resume": TogglePause, "space": TogglePause,
	"n": Next, "next": Next, "s": Next, "skip": Next,
	"b": Back, "back": Back,
	"x": StopPain, "stop": StopPain, "pain": StopPain,
	"q": Quit, "quit": Quit, "exit": Quit,
}

// FuzzParseCommand checks that a typed line is a command exactly when,
// blanks around it aside, it is one of the command words in any case
// (Unicode's simple case folding: the Kelvin sign is a k), and then the
// word's command; that blanks around a line and ASCII case change nothing;
// and that every command parses from its words.
func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"", "p", " N ", "skip\r\n", "SKIP", "s\u212aip", "\u017fkip", "x", "PAIN", "quit\x00", "q q", "\ufeffq", "\u00a0b\u3000", "hello", "pp"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c, ok := ParseCommand(line)
		trimmed := strings.TrimSpace(line)
		var want Command
		known := false
		for w, cmd := range commandWords {
			if strings.ToLower(trimmed) == w {
				want, known = cmd, true
			}
		}
		if ok != known || c != want {
			t.Fatalf("ParseCommand(%q) = %v, %v; want %v, %v", line, c, ok, want, known)
		}
		if ok && !anyFold(trimmed) {
			t.Fatalf("ParseCommand(%q) took a line that is no command word in any case", line)
		}
		for _, same := range []string{" \t" + line + "\r\n", asciiUpper(line)} {
			if c2, ok2 := ParseCommand(same); c2 != c || ok2 != ok {
				t.Fatalf("ParseCommand(%q) = %v, %v, but ParseCommand(%q) = %v, %v", line, c, ok, same, c2, ok2)
			}
		}
	})
}

func anyFold(s string) bool {
	for w := range commandWords {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// asciiUpper raises the ASCII letters of s only.
func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func TestEveryCommandHasAWord(t *testing.T) {
	seen := map[Command]bool{}
	for w, want := range commandWords {
		if got, ok := ParseCommand(w); !ok || got != want {
			t.Errorf("ParseCommand(%q) = %v, %v; want %v", w, got, ok, want)
		}
		seen[want] = true
	}
	for c := TogglePause; c <= Quit; c++ {
		if !seen[c] {
			t.Errorf("command %v has no word", c)
		}
	}
}
