package ui

import "charm.land/bubbles/v2/key"

// keyMap declares every key of the session screen once, with its help.
// Bindings that share a key (space: pause, resume or count a rep; c: count
// yourself or back to timed) are switched on and off so the help line only
// ever shows what the key does now.
type keyMap struct {
	Pause, Resume, Count key.Binding
	Next, Back           key.Binding
	SelfCount, Timed     key.Binding
	Stop, Quit           key.Binding
	Help                 key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Pause:     key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "pause")),
		Resume:    key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "resume")),
		Count:     key.NewBinding(key.WithKeys("space", "enter"), key.WithHelp("space", "count a rep")),
		Next:      key.NewBinding(key.WithKeys("n", "right"), key.WithHelp("n", "next")),
		Back:      key.NewBinding(key.WithKeys("b", "left"), key.WithHelp("b", "back")),
		SelfCount: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "count myself")),
		Timed:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "timed reps")),
		Stop:      key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "stop: pain")),
		Quit:      key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
	}
}

// shown is the key line at the bottom of the session screen, in its
// order: space, then the stop-for-pain and quit keys, which always show,
// then the others, the last of which give way first when the line is
// short of room (? lists them all).
func (k keyMap) shown() []shownKey {
	return []shownKey{
		{k.Pause, true}, {k.Resume, true}, {k.Count, true}, {k.Stop, true}, {k.Quit, true},
		{k.Next, false}, {k.SelfCount, false}, {k.Timed, false}, {k.Back, false}, {k.Help, true},
	}
}

// ShortHelp is the key line's keys, for help.KeyMap.
func (k keyMap) ShortHelp() []key.Binding {
	var keys []key.Binding
	for _, s := range k.shown() {
		keys = append(keys, s.b)
	}
	return keys
}

// FullHelp is the full list shown with ?, with the longer descriptions.
func (k keyMap) FullHelp() [][]key.Binding {
	long := func(b key.Binding, keys, desc string) key.Binding {
		b.SetHelp(keys, desc)
		return b
	}
	// The stop key is in the first column, which even a narrow pane shows.
	return [][]key.Binding{
		{k.Pause, k.Resume, k.Count, long(k.Stop, "x", "stop: sharp pain"), long(k.Quit, "q/esc", "quit")},
		{long(k.Next, "n/→", "next step"), long(k.Back, "b/←", "previous step"), long(k.SelfCount, "c", "count reps myself"), k.Timed},
		{long(k.Help, "?", "fewer keys")},
	}
}
