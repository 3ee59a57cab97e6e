package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
)

// keyTargets are the focusable widgets of a window that a writer types
// in or tabs to, by name.
func keyTargets(w *Window) []struct {
	name string
	obj  fyne.Focusable
} {
	type target = struct {
		name string
		obj  fyne.Focusable
	}
	return []target{
		{"本项的标题", w.editor.title},
		{"本项的正文", w.editor.body},
		{"本项的角色", w.editor.role},
		{"本项的标题形式", w.editor.titleKind.items[1]},
		{"文档信息的标题", w.meta.title},
		{"文档信息的开头段落", w.meta.preamble},
		{"文档信息的层次", w.meta.levels},
		{"查找框", w.find.query},
		{"替换框", w.find.with},
		{"不区分全半角", w.find.loose},
		{"页面预览", w.preview.scroll},
		{"检查结果", w.findings.tree},
		{"大纲", w.tree},
		{"工具栏的按钮", w.bar.items[0].(*keyButton)},
		{"查找栏的按钮", barKeyButton(w.find, "下一处")},
	}
}

// barKeyButton is the find bar's button labelled label, nil if none.
func barKeyButton(b *findBar, label string) *keyButton {
	for _, o := range test.LaidOutObjects(b.box) {
		if bt, ok := o.(*keyButton); ok && bt.Text == label {
			return bt
		}
	}
	return nil
}

// focus shows the tab that holds o and gives o the keyboard.
func focus(t *testing.T, w *Window, o fyne.Focusable) {
	t.Helper()
	switch o {
	case w.meta.title, w.meta.preamble, w.meta.levels:
		w.showMeta()
	case w.editor.title, w.editor.body, w.editor.role, w.editor.titleKind.items[1], w.editor.titleKind.items[2]:
		w.tabs.Select(w.nodeTab)
	case w.findings.tree:
		w.side.Select(w.findings.tab)
	case w.preview.scroll:
		w.side.Select(w.side.Items[0])
	}
	c := w.win.Canvas()
	c.Focus(o)
	if c.Focused() != o {
		t.Fatalf("%T takes no focus", o)
	}
}

// closeMenu closes the menu F10 opened.
func closeMenu(t *testing.T, c fyne.Canvas, from string) {
	t.Helper()
	top, ok := c.Focused().(*widget.PopUpMenu)
	if !ok || len(c.Overlays().List()) != 1 {
		t.Errorf("F10 in %s: %d overlays, focus on %T, not a menu", from, len(c.Overlays().List()), c.Focused())
		for c.Overlays().Top() != nil {
			c.Overlays().Remove(c.Overlays().Top())
		}
		return
	}
	if !hasText(top.Items[0].(fyne.Widget), "新建") {
		t.Errorf("F10 in %s opens a menu other than 文件", from)
	}
	top.TypedKey(key(fyne.KeyEscape))
}

