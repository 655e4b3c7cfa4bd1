package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/backstretch/backstretch/coach"
)

// stopSignals are the signals that end the program properly: Ctrl-C
// (SIGINT), SIGTERM, a closed pane (SIGHUP) and Ctrl-\ (SIGQUIT). Go's
// own answer to SIGQUIT, a goroutine dump and exit 2, would leave the
// terminal raw, the session unrecorded and companion.pid behind.
func stopSignals() []os.Signal {
	return []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}
}

// signalCause is the cause of the program's context once a signal
// cancelled it. Its Signal method is how the full-screen programs, which
// cannot import this package, learn which signal it was.
type signalCause struct{ sig os.Signal }

func (c signalCause) Error() string { return "ended by " + c.sig.String() }

// Signal is the signal that ended the program.
func (c signalCause) Signal() os.Signal { return c.sig }

// signalOf is the signal that cancelled ctx, or nil.
func signalOf(ctx context.Context) os.Signal {
	var c signalCause
	if errors.As(context.Cause(ctx), &c) {
		return c.sig
	}
	return nil
}

// signalled is the exit for a program a signal ended: 128 + the signal,
// or nil when no signal came.
func signalled(ctx context.Context) error { return exitFor(coach.ExitFor(signalOf(ctx))) }

// signalWatch is the program's one receiver of stop signals, for its
// whole run, so that no signal ever meets Go's default answer. The parts
// of the program that tidy up (a session, the companion, a question)
// claim the signals: the first one then cancels the context they watch.
// Unclaimed, a signal ends the program at once, since a one-shot command
// has nothing to tidy.
type signalWatch struct {
	ch     chan os.Signal
	cancel context.CancelCauseFunc
	done   chan struct{}

	mu  sync.Mutex
	got os.Signal
	// claims counts the parts that end themselves when the context is
	// cancelled; fullScreen those with the terminal in raw mode, which a
	// second signal must not end before it is restored.
	claims, fullScreen int
}

// watchSignals starts receiving the stop signals and returns the context
// the first claimed one cancels.
func watchSignals(parent context.Context) (*signalWatch, context.Context) {
	ctx, cancel := context.WithCancelCause(parent)
	w := &signalWatch{ch: make(chan os.Signal, 4), cancel: cancel, done: make(chan struct{})}
	signal.Notify(w.ch, stopSignals()...)
	go w.receive()
	return w, ctx
}

func (w *signalWatch) receive() {
	defer close(w.done)
	for sig := range w.ch {
		w.mu.Lock()
		first := w.got == nil
		if first {
			w.got = sig
		}
		claimed, fullScreen := w.claims > 0, w.fullScreen > 0
		w.mu.Unlock()
		switch {
		case first && claimed:
			w.cancel(signalCause{sig})
		case !claimed, !fullScreen:
			// Nothing to tidy, or a second signal at a plain prompt:
			// the person wants out now.
			os.Exit(coach.ExitFor(sig))
		}
	}
}

// claim says that the caller ends itself when the context is cancelled,
// until the returned function is called.
func (w *signalWatch) claim() (release func()) {
	return w.hold(func(w *signalWatch) *int { return &w.claims })
}

// rawTerminal says that the terminal is in raw mode until the returned
// function is called: a second signal waits for the first one's end.
func (w *signalWatch) rawTerminal() (release func()) {
	releaseClaim := w.claim()
	releaseRaw := w.hold(func(w *signalWatch) *int { return &w.fullScreen })
	return func() { releaseRaw(); releaseClaim() }
}

// hold adds one to the count field picks until the returned function is
// called. A nil watch (a test's bare app) holds nothing.
func (w *signalWatch) hold(field func(*signalWatch) *int) func() {
	if w == nil {
		return func() {}
	}
	n := field(w)
	w.mu.Lock()
	*n++
	w.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			w.mu.Lock()
			*n--
			w.mu.Unlock()
		})
	}
}

// signal is the first signal received, or nil.
func (w *signalWatch) signal() os.Signal {
	if w == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.got
}

// stop stops receiving signals; Go's defaults apply again.
func (w *signalWatch) stop() {
	signal.Stop(w.ch)
	close(w.ch)
	<-w.done
	w.cancel(nil)
}
