// Package safetexttest holds, for the tests of every view, the strings a
// history or config file can carry that a terminal would act on, each
// with the escaped form a view must show instead.
package safetexttest

// Payload is one hostile string and how it must be shown.
type Payload struct{ Name, Raw, Shown string }

// Payloads are a bell, a carriage return, a C1 CSI, an SGR that hides
// text and an OSC 8 hyperlink.
func Payloads() []Payload {
	return []Payload{
		{"a bell", "bell\a", `bell\a`},
		{"a carriage return", "over\rwrite", `over\rwrite`},
		{"a C1 CSI", "c1\u009b2J", `c1\u009b2J`},
		{"an SGR that hides text", "\x1b[8mhidden", `\x1b[8mhidden`},
		{"an OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\", `\x1b]8;;https://evil.example/\x1b\click\x1b]8;;\x1b\`},
	}
}