// F10 opens the first menu, and Esc gives the outline the keyboard with
// the selection kept, from every focusable widget of the window, not
// only from the outline and the node editor.
func TestWindowKeysEverywhere(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	w.find.open(true)
	for _, tc := range keyTargets(w) {
		focus(t, w, tc.obj)
		tc.obj.TypedKey(key(fyne.KeyF10))
		closeMenu(t, c, tc.name)

		if tc.obj == w.find.query || tc.obj == w.find.with {
			continue // Esc closes the bar (TestFindBarEscape)
		}
		focus(t, w, tc.obj)
		tc.obj.TypedKey(key(fyne.KeyEscape))
		if c.Focused() != w.tree || w.selected != task || w.editor.id != task {
			t.Errorf("Esc in %s: focus on %T, %s selected", tc.name, c.Focused(), itemText(w.tree, w.selected))
		}
		// Esc on the find bar's buttons and check box closes the bar, as
		// it does in its boxes; elsewhere the bar stays.
		if inBar := w.find.holds(tc.obj); w.find.box.Visible() == inBar {
			t.Errorf("Esc in %s: find bar shown %v", tc.name, w.find.box.Visible())
		}
		w.find.open(true)
	}
	// The chart's list, and the compare mode's list and table: F10 too.
	w.side.Select(w.trendTab)
	c.Focus(w.trend.list)
	w.trend.list.TypedKey(key(fyne.KeyF10))
	closeMenu(t, c, "指标走势")
	w.enterComparison()
	for _, o := range []fyne.Focusable{w.comparison.list, w.comparison.table, w.comparison.aPick} {
		c.Focus(o)
		o.TypedKey(key(fyne.KeyF10))
		closeMenu(t, c, "对照两稿")
	}
	// Esc in the compare mode goes back to editing, as Esc closes a mode
	// in WPS and Word, and gives the outline, shown again, the keyboard.
	// (It used to leave the keyboard where it was, because the hidden
	// outline cannot take it; leaving the mode first keeps that so.)
	for _, o := range []fyne.Focusable{w.comparison.list, w.comparison.table, w.comparison.prev} {
		w.enterComparison()
		c.Focus(o)
		o.TypedKey(key(fyne.KeyEscape))
		if w.comparing() || c.Focused() != w.tree || w.selected != task {
			t.Errorf("Esc on %T in the compare mode: comparing %v, keyboard on %T", o, w.comparing(), c.Focused())
		}
	}

	// Esc on a dialog's button, reached with Tab, cancels the dialog.
	w.saveAs()
	var cancel *keyButton
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if b, ok := o.(*keyButton); ok && b.Text == "取消" {
			cancel = b
		}
	}
	if cancel == nil {
		t.Fatal("the save dialog has no 取消 button")
	}
	c.Focus(cancel)
	cancel.TypedKey(key(fyne.KeyEscape))
	if c.Overlays().Top() != nil {
		t.Error("Esc on the save dialog's button leaves it open")
	}

	// A dialog waiting for an answer keeps the window's keys off, and Esc
	// cancels it.
	nodes := len(w.entries)
	w.edits.confirmDelete()
	c.Focus(w.meta.title)
	w.meta.title.TypedKey(key(fyne.KeyF10))
	if _, menu := c.Focused().(*widget.PopUpMenu); menu {
		t.Error("F10 opens the menu over a dialog")
	}
	w.meta.title.TypedKey(key(fyne.KeyEscape))
	if c.Overlays().Top() != nil || len(w.entries) != nodes {
		t.Errorf("Esc over a dialog: overlay shown %v, %d nodes, want %d", c.Overlays().Top() != nil, len(w.entries), nodes)
	}
}

// Esc in the find bar closes it; the keyboard goes to the match selected
// in a field, or to the outline when no match is, never staying in the
// hidden box.
func TestFindBarEscape(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	w.find.open(false)
	test.Type(w.find.query, "没有这段文字")
	w.find.query.TypedKey(key(fyne.KeyEscape))
	if w.find.box.Visible() || c.Focused() != w.tree || w.selected != task {
		t.Errorf("Esc without a match: bar shown %v, focus on %T", w.find.box.Visible(), c.Focused())
	}
	w.find.open(false)
	w.find.query.SetText("要")
	w.find.query.TypedKey(key(fyne.KeyReturn))
	field := w.find.field
	w.find.query.TypedKey(key(fyne.KeyEscape))
	if field == nil || c.Focused() != field {
		t.Errorf("Esc on a match: focus on %T, want the field with the match", c.Focused())
	}
	// A match whose field is out of sight: the outline gets the keyboard.
	w.find.open(false)
	w.find.query.TypedKey(key(fyne.KeyReturn))
	w.find.query.TypedKey(key(fyne.KeyReturn))
	if w.find.field == field || w.find.field == nil {
		t.Fatal("the second match is in the same field")
	}
	if w.find.field == w.meta.title { // hide the tab the field is in
		w.tabs.Select(w.nodeTab)
	} else {
		w.tabs.Select(w.metaTab)
	}
	w.find.query.TypedKey(key(fyne.KeyEscape))
	if c.Focused() != w.tree {
		t.Errorf("Esc on a match out of sight: focus on %T, want the outline", c.Focused())
	}
}

