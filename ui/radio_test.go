package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
)

// A keyRadio chooses by tap, Space and Enter, moves with the arrows,
// wrapping round, and takes nothing while disabled.
func TestKeyRadio(t *testing.T) {
	test.NewTempApp(t)
	var changes []string
	r := newKeyRadio([]string{"甲", "乙", "丙"}, false, func(s string) { changes = append(changes, s) })
	w := test.NewWindow(r)
	defer w.Close()
	c := w.Canvas()
	for _, step := range []struct {
		name    string
		do      func()
		chosen  string
		focused int // the item with the keyboard, -1 for none
	}{
		{"tap 乙", func() { test.Tap(r.items[1]) }, "乙", 1},
		{"tap 乙 again", func() { test.Tap(r.items[1]) }, "乙", 1},
		{"↓", func() { r.items[1].TypedKey(key(fyne.KeyDown)) }, "乙", 2},
		{"↓ wraps", func() { r.items[2].TypedKey(key(fyne.KeyDown)) }, "乙", 0},
		{"Space", func() { r.items[0].TypedRune(' ') }, "甲", 0},
		{"↑ wraps", func() { r.items[0].TypedKey(key(fyne.KeyUp)) }, "甲", 2},
		{"Enter", func() { r.items[2].TypedKey(key(fyne.KeyReturn)) }, "丙", 2},
		{"←", func() { r.items[2].TypedKey(key(fyne.KeyLeft)) }, "丙", 1},
		{"→", func() { r.items[1].TypedKey(key(fyne.KeyRight)) }, "丙", 2},
		{"other runes", func() { r.items[2].TypedRune('x') }, "丙", 2},
		{"SetSelected", func() { r.SetSelected("甲") }, "甲", 2},
		{"disabled tap", func() { r.Disable(); c.Unfocus(); test.Tap(r.items[1]) }, "甲", -1},
		{"disabled Space", func() { r.items[1].TypedRune(' ') }, "甲", -1},
		{"disabled Enter", func() { r.items[2].TypedKey(key(fyne.KeyEnter)) }, "甲", -1},
		{"disabled Tab", func() { c.FocusNext() }, "甲", -1},
		{"enabled Tab", func() { r.Enable(); c.FocusNext() }, "甲", 0},
	} {
		step.do()
		want := fyne.Focusable(nil)
		if step.focused >= 0 {
			want = r.items[step.focused]
		}
		if r.Selected != step.chosen || c.Focused() != want {
			t.Errorf("%s: %q chosen, focus on %v; want %q, item %d", step.name, r.Selected, c.Focused(), step.chosen, step.focused)
		}
	}
	if got := strings.Join(changes, ""); got != "乙甲丙甲" {
		t.Errorf("OnChanged got %q, want 乙甲丙甲: once for each new choice", got)
	}
}

// The editor's 标题形式 works from the keyboard: Space on an option
// moves the title, and the keys pass on as tested in
// TestWindowKeysEverywhere.
func TestTitleKindKeys(t *testing.T) {
	w, task := newPlan(t)
	title := w.s.Doc().Find(task).Title()
	focus(t, w, w.editor.titleKind.items[0])
	w.editor.titleKind.items[0].TypedKey(key(fyne.KeyRight))
	lead := w.editor.titleKind.items[1]
	if w.win.Canvas().Focused() != lead {
		t.Fatalf("→ gives %T the keyboard", w.win.Canvas().Focused())
	}
	lead.TypedRune(' ')
	n := w.s.Doc().Find(task)
	if n.Lead != title || n.Heading != "" || w.editor.titleKind.Selected != titleLead {
		t.Errorf("Space on 引领句: heading %q, lead %q; want the lead %q", n.Heading, n.Lead, title)
	}
	test.Tap(w.editor.titleKind.items[0])
	if n := w.s.Doc().Find(task); n.Heading != title || n.Lead != "" {
		t.Errorf("tap on 小标题: heading %q, lead %q; want the heading %q", n.Heading, n.Lead, title)
	}
}

// In the settings, the radio buttons take the arrows and Space, Esc
// cancels the dialog and Enter saves it, also with a radio button
// focused.
func TestSettingsRadioKeys(t *testing.T) {
	w, _ := newPlan(t)
	c := w.win.Canvas()
	p := w.app.Preferences()
	item := func(label string) *keyRadioItem {
		t.Helper()
		for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
			if it, ok := o.(*keyRadioItem); ok && it.label == label {
				return it
			}
		}
		t.Fatalf("the settings have no option %s", label)
		return nil
	}
	for _, tc := range []struct {
		name   string
		keys   func(first *keyRadioItem)
		open   bool
		arabic docmodel.ArabicMode
	}{
		{"Esc", func(first *keyRadioItem) {
			first.TypedKey(key(fyne.KeyRight))
			item(arabicRunOn).TypedRune(' ')
			item(arabicRunOn).TypedKey(key(fyne.KeyEscape))
		}, false, ""},
		{"F10", func(first *keyRadioItem) { first.TypedKey(key(fyne.KeyF10)) }, true, ""},
		{"→ Space Enter", func(first *keyRadioItem) {
			first.TypedKey(key(fyne.KeyRight))
			item(arabicRunOn).TypedRune(' ')
			item(arabicRunOn).TypedKey(key(fyne.KeyReturn))
		}, false, docmodel.ArabicRunOn},
		{"Enter on the first", func(first *keyRadioItem) { first.TypedKey(key(fyne.KeyReturn)) }, false, docmodel.ArabicRestart},
	} {
		w.showSettings()
		first := item(arabicRestart)
		c.Focus(first)
		tc.keys(first)
		if open := c.Overlays().Top() != nil; open != tc.open {
			t.Errorf("%s: dialog open %v, want %v", tc.name, open, tc.open)
		}
		if _, menu := c.Focused().(*widget.PopUpMenu); menu {
			t.Errorf("%s: a menu opens over the settings", tc.name)
		}
		if got := docmodel.ArabicMode(p.String(prefArabic)); got != tc.arabic {
			t.Errorf("%s: numbering of new documents %q, want %q", tc.name, got, tc.arabic)
		}
		for c.Overlays().Top() != nil {
			c.Overlays().Remove(c.Overlays().Top())
		}
	}
}
