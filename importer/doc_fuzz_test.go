package importer

import (
	"os"
	"testing"
)

// FuzzDoc fuzzes the two streams of a Word 97-2003 file that Doc parses —
// the WordDocument stream (FIB, text, property pages) and the table stream
// (piece table, lists, styles) — rather than the compound file around
// them, so that mutations reach the parser.
func FuzzDoc(f *testing.F) {
	for _, name := range []string{"pandoc-plan.doc", "lo-outline.doc"} {
		src, err := os.ReadFile("testdata/fixtures/" + name)
		if err != nil {
			f.Fatal(err)
		}
		streams, err := compoundStreams(src)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(streams["WordDocument"], streams["1Table"])
	}
	f.Fuzz(func(t *testing.T, wd, table []byte) {
		docs, err := docStreams(map[string][]byte{"WordDocument": wd, "0Table": table, "1Table": table})
		if err == nil && len(docs) == 0 {
			t.Fatal("no document and no error")
		}
	})
}
