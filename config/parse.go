package config

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// settings is the file's schema, in the order keys are listed in messages:
// every table and key, with what its value must look like.
var settings = []struct{ key, want string }{
	{"notifications", "true or false"},
	{"sound", "true or false"},
	{"reduced_motion", "true or false"},
	{"ramp_days", "a whole number from 3 to 5"},
	{"sessions", "a table"},
	{"sessions.morning", `a time in quotes like "08:00"`},
	{"sessions.midday", `a time in quotes like "12:30"`},
	{"sessions.evening", `a time in quotes like "19:00"`},
	{"reminders", "a table"},
	{"reminders.shoulder_rolls_every", `a duration in quotes like "1h"`},
	{"reminders.work_start", `a time in quotes like "09:00"`},
	{"reminders.work_end", `a time in quotes like "17:00"`},
	{"reminders.work_days", `a list of days like ["mon", "tue"]`},
	{"reminders.standing_break", "true or false"},
	{"reminders.standing_break_every", `a duration in quotes like "25m"`},
	// The file's own exercises and routines (custom.go).
	{"exercise", arrayOfTables},
	{"exercise.id", `an id in quotes like "doorway-stretch"`},
	{"exercise.name", `a name in quotes like "Doorway chest stretch"`},
	{"exercise.kind", `"hold", "reps" or "timed" in quotes`},
	{"exercise.steps", `a list of steps in quotes like ["Stand in a doorway.", "Lean forward."]`},
	{"exercise.cue", "a line of text in quotes"},
	{"exercise.purpose", "a line of text in quotes"},
	{"exercise.hold", "a whole number of seconds like 20"},
	{"exercise.reps", "a whole number like 2"},
	{"exercise.sets", "a whole number like 1"},
	{"exercise.sides", `"both", "left-right", "right-left", "left" or "right" in quotes`},
	{"exercise.pace", "a whole number of seconds like 4"},
	{"routine", arrayOfTables},
	{"routine.id", `an id in quotes like "physio"`},
	{"routine.name", `a name in quotes like "Physio plan"`},
	{"routine.when", `a few words in quotes like "after work"`},
	{"routine.at", `a time in quotes like "17:30"`},
	{"routine.item", arrayOfTables},
	{"routine.item.exercise", `an exercise id in quotes like "childs-pose"`},
	{"routine.item.hold", "a whole number of seconds like 20"},
	{"routine.item.reps", "a whole number like 2"},
	{"routine.item.sets", "a whole number like 1"},
	{"routine.item.sides", `"both", "left-right", "right-left", "left" or "right" in quotes`},
}

// arrayOfTables is what an [[array of tables]] wants: each [[exercise]]
// or [[routine]] is another one.
const arrayOfTables = "tables of their own, each starting with [[ ]]"

// want returns what key's value must look like, "" if key is unknown.
func want(key string) string {
	for _, s := range settings {
		if s.key == key {
			return s.want
		}
	}
	return ""
}

func isTable(key string) bool { return want(key) == "a table" }

func isArrayTable(key string) bool { return want(key) == arrayOfTables }

// header is what a key is written as: a key = value, a [table] or an
// [[array of tables]].
type header int

const (
	notHeader header = iota
	tableHeader
	arrayHeader
)

// tableName writes a table as its header: [reminders], [[routine.item]].
func tableName(key string) string {
	if isArrayTable(key) {
		return "[[" + key + "]]"
	}
	return "[" + key + "]"
}

func parent(key string) string {
	i := strings.LastIndexByte(key, '.')
	return key[:max(i, 0)]
}

// join makes the full key of name in table.
func join(table, name string) string {
	if table == "" {
		return name
	}
	return table + "." + name
}

func lastPart(key string) string { return key[strings.LastIndexByte(key, '.')+1:] }

// childNames lists the names of the keys and tables directly in level.
func childNames(level string) []string {
	var names []string
	for _, s := range settings {
		if parent(s.key) == level {
			names = append(names, lastPart(s.key))
		}
	}
	return names
}

// Parse parses data, the contents of the file at path, on top of Default().
// Every error is an *Error pointing into data; on error the Config is zero.
func Parse(path string, data []byte) (Config, error) {
	// Some editors start a UTF-8 file with a byte-order mark; TOML does not
	// allow one, but it is no mistake of the person editing.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	// go-toml first checks what the schema walk below can't see: that the
	// document is TOML at all, with no key defined twice.
	if err := toml.Unmarshal(data, new(map[string]any)); err != nil {
		return Config{}, tomlError(path, data, err)
	}
	d := decoder{path: path, data: data, cfg: Default(), at: map[string]int{}}
	d.cfg.Path = path
	if err := d.walk(); err != nil {
		return Config{}, err
	}
	if err := d.checkOrder(); err != nil {
		return Config{}, err
	}
	if err := d.buildCustom(); err != nil {
		return Config{}, err
	}
	return d.cfg, nil
}

