package ui

import "time"

// ownerChecked is what CheckOwner said at a check: whether this companion
// sends the reminders, and what changed.
type ownerChecked struct {
	owner  bool
	notice string
}

// checkOwnerNow asks check, in the tick's command, so that the schedule's
// check that follows knows who sends its reminders. It returns nil without
// a check.
func checkOwnerNow(check func() (bool, string)) *ownerChecked {
	if check == nil {
		return nil
	}
	owner, notice := check()
	return &ownerChecked{owner, notice}
}

// onOwnerChecked takes in who sends the reminders now, and says so when
// that changed.
func (c Companion) onOwnerChecked(got *ownerChecked, now time.Time) Companion {
	if got == nil {
		return c
	}
	c.opts.Owner = got.owner
	if got.notice != "" {
		c.say(got.notice, now)
	}
	return c
}
