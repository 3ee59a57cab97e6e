package main

import (
	"go/build"
	"io/fs"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// allowedImports is the architecture as a rule: what each
// package may import, besides itself. "std" is the standard library and
// "pure" the part of it in pureStd; a trailing "/" allows a module's
// packages. Data flows one way: importer → docmodel → export, the GUI on
// top, and nothing imports ui but the window program.
var allowedImports = map[string][]string{
	"yaodian":                       {"std", "yaodian/cli", "yaodian/usererr"},
	"yaodian/cmd/yaodian-gui":       {"std", "yaodian/cli", "yaodian/ui", "yaodian/usererr", "yaodian/assets", "fyne.io/fyne/v2", "fyne.io/fyne/v2/app", "golang.org/x/sys/windows"},
	"yaodian/usererr":               {"std"},
	"yaodian/assets":                {"embed"},
	"yaodian/filelock":              {"std"},
	"yaodian/atomicfile":            {"std", "yaodian/filelock", "yaodian/usererr"},
	"yaodian/docmodel":              {"pure", "yaodian/usererr"},
	"yaodian/docmodel/docmodeltest": {"yaodian/docmodel"},
	"yaodian/plantext":              {"pure", "yaodian/docmodel", "yaodian/lazyregexp"},
	"yaodian/importer":              {"std", "yaodian/docmodel", "yaodian/plantext", "yaodian/lazyregexp", "yaodian/usererr", "github.com/yuin/goldmark/", "go.yaml.in/yaml/v3", "golang.org/x/text/", "github.com/richardlehane/mscfb", "github.com/richardlehane/msoleps/"},
	"yaodian/lazyregexp":            {"std"},
	"yaodian/hanzi":                 {"std"},
	"yaodian/indicator":             {"std", "yaodian/docmodel", "yaodian/plantext", "yaodian/lazyregexp", "yaodian/hanzi"},
	"yaodian/session":               {"std", "yaodian/atomicfile", "yaodian/docmodel", "yaodian/filelock", "yaodian/usererr"},
	"yaodian/textsim":               {"std"},
	"yaodian/clipboard":             {"std", "yaodian/atomicfile", "yaodian/docmodel", "yaodian/importer", "yaodian/usererr"},
	"yaodian/findreplace":           {"std", "yaodian/docmodel", "yaodian/usererr", "golang.org/x/text/"},
	"yaodian/check":                 {"std", "yaodian/docmodel", "yaodian/plantext", "yaodian/lazyregexp", "yaodian/division", "yaodian/hanzi", "yaodian/indicator", "yaodian/textsim", "yaodian/usererr"},
	"yaodian/review":                {"std", "yaodian/check", "yaodian/docmodel", "yaodian/importer", "yaodian/usererr"},
	"yaodian/compare":               {"std", "yaodian/docmodel", "yaodian/indicator", "yaodian/textsim", "github.com/sergi/go-diff/"},
	"yaodian/export":                {"std", "yaodian/docmodel", "yaodian/plantext", "yaodian/lazyregexp", "yaodian/division", "yaodian/compare", "yaodian/usererr", "yaodian/export/layout", "yaodian/fonts", "github.com/signintech/gopdf", "go.yaml.in/yaml/v3"},
	"yaodian/export/raster":         {"std", "yaodian/export", "yaodian/export/layout", "yaodian/fonts", "yaodian/usererr", "golang.org/x/image/"}, // the preview's rasterizer, which the command line does not link
	"yaodian/export/layout":         {"pure", "yaodian/docmodel", "yaodian/plantext", "yaodian/division"},
	"yaodian/export/docx":           {"std", "yaodian/docmodel", "yaodian/plantext", "yaodian/division", "yaodian/export/layout", "yaodian/export/opc"},
	"yaodian/export/opc":            {"std"},
	"yaodian/export/opc/opctest":    {"std"},
	"yaodian/export/pdftest":        {"std"},
	"yaodian/export/xlsx":           {"std", "yaodian/docmodel", "yaodian/division", "yaodian/export/opc"},
	"yaodian/publish":               {"std", "yaodian/atomicfile", "yaodian/compare", "yaodian/division", "yaodian/docmodel", "yaodian/export", "yaodian/export/docx", "yaodian/export/layout", "yaodian/export/xlsx", "yaodian/fonts", "yaodian/usererr"},
	"yaodian/division":              {"std", "yaodian/docmodel"},
	"yaodian/fonts":                 {"std", "yaodian/assets", "yaodian/usererr", "golang.org/x/text/"},
	"yaodian/cli":                   {"std", "yaodian/atomicfile", "yaodian/docmodel", "yaodian/importer", "yaodian/indicator", "yaodian/check", "yaodian/review", "yaodian/publish", "yaodian/compare", "yaodian/export", "yaodian/export/layout", "yaodian/export/docx", "yaodian/fonts", "yaodian/usererr"},
	"yaodian/ui":                    {"std", "yaodian/atomicfile", "yaodian/clipboard", "yaodian/docmodel", "yaodian/plantext", "yaodian/importer", "yaodian/check", "yaodian/findreplace", "yaodian/review", "yaodian/publish", "yaodian/compare", "yaodian/indicator", "yaodian/export", "yaodian/export/layout", "yaodian/export/raster", "yaodian/export/docx", "yaodian/division", "yaodian/fonts", "yaodian/session", "yaodian/usererr", "yaodian/assets", "fyne.io/fyne/v2/", "golang.org/x/text/", "golang.org/x/sys/unix"},
}

// pureStd is the standard library of a pure package: computation on
// values in memory. It leaves out all that reaches the machine or the
// world — os, os/exec, net, syscall, unsafe, runtime, plugin — so that a
// pure package runs and is tested without files, processes or a network.
// time is here to parse dates; a pure package does not read the clock.
// sync is here to build a table on first use (sync.OnceValue) rather than
// when every program that links the package starts.
var pureStd = []string{
	"bytes", "cmp", "encoding/json", "errors", "fmt", "io", "iter", "maps", "math",
	"regexp", "slices", "sort", "strconv", "strings", "sync", "time", "unicode", "unicode/utf8",
}

// testImports is what the tests of a package may import besides what the
// package itself may. Any test may use the whole standard library (to
// read golden files, run commands) and go-cmp; the rest is per package:
// fixtures built from real plans by the importer, or by docmodeltest.
var testImports = map[string][]string{
	"":                        {"std", "github.com/google/go-cmp/"},
	"yaodian/docmodel":        {"yaodian/docmodel/docmodeltest"},
	"yaodian/check":           {"yaodian/importer", "golang.org/x/tools/txtar"}, // rule cases are txtar files
	"yaodian/compare":         {"yaodian/importer"},
	"yaodian/export":          {"yaodian/importer", "yaodian/docmodel/docmodeltest", "yaodian/export/pdftest"},
	"yaodian/export/raster":   {"yaodian/importer", "yaodian/docmodel", "yaodian/export/pdftest"},
	"yaodian/export/docx":     {"yaodian/importer", "yaodian/export/opc/opctest"},
	"yaodian/export/xlsx":     {"github.com/xuri/excelize/v2", "yaodian/export/opc/opctest"}, // reads the written sheet back, validates it
	"yaodian/findreplace":     {"yaodian/importer", "yaodian/session"},                       // real plans, and a replacement as one undo step
	"yaodian/clipboard":       {"yaodian/session"},                                           // a paste as one undo step
	"yaodian/export/layout":   {"yaodian/importer", "yaodian/export", "yaodian/fonts"},       // laid out with the bundled fonts' metrics
	"yaodian/cmd/yaodian-gui": {"github.com/jeandeaual/go-locale"},                           // the locale Fyne reads, as it reads it
}

func allowed(imp string, rules []string) bool {
	for _, r := range rules {
		switch {
		case r == "pure" && slices.Contains(pureStd, imp):
			return true
		case r == "std" && !strings.Contains(strings.Split(imp, "/")[0], "."):
			if !strings.HasPrefix(imp, "yaodian") {
				return true
			}
		case strings.HasSuffix(r, "/") && (strings.HasPrefix(imp, r) || imp+"/" == r), imp == r:
			return true
		}
	}
	return false
}

func TestImportRules(t *testing.T) {
	seen := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "third_party" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			return nil
		}
		pkg, err := build.Default.ImportDir(path, 0)
		if _, none := err.(*build.NoGoError); none {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.ToSlash(filepath.Join("yaodian", path))
		if path == "." {
			name = "yaodian"
		}
		seen[name] = true
		rules, ok := allowedImports[name]
		if !ok {
			t.Errorf("package %s has no import rule; add it to allowedImports", name)
			return nil
		}
		for _, imp := range pkg.Imports {
			if !allowed(imp, rules) {
				t.Errorf("%s imports %s, which the architecture does not allow", name, imp)
			}
			if imp == "fyne.io/fyne/v2/app" && name != "yaodian/cmd/yaodian-gui" {
				t.Errorf("%s imports fyne.io/fyne/v2/app; only the window program may", name)
			}
		}
		testRules := slices.Concat(rules, testImports[""], testImports[name])
		for _, imp := range slices.Concat(pkg.TestImports, pkg.XTestImports) {
			if imp != name && !allowed(imp, testRules) {
				t.Errorf("the tests of %s import %s, which the architecture does not allow", name, imp)
			}
			if imp == "fyne.io/fyne/v2/app" {
				t.Errorf("the tests of %s import fyne.io/fyne/v2/app; only the window program may", name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range allowedImports {
		if !seen[name] {
			t.Errorf("rule for %s, which does not exist", name)
		}
	}
	for name := range testImports {
		if name != "" && !seen[name] {
			t.Errorf("test rule for %s, which does not exist", name)
		}
	}
}

// notOnCommandLine are the packages the yaodian command must not link,
// even indirectly: every package linked is initialised before main runs,
// so each would slow every command-line run. The window's toolkit
// belongs to yaodian-gui; excelize, whose start-up alone took longer than
// yaodian help should, only reads sheets back in export/xlsx's test.
var notOnCommandLine = []string{"yaodian/ui", "fyne.io/", "github.com/go-gl/", "github.com/go-text/", "github.com/xuri/"}

// The command line links none of the window's packages.
func TestCommandLineLinksNoWindow(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range notOnCommandLine {
			if dep == banned || strings.HasPrefix(dep, banned) && strings.HasSuffix(banned, "/") {
				t.Errorf("the yaodian command links %s", dep)
			}
		}
	}
}

// The rule checker itself catches a forbidden edge.
func TestAllowed(t *testing.T) {
	for _, tc := range []struct {
		imp   string
		rules []string
		want  bool
	}{
		{"strings", []string{"std"}, true},
		{"yaodian/ui", []string{"std"}, false},
		{"fyne.io/fyne/v2/app", []string{"std", "fyne.io/fyne/v2/"}, true},
		{"github.com/yuin/goldmark", []string{"std"}, false},
		{"github.com/yuin/goldmark", []string{"github.com/yuin/goldmark/"}, true},
		{"github.com/yuin/goldmark/ast", []string{"github.com/yuin/goldmark/"}, true},
		{"github.com/yuin/goldmarkx", []string{"github.com/yuin/goldmark/"}, false},
		{"embed", []string{"embed"}, true},
		{"os", []string{"embed"}, false},
		{"strings", []string{"pure"}, true},
		{"unicode/utf8", []string{"pure"}, true},
		{"os", []string{"pure"}, false},
		{"os/exec", []string{"pure"}, false},
		{"net/http", []string{"pure"}, false},
		{"yaodian/docmodel", []string{"pure"}, false},
	} {
		if got := allowed(tc.imp, tc.rules); got != tc.want {
			t.Errorf("allowed(%s, %v) = %v", tc.imp, tc.rules, got)
		}
	}
}
