//go:build unix

package regular

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// files makes a regular file, a link to it, a named pipe, a link to the
// pipe and a folder, and returns their paths by name.
func files(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	p := map[string]string{
		"file": filepath.Join(dir, "file"), "link": filepath.Join(dir, "link"), "pipe": filepath.Join(dir, "pipe"),
		"pipe link": filepath.Join(dir, "pipe-link"), "folder": filepath.Join(dir, "folder"),
	}
	os.WriteFile(p["file"], []byte("x"), 0o600)
	os.Symlink(p["file"], p["link"])
	if err := syscall.Mkfifo(p["pipe"], 0o600); err != nil {
		t.Fatal(err)
	}
	os.Symlink(p["pipe"], p["pipe link"])
	os.Mkdir(p["folder"], 0o700)
	return p
}

// within fails the test if open does not return within a few seconds: a
// pipe must never be waited on.
func within(t *testing.T, open func() (*os.File, error)) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		f, err := open()
		if f != nil {
			f.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("the open waits on a pipe")
		return nil
	}
}

func TestOpenTakesOnlyARegularFileAndNamesWhatElseIsThere(t *testing.T) {
	p := files(t)
	for name, what := range map[string]string{"link": "symbolic link", "pipe": "named pipe", "pipe link": "symbolic link", "folder": "folder"} {
		err := within(t, func() (*os.File, error) { return Open(p[name], os.O_RDONLY, 0) })
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), p[name]) || !strings.Contains(err.Error(), what) {
			t.Errorf("Open(%s) = %v, want it named as a %s", name, err, what)
		}
	}
	if err := within(t, func() (*os.File, error) { return Open(p["file"], os.O_RDONLY, 0) }); err != nil {
		t.Errorf("Open(file) = %v", err)
	}
	if _, err := Open(filepath.Join(filepath.Dir(p["file"]), "missing"), os.O_RDONLY, 0); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v, want fs.ErrNotExist", err)
	}
}

func TestOpenFollowingFollowsALinkToAFileAndRefusesAPipeBehindOne(t *testing.T) {
	p := files(t)
	if err := within(t, func() (*os.File, error) { return OpenFollowing(p["link"]) }); err != nil {
		t.Errorf("OpenFollowing(link to a file) = %v", err)
	}
	for _, name := range []string{"pipe", "pipe link", "folder"} {
		if err := within(t, func() (*os.File, error) { return OpenFollowing(p[name]) }); !errors.Is(err, ErrNotRegular) {
			t.Errorf("OpenFollowing(%s) = %v, want ErrNotRegular", name, err)
		}
	}
}
