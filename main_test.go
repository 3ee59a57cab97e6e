package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
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

// initBudget is the most a package of Yaodian's own, or of the patched
// copies under third_party, may allocate while the command line starts.
// A table or a map built in a package's init, rather than on first use,
// costs every run — `yaodian help` too — its instructions and the pages
// it touches: the title words of export/layout (12 KiB), goldmark's
// attribute filters (13 to 18 KiB a package) and yaml's resolve tables
// (6 KiB) did, before they were made on first use.
const initBudget = 4096

// ownInit reports whether pkg is Yaodian's or a copy under third_party,
// whose start-up is Yaodian's to keep cheap.
func ownInit(pkg string) bool {
	for _, p := range []string{"yaodian/", "github.com/yuin/goldmark", "go.yaml.in/yaml/", "github.com/sergi/go-diff/", "github.com/signintech/gopdf"} {
		if strings.HasPrefix(pkg, p) {
			return true
		}
	}
	return false
}

// The command line builds nothing at start-up that a run may not use:
// with the runtime's init trace on, `yaodian help` shows no package of
// Yaodian's own allocating more than initBudget bytes before main.
func TestStartUpAllocations(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "yaodian")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "help")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("yaodian help: %v\n%s", err, stderr.String())
	}
	// A line of the trace: init PKG @T ms, C ms clock, B bytes, N allocs
	traced := map[string]bool{}
	for _, line := range strings.Split(stderr.String(), "\n") {
		f := strings.Fields(line)
		if len(f) != 11 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		bytes, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("bad trace line %q", line)
		}
		traced[f[1]] = true
		if ownInit(f[1]) && bytes > initBudget {
			t.Errorf("package %s allocates %d bytes at start-up (%s allocs), more than %d: build its tables on first use", f[1], bytes, f[9], initBudget)
		}
	}
	// The trace is read: the packages that always do some work at start
	// are in it.
	for _, pkg := range []string{"runtime", "os"} {
		if !traced[pkg] {
			t.Errorf("the init trace has no line for %s:\n%s", pkg, stderr.String())
		}
	}
}