// tomlError turns go-toml's error into an *Error. Its DecodeErrors carry a
// position; anything else has none, so it points at the start of the file
// rather than breaking the one-format promise.
func tomlError(path string, data []byte, err error) *Error {
	msg := "invalid TOML: " + strings.TrimPrefix(err.Error(), "toml: ")
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, col := de.Position()
		return &Error{Path: path, Line: max(line, 1), Col: max(col, 1), Msg: oneLine(msg)}
	}
	return errorAt(path, data, 0, msg)
}

// decoder walks go-toml's syntax tree rather than decoding into a struct,
// because the tree has the byte offset of every key and value, which the
// errors need, and go-toml's own type errors name Go types, not keys.
type decoder struct {
	path string
	data []byte
	cfg  Config
	at   map[string]int // offset of each value the file sets, for checkOrder

	// The [[exercise]] and [[routine]] tables as read, checked once the
	// whole file is (custom.go).
	exercises, routines []*element
}

func (d *decoder) errorf(off int, format string, args ...any) *Error {
	return errorAt(d.path, d.data, off, fmt.Sprintf(format, args...))
}

// walk applies each top-level expression, tracking the current [table].
func (d *decoder) walk() error {
	var p unstable.Parser
	p.Reset(d.data)
	table := ""
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			h := tableHeader
			if e.Kind == unstable.ArrayTable {
				h = arrayHeader
			}
			key, last, err := d.resolve("", e.Key(), h)
			if err != nil {
				return err
			}
			switch {
			case isArrayTable(key) && h == tableHeader:
				return d.errorf(last, "%s: write [[%s]], with double brackets: each one adds another", key, key)
			case isArrayTable(key):
				if err := d.startElement(key, last); err != nil {
					return err
				}
			case !isTable(key) || h == arrayHeader:
				return d.errorf(last, "%s: expected %s, not %s", key, want(key), describe(e.Kind))
			}
			table = key
		case unstable.KeyValue:
			if err := d.keyValue(table, e); err != nil {
				return err
			}
		}
	}
	// Unreachable once go-toml has accepted the document, but cheap to keep
	// honest should its two parsers ever disagree.
	var perr *unstable.ParserError
	if errors.As(p.Error(), &perr) {
		return d.errorf(cap(d.data)-cap(perr.Highlight), "invalid TOML: %s", perr.Message)
	}
	return nil
}

// keyValue applies one key = value in table, descending into inline tables.
func (d *decoder) keyValue(table string, e *unstable.Node) error {
	key, last, err := d.resolve(table, e.Key(), notHeader)
	if err != nil {
		return err
	}
	v, off := e.Value(), d.valueOffset(e)
	switch {
	case isArrayTable(key):
		return d.inlineElements(key, v, off)
	case isCustom(key):
		return d.store(key, v, last, off)
	case !isTable(key):
		d.at[key] = off
		return d.set(key, v, off)
	case v.Kind != unstable.InlineTable:
		return d.wrongType(key, v.Kind, off)
	}
	return d.inlineTable(key, v)
}

// inlineTable applies the keys of an inline table v of table.
func (d *decoder) inlineTable(table string, v *unstable.Node) error {
	for it := v.Children(); it.Next(); {
		if kv := it.Node(); kv.Kind == unstable.KeyValue {
			if err := d.keyValue(table, kv); err != nil {
				return err
			}
		}
	}
	return nil
}

// resolve follows a (possibly dotted) key from table through the schema. It
// returns the full key and the offset of its last part.
func (d *decoder) resolve(table string, parts unstable.Iterator, header header) (key string, last int, err error) {
	key = table
	for parts.Next() {
		part := parts.Node()
		switch {
		case key == table, isTable(key):
		case isArrayTable(key) && header != notHeader:
			// [[routine.item]] adds to the last [[routine]].
		case isArrayTable(key):
			return "", 0, d.errorf(last, "%s: each one is a table of its own: start it with [[%s]]", key, key)
		default:
			// A value such as notifications can't have keys inside it.
			return "", 0, d.errorf(last, "%s: expected %s, not a table", key, want(key))
		}
		name := string(part.Data)
		next := join(key, name)
		last = int(part.Raw.Offset)
		// A quoted "sessions.morning" is one key with a dot in its name.
		if strings.Contains(name, ".") || want(next) == "" {
			return "", 0, d.errorf(last, "%s", unknownKey(key, name, header))
		}
		key = next
	}
	return key, last, nil
}

// valueOffset finds where e's value starts. Value nodes don't all carry an
// offset (arrays don't), but keys do, and only "=" and blanks come between.
func (d *decoder) valueOffset(e *unstable.Node) int {
	off := 0
	for it := e.Key(); it.Next(); {
		off = int(it.Node().Raw.Offset + it.Node().Raw.Length)
	}
	for off < len(d.data) && strings.IndexByte(" \t=", d.data[off]) >= 0 {
		off++
	}
	return off
}
