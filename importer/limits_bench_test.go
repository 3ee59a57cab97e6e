package importer_test

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"yaodian/importer"
	"yaodian/usererr"
)

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestMarkdownPathological: runs of inline markup are read in linear
// memory (four times the input allocates at most five times as much; the
// string concatenation this replaced allocated sixteen times), and inputs
// past the limits are refused with a bilingual message.
func TestMarkdownPathological(t *testing.T) {
	tests := []struct {
		name   string
		unit   string
		n      int
		refuse bool
	}{
		{"brackets", "[", 20000, false},
		{"emphasis", "*a", 20000, false},
		{"underscores", "_a", 20000, false},
		{"angle brackets", "<a", 20000, false},
		{"bold runs", "**a**b", 10000, false},
		{"unclosed links", "[a](", 80 << 10, true},
		{"unclosed angle links", "[a](<", 80 << 10, true},
		{"five megabytes of brackets", "[", 5 << 20, true},
		{"a million columns", "|a", 1000000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read := func(n int) error {
				src := strings.Repeat(tt.unit, n)
				if strings.HasPrefix(tt.unit, "|") {
					src += "|\n" + strings.Repeat("|-", n) + "|\n"
				}
				_, err := importer.Markdown([]byte(src))
				return err
			}
			if tt.refuse {
				var ue *usererr.Error
				if err := read(tt.n); !errors.As(err, &ue) || ue.Zh == "" || ue.En == "" {
					t.Fatalf("want a bilingual refusal, got %v", err)
				}
				return
			}
			var small, large uint64
			small = allocated(func() {
				if err := read(tt.n); err != nil {
					t.Fatal(err)
				}
			})
			large = allocated(func() {
				if err := read(4 * tt.n); err != nil {
					t.Fatal(err)
				}
			})
			if large > 5*small {
				t.Errorf("%d× the input allocates %d bytes against %d: not linear", 4, large, small)
			}
		})
	}
}

// TestMarkdownTableWidth: a table as wide as the limit is read, one
// column more is refused.
func TestMarkdownTableWidth(t *testing.T) {
	table := func(cols int) []byte {
		return []byte("# 一、甲\n\n|" + strings.Repeat(" a |", cols) + "\n|" + strings.Repeat(" --- |", cols) + "\n|" + strings.Repeat(" b |", cols) + "\n")
	}
	if _, err := importer.Markdown(table(64)); err != nil {
		t.Errorf("64 columns: %v", err)
	}
	if _, err := importer.Markdown(table(65)); err == nil {
		t.Error("65 columns accepted")
	}
}

// BenchmarkMarkdownBrackets reads 320 KB of "[", which took 34 s when
// inline text was concatenated node by node; it reports the bytes
// allocated per input byte.
func BenchmarkMarkdownBrackets(b *testing.B) {
	benchmarkMarkdown(b, strings.Repeat("[", 320<<10))
}

// BenchmarkMarkdownLinks reads 320 KB of "[a](", which took goldmark 52 s
// to scan and is now refused after a bounded scan.
func BenchmarkMarkdownLinks(b *testing.B) {
	benchmarkMarkdown(b, strings.Repeat("[a](", 80<<10))
}

// BenchmarkMarkdownTable reads an 8 MB table of a million columns, which
// took 34 s and 3.4 GB and is now refused before parsing.
func BenchmarkMarkdownTable(b *testing.B) {
	benchmarkMarkdown(b, "|"+strings.Repeat("a|", 1000000)+"\n|"+strings.Repeat("-|", 1000000)+"\n")
}

func benchmarkMarkdown(b *testing.B, src string) {
	data := []byte(src)
	b.SetBytes(int64(len(data)))
	var alloc uint64
	for b.Loop() {
		alloc += allocated(func() { importer.Markdown(data) })
	}
	b.ReportMetric(float64(alloc)/float64(b.N)/float64(len(data)), "alloc-B/input-B")
}

// BenchmarkBoundLongParagraph holds a .yaodian document of one paragraph
// of a million characters to the limits: split at sentence ends.
func BenchmarkBoundLongParagraph(b *testing.B) {
	para := strings.Repeat("加强科技创新，推动高新技术企业发展。", importer.MaxDocumentRunes/18)
	for b.Loop() {
		d := docmodelWithPreamble(para)
		if _, err := importer.Bound(d); err != nil {
			b.Fatal(err)
		}
	}
}