// F3 and Shift+F3 go to the next and previous match from anywhere once a
// search is set, showing the bar again if it was closed, and leave the
// keyboard where it is; with no search set they do nothing.
func TestFindAgainAnywhere(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	shift := false
	w.keys.mods = func() fyne.KeyModifier {
		if shift {
			return fyne.KeyModifierShift
		}
		return 0
	}
	c.Focus(w.tree)
	w.tree.TypedKey(key(fyne.KeyF3))
	if w.find.box.Visible() || w.selected != task || c.Focused() != w.tree {
		t.Fatalf("F3 with no search: bar shown %v, %s selected", w.find.box.Visible(), itemText(w.tree, w.selected))
	}

	w.find.open(false)
	w.find.query.SetText("要") // 工作要点, 总体要求, 主要目标
	w.find.query.TypedKey(key(fyne.KeyEscape))
	total := len(w.find.matches)
	if total != 3 || w.find.box.Visible() {
		t.Fatalf("the template has %d matches of 要, bar shown %v", total, w.find.box.Visible())
	}
	was := -1
	for i, step := range []struct {
		from  fyne.Focusable
		shift bool
	}{
		{w.tree, false},
		{w.tree, false},
		{w.editor.title, false},
		{w.editor.titleKind.items[2], false},
		{w.meta.title, true},
		{w.preview.scroll, true},
		{w.findings.tree, true},
		{w.find.loose, false},
	} {
		focus(t, w, step.from)
		shift = step.shift
		step.from.TypedKey(key(fyne.KeyF3))
		want := (was + 1) % total
		if step.shift {
			want = (was - 1 + total) % total
		}
		if was < 0 {
			want = w.find.cur // the first from the selected node
		}
		if !w.find.box.Visible() || w.find.cur < 0 || w.find.cur != want {
			t.Errorf("step %d: bar shown %v, match %d marked, want %d", i, w.find.box.Visible(), w.find.cur, want)
		}
		if c.Focused() != step.from {
			t.Errorf("step %d: F3 moves the keyboard to %T", i, c.Focused())
		}
		was = w.find.cur
	}
}

// Enter in the outline goes into the editor, as F2 does, and adds
// nothing; Ctrl+Enter, which the 结构 menu shows, adds a sibling.
func TestEnterEditsAndCtrlEnterAdds(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	before := len(w.entries)
	c.Focus(w.tree)
	w.tree.TypedKey(key(fyne.KeyReturn))
	if c.Focused() != w.editor.title || len(w.entries) != before || w.selected != task {
		t.Fatalf("Enter: focus on %T, %d nodes (was %d)", c.Focused(), len(w.entries), before)
	}
	// The 结构 menu names the keys in its label, and the menu carries
	// them unseen, as it does Alt and the menus' letters.
	menuAction(t, w, "添加同级项（Ctrl+Enter）")
	it := menuShortcut(w.win.MainMenu(), "CustomDesktop:Control+Return")
	if it == nil {
		t.Fatal("the menus carry no Ctrl+Enter")
	}
	c.Focus(w.tree)
	w.tree.TypedShortcut(it.Shortcut)
	if len(w.entries) != before+1 || w.s.UndoLabel() == "" {
		t.Errorf("Ctrl+Enter: %d nodes, want %d", len(w.entries), before+1)
	}
}

