package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
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
	text := objs[0].(*flowLabel).Text
	if !strings.HasPrefix(text, "正文中写有 9 项指标") || !strings.Contains(text, "全市地区生产总值 增长5.5%左右") {
		t.Errorf("table says %q", text)
	}
	// A node whose text states no target still says there is none.
	w.selectID(w.s.Doc().Sections[0].Children[0].ID)
	if got := w.editor.indicators.rows.Objects[0].(*flowLabel).Text; got != "尚无指标。" {
		t.Errorf("指导思想: table says %q", got)
	}
}

// The list of a goal's stated targets, laid out narrow, wraps as Chinese
// is set (GB/T 15834): no line starts with a closing mark such as 。 or
// ；, and no number is split from its unit, which Fyne's Label, breaking
// only at spaces, did (a line ending “正文中写有 9”, the rest far below).
func TestIndicatorNoteWrapsChinese(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	w.selectID(w.s.Doc().Sections[0].Children[1].ID) // 一、（二）主要目标
	note := w.editor.indicators.rows.Objects[0]
	em := advance('中', theme.TextSize(), false)
	for _, chars := range []float32{7, 9, 12, 17, 23} {
		note.Resize(fyne.NewSize(2*theme.InnerPadding()+chars*em+0.5, 600))
		r, ok := test.WidgetRenderer(note.(fyne.Widget)).(*flowRenderer)
		if !ok {
			t.Fatalf("the note is a %T, not wrapped by flowText", note)
		}
		var lines []string
		for _, l := range r.lines {
			var b strings.Builder
			for _, c := range l {
				b.WriteRune(c.r)
			}
			lines = append(lines, b.String())
		}
		all := strings.Join(lines, "|")
		for i, l := range lines {
			if l != "" && strings.ContainsRune("。，、；：）」』”’》%", []rune(l)[0]) {
				t.Errorf("%v ideographs wide: line %d starts with a closing mark: %q", chars, i+1, l)
			}
		}
		// Whole once the lines are joined, and whole on one line.
		for _, number := range []string{"5.5%", "6%"} {
			if !strings.Contains(strings.ReplaceAll(all, "|", ""), number) {
				t.Fatalf("%v ideographs wide: the note does not state %s: %q", chars, number, all)
			}
			if !strings.Contains(all, number) {
				t.Errorf("%v ideographs wide: %s split across lines: %q", chars, number, all)
			}
		}
		if len(lines) < 3 {
			t.Errorf("%v ideographs wide: %d lines", chars, len(lines))
		}
	}
}
