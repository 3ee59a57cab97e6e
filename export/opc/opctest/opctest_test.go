package opctest

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
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
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, err := zw.Create("docProps/core.xml")
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(head + tc.body + tail))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(coreProblems(buf.Bytes()), "\n")
		switch {
		case tc.want == "" && got != "":
			t.Errorf("%s: problems %q", tc.name, got)
		case tc.want != "" && !strings.Contains(got, tc.want):
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
