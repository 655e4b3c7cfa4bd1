package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
)

// chunk is one read from a pseudo-terminal: when it arrived, and where its
// bytes sit in the program's whole output.
type chunk struct {
	at       time.Time
	off, end int
	rows     uint32 // the screen rows it changed, bit y for row y
}

// proc is a program running in a pseudo-terminal of its own, with every
// byte it writes kept and every chunk timestamped as it arrives.
type proc struct {
	name    string
	cmd     *exec.Cmd
	pty     *os.File
	started time.Time // just before the process was started

	wmu sync.Mutex // writes to the pty: keys and the answers to queries

	mu     sync.Mutex
	raw    []byte
	chunks []chunk
	bells  []time.Time // BEL bytes outside OSC and other strings
	steps  []stepSeen  // when the header's "step K of N" changed
	esc    escState
	screen vt10x.Terminal // what a terminal would show
	shown  []string       // its rows after the last chunk

	done     chan struct{} // closed when the reader has seen the end
	exited   chan struct{} // closed when Wait has returned
	exitedAt time.Time
	waitErr  error
	hwmKB    atomic.Int64 // the largest VmHWM seen in /proc
}

// watchPeak reads the program's own peak resident memory (VmHWM) every
// 50 ms until it exits. The exit rusage is no good for this: Go starts
// programs with vfork, and Linux counts the parent's memory at the fork
// in the child's ru_maxrss (our floor showed 4.4 MB that way, against
// 2.2 MB in /proc).
func (p *proc) watchPeak() {
	path := fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid)
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		if b, err := os.ReadFile(path); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
					if kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64); err == nil && kb > p.hwmKB.Load() {
						p.hwmKB.Store(kb)
					}
				}
			}
		}
		select {
		case <-p.exited:
			return
		case <-t.C:
		}
	}
}

// running holds every process we started, so that an interrupt or an
// early exit can end them all.
var running struct {
	sync.Mutex
	cmds map[*exec.Cmd]bool
}

func register(cmd *exec.Cmd) {
	running.Lock()
	defer running.Unlock()
	if running.cmds == nil {
		running.cmds = map[*exec.Cmd]bool{}
	}
	running.cmds[cmd] = true
}

func unregister(cmd *exec.Cmd) {
	running.Lock()
	defer running.Unlock()
	delete(running.cmds, cmd)
}

// killAll ends every process still running: on Ctrl-C and on the way out.
func killAll() {
	running.Lock()
	defer running.Unlock()
	for cmd := range running.cmds {
		// pty.Start makes each program the leader of a session of its own,
		// so its process group has its pid: end the group, then the
		// process itself (for those started without a terminal).
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Process.Kill()
	}
}

// startPTY starts bin with args and environment env in an 80×24
// pseudo-terminal, with a reader goroutine that drains and timestamps its output.
func startPTY(name, bin string, env []string, args ...string) (*proc, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	p := &proc{name: name, cmd: cmd, done: make(chan struct{}), exited: make(chan struct{}),
		screen: vt10x.New(vt10x.WithSize(80, 24))}
	p.started = time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p.pty = f
	register(cmd)
	go p.read()
	go p.watchPeak()
	go func() {
		p.waitErr = cmd.Wait()
		p.exitedAt = time.Now()
		unregister(cmd)
		close(p.exited)
	}()
	return p, nil
}

// Terminal queries the programs send, and what a real terminal answers. A
// program left waiting for an answer (Lip Gloss asks for the background
// colour on the way out) would wait seconds for nothing.
var queries = []struct{ ask, answer string }{
	{"\x1b[c", "\x1b[?62;22c"},                          // primary device attributes: a VT220
	{"\x1b]11;?\x07", "\x1b]11;rgb:0000/0000/0000\x07"}, // background colour: black
	{"\x1b]11;?\x1b\\", "\x1b]11;rgb:0000/0000/0000\x1b\\"},
	{"\x1b[6n", "\x1b[1;1R"}, // cursor position
}

