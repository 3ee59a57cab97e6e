package opctest

import (
	"archive/zip"
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
)

// The check of the core properties passes what ECMA-376 Part 2 §8.3
// allows and names each thing it forbids.
func TestCoreProblems(t *testing.T) {
	const head = `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
	const tail = `</cp:coreProperties>`
	for _, tc := range []struct {
		name, body, want string
	}{
		{"typed dates", `<dc:title>要点</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-05T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-05</dcterms:modified>`, ""},
		{"keywords with values", `<cp:keywords><cp:value>科技</cp:value></cp:keywords>`, ""},
		{"untyped date", `<dcterms:created>2025-01-05T00:00:00Z</dcterms:created>`, `created lacks xsi:type="dcterms:W3CDTF"`},
		{"other type", `<dcterms:modified xsi:type="dcterms:Period">2025</dcterms:modified>`, `modified has xsi:type "dcterms:Period"`},
		{"typed title", `<dc:title xsi:type="dcterms:W3CDTF">要点</dc:title>`, `title has xsi:type`},
		{"not a date", `<dcterms:created xsi:type="dcterms:W3CDTF">2025年1月5日</dcterms:created>`, "created is not a W3CDTF date"},
		{"xml:lang", `<dc:title xml:lang="zh-CN">要点</dc:title>`, "title has xml:lang"},
		{"unknown element", `<dc:publisher>某局</dc:publisher>`, "publisher (http://purl.org/dc/elements/1.1/) is not a core property"},
		{"twice", `<dc:title>甲</dc:title><dc:title>乙</dc:title>`, "title appears twice"},
		{"nested", `<dc:title><dc:title>甲</dc:title></dc:title>`, "title is nested in title"},
	} {
		got := strings.Join(coreProblems(pack(t, "docProps/core.xml", head+tc.body+tail)), "\n")
		switch {
		case tc.want == "" && got != "":
			t.Errorf("%s: problems %q", tc.name, got)
		case tc.want != "" && !strings.Contains(got, tc.want):
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// pack zips parts, given as name and content in turn, as Office packages
// are: deflated, dated 1980-01-01.
func pack(t *testing.T, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: parts[i], Method: zip.Deflate, Modified: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Repack rewrites the one part it is given and keeps every part's place,
// compression and date; Parts reads them back.
func TestRepack(t *testing.T) {
	pkg := pack(t, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document>甲</w:document>", "docProps/core.xml", "<cp:coreProperties/>")
	for _, tc := range []struct {
		part string
		want []string // the contents after the edit, in order
	}{
		{"[Content_Types].xml", []string{"<Types>乙</Types>", "<w:document>甲</w:document>", "<cp:coreProperties/>"}},
		{"word/document.xml", []string{"<Types/>", "<w:document>乙</w:document>", "<cp:coreProperties/>"}},
		{"docProps/core.xml", []string{"<Types/>", "<w:document>甲</w:document>", "<cp:coreProperties>乙</cp:coreProperties>"}},
	} {
		out := Repack(t, pkg, tc.part, func(s string) string {
			if strings.HasSuffix(s, "/>") {
				name := strings.TrimSuffix(strings.TrimPrefix(s, "<"), "/>")
				return "<" + name + ">乙</" + name + ">"
			}
			return strings.Replace(s, "甲", "乙", 1)
		})
		zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
		if err != nil {
			t.Fatal(err)
		}
		parts := Parts(t, out)
		var got []string
		for i, f := range zr.File {
			got = append(got, parts[f.Name])
			want := []string{"[Content_Types].xml", "word/document.xml", "docProps/core.xml"}[i]
			if f.Name != want || f.Method != zip.Deflate || !f.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("%s: part %d is %s, method %d, dated %v; want %s deflated, dated 1980-01-01", tc.part, i, f.Name, f.Method, f.Modified, want)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: parts %q, want %q", tc.part, got, tc.want)
		}
	}
}
