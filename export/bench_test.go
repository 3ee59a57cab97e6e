package export_test

import (
	"os"
	"testing"

	"yaodian/docmodel"
	"yaodian/export"
	"yaodian/importer"
)

func benchDoc(b *testing.B) ([]byte, *docmodel.Document) {
	src, err := os.ReadFile(bench)
	if err != nil {
		b.Fatal(err)
	}
	d, err := importer.Markdown(src)
	if err != nil {
		b.Fatal(err)
	}
	return src, d
}

// BenchmarkImportMarkdown reads the 20-page benchmark plan.
func BenchmarkImportMarkdown(b *testing.B) {
	src, _ := benchDoc(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := importer.Markdown(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportMarkdown writes it back.
func BenchmarkExportMarkdown(b *testing.B) {
	src, d := benchDoc(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		export.Markdown(d)
	}
}

// BenchmarkNativeEncode and BenchmarkNativeDecode save and open it as a
// .yaodian file, without the disk.
func BenchmarkNativeEncode(b *testing.B) {
	_, d := benchDoc(b)
	for b.Loop() {
		if _, err := docmodel.Encode(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNativeDecode(b *testing.B) {
	_, d := benchDoc(b)
	data, err := docmodel.Encode(d)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := docmodel.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
