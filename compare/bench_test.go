package compare_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"yaodian/compare"
	"yaodian/docmodel"
)

// wide is a plan of one section with n tasks, "任务i。" in order, or
// reversed and reworded ("任务i有改动。") for the other draft.
func wide(n int, other bool) *docmodel.Document {
	d := docmodel.New()
	s := d.NewNode()
	s.Heading = "重点任务"
	d.Sections = []*docmodel.Node{s}
	for i := range n {
		t := d.NewNode()
		t.Lead = fmt.Sprintf("任务%d。", i)
		if other {
			t.Lead = fmt.Sprintf("任务%d有改动。", n-1-i)
		}
		s.Children = append(s.Children, t)
	}
	return d
}

// reversed is the other draft with only the order changed.
func reversed(n int) *docmodel.Document {
	d := wide(n, false)
	kids := d.Sections[0].Children
	for i, j := 0, len(kids)-1; i < j; i, j = i+1, j-1 {
		kids[i], kids[j] = kids[j], kids[i]
	}
	return d
}

func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestCompareLinear: comparing drafts of many tasks, reordered or
// reworded, allocates in proportion to their size — four times the tasks
// at most five times the bytes — where the quadratic alignment this
// replaced took minutes on a million lines; and a long text is diffed by
// paragraph, still giving both texts back.
func TestCompareLinear(t *testing.T) {
	for _, tt := range []struct {
		name string
		b    func(n int) *docmodel.Document
	}{
		{"reversed", reversed},
		{"reworded", func(n int) *docmodel.Document { return wide(n, true) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			const n = 5000
			small := allocated(func() { compare.Documents(wide(n, false), tt.b(n)) })
			large := allocated(func() { compare.Documents(wide(4*n, false), tt.b(4*n)) })
			if large > 5*small {
				t.Errorf("4× the tasks allocate %d bytes against %d: not linear", large, small)
			}
		})
	}
	a := strings.Repeat("加强科技创新，推动发展。\n", 2000)
	b := strings.Replace(a, "推动发展", "推动高质量发展", 1)
	var fromA, fromB strings.Builder
	for _, op := range compare.Diff(a, b) {
		if op.Op != "+" {
			fromA.WriteString(op.Text)
		}
		if op.Op != "-" {
			fromB.WriteString(op.Text)
		}
	}
	if fromA.String() != a || fromB.String() != b {
		t.Error("the paragraph diff does not give back the texts")
	}
}

// BenchmarkCompareReversed compares 20,000 tasks with the same tasks in
// reverse order: every one but one moved.
func BenchmarkCompareReversed(b *testing.B) {
	a, other := wide(20000, false), reversed(20000)
	for b.Loop() {
		compare.Documents(a, other)
	}
}

// BenchmarkCompareReworded compares 20,000 tasks with every one reworded
// and the order reversed, which makes the similar-text search compare
// every pair below its bound.
func BenchmarkCompareReworded(b *testing.B) {
	a, other := wide(20000, false), wide(20000, true)
	for b.Loop() {
		compare.Documents(a, other)
	}
}

// BenchmarkDiffLong diffs two texts of 48,000 characters that differ in
// one word, by paragraph.
func BenchmarkDiffLong(b *testing.B) {
	a := strings.Repeat("加强科技创新，推动发展。\n", 4000)
	other := strings.Replace(a, "推动发展", "推动高质量发展", 1)
	for b.Loop() {
		compare.Diff(a, other)
	}
}
