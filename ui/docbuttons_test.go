package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"yaodian/session"
)

// With no document open, the toolbar's buttons that act on one are
// disabled; opening one enables them. 新建, 打开…, 设置… and 对照两稿…
// (which compares two files) always work, the button as the menu item.
func TestToolbarFollowsOpenDocument(t *testing.T) {
	w := newTestWindow(t)
	states := func() map[string]bool {
		on := map[string]bool{}
		for _, b := range buttonsIn(w.bar.box) {
			on[b.Text] = !b.Disabled()
		}
		return on
	}
	for label, want := range map[string]bool{"新建": true, "打开…": true, "设置…": true, "保存": false, "导出 PDF…": false, "检查": false, "对照两稿…": true, "同级": false, "删除": false, "撤销": false, moreLabel: true} {
		if got, ok := states()[label]; !ok || got != want {
			t.Errorf("no document: %s enabled %v (found %v), want %v", label, got, ok, want)
		}
	}
	for _, b := range buttonsIn(w.bar.box) {
		if b.Text == "对照两稿…" {
			test.Tap(b)
		}
	}
	if w.comparison == nil || w.body.Objects[0] != w.comparison.box {
		t.Error("with no document, the 对照两稿 button does not open the compare mode")
	}
	w.leaveComparison()
	menuAction(t, w, "对照两稿…")()
	if w.body.Objects[0] != w.comparison.box {
		t.Error("with no document, the 对照两稿 menu item does not open the compare mode")
	}
	w.leaveComparison()
	w.show(session.New(session.Template(2025)))
	for _, label := range []string{"新建", "保存", "导出 PDF…", "检查", "对照两稿…", "同级", "删除"} {
		if !states()[label] {
			t.Errorf("with a document open %s is disabled", label)
		}
	}
}
