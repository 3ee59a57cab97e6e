package docx_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"yaodian/export/docx"
	"yaodian/export/opc/opctest"
	"yaodian/importer"
)

// Word's own validator — the Open XML SDK's, with the ECMA-376
// Transitional schemas — finds nothing wrong in any part of the Word
// files of the fixture, the benchmark plan and every plan of the seeds,
// plain and in the notice form with the 分工表, neither for Office 2007
// nor for Microsoft 365. Copies broken the ways Word refuses a file are
// caught, which shows the check is real.
func TestValidates(t *testing.T) {
	if testing.Short() {
		t.Skip("the validator takes seconds")
	}
	files := map[string][]byte{}
	add := func(name string, data []byte, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		files[name+".docx"] = data
	}
	paths := []string{fullPlan, benchPlan}
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	paths = append(paths, seeds...)
	for _, path := range paths {
		docs, err := importer.Documents(path)
		if err != nil {
			t.Logf("%s: %v", path, err)
			continue
		}
		// A seed by its number, 002; the fixture and the benchmark by
		// their names.
		base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if seed, _, ok := strings.Cut(base, "_"); ok {
			base = seed
		}
		for i, d := range docs {
			name := fmt.Sprintf("%s-%d", base, i+1)
			// Seeds in the notice form with the 分工表 only: the plain
			// form's parts are a subset of it.
			if path == fullPlan || path == benchPlan {
				data, err := docx.Write(d, docx.Options{})
				add(name, data, err)
			}
			data, err := docx.Write(d, docx.Options{Notice: true, Division: true})
			add(name+"-notice-division", data, err)
		}
	}
	good := files["full-1-notice-division.docx"]
	if good == nil {
		t.Fatal("no fixture")
	}
	// Broken copies, and what the check must say of each.
	broken := map[string]string{
		// The page margins before the page size in a section.
		"misordered.docx": "unexpected child element 'http://schemas.openxmlformats.org/wordprocessingml/2006/main:pgSz'",
		// A value outside the schema's enumeration.
		"bad-value.docx": "has invalid value 'linesAndChar'",
		// A footer reference to no relationship.
		"bad-relationship.docx": "The relationship 'rId9' referenced",
		// A creation date without its type.
		"untyped-date.docx": `created lacks xsi:type="dcterms:W3CDTF"`,
	}
	files["misordered.docx"] = opctest.Repack(t, good, "word/document.xml", func(s string) string {
		at := strings.Index(s, "<w:pgSz ")
		end := at + strings.Index(s[at:], "/>") + 2
		size := s[at:end]
		s = s[:at] + s[end:]
		mar := strings.Index(s[at:], "/>") + at + 2
		return s[:mar] + size + s[mar:]
	})
	files["bad-value.docx"] = opctest.Repack(t, good, "word/document.xml", func(s string) string {
		return strings.Replace(s, `"linesAndChars"`, `"linesAndChar"`, 1)
	})
	files["bad-relationship.docx"] = opctest.Repack(t, good, "word/document.xml", func(s string) string {
		return strings.Replace(s, `w:type="even" r:id="rId5"`, `w:type="even" r:id="rId9"`, 1)
	})
	files["untyped-date.docx"] = opctest.Repack(t, good, "docProps/core.xml", func(s string) string {
		return strings.Replace(s, `<dcterms:created xsi:type="dcterms:W3CDTF">`, `<dcterms:created>`, 1)
	})
	for name, problems := range opctest.Problems(t, files) {
		want, isBroken := broken[name]
		switch {
		case !isBroken && len(problems) > 0:
			t.Errorf("%s: %d problems:\n%s", name, len(problems), strings.Join(problems, "\n"))
		case isBroken && !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, want) }):
			t.Errorf("%s: the check missed %q; it found:\n%s", name, want, strings.Join(problems, "\n"))
		case isBroken:
			t.Logf("%s, as it should, fails:\n%s", name, strings.Join(problems, "\n"))
		}
	}
}
