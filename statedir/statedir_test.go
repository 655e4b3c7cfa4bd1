//go:build unix

package statedir

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/backstretch/backstretch/regular"
)

// folder returns a fresh folder at mode, with files of the given modes.
func folder(t *testing.T, mode os.FileMode, files map[string]os.FileMode) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "backstretch")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, m := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("{}\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, m); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(dir, mode); err != nil {
		t.Fatal(err)
	}
	return dir
}

func perm(t *testing.T, path string) os.FileMode {
	t.Helper()
	st, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

func TestAnOwnFolderAndEveryFileInItAreNarrowedWithOneNoticeEach(t *testing.T) {
	dir := folder(t, 0o755, map[string]os.FileMode{
		"history.jsonl": 0o666, "companion.lock": 0o644, "companion.pid": 0o700, "kept.jsonl": 0o600,
	})
	notices, err := Prepare(dir, Own, "history.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		dir + " was readable by others (0755); made it 0700",
		filepath.Join(dir, "companion.lock") + " was readable by others (0644); made it 0600",
		filepath.Join(dir, "companion.pid") + " was executable (0700); made it 0600",
		filepath.Join(dir, "history.jsonl") + " was readable and writable by others (0666); made it 0600",
	}
	if strings.Join(notices, "\n") != strings.Join(want, "\n") {
		t.Errorf("notices:\n%s\nwant:\n%s", strings.Join(notices, "\n"), strings.Join(want, "\n"))
	}
	for name, m := range map[string]os.FileMode{".": 0o700, "history.jsonl": 0o600, "companion.lock": 0o600, "companion.pid": 0o600, "kept.jsonl": 0o600} {
		if got := perm(t, filepath.Join(dir, name)); got != m {
			t.Errorf("%s is %04o, want %04o", name, got, m)
		}
	}
	if again, err := Prepare(dir, Own, "history.jsonl"); err != nil || len(again) != 0 {
		t.Errorf("a second time: %q, %v; want nothing to say", again, err)
	}
}

func TestNarrowerModesAreLeftAsTheyAre(t *testing.T) {
	dir := folder(t, 0o500, map[string]os.FileMode{"history.jsonl": 0o400})
	defer os.Chmod(dir, 0o700) // so that the test can clean up
	if notices, err := Prepare(dir, Own, "history.jsonl"); err != nil || len(notices) != 0 {
		t.Errorf("got %q, %v; want nothing changed", notices, err)
	}
	if perm(t, dir) != 0o500 || perm(t, filepath.Join(dir, "history.jsonl")) != 0o400 {
		t.Error("a narrower mode was widened")
	}
}

func TestALinkInTheFolderIsNeverFollowedToNarrowItsTarget(t *testing.T) {
	dir := folder(t, 0o700, nil)
	target := filepath.Join(t.TempDir(), "someone-elses")
	os.WriteFile(target, nil, 0o644)
	os.Chmod(target, 0o644)
	if err := os.Symlink(target, filepath.Join(dir, "companion.pid")); err != nil {
		t.Fatal(err)
	}
	if notices, err := Prepare(dir, Own, "history.jsonl"); err != nil || len(notices) != 0 {
		t.Errorf("got %q, %v; want the link left alone", notices, err)
	}
	if perm(t, target) != 0o644 {
		t.Errorf("the link's target was changed to %04o", perm(t, target))
	}
}

func TestAHistoryThatIsALinkOrAPipeIsAnErrorNamingItsPath(t *testing.T) {
	dir := folder(t, 0o700, nil)
	link := filepath.Join(dir, "history.jsonl")
	os.Symlink(filepath.Join(t.TempDir(), "elsewhere"), link)
	_, err := Prepare(dir, Own, "history.jsonl")
	if !errors.Is(err, regular.ErrNotRegular) || !strings.Contains(err.Error(), link+" is a symbolic link") {
		t.Errorf("got %v; want an error naming %s as a link", err, link)
	}
}

func TestAChosenFolderIsLeftAsItIsButAFolderOthersCanWriteToIsWarnedAbout(t *testing.T) {
	dir := folder(t, 0o777, map[string]os.FileMode{"history.jsonl": 0o644})
	notices, err := Prepare(dir, Chosen, "history.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 1 || !strings.HasPrefix(notices[0], dir+" is writable by others (0777)") {
		t.Errorf("notices %q; want one warning that others can write to %s", notices, dir)
	}
	if perm(t, dir) != 0o777 || perm(t, filepath.Join(dir, "history.jsonl")) != 0o644 {
		t.Error("a chosen folder's modes were changed")
	}
	os.Chmod(dir, 0o755)
	if notices, _ := Prepare(dir, Chosen, "history.jsonl"); len(notices) != 0 {
		t.Errorf("a chosen folder only others can read: %q; want nothing said", notices)
	}
}

func TestAnOwnFolderThatIsALinkCountsAsChosen(t *testing.T) {
	real := folder(t, 0o777, map[string]os.FileMode{"history.jsonl": 0o644})
	link := filepath.Join(t.TempDir(), "backstretch")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	notices, err := Prepare(link, Own, "history.jsonl")
	if err != nil || len(notices) != 1 || !strings.Contains(notices[0], "is writable by others") {
		t.Errorf("got %q, %v; want one warning and nothing changed", notices, err)
	}
	if perm(t, real) != 0o777 || perm(t, filepath.Join(real, "history.jsonl")) != 0o644 {
		t.Error("the modes behind a linked folder were changed")
	}
}

func TestAMissingFolderIsNotMadeHere(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "backstretch")
	if notices, err := Prepare(dir, Own, "history.jsonl"); err != nil || len(notices) != 0 {
		t.Errorf("got %q, %v", notices, err)
	}
	if _, err := os.Lstat(dir); err == nil {
		t.Error("the folder was made")
	}
}
