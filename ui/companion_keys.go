package ui

import "charm.land/bubbles/v2/key"

// companionKeys declares every key of the companion once, with its help.
type companionKeys struct {
	Sessions, Start, Rolls               key.Binding
	Snooze, Dismiss, Pause, Resume       key.Binding
	Pause30, PauseHour, PauseDay, Cancel key.Binding
	History, Stats, Back, Help, Quit     key.Binding
}

func newCompanionKeys() companionKeys {
	return companionKeys{
		Sessions:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9")),
		Start:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start what is due")),
		Rolls:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "shoulder rolls")),
		Snooze:    key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "snooze 10 min")),
		Dismiss:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "dismiss")),
		Pause:     key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pause")),
		Resume:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "resume")),
		Pause30:   key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "30 min")),
		PauseHour: key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "1 hour")),
		PauseDay:  key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "rest of the day")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		History:   key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history")),
		Stats:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "stats")),
		Back:      key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}
