// Package thirdparty_test checks the patched copies of libraries under
// third_party against their upstream releases.
package thirdparty_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goCommand returns the go command, which go test puts on the PATH.
func goCommand(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("the go command is not on the PATH: %v", err)
	}
	return gobin
}

// upstream returns the folder of module path@version in the module
// cache, downloading it if need be; it skips the test when the module
// cannot be had (no network and not cached).
func upstream(t *testing.T, path, version string) string {
	t.Helper()
	cmd := exec.Command(goCommand(t), "mod", "download", "-json", path+"@"+version)
	cmd.Dir = t.TempDir() // outside this module, so that no replace applies
	out, err := cmd.Output()
	var mod struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &mod); jerr != nil || mod.Error != "" || mod.Dir == "" || err != nil {
		t.Skipf("cannot download %s@%s to compare the patched copy with it: %v %s", path, version, err, mod.Error)
	}
	return mod.Dir
}

// filePatch is the change a unified diff makes to one file.
type filePatch struct {
	path   string // relative to the tree, without the a/ or b/ prefix
	create bool   // the file is new: the diff is from /dev/null
	hunks  []hunk
}

// hunk is one @@ section: it replaces the lines of the old file from
// oldStart (from 1; 0 in a diff from an empty file) on.
type hunk struct {
	oldStart, oldLines, newLines int
	lines                        []string // each with its ' ', '-' or '+' and its newline
}

// parsePatch reads a unified diff as diff -u writes it, file by file.
func parsePatch(data string) ([]filePatch, error) {
	lines := strings.SplitAfter(data, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var out []filePatch
	for i := 0; i < len(lines); {
		l := lines[i]
		if !strings.HasPrefix(l, "--- ") {
			return nil, fmt.Errorf("line %d: want a --- header, have %q", i+1, l)
		}
		if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "+++ b/") {
			return nil, fmt.Errorf("line %d: want a +++ b/ header", i+2)
		}
		fp := filePatch{
			path:   strings.TrimSuffix(strings.TrimPrefix(lines[i+1], "+++ b/"), "\n"),
			create: strings.TrimSuffix(l, "\n") == "--- /dev/null",
		}
		i += 2
		for i < len(lines) && strings.HasPrefix(lines[i], "@@ ") {
			var h hunk
			if err := h.parseHeader(lines[i]); err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
			i++
			old, new := 0, 0
			for i < len(lines) && (old < h.oldLines || new < h.newLines) {
				switch lines[i][0] {
				case ' ':
					old++
					new++
				case '-':
					old++
				case '+':
					new++
				default:
					return nil, fmt.Errorf("line %d: not a line of a hunk: %q", i+1, lines[i])
				}
				h.lines = append(h.lines, lines[i])
				i++
			}
			if old != h.oldLines || new != h.newLines {
				return nil, fmt.Errorf("%s: hunk at line %d is cut short", fp.path, h.oldStart)
			}
			fp.hunks = append(fp.hunks, h)
		}
		out = append(out, fp)
	}
	return out, nil
}

// parseHeader reads "@@ -a,b +c,d @@"; a missing count is 1.
func (h *hunk) parseHeader(l string) error {
	f := strings.Fields(l)
	if len(f) < 4 || f[3] != "@@" || !strings.HasPrefix(f[1], "-") || !strings.HasPrefix(f[2], "+") {
		return fmt.Errorf("bad hunk header %q", l)
	}
	rng := func(s string) (start, n int, err error) {
		a, b, found := strings.Cut(s[1:], ",")
		n = 1
		if found {
			if n, err = strconv.Atoi(b); err != nil {
				return 0, 0, err
			}
		}
		start, err = strconv.Atoi(a)
		return start, n, err
	}
	var err error
	if h.oldStart, h.oldLines, err = rng(f[1]); err != nil {
		return fmt.Errorf("bad hunk header %q", l)
	}
	if _, h.newLines, err = rng(f[2]); err != nil {
		return fmt.Errorf("bad hunk header %q", l)
	}
	return nil
}

// apply returns old changed by the hunks of p, which must find the lines
// they keep and remove exactly where they say.
func (p filePatch) apply(old string) (string, error) {
	src := strings.SplitAfter(old, "\n")
	if src[len(src)-1] == "" {
		src = src[:len(src)-1]
	}
	var b strings.Builder
	next := 0 // the first line of src not yet copied, from 0
	for _, h := range p.hunks {
		start := max(h.oldStart-1, 0)
		if h.oldLines == 0 {
			start = h.oldStart // a pure addition comes after line oldStart
		}
		if start < next || start > len(src) {
			return "", fmt.Errorf("%s: hunk at line %d is out of order or beyond the file", p.path, h.oldStart)
		}
		for _, l := range src[next:start] {
			b.WriteString(l)
		}
		next = start
		for _, l := range h.lines {
			switch l[0] {
			case ' ', '-':
				if next >= len(src) || src[next] != l[1:] {
					return "", fmt.Errorf("%s: line %d is not %q", p.path, next+1, l[1:])
				}
				next++
				if l[0] == ' ' {
					b.WriteString(l[1:])
				}
			case '+':
				b.WriteString(l[1:])
			}
		}
	}
	for _, l := range src[next:] {
		b.WriteString(l)
	}
	return b.String(), nil
}

