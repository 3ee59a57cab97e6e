package importer_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// TestBound: a paragraph over the limit is split at sentence ends into
// pieces within it, losing no character; a document over the limit is
// refused with a bilingual message.
func TestBound(t *testing.T) {
	sentence := "加强科技创新，推动高新技术企业发展。" // 18 runes
	tests := []struct {
		name   string
		para   string
		pieces int
		err    bool
	}{
		{"short", sentence, 1, false},
		{"at the limit", strings.Repeat("甲", importer.MaxParagraphRunes), 1, false},
		{"sentences", strings.Repeat(sentence, importer.MaxParagraphRunes/18+10), 2, false},
		{"no sentence end", strings.Repeat("甲", 2*importer.MaxParagraphRunes+1), 3, false},
		{"too much text", strings.Repeat(sentence, importer.MaxDocumentRunes/18+1), 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docmodel.New()
			n := d.NewNode()
			n.Heading = "重点任务"
			n.Body = []string{tt.para}
			d.Sections = []*docmodel.Node{n}
			_, err := importer.Bound(d)
			if tt.err {
				var ue *usererr.Error
				if !errors.As(err, &ue) || ue.Zh == "" || ue.En == "" {
					t.Fatalf("want a bilingual error, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(n.Body) != tt.pieces {
				t.Fatalf("%d pieces, want %d", len(n.Body), tt.pieces)
			}
			for _, p := range n.Body {
				if c := utf8.RuneCountInString(p); c > importer.MaxParagraphRunes {
					t.Errorf("piece of %d runes", c)
				}
			}
			if got := strings.Join(n.Body, ""); got != tt.para {
				t.Error("the pieces do not join to the paragraph")
			}
			if tt.pieces > 1 && strings.Contains(tt.para, "。") && !strings.HasSuffix(n.Body[0], "。") {
				t.Error("the first piece does not end a sentence")
			}
		})
	}
}

func docmodelWithPreamble(p string) *docmodel.Document {
	d := docmodel.New()
	d.Preamble = []string{p}
	return d
}

// TestDocxRunOverLimit: a Word file whose one run holds more text than a
// document may is refused, not laid out: it once took 68 s and 6.3 GB to
// export.
func TestDocxRunOverLimit(t *testing.T) {
	run := strings.Repeat("加强科技创新，推动高新技术企业发展。", importer.MaxDocumentRunes/18+1)
	path := filepath.Join(t.TempDir(), "long.docx")
	if err := os.WriteFile(path, docx(t, p("", "", "一、重点任务")+p("", "", run), "", ""), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := importer.Documents(path)
	var ue *usererr.Error
	if !errors.As(err, &ue) || !strings.Contains(ue.Zh, "字的上限") {
		t.Fatalf("want the document limit, got %v", err)
	}
}

// TestBoundLongTitle: a heading past MaxTitleRunes becomes the first body
// paragraph, whole; a heading at the limit stays.
func TestBoundLongTitle(t *testing.T) {
	for _, n := range []int{importer.MaxTitleRunes, importer.MaxTitleRunes + 1} {
		d := docmodel.New()
		node := d.NewNode()
		node.Heading = strings.Repeat("甲", n)
		node.Body = []string{"正文。"}
		d.Sections = []*docmodel.Node{node}
		if _, err := importer.Bound(d); err != nil {
			t.Fatal(err)
		}
		moved := n > importer.MaxTitleRunes
		if got := node.Heading == ""; got != moved {
			t.Errorf("%d runes: heading moved %v, want %v", n, got, moved)
		}
		if moved && (len(node.Body) != 2 || node.Body[0] != strings.Repeat("甲", n)) {
			t.Errorf("%d runes: body %d paragraphs", n, len(node.Body))
		}
		if err := d.Validate(); err != nil {
			t.Errorf("%d runes: %v", n, err)
		}
	}
}

// Read says how many paragraphs it had to split, so that the import
// report can tell the writer.
func TestReadReportsSplit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.txt")
	text := strings.Repeat("推进科技创新工作取得新成效。", 2000) // 28,000 characters, one paragraph
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	results, err := importer.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 1 || results[0].Split != 1 {
		t.Fatalf("results %d, split %d; want one document with one paragraph split", len(results), results[0].Split)
	}
}
