package config

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestLoadingAMissingFileGivesTheDefaults(t *testing.T) {
	t.Parallel()
	cfg, err := Load(filepath.Join(t.TempDir(), "nope", "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cfg, Default()) || cfg.Path != "" {
		t.Errorf("got %+v, want Default() with no Path", cfg)
	}
}

func TestLoadingAnUnreadablePathNamesIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	_, err := Load(dir)
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("Load(%q) = %v, want an error naming the path", dir, err)
	}
}

func TestLoadingAFileParsesIt(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(p, []byte("ramp_days = 9\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p)
	if err == nil || !strings.HasPrefix(err.Error(), p+":1:13: ") {
		t.Errorf("got %v, want an error at %s:1:13", err, p)
	}
}

func TestInitWritesTheDefaultsPrivately(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "backstretch")
	p := filepath.Join(dir, "config.toml")
	if err := Init(p); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]os.FileMode{p: 0o600, dir: 0o700 | os.ModeDir} {
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if runtime.GOOS != "windows" && info.Mode() != want {
			t.Errorf("%s has mode %v, want %v", name, info.Mode(), want)
		}
	}
	cfg, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Path = p
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("Load after Init = %+v, want %+v", cfg, want)
	}
}

func TestInitNeverOverwritesAFile(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "config.toml")
	mine := []byte("sound = false # mine\n")
	if err := os.WriteFile(p, mine, 0o644); err != nil {
		t.Fatal(err)
	}
	err := Init(p)
	if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("Init on an existing file = %v, want an error naming it", err)
	}
	if got, _ := os.ReadFile(p); !bytes.Equal(got, mine) {
		t.Errorf("Init changed the file to %q", got)
	}
}

func TestDefaultPathFollowsXDG(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("the home folder isn't $HOME here")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	tests := []struct{ name, xdg, want string }{
		{"XDG_CONFIG_HOME wins when set", "/xdg", "/xdg/backstretch/config.toml"},
		{"no XDG_CONFIG_HOME means ~/.config", "", filepath.Join(home, ".config/backstretch/config.toml")},
		{"a relative XDG_CONFIG_HOME is ignored", "rel", filepath.Join(home, ".config/backstretch/config.toml")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("XDG_CONFIG_HOME", tt.xdg)
			if got, err := DefaultPath(); err != nil || got != tt.want {
				t.Errorf("DefaultPath() = %q, %v, want %q", got, err, tt.want)
			}
		})
	}
}