// read drains the pty until the program is gone.
func (p *proc) read() {
	defer close(p.done)
	buf := make([]byte, 64*1024)
	for {
		n, err := p.pty.Read(buf)
		now := time.Now()
		if n > 0 {
			p.mu.Lock()
			off := len(p.raw)
			p.raw = append(p.raw, buf[:n]...)
			p.chunks = append(p.chunks, chunk{at: now, off: off, end: len(p.raw), rows: p.draw(buf[:n])})
			p.scanBells(buf[:n], now)
			// Look for queries in this chunk and the tail of the last one,
			// in case a query was split between two reads.
			from := max(0, off-8)
			window := string(p.raw[from:])
			p.mu.Unlock()
			for _, q := range queries {
				// Every occurrence that ends in this chunk.
				for i := 0; ; {
					j := strings.Index(window[i:], q.ask)
					if j < 0 {
						break
					}
					if from+i+j+len(q.ask) > off {
						p.send(q.answer)
					}
					i += j + 1
				}
			}
		}
		if err != nil {
			return // EIO once the program and its children have closed the terminal
		}
	}
}

// stepSeen is the moment the session screen's header first showed step K.
type stepSeen struct {
	k  int
	at time.Time
}

var stepHeader = regexp.MustCompile(`step (\d+) of \d+`)

// draw shows b on the emulated screen and reports which rows changed; it
// notes when the header names a new step. Called with mu.
func (p *proc) draw(b []byte) uint32 {
	_, _ = p.screen.Write(b)
	rows := strings.Split(p.screen.String(), "\n")
	if m := stepHeader.FindStringSubmatch(rows[0]); m != nil {
		k, _ := strconv.Atoi(m[1])
		if n := len(p.steps); n == 0 || p.steps[n-1].k != k {
			p.steps = append(p.steps, stepSeen{k, time.Now()})
		}
	}
	var changed uint32
	for y := range min(len(rows), 32) {
		if y >= len(p.shown) || rows[y] != p.shown[y] {
			changed |= 1 << y
		}
	}
	p.shown = rows
	return changed
}

// escState follows escape sequences just enough to tell a bell from the
// BEL that ends an OSC string ("\x1b]2;title\x07").
type escState int

const (
	ground escState = iota
	escape          // after ESC
	str             // inside OSC, DCS, APC, PM or SOS
	strEsc          // ESC inside such a string: ESC \ ends it
)

// scanBells records a bell for every BEL outside a string. Called with mu.
func (p *proc) scanBells(b []byte, at time.Time) {
	for _, c := range b {
		switch p.esc {
		case ground:
			switch c {
			case 0x1b:
				p.esc = escape
			case 0x07:
				p.bells = append(p.bells, at)
			}
		case escape:
			switch c {
			case ']', 'P', '_', '^', 'X':
				p.esc = str
			case 0x1b:
				// ESC ESC: still an escape
			default:
				p.esc = ground
			}
		case str:
			switch c {
			case 0x07, 0x18, 0x1a: // BEL ends an OSC; CAN and SUB abort
				p.esc = ground
			case 0x1b:
				p.esc = strEsc
			}
		case strEsc:
			switch c {
			case '\\':
				p.esc = ground
			case 0x1b:
			default:
				p.esc = str
			}
		}
	}
}

// send writes s to the program's terminal and returns when it did.
func (p *proc) send(s string) time.Time {
	p.wmu.Lock()
	defer p.wmu.Unlock()
	at := time.Now()
	_, _ = p.pty.WriteString(s)
	return at
}

// mark is the number of chunks read so far: later searches start there.
func (p *proc) mark() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.chunks)
}

// bytesOut is how many bytes the program has written so far.
func (p *proc) bytesOut() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.raw)
}

// textAt reports the first chunk from chunk index from on after which the
// screen text (ANSI stripped) since from contains want: its time, and
// whether there is one yet.
func (p *proc) textAt(from int, want string) (time.Time, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if from >= len(p.chunks) {
		return time.Time{}, false
	}
	start := p.chunks[from].off
	if !strings.Contains(ansi.Strip(string(p.raw[start:])), want) {
		return time.Time{}, false
	}
	for _, c := range p.chunks[from:] {
		if strings.Contains(ansi.Strip(string(p.raw[start:c.end])), want) {
			return c.at, true
		}
	}
	return time.Time{}, false
}

