package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

// A goal whose paragraph states its targets, with none stored, lists them
// instead of saying there are none.
func TestIndicatorTableListsStatedTargets(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	goals := w.s.Doc().Sections[0].Children[1] // 一、（二）主要目标
	if len(goals.Indicators) != 0 {
		t.Fatalf("the goals store %d indicators", len(goals.Indicators))
	}
	w.selectID(goals.ID)
	objs := w.editor.indicators.rows.Objects
	if len(objs) != 1 {
		t.Fatalf("table has %d rows", len(objs))
	}
	text := objs[0].(*widget.Label).Text
	if !strings.HasPrefix(text, "正文中写有 9 项指标") || !strings.Contains(text, "全市地区生产总值 增长5.5%左右") {
		t.Errorf("table says %q", text)
	}
	// A node whose text states no target still says there is none.
	w.selectID(w.s.Doc().Sections[0].Children[0].ID)
	if got := w.editor.indicators.rows.Objects[0].(*widget.Label).Text; got != "尚无指标。" {
		t.Errorf("指导思想: table says %q", got)
	}
}
