package importer_test

import (
	"os"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"yaodian/docmodel"
	"yaodian/importer"
)

func benchmarkRead(b *testing.B, path string, read func([]byte) ([]*docmodel.Document, error)) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := read(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocx imports the 20-page benchmark plan from Word (target:
// at most 20 ms).
func BenchmarkDocx(b *testing.B) {
	benchmarkRead(b, "../testdata/bench/workplan-20p.docx", importer.Docx)
}

// BenchmarkText imports it from its tagged text form.
func BenchmarkText(b *testing.B) {
	benchmarkRead(b, "../testdata/bench/workplan-20p.txt", importer.Text)
}

// BenchmarkTextCompilation imports the five plans of seed 002 as plain text.
func BenchmarkTextCompilation(b *testing.B) {
	benchmarkRead(b, "../testdata/seeds/002_07ecd39dfcf56a0e.txt", importer.Text)
}

// BenchmarkTextGBK imports the same compilation encoded in GBK, which
// adds detecting and decoding the encoding.
func BenchmarkTextGBK(b *testing.B) {
	src, err := os.ReadFile("../testdata/seeds/002_07ecd39dfcf56a0e.txt")
	if err != nil {
		b.Fatal(err)
	}
	data, err := simplifiedchinese.GBK.NewEncoder().Bytes(src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := importer.Text(data); err != nil {
			b.Fatal(err)
		}
	}
}
