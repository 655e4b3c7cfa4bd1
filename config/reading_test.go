//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backstretch/backstretch/testenv"
)

// loadSoon is Load, failing the test when it has not returned in a long
// while: a Load that waits on a pipe never returns at all.
func loadSoon(t *testing.T, path string) (Config, error) {
	t.Helper()
	type result struct {
		cfg Config
		err error
	}
	done := make(chan result, 1)
	go func() {
		cfg, err := Load(path)
		done <- result{cfg, err}
	}()
	select {
	case r := <-done:
		return r.cfg, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("Load(%q) is still waiting", path)
		return Config{}, nil
	}
}

func TestAConfigThatIsNotARegularFileIsRefusedAtOnceNamingIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "config.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		testenv.Missing(t, "no named pipes here", err)
	}
	linkToFIFO := filepath.Join(dir, "link.toml")
	os.Symlink(fifo, linkToFIFO)
	for path, what := range map[string]string{fifo: "named pipe", linkToFIFO: "named pipe", "/dev/zero": "device", dir: "folder"} {
		_, err := loadSoon(t, path)
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), what) {
			t.Errorf("Load(%q) = %v, want an error naming the path and saying it is a %s", path, err, what)
		}
	}
}

func TestAConfigOverTheSizeLimitIsRefusedNamingTheFileAndTheLimit(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "config.toml")
	big := "# " + strings.Repeat("x", MaxFileSize) + "\n"
	if err := os.WriteFile(path, []byte(big), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "1 MiB") {
		t.Errorf("Load of a %d-byte file = %v, want an error naming the file and the 1 MiB limit", len(big), err)
	}
}

func TestAConfigAtTheSizeLimitIsRead(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "config.toml")
	text := "# " + strings.Repeat("x", MaxFileSize-3) + "\n"
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if cfg, err := Load(path); err != nil || cfg.Path != path {
		t.Errorf("Load of a %d-byte file = %+v, %v; want it read", len(text), cfg.Path, err)
	}
}

// Dotfile managers keep the real file elsewhere and link to it: a link
// the person made to a regular file is followed.
func TestASymlinkedConfigFileIsFollowed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	real := filepath.Join(dir, "dotfiles", "backstretch.toml")
	os.MkdirAll(filepath.Dir(real), 0o700)
	if err := os.WriteFile(real, []byte("ramp_days = 5\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "config.toml")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(link)
	if err != nil || cfg.RampDays != 5 {
		t.Errorf("Load(link to a file) = ramp_days %d, %v; want 5 and no error", cfg.RampDays, err)
	}
}
