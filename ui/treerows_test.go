package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"yaodian/session"
)

// rowIndents gives where each row drawn in the tree begins its text, by
// node.
func rowIndents(w *Window) map[string]float32 {
	out := map[string]float32{}
	for _, o := range test.LaidOutObjects(w.tree) {
		if it, ok := o.(*outlineItem); ok && it.Visible() && it.id != "" {
			out[it.id] = it.Position().X // within its row, after the indent
		}
	}
	return out
}

// After 新建 over an open plan, whose node IDs the new plan reuses at
// other depths, and after a node is indented, every row is drawn at the
// indent of its depth.
func TestTreeRowsIndentByDepth(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	if n := len(rowIndents(w)); n < 5 {
		t.Fatalf("%d rows of the benchmark plan drawn", n)
	}
	w.show(session.New(session.Template(2025)))
	check := func(when string) {
		t.Helper()
		x := rowIndents(w)
		depth := map[string]int{}
		for id, e := range w.entries {
			depth[id] = e.Depth
		}
		at := map[int]float32{}
		for id, xi := range x {
			if want, ok := at[depth[id]]; ok && want != xi {
				t.Errorf("%s: %s (depth %d) drawn at x=%v, another row of its depth at %v", when, itemText(w.tree, id), depth[id], xi, want)
			}
			at[depth[id]] = xi
		}
		if len(at) < 2 || at[1] >= at[2] {
			t.Errorf("%s: indents by depth %v", when, at)
		}
	}
	check("after 新建")
	// 二、主要目标 indented under 一、: a deeper row, same ID.
	w.selectID(w.s.Doc().Sections[1].ID)
	w.edits.indent()
	check("after 降级")
}