// The compare mode takes the keyboard from the outline it hides, where
// Tab would demote the selected node unseen, and gives it back when left.
func TestCompareModeTakesKeyboard(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	c.Focus(w.tree)
	w.enterComparison()
	if c.Focused() != w.comparison.list {
		t.Errorf("in the compare mode the keyboard is on %T, want the list of changes", c.Focused())
	}
	c.FocusNext()
	if c.Focused() == fyne.Focusable(w.tree) {
		t.Error("Tab in the compare mode goes to the hidden outline")
	}
	w.leaveComparison()
	if c.Focused() != w.tree || w.selected != task {
		t.Errorf("back from the compare mode: keyboard on %T, %s selected", c.Focused(), itemText(w.tree, w.selected))
	}
}

// outlineText is the draft's outline, one line a node: its depth, its
// summary and its body, for telling whether an action changed it.
func outlineText(nodes []*docmodel.Node, depth int) string {
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(strings.Repeat("\t", depth) + n.Summary() + "|" + strings.Join(n.Body, "/") + "\n")
		b.WriteString(outlineText(n.Children, depth+1))
	}
	return b.String()
}

// While comparing, the outline and the editor are hidden: no toolbar
// button, menu item or shortcut edits the draft unseen, and their buttons
// and items show as disabled; back in the editor they work again.
func TestCompareModeLocksEditing(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	w.edits.addSibling() // a step to undo
	w.selectID(task)
	w.enterComparison()
	before, undo := outlineText(w.s.Doc().Sections, 0), w.s.UndoLabel()

	var acts []string
	for _, b := range buttonsIn(w.bar.box) {
		if editActions[b.Text] || strings.HasPrefix(b.Text, "撤销") || strings.HasPrefix(b.Text, "重做") {
			acts = append(acts, "按钮 "+b.Text)
			if !b.Disabled() {
				t.Errorf("toolbar button %s enabled in the compare mode", b.Text)
			}
			b.OnTapped()
		}
	}
	for _, it := range append(append([]*fyne.MenuItem{}, w.structureItems...), w.undoItem, w.redoItem) {
		acts = append(acts, "菜单 "+it.Label)
		if !it.Disabled {
			t.Errorf("menu item %s enabled in the compare mode", it.Label)
		}
		it.Action()
	}
	sc := c.(fyne.Shortcutable)
	for _, s := range []fyne.Shortcut{
		&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt},
		&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt},
		&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt},
		&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault},
		&fyne.ShortcutUndo{}, &fyne.ShortcutRedo{},
	} {
		sc.TypedShortcut(s)
	}
	if len(acts) != 21 {
		t.Errorf("%d editing actions tried, want 21: %v", len(acts), acts)
	}
	for c.Overlays().Top() != nil { // a 删除 dialog would be a way to edit
		c.Overlays().Remove(c.Overlays().Top())
		t.Error("an editing action opened a dialog in the compare mode")
	}
	if after := outlineText(w.s.Doc().Sections, 0); after != before || w.s.UndoLabel() != undo || !w.comparing() {
		t.Errorf("the draft changed in the compare mode (undo %q, want %q; comparing %v):\n%s\nwant\n%s", w.s.UndoLabel(), undo, w.comparing(), after, before)
	}

	w.leaveComparison()
	for _, b := range buttonsIn(w.bar.box) {
		if editActions[b.Text] && b.Disabled() {
			t.Errorf("toolbar button %s disabled back in the editor", b.Text)
		}
	}
	if w.structureItems[0].Disabled || w.undoItem.Disabled || w.undoButton.Disabled() {
		t.Error("editing actions disabled back in the editor")
	}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
	if w.s.UndoLabel() == undo {
		t.Error("Alt+↓ back in the editor moves nothing")
	}
}

// A document shown, opened or new, gives the outline the keyboard, also
// from the compare mode, so that the arrows walk the outline at once.
func TestShowGivesOutlineKeyboard(t *testing.T) {
	w, _ := newPlan(t)
	c := w.win.Canvas()
	if c.Focused() != w.tree {
		t.Errorf("a document shown: keyboard on %T, want the outline", c.Focused())
	}
	w.enterComparison()
	w.newDocument()
	if c.Focused() != w.tree || w.body.Objects[0] != w.work {
		t.Errorf("a new document from the compare mode: keyboard on %T", c.Focused())
	}
}

