package ui

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/gen2brain/beeep"

	"github.com/backstretch/backstretch/assets"
	"github.com/backstretch/backstretch/safetext"
)

// NotifyTimeout bounds a desktop notification: beeep blocks with no limit
// when a notification daemon takes the call and never answers.
const NotifyTimeout = 3 * time.Second

// errNotifyTimeout says the notification service did not answer in time.
var errNotifyTimeout = errors.New("the notification service did not answer")

// notifiedMsg reports how a desktop notification went.
type notifiedMsg struct{ err error }

// A Notifier sends one desktop notification. It may block: notify bounds
// the wait. Options and CompanionOptions take one, so that tests give
// their own instead of swapping a package's variable under each other.
type Notifier func(title, body string) error

// DesktopNotifier is the real notifier, beeep with the program's icon:
// what a nil Notifier in the options stands for.
func DesktopNotifier(title, body string) error {
	beeep.AppName = "backstretch"
	return beeep.Notify(title, body, assets.Icon)
}

// orDesktop is n, or the real notifier when the options gave none.
func (n Notifier) orDesktop() Notifier {
	if n == nil {
		return DesktopNotifier
	}
	return n
}

// notify sends a desktop notification with send off the UI's goroutine
// and gives up after NotifyTimeout; the call itself may go on in the
// background. Title and body may quote the history or the config, so both
// are made safe here, where every notification passes.
func notify(send Notifier, title, body string) tea.Cmd {
	title, body = safetext.Line(title), safetext.Line(body)
	return func() tea.Msg {
		done := make(chan error, 1)
		go func() { done <- send(title, body) }()
		select {
		case err := <-done:
			return notifiedMsg{err}
		case <-time.After(NotifyTimeout):
			return notifiedMsg{errNotifyTimeout}
		}
	}
}