func TestApplyPatch(t *testing.T) {
	const diff = "--- a/x.go\n+++ b/x.go\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -5,0 +6,1 @@\n+f\n--- /dev/null\n+++ b/new.go\n@@ -0,0 +1,2 @@\n+n\n+m\n"
	ps, err := parsePatch(diff)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		old, want, err string
	}{
		{"a\nb\nc\nd\ne\n", "a\nB\nc\nd\ne\nf\n", ""},
		{"a\nx\nc\nd\ne\n", "", `x.go: line 2 is not "b\n"`},
		{"a\nb\nc\n", "", "x.go: hunk at line 5 is out of order or beyond the file"},
	}
	for _, tc := range tests {
		got, err := ps[0].apply(tc.old)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("apply(%q): error %v, want %s", tc.old, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("apply(%q) = %q, %v, want %q", tc.old, got, err, tc.want)
		}
	}
	if got, err := ps[1].apply(""); !ps[1].create || got != "n\nm\n" || err != nil {
		t.Errorf("new file: %q, %v (create %v)", got, err, ps[1].create)
	}
	if _, err := parsePatch("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n"); err == nil {
		t.Error("a hunk cut short is accepted")
	}
}

// copies are the patched libraries under third_party: each folder is
// the upstream module, at the version ../go.mod requires, with its patch
// applied, file for file. Its PATCH.md (gopdf: PATCHES.md) says why;
// packages are the folders whose source files Yaodian builds, all of
// which the copy must keep.
var copies = []struct {
	dir, module string
	packages    []string
	// testEnv is added to the environment of upstream's tests.
	testEnv []string
	// checkPDFs says that upstream's tests write PDFs to test/out,
	// which must pass qpdf --check.
	checkPDFs bool
}{
	{dir: "go-locale", module: "github.com/jeandeaual/go-locale", packages: []string{"."},
		// Upstream's tests compare with the locale of the machine
		// they run on, which they take from these variables.
		testEnv: []string{"LANG=en_US.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE="}},
	{dir: "gopdf", module: "github.com/signintech/gopdf", packages: []string{".", "fontmaker/core"}, checkPDFs: true},
	{dir: "goldmark", module: "github.com/yuin/goldmark", packages: []string{".", "ast", "extension", "extension/ast", "parser", "renderer", "renderer/html", "text", "util"}},
	{dir: "go-diff", module: "github.com/sergi/go-diff", packages: []string{"diffmatchpatch"}},
	{dir: "yaml", module: "go.yaml.in/yaml/v3", packages: []string{"."}},
}

// version returns the version of module that ../go.mod requires: the
// upstream release its copy is patched from. Each copy is required and
// replaced by its folder here.
func version(t *testing.T, module, dir string) string {
	t.Helper()
	out, err := exec.Command(goCommand(t), "mod", "edit", "-json", filepath.Join("..", "go.mod")).Output()
	var mod struct {
		Require []struct{ Path, Version string }
		Replace []struct{ Old, New struct{ Path string } }
	}
	if jerr := json.Unmarshal(out, &mod); err != nil || jerr != nil {
		t.Fatalf("go mod edit -json ../go.mod: %v %v", err, jerr)
	}
	replaced := false
	for _, r := range mod.Replace {
		replaced = replaced || r.Old.Path == module && r.New.Path == "./third_party/"+dir
	}
	if !replaced {
		t.Errorf("go.mod does not replace %s with ./third_party/%s", module, dir)
	}
	for _, r := range mod.Require {
		if r.Path == module {
			return r.Version
		}
	}
	t.Fatalf("go.mod does not require %s", module)
	return ""
}