// Enter presses a button reached with Tab, as Space does: 全部替换 in the
// find bar replaces every match; a disabled button takes neither.
func TestEnterPressesButton(t *testing.T) {
	test.NewTempApp(t)
	taps := 0
	b := newKeyButton("确定", func() { taps++ })
	w := test.NewWindow(b)
	defer w.Close()
	for _, tc := range []struct {
		key      fyne.KeyName
		disabled bool
		taps     int
	}{
		{fyne.KeyReturn, false, 1},
		{fyne.KeyEnter, false, 2},
		{fyne.KeySpace, false, 3},
		{fyne.KeyDown, false, 3},
		{fyne.KeyReturn, true, 3},
		{fyne.KeySpace, true, 3},
	} {
		setEnabled(b, !tc.disabled)
		b.TypedKey(key(tc.key))
		if taps != tc.taps {
			t.Errorf("%s on a button (disabled %v): %d presses in all, want %d", tc.key, tc.disabled, taps, tc.taps)
		}
	}

	p, _ := newPlan(t)
	p.find.open(true)
	p.find.query.SetText("要")
	p.find.with.SetText("点")
	all := barKeyButton(p.find, "全部替换")
	p.win.Canvas().Focus(all)
	all.TypedKey(key(fyne.KeyReturn))
	if n := len(p.find.matches); n != 0 || !strings.Contains(p.s.Doc().Meta.Title, "工作点点") {
		t.Errorf("Enter on 全部替换: %d matches left, title %q", n, p.s.Doc().Meta.Title)
	}
}

// focusMarks lists the rows of the outline that show the focus mark, by
// node id, and fails if a marked row does not draw it in the theme's
// primary colour.
func focusMarks(t *testing.T, w *Window) []string {
	t.Helper()
	var out []string
	for it := range w.tree.rows.all() {
		r, ok := test.WidgetRenderer(it).(*outlineItemRenderer)
		if !ok {
			t.Fatalf("an outline row is drawn by %T, with no focus mark", test.WidgetRenderer(it))
		}
		if r.mark.Visible() && it.Visible() {
			if r.mark.StrokeColor != theme.Color(theme.ColorNamePrimary) || r.mark.StrokeWidth < 1 {
				t.Errorf("the focus mark is %v, %v wide", r.mark.StrokeColor, r.mark.StrokeWidth)
			}
			out = append(out, it.id)
		}
	}
	return out
}

// The selected row of the outline shows whether the outline has the
// keyboard: a frame in the primary colour while it has, none while the
// editor has it; the frame follows the arrows.
func TestOutlineFocusMark(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	test.WidgetRenderer(w.tree) // lays the rows out
	for _, tc := range []struct {
		name  string
		focus func()
		want  func() []string
	}{
		{"outline", func() { c.Focus(w.tree) }, func() []string { return []string{task} }},
		{"editor", func() { c.Focus(w.editor.title) }, func() []string { return nil }},
		{"back with Esc", func() { w.editor.title.TypedKey(key(fyne.KeyEscape)) }, func() []string { return []string{task} }},
		{"↑", func() {
			w.tree.TypedKey(key(fyne.KeyUp))
			if w.selected == task {
				t.Error("↑ did not move the selection")
			}
		}, func() []string { return []string{w.selected} }},
		// A tap left of a row's label selects through Fyne's own tree.
		{"selected by Fyne's tree", func() { w.tree.Tree.Select(task) }, func() []string { return []string{task} }},
		{"unfocused", func() { c.Unfocus() }, func() []string { return nil }},
	} {
		tc.focus()
		got, want := focusMarks(t, w), tc.want()
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: marked rows %v, want %v", tc.name, got, want)
		}
	}
}
