package layout_test

import (
	"runtime"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/importer"
)

// paragraphDoc is a document of one paragraph of about n characters,
// broken by spaces where spaces is set: a run of spaces at each break
// once made trimming a line quadratic.
func paragraphDoc(n int, spaces bool) *docmodel.Document {
	unit := "加强科技创新，推动高新技术企业发展。"
	if spaces {
		unit = "加强科技创新" + strings.Repeat(" ", 12)
	}
	d := docmodel.New()
	d.Meta.Title = "2025年全市科技工作要点"
	d.Preamble = []string{strings.Repeat(unit, n/len([]rune(unit)))}
	return d
}

// TestLayoutLinear: laying out a paragraph allocates in proportion to
// its length, four times the text at most five times the bytes.
func TestLayoutLinear(t *testing.T) {
	m := metrics(t)
	for _, spaces := range []bool{false, true} {
		allocated := func(n int) uint64 {
			d := paragraphDoc(n, spaces)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			if _, err := layout.Layout(d, m, layout.Default()); err != nil {
				t.Fatal(err)
			}
			runtime.ReadMemStats(&after)
			return after.TotalAlloc - before.TotalAlloc
		}
		small, large := allocated(importer.MaxParagraphRunes/4), allocated(importer.MaxParagraphRunes)
		if large > 5*small {
			t.Errorf("spaces %v: 4× the text allocates %d bytes against %d", spaces, large, small)
		}
	}
}

// BenchmarkLayoutLongParagraph lays out the longest paragraph a document
// may keep (importer.MaxParagraphRunes characters, some 32 pages).
func BenchmarkLayoutLongParagraph(b *testing.B) {
	d := paragraphDoc(importer.MaxParagraphRunes, false)
	m := metrics(b)
	g := layout.Default()
	for b.Loop() {
		if _, err := layout.Layout(d, m, g); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayoutSpaces lays out a paragraph of the same length with runs
// of spaces.
func BenchmarkLayoutSpaces(b *testing.B) {
	d := paragraphDoc(importer.MaxParagraphRunes, true)
	m := metrics(b)
	g := layout.Default()
	for b.Loop() {
		if _, err := layout.Layout(d, m, g); err != nil {
			b.Fatal(err)
		}
	}
}
