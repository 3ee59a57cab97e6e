package ui

import (
	"os"
	"os/exec"
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
)

// TestRowSetForgetsDroppedRows checks that the tree's set of rows keeps
// only the rows something else still holds.
func TestRowSetForgetsDroppedRows(t *testing.T) {
	s := rowSet{}
	kept := make([]*outlineItem, 3)
	for i := range 10 {
		it := newOutlineItem(nil)
		if i < len(kept) {
			kept[i] = it
		}
		s.add(it)
	}
	runtime.GC()
	n := 0
	for it := range s.all() {
		if it != kept[0] && it != kept[1] && it != kept[2] {
			t.Errorf("a dropped row is still in the set")
		}
		n++
	}
	if n != len(kept) || len(s) != len(kept) {
		t.Errorf("the set yields %d rows and holds %d, want %d", n, len(s), len(kept))
	}
	runtime.KeepAlive(kept)
}

// TestOutlineRowsBounded redraws the outline of the benchmark plan as
// every edit does, with garbage collections between, and checks that the
// tree's set of rows forgets the rows Fyne dropped instead of growing
// with each redraw, and that the rows it finds still show their nodes.
// Fyne's renderer cache holds a row for a minute after its last use
// (FYNE_CACHE, read when Fyne starts): the test runs itself again with
// that minute made a nanosecond, and captures the canvas once, which
// empties the cache as a painted frame does.
func TestOutlineRowsBounded(t *testing.T) {
	if os.Getenv("FYNE_CACHE") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOutlineRowsBounded$", "-test.v")
		cmd.Env = append(os.Environ(), "FYNE_CACHE=1ns")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		t.Logf("%s", out)
		return
	}
	w := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1280, 800))
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	made := 0
	create := w.tree.CreateNode
	w.tree.CreateNode = func(branch bool) fyne.CanvasObject {
		made++
		return create(branch)
	}
	for range 40 {
		w.tree.Refresh()
		runtime.GC()
		runtime.GC()
	}
	w.win.Canvas().Capture()
	runtime.GC()
	runtime.GC()
	w.tree.Refresh()
	n := 0
	for it := range w.tree.rows.all() {
		n++
		if _, ok := w.entries[it.id]; it.id != "" && !ok {
			t.Errorf("row shows %q, which is no node", it.id)
		}
	}
	shown := 0
	for range w.tree.shownItems() {
		shown++
	}
	if shown == 0 {
		t.Fatal("the tree shows no rows")
	}
	if n > 3*shown {
		t.Errorf("after 40 redraws the tree holds %d of the %d rows made, for %d shown", n, made, shown)
	}
	t.Logf("%d rows made, %d held, %d shown", made, n, shown)
}
