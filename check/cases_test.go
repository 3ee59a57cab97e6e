package check

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"yaodian/docmodel"
)

var update = flag.Bool("update", false, "rewrite the expected findings in testdata/rules/*.txtar")

// The cases of each rule are in testdata/rules/ID.txtar, as goldmark
// keeps its cases: one archive a rule, in it for each case a draft in
// Markdown (NAME.md), the markers its text was written with if it stands
// for an imported text (NAME.markers, one a line in reading order), the
// plans of earlier years it is checked against, oldest first
// (NAME.prior.md, repeated), and the findings the rule gives (NAME.want),
// one a line as caseLine writes them. With -update the .want
// parts are rewritten from the findings; read the diff before keeping it.

// ruleCasesDir holds the case files.
const ruleCasesDir = "testdata/rules"

// fileCase is one case of a case file.
type fileCase struct {
	name    string
	draft   string
	priors  []string
	markers []string
	want    string
	wantAt  int // index of the .want file in the archive, -1 if none
}

// readCases reads the cases of an archive in their order.
func readCases(t *testing.T, ar *txtar.Archive) []*fileCase {
	t.Helper()
	var cases []*fileCase
	byName := map[string]*fileCase{}
	for i, f := range ar.Files {
		var name, kind string
		switch {
		case strings.HasSuffix(f.Name, ".prior.md"):
			name, kind = strings.TrimSuffix(f.Name, ".prior.md"), "prior"
		case strings.HasSuffix(f.Name, ".md"):
			name, kind = strings.TrimSuffix(f.Name, ".md"), "draft"
		case strings.HasSuffix(f.Name, ".want"):
			name, kind = strings.TrimSuffix(f.Name, ".want"), "want"
		case strings.HasSuffix(f.Name, ".markers"):
			name, kind = strings.TrimSuffix(f.Name, ".markers"), "markers"
		default:
			t.Fatalf("%s: a part of a case ends in .md, .markers, .prior.md or .want", f.Name)
		}
		c := byName[name]
		if c == nil {
			if kind != "draft" {
				t.Fatalf("%s comes before %s.md", f.Name, name)
			}
			c = &fileCase{name: name, wantAt: -1}
			byName[name] = c
			cases = append(cases, c)
		}
		switch kind {
		case "draft":
			if c.draft != "" {
				t.Fatalf("case %q twice", name)
			}
			c.draft = string(f.Data)
		case "markers":
			c.markers = strings.Fields(string(f.Data))
		case "prior":
			c.priors = append(c.priors, string(f.Data))
		case "want":
			c.want, c.wantAt = string(f.Data), i
		}
	}
	return cases
}

// caseLine writes a finding as one line of a .want part:
// severity｜path｜message｜evidence, then ｜改为：fix where the finding has
// a fix, ｜位置：range where it has a spot, ｜修正：range→new … where it
// has edits, and ｜对照：year path「quote」 where it names an earlier plan.
func caseLine(f Finding) string {
	line := strings.Join([]string{string(f.Severity), f.Path, f.Message, f.Evidence}, "｜")
	if f.Fix != "" {
		line += "｜改为：" + f.Fix
	}
	if f.Spot != nil {
		line += "｜位置：" + rangeLine(*f.Spot)
	}
	if len(f.Edits) > 0 {
		var edits []string
		for _, e := range f.Edits {
			edits = append(edits, rangeLine(e.Range)+"→“"+e.New+"”")
		}
		line += "｜修正：" + strings.Join(edits, " ")
	}
	if f.Prior != nil {
		line += fmt.Sprintf("｜对照：%d %s「%s」", f.Prior.Year, f.Prior.Path, f.Prior.Quote)
	}
	return strings.ReplaceAll(line, "\n", `\n`)
}

// rangeLine writes a Range as field[index]@node:start-end“text”.
func rangeLine(r Range) string {
	s := string(r.Field)
	if r.Field == docmodel.FieldPreamble || r.Field == docmodel.FieldBody {
		s += fmt.Sprintf("[%d]", r.Index)
	}
	if r.NodeID != "" {
		s += "@" + r.NodeID
	}
	return s + fmt.Sprintf(":%d-%d“%s”", r.Start, r.End, r.Text)
}

// TestRuleCases runs every rule on its case file.
func TestRuleCases(t *testing.T) {
	for _, r := range Rules {
		t.Run(r.ID, func(t *testing.T) {
			file := filepath.Join(ruleCasesDir, r.ID+".txtar")
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatalf("every rule has its cases in %s: %v", file, err)
			}
			for _, c := range readCases(t, ar) {
				got := runFileCase(t, r, c)
				if *update {
					f := txtar.File{Name: c.name + ".want", Data: []byte(got)}
					if c.wantAt < 0 {
						t.Fatalf("case %q has no .want part to rewrite", c.name)
					}
					ar.Files[c.wantAt] = f
					continue
				}
				if got != c.want {
					t.Errorf("case %q:\ngot:\n%swant:\n%s(go test ./check -run RuleCases -update rewrites it; read the diff)", c.name, got, c.want)
				}
			}
			if *update {
				if data := txtar.Format(ar); !bytes.Equal(data, mustRead(t, file)) {
					if err := os.WriteFile(file, data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
		})
	}
}

// runFileCase applies r to a case and returns its findings as the .want
// part writes them.
func runFileCase(t *testing.T, r Rule, c *fileCase) string {
	t.Helper()
	in := Input{Draft: plan(t, c.draft)}
	withMarkers(in.Draft.Doc, c.markers...)
	for _, p := range c.priors {
		in.Priors = append(in.Priors, plan(t, p))
	}
	var b strings.Builder
	found := r.Check(&in)
	for _, f := range found {
		if f.Fix != "" && f.Fix == f.Evidence {
			t.Errorf("case %q: fix %q leaves the quote as it is", c.name, f.Fix)
		}
		if len(f.Edits) > 0 {
			checkEdits(t, r, c, f, len(found))
		}
		b.WriteString(caseLine(f) + "\n")
	}
	return b.String()
}

// checkEdits applies a finding's edits to a fresh copy of the case's
// draft: they must apply, the rule must then give one finding fewer,
// and a finding's fix must be found in the text its edits changed.
func checkEdits(t *testing.T, r Rule, c *fileCase, f Finding, before int) {
	t.Helper()
	in := Input{Draft: plan(t, c.draft)}
	withMarkers(in.Draft.Doc, c.markers...)
	for _, p := range c.priors {
		in.Priors = append(in.Priors, plan(t, p))
	}
	if err := Apply(in.Draft.Doc, f.Edits); err != nil {
		t.Errorf("case %q: the edits of %q do not apply: %v", c.name, f.Message, err)
		return
	}
	if after := len(r.Check(&in)); after >= before {
		t.Errorf("case %q: after the edits of %q, %d findings, was %d", c.name, f.Message, after, before)
	}
	if f.Fix == "" {
		return
	}
	for _, s := range in.spans(in.Draft.Doc) {
		if s.nodeID == f.Edits[0].NodeID && strings.Contains(s.text, strings.TrimSpace(f.Fix)) {
			return
		}
	}
	t.Errorf("case %q: after the edits of %q, the text holds no %q", c.name, f.Message, f.Fix)
}

func mustRead(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
