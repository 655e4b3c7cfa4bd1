package main

import (
	"fmt"
	"io"
	"sync"
)

// output is standard output as every command writes to it: it remembers
// the first write that failed (a full disk, a closed pipe), so that a
// command whose printing failed can never end as a success, whichever
// write it was and whether or not the command looked at the error.
type output struct {
	w io.Writer

	mu  sync.Mutex
	err error
}

// Write writes p, keeping the first failure; the error it returns says
// that it was standard output that could not be written.
func (o *output) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	if err != nil {
		err = outputError{err}
		o.mu.Lock()
		if o.err == nil {
			o.err = err
		}
		o.mu.Unlock()
	}
	return n, err
}

// failed is the first failed write's error, or nil.
func (o *output) failed() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

// Fd is the underlying file's descriptor, so that terminal and colour
// detection see through the wrapper; an invalid one when it is no file.
func (o *output) Fd() uintptr {
	if f, ok := o.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

// Read and Close make output a term.File, which is what colour
// detection asks of a writer before it looks at its descriptor.
func (o *output) Read([]byte) (int, error) { return 0, io.EOF }

// Close does nothing: standard output is the process's, not ours.
func (o *output) Close() error { return nil }

// outputError is a failed write to standard output.
type outputError struct{ err error }

func (e outputError) Error() string { return fmt.Sprintf("can't write to standard output: %v", e.err) }

func (e outputError) Unwrap() error { return e.err }
