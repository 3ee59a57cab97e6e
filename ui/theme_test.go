package ui

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"yaodian/assets"
	"yaodian/fonts"
)

// uiRunes returns the characters of every string literal of the
// package's code and of its translations of Fyne's dialogs, each once.
func uiRunes(t *testing.T) []rune {
	t.Helper()
	seen := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			if unicode.IsGraphic(r) && r != ' ' {
				seen[r] = true
			}
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatalf("%s: %v", fset.Position(lit.Pos()), err)
				}
				add(s)
			}
			return true
		})
	}
	data, err := os.ReadFile(filepath.Join("translations", "zh-Hans.json"))
	if err != nil {
		t.Fatal(err)
	}
	// A message is a string, or its plural forms by name.
	var tr map[string]any
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	for key, msg := range tr {
		switch m := msg.(type) {
		case string:
			add(m)
		case map[string]any:
			for _, form := range m {
				s, _ := form.(string)
				add(s)
			}
		default:
			t.Fatalf("translation %q is %T", key, msg)
		}
	}
	var out []rune
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// The interface fonts have every character the window's own strings and
// Fyne's translated dialogs are written in, in both weights, and the
// regular one the CJK Unified Ideographs a plan may be written in: a
// string that needs a character they lack would draw it from another
// font, or as a box.
func TestThemeFontsCoverInterface(t *testing.T) {
	runes := uiRunes(t)
	if len(runes) < 400 {
		t.Fatalf("the window's strings have %d characters; the walk of its code missed some", len(runes))
	}
	for _, tc := range []struct {
		name  string
		data  []byte
		hanzi int // CJK Unified Ideographs at least
	}{
		{"regular", assets.UIRegularCut, 20976},
		{"bold", assets.UIBoldCut, 6763},
	} {
		t.Run(tc.name, func(t *testing.T) {
			face, err := fonts.Parse(tc.data, 0)
			if err != nil {
				t.Fatal(err)
			}
			var missing []rune
			for _, r := range runes {
				if !face.Has(r) {
					missing = append(missing, r)
				}
			}
			if len(missing) > 0 {
				t.Errorf("the %s interface font lacks %d characters of the window's strings: %q", tc.name, len(missing), string(missing))
			}
			hanzi := 0
			for r := rune(0x4E00); r <= 0x9FFF; r++ {
				if face.Has(r) {
					hanzi++
				}
			}
			if hanzi < tc.hanzi {
				t.Errorf("the %s interface font has %d CJK Unified Ideographs, want at least %d", tc.name, hanzi, tc.hanzi)
			}
		})
	}
}
