package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// yaodian with no subcommand hands over to the window program beside it,
// found through a link to yaodian, with its arguments, its exit status
// and its output; without one it says what is missing.
func TestOpenWindow(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in window program is a shell script")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	self := filepath.Join(bin, "yaodian")
	if out, err := exec.Command("go", "build", "-o", self, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	link := filepath.Join(dir, "yaodian")
	if err := os.Symlink(self, link); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, int) {
		out, err := exec.Command(link, args...).CombinedOutput()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return string(out), exit.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return string(out), 0
	}
	for _, tc := range []struct {
		name   string
		gui    bool
		args   []string
		want   string
		status int
	}{
		{"no window program", false, nil, "cannot find the window program yaodian-gui", 2},
		{"help needs no window program", false, []string{"help"}, "yaodian import", 0},
		{"two files", true, []string{"a.yaodian", "b.yaodian"}, "the window opens one file at a time", 2},
		{"a file", true, []string{"计划.yaodian"}, "window: 计划.yaodian", 3},
		{"no file", true, nil, "window: \n", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gui := filepath.Join(bin, windowProgram)
			os.Remove(gui)
			if tc.gui {
				if err := os.WriteFile(gui, []byte("#!/bin/sh\necho \"window: $*\"\nexit 3\n"), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			out, status := run(tc.args...)
			if !strings.Contains(out, tc.want) || status != tc.status {
				t.Errorf("yaodian %q: exit %d, %q; want exit %d and %q", tc.args, status, out, tc.status, tc.want)
			}
		})
	}
}
