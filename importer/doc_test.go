package importer_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// A Word 97-2003 file reads as the file it was saved from: LibreOffice's
// .doc of the benchmark plan, of the pandoc and LibreOffice fixtures
// (bold leads set directly and by a character style, automatically
// numbered lists, a task-division table, a compilation of five plans) and
// of two seeds saved from text give the same documents, byte for byte in
// the native format, as their .docx or .txt.
func TestDocReadsAsItsSource(t *testing.T) {
	cases := []struct{ doc, source string }{
		{"testdata/fixtures/workplan-20p.doc", "../testdata/bench/workplan-20p.docx"},
		{"testdata/fixtures/pandoc-plan.doc", "testdata/fixtures/pandoc-plan.docx"},
		{"testdata/fixtures/lo-outline.doc", "testdata/fixtures/lo-outline.docx"},
		// The .docx of the compilation keeps the text's hard line breaks
		// as paragraphs; the .doc, like the text importer, joins them.
		{"testdata/fixtures/lo-compilation.doc", "../testdata/seeds/002_07ecd39dfcf56a0e.txt"},
		{"testdata/fixtures/seed-001_c2dd12a7d8c4d9be.doc", "../testdata/seeds/001_c2dd12a7d8c4d9be.txt"},
		{"testdata/fixtures/seed-004_3207a1f9dd876bd1.doc", "../testdata/seeds/004_3207a1f9dd876bd1.txt"},
	}
	for _, tc := range cases {
		t.Run(filepath.Base(tc.doc), func(t *testing.T) {
			got, err := importer.Documents(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			want, err := importer.Documents(tc.source)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d documents, want %d", len(got), len(want))
			}
			for i := range got {
				g, w := encode(t, got[i]), encode(t, want[i])
				if g != w {
					t.Errorf("document %d differs from its source at:\n%s", i+1, firstDifference(g, w))
				}
			}
		})
	}
}

func encode(t *testing.T, d *docmodel.Document) string {
	t.Helper()
	b, err := docmodel.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return " got: " + g[i] + "\nwant: " + w[i]
		}
	}
	return "(one is longer)"
}

// A Word 97-2003 file under another name, or an old WPS file, is read by
// its content.
func TestDocByContent(t *testing.T) {
	src, err := os.ReadFile("testdata/fixtures/pandoc-plan.doc")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"plan.wps", "plan.docx", "plan.txt"} {
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := importer.File(path)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(d.Sections) != 3 {
			t.Errorf("%s: %d sections, want 3", name, len(d.Sections))
		}
	}
}

// wordDocument returns where the WordDocument stream of a fixture starts:
// at a sector, with the FIB's signature.
func wordDocument(t *testing.T, src []byte) int {
	t.Helper()
	for at := 512; at+4 <= len(src); at += 512 {
		if src[at] == 0xEC && src[at+1] == 0xA5 {
			return at
		}
	}
	t.Fatal("no WordDocument stream found")
	return 0
}

// Damaged, encrypted, too old and foreign files are refused with a message
// that says what they are, and nothing panics.
func TestDocRefused(t *testing.T) {
	src, err := os.ReadFile("testdata/fixtures/pandoc-plan.doc")
	if err != nil {
		t.Fatal(err)
	}
	fib := wordDocument(t, src)
	changed := func(edit func(b []byte) []byte) []byte {
		return edit(bytes.Clone(src))
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "文件为空"},
		{"encrypted", changed(func(b []byte) []byte { b[fib+0x0B] |= 0x01; return b }), "设有打开密码"},
		{"Word 95", changed(func(b []byte) []byte { b[fib+2], b[fib+3] = 0x68, 0; return b }), "Word 6.0/95"},
		{"not Word", changed(func(b []byte) []byte {
			return bytes.Replace(b, []byte("W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00"), []byte("W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00X\x00"), 1)
		}), "不是 Word 文档"},
		{"bad signature", changed(func(b []byte) []byte { b[fib] = 0; return b }), "已损坏"},
		{"piece table outside the file", changed(func(b []byte) []byte { copy(b[fib+0x1A2:], []byte{0xFF, 0xFF, 0xFF, 0x0F}); return b }), "已损坏"},
		{"truncated", src[:len(src)/3], "已损坏"},
		{"magic only", src[:8], "已损坏"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := importer.Doc(tc.data)
			var ue *usererr.Error
			if !errors.As(err, &ue) {
				t.Fatalf("got %v, want a message for the user", err)
			}
			if !strings.Contains(ue.Zh, tc.want) || ue.En == "" {
				t.Errorf("got %q, want it to say %q", ue.Error(), tc.want)
			}
		})
	}
}

// BenchmarkDoc imports the 20-page benchmark plan from Word 97-2003
// (target: at most 30 ms).
func BenchmarkDoc(b *testing.B) {
	benchmarkRead(b, "testdata/fixtures/workplan-20p.doc", importer.Doc)
}
