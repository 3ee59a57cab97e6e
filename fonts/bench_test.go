package fonts

import (
	"os"
	"slices"
	"testing"
)

// benchRunes returns the characters of the 20-page benchmark plan, as a
// PDF export subsets them.
func benchRunes(b *testing.B) []rune {
	src, err := os.ReadFile("../testdata/bench/workplan-20p.md")
	if err != nil {
		b.Fatal(err)
	}
	rs := []rune(string(src))
	slices.Sort(rs)
	return slices.Compact(rs)
}

// BenchmarkSubset cuts FandolFang down to the benchmark plan's
// characters, as the body of its PDF, regular and synthetically bold.
func BenchmarkSubset(b *testing.B) {
	face := testFaces(b).fang
	runes := benchRunes(b)
	for _, bold := range []bool{false, true} {
		name := "regular"
		if bold {
			name = "bold"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := face.Subset(runes, "FandolFang", bold); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad finds the installed official fonts and builds the set,
// as each PDF export does (the bundled fonts are parsed once before).
func BenchmarkLoad(b *testing.B) {
	testFaces(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(""); err != nil {
			b.Fatal(err)
		}
	}
}