// Each copy is its upstream with DIR.patch applied, and it keeps every
// source file of the packages Yaodian builds. To change a copy, edit it
// and make the patch again (DIR and MODULE as in copies, VERSION as
// go.mod requires it):
//
//	U=$(go mod download -json MODULE@VERSION | sed -n 's/.*"Dir": "\(.*\)",/\1/p')
//	cd third_party/DIR && for f in $(find . -type f | sort | cut -c3-); do
//	  if [ -f $U/$f ]; then diff -u --label a/$f --label b/$f $U/$f $f
//	  else diff -u --label /dev/null --label b/$f /dev/null $f; fi
//	done > ../DIR.patch
func TestCopiesAreUpstreamPatched(t *testing.T) {
	for _, c := range copies {
		t.Run(c.dir, func(t *testing.T) {
			up := upstream(t, c.module, version(t, c.module, c.dir))
			data, err := os.ReadFile(c.dir + ".patch")
			if err != nil {
				t.Fatal(err)
			}
			patches, err := parsePatch(string(data))
			if err != nil {
				t.Fatalf("%s.patch: %v", c.dir, err)
			}
			byPath := map[string]filePatch{}
			for _, p := range patches {
				byPath[p.path] = p
			}
			// Every file of the copy is upstream's, patched or not, or
			// one the patch creates.
			err = filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				rel := filepath.ToSlash(strings.TrimPrefix(path, c.dir+string(filepath.Separator)))
				have, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				p, patched := byPath[rel]
				delete(byPath, rel)
				var old []byte
				if !p.create {
					if old, err = os.ReadFile(filepath.Join(up, rel)); err != nil {
						t.Errorf("%s is neither upstream's nor created by %s.patch", rel, c.dir)
						return nil
					}
				}
				want := string(old)
				if patched {
					if want, err = p.apply(want); err != nil {
						t.Errorf("%s.patch does not apply to upstream: %v", c.dir, err)
						return nil
					}
				}
				if !bytes.Equal(have, []byte(want)) {
					t.Errorf("third_party/%s/%s differs from upstream with %s.patch applied", c.dir, rel, c.dir)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for path := range byPath {
				t.Errorf("%s.patch changes %s, which third_party/%s does not have", c.dir, path, c.dir)
			}
			// No source file of the packages built is left out.
			for _, dir := range c.packages {
				files, err := filepath.Glob(filepath.Join(up, dir, "*.go"))
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range files {
					if strings.HasSuffix(f, "_test.go") {
						continue
					}
					rel := filepath.Join(c.dir, dir, filepath.Base(f))
					if _, err := os.Stat(rel); err != nil {
						t.Errorf("upstream's %s is missing from third_party", rel)
					}
				}
			}
		})
	}
}

// Upstream's own tests still pass on each patched copy: they run in a
// copy of the upstream module (with its test data) whose files are
// replaced by the patched ones, each with the requirements of upstream's
// own go.mod, fetched through the module proxy if need be, in upstream's
// short mode. For gopdf, every PDF its tests write also passes qpdf
// --check. Building them takes a while, so -short skips it.
func TestCopiesPassUpstreamTests(t *testing.T) {
	if testing.Short() {
		t.Skip("building upstream's tests takes a while")
	}
	for _, c := range copies {
		t.Run(c.dir, func(t *testing.T) {
			up := upstream(t, c.module, version(t, c.module, c.dir))
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(up)); err != nil {
				t.Fatal(err)
			}
			err := filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				rel := strings.TrimPrefix(path, c.dir)
				if base := filepath.Base(rel); base == "go.mod" || base == "go.sum" {
					return nil // upstream's, which its tests need
				}
				data, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
			})
			if err != nil {
				t.Fatal(err)
			}
			// The patched code may need a newer language version than
			// upstream's go.mod states: the copy's go.mod says which.
			mod, err := os.ReadFile(filepath.Join(c.dir, "go.mod"))
			if err != nil {
				t.Fatal(err)
			}
			var goVersion string
			for _, l := range strings.Split(string(mod), "\n") {
				if v, ok := strings.CutPrefix(l, "go "); ok {
					goVersion = strings.TrimSpace(v)
				}
			}
			edit := exec.Command(goCommand(t), "mod", "edit", "-go="+goVersion)
			edit.Dir = dir
			if log, err := edit.CombinedOutput(); err != nil {
				t.Fatalf("go mod edit: %v\n%s", err, log)
			}
			out := filepath.Join(dir, "test", "out")
			if c.checkPDFs {
				if err := os.MkdirAll(out, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			var pkgs []string
			for _, p := range c.packages {
				pkgs = append(pkgs, "./"+p)
			}
			// -short leaves out upstream's timed tests (goldmark's
			// performance tests), which fail on a loaded machine.
			cmd := exec.Command(goCommand(t), append([]string{"test", "-short", "-count=1"}, pkgs...)...)
			cmd.Dir = dir
			cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"), c.testEnv...)
			if log, err := cmd.CombinedOutput(); err != nil {
				if bytes.Contains(log, []byte("dial tcp")) || bytes.Contains(log, []byte("GOPROXY=off")) {
					t.Skipf("the modules upstream's tests need cannot be had:\n%s", log)
				}
				t.Fatalf("upstream's tests fail on the patched copy: %v\n%s", err, log)
			}
			if !c.checkPDFs {
				return
			}
			qpdf, err := exec.LookPath("qpdf")
			if err != nil {
				if os.Getenv("CI") != "" {
					t.Fatal("qpdf is missing; scripts/install-deps installs it")
				}
				t.Skip("qpdf is not installed (apt-get install qpdf); the PDFs' structure is not checked")
			}
			pdfs, err := filepath.Glob(filepath.Join(out, "*.pdf"))
			if err != nil || len(pdfs) == 0 {
				t.Fatalf("upstream's tests wrote no PDF to %s: %v", out, err)
			}
			for _, p := range pdfs {
				// TestClearValue's PDF is encrypted with this password;
				// the others ignore it.
				if log, err := exec.Command(qpdf, "--password=123456", "--check", p).CombinedOutput(); err != nil {
					t.Errorf("qpdf --check %s: %v\n%s", filepath.Base(p), err, log)
				}
			}
		})
	}
}
