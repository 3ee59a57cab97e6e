package lazyregexp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Each method answers what regexp.Regexp's does.
func TestForwards(t *testing.T) {
	const expr, text = `(\d+)年(\d*)`, "2024年、2025年3"
	lazy, re := New(expr), regexp.MustCompile(expr)
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"MatchString", lazy.MatchString(text), re.MatchString(text)},
		{"FindStringIndex", lazy.FindStringIndex(text), re.FindStringIndex(text)},
		{"FindStringSubmatch", lazy.FindStringSubmatch(text), re.FindStringSubmatch(text)},
		{"FindSubmatch", lazy.FindSubmatch([]byte(text)), re.FindSubmatch([]byte(text))},
		{"FindAllStringIndex", lazy.FindAllStringIndex(text, -1), re.FindAllStringIndex(text, -1)},
		{"FindAllStringSubmatch", lazy.FindAllStringSubmatch(text, 1), re.FindAllStringSubmatch(text, 1)},
		{"FindAllStringSubmatchIndex", lazy.FindAllStringSubmatchIndex(text, -1), re.FindAllStringSubmatchIndex(text, -1)},
		{"ReplaceAllString", lazy.ReplaceAllString(text, "$1"), re.ReplaceAllString(text, "$1")},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// Nothing is compiled before first use.
func TestWhenCompiled(t *testing.T) {
	r := New(`a+`)
	if r.rx != nil {
		t.Error("compiled before first use")
	}
	if !r.MatchString("caat") || r.rx == nil {
		t.Error("first use did not compile")
	}
	defer func() {
		if recover() == nil {
			t.Error("an invalid pattern did not panic at first use")
		}
	}()
	New(`(`).MatchString("")
}

// Every pattern the module's source gives New as a literal compiles: a
// bad one would panic only when first used. (A pattern New is given as an
// expression is built from quoted parts, check's misspellings.)
func TestPatternsCompile(t *testing.T) {
	fset := token.NewFileSet()
	n := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != ".." && (name == "testdata" || name == "third_party" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "New" || fmt.Sprint(sel.X) != "lazyregexp" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			expr, err := strconv.Unquote(lit.Value)
			if err == nil {
				_, err = regexp.Compile(expr)
			}
			if err != nil {
				t.Errorf("%s: %v", fset.Position(lit.Pos()), err)
			}
			n++
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 80 { // 86 when this was written
		t.Errorf("found %d patterns; the search of the source is broken", n)
	}
}