// waitText waits until the screen text since chunk from contains want.
func (p *proc) waitText(from int, want string, timeout time.Duration) (time.Time, error) {
	deadline := time.Now().Add(timeout)
	for {
		if at, ok := p.textAt(from, want); ok {
			return at, nil
		}
		select {
		case <-p.done:
			if at, ok := p.textAt(from, want); ok {
				return at, nil
			}
			return time.Time{}, fmt.Errorf("%s ended without showing %q:\n%s", p.name, want, p.tail())
		default:
		}
		if time.Now().After(deadline) {
			return time.Time{}, fmt.Errorf("%s: no %q within %v:\n%s", p.name, want, timeout, p.tail())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// tail is the end of the screen text, for error messages.
func (p *proc) tail() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := ansi.Strip(string(p.raw))
	if len(s) > 600 {
		s = s[len(s)-600:]
	}
	return s
}

// firstFrame is the time of the first chunk after which the output holds
// a printable character other than a space: the first thing a person sees.
func (p *proc) firstFrame() (time.Time, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.chunks {
		// Strip everything so far, not the chunk alone: a chunk may begin
		// in the middle of an escape sequence.
		if strings.TrimFunc(ansi.Strip(string(p.raw[:c.end])), func(r rune) bool {
			return r <= ' ' || r == 0x7f
		}) != "" {
			return c.at, true
		}
	}
	return time.Time{}, false
}

// waitFirstFrame waits for the first frame.
func (p *proc) waitFirstFrame(timeout time.Duration) (time.Duration, error) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if at, ok := p.firstFrame(); ok {
			return at.Sub(p.started), nil
		}
		time.Sleep(2 * time.Millisecond)
	}
	return 0, fmt.Errorf("%s: no first frame within %v", p.name, timeout)
}

// answer waits for the first chunk after t (from chunk index from on)
// that changed any of rows on the screen, and reports its time and
// whether it was the first chunk after t.
func (p *proc) answer(from int, t time.Time, rows uint32, timeout time.Duration) (time.Time, bool, error) {
	deadline := time.Now().Add(timeout)
	for {
		p.mu.Lock()
		first := true
		for _, c := range p.chunks[from:] {
			if !c.at.After(t) {
				continue
			}
			if c.rows&rows != 0 {
				p.mu.Unlock()
				return c.at, first, nil
			}
			first = false
		}
		p.mu.Unlock()
		if time.Now().After(deadline) {
			return time.Time{}, false, fmt.Errorf("%s: no answer on screen within %v of a key", p.name, timeout)
		}
		time.Sleep(200 * time.Microsecond)
	}
}

// stepTimes is a copy of the step changes seen so far.
func (p *proc) stepTimes() []stepSeen {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]stepSeen(nil), p.steps...)
}

// bytesBetween is the bytes of the chunks that arrived within [from, to).
func (p *proc) bytesBetween(from, to time.Time) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, c := range p.chunks {
		if !c.at.Before(from) && c.at.Before(to) {
			n += c.end - c.off
		}
	}
	return n
}

// bellTimes is a copy of the bells heard so far.
func (p *proc) bellTimes() []time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]time.Time(nil), p.bells...)
}

// lineTimes is the time of each chunk that holds want, once per
// occurrence: the floor's countdown lines.
func (p *proc) lineTimes(want string) []time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	var ts []time.Time
	for _, c := range p.chunks {
		for range bytes.Count(p.raw[c.off:c.end], []byte(want)) {
			ts = append(ts, c.at)
		}
	}
	return ts
}

// wait waits for the program to exit, up to timeout, and returns its exit
// code and peak resident memory in KB. After timeout it kills it.
func (p *proc) wait(timeout time.Duration) (code int, maxRSSKB int64, err error) {
	select {
	case <-p.exited:
	case <-time.After(timeout):
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.exited
		err = fmt.Errorf("%s still running after %v: killed", p.name, timeout)
	}
	// The reader sees EIO once the program is gone; the pty can then go.
	select {
	case <-p.done:
	case <-time.After(2 * time.Second):
	}
	_ = p.pty.Close()
	st := p.cmd.ProcessState
	maxRSSKB = p.hwmKB.Load()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok && maxRSSKB == 0 {
		maxRSSKB = ru.Maxrss // kilobytes on Linux; see watchPeak
	}
	code = st.ExitCode()
	var ee *exec.ExitError
	if err == nil && p.waitErr != nil && !errors.As(p.waitErr, &ee) {
		err = p.waitErr
	}
	return code, maxRSSKB, err
}

// stop sends sig and waits for the exit.
func (p *proc) stop(sig syscall.Signal, timeout time.Duration) (int, int64, error) {
	_ = p.cmd.Process.Signal(sig)
	return p.wait(timeout)
}
