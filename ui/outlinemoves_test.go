package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"yaodian/docmodel"
	"yaodian/session"
)

// shownRow returns the row of the tree that shows node id.
func shownRow(t *testing.T, w *Window, id string) *outlineItem {
	t.Helper()
	for it := range w.tree.shownItems() {
		if it.id == id {
			return it
		}
	}
	t.Fatalf("no row shows %s (%s)", id, itemText(w.tree, id))
	return nil
}

// dragRow drags the row of node id to the row of node onto, at frac of
// its height (0 its top, 1 its bottom), and drops it there. It reports
// whether a drop mark was shown just before the drop.
func dragRow(t *testing.T, w *Window, id, onto string, frac float32) bool {
	t.Helper()
	drv := fyne.CurrentApp().Driver()
	from := shownRow(t, w, id)
	to := shownRow(t, w, onto)
	start := drv.AbsolutePositionForObject(from)
	end := drv.AbsolutePositionForObject(to).Add(fyne.NewPos(20, to.Size().Height*frac))
	mid := start.Add(fyne.NewPos(5, 5))
	from.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid.Subtract(start)}})
	from.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: end.Subtract(start)}})
	marked := w.tree.marks.line.Visible() || w.tree.marks.frame.Visible()
	from.DragEnd()
	if w.tree.marks.line.Visible() || w.tree.marks.frame.Visible() {
		t.Errorf("the drop mark stays after the drop")
	}
	return marked
}

// Dragging a row onto a node makes it a child, onto the edge between two
// rows a sibling, in any section; each drop is one undo step, and undo
// selects the node moved back.
func TestOutlineDragAndDrop(t *testing.T) {
	w, task := newPlan(t)
	d := w.s.Doc()
	principles, goals, safeguards := d.Sections[0].ID, d.Sections[1].ID, d.Sections[3].ID
	cases := []struct {
		name     string
		id, onto string
		frac     float32
		marked   bool
		want     string
	}{
		{"onto 二、 makes a child", task, goals, 0.5, true,
			"一、总体要求 二、主要目标 （一）（空） 三、重点任务 四、保障措施"},
		{"the top edge of 四、 makes a sibling before it", task, safeguards, 0.05, true,
			"一、总体要求 二、主要目标 三、重点任务 四、（空） 五、保障措施"},
		{"the bottom edge of 一、 makes a sibling after it", task, principles, 0.95, true,
			"一、总体要求 二、（空） 三、主要目标 四、重点任务 五、保障措施"},
		{"below the last row makes it the last section", task, safeguards, 1.5, true,
			"一、总体要求 二、主要目标 三、重点任务 四、保障措施 五、（空）"},
		{"the top edge of 五、 makes a sibling before it", task, safeguards, 0.05, true,
			"一、总体要求 二、主要目标 三、重点任务 四、（空） 五、保障措施"},
		{"onto itself does nothing", task, task, 0.5, false,
			"一、总体要求 二、主要目标 三、重点任务 四、（空） 五、保障措施"},
		{"a section with children into its own child is refused", goals, goals, 0.5, false,
			"一、总体要求 二、主要目标 三、重点任务 四、（空） 五、保障措施"},
	}
	steps := 0
	for _, c := range cases {
		marked := dragRow(t, w, c.id, c.onto, c.frac)
		if marked != c.marked {
			t.Errorf("%s: drop mark shown %v, want %v", c.name, marked, c.marked)
		}
		if got := outline(w.tree); got != c.want {
			t.Fatalf("%s: outline\n%s\nwant\n%s", c.name, got, c.want)
		}
		// Fyne's tree keeps the row of a node at the indent it had.
		drv := fyne.CurrentApp().Driver()
		if e := w.entries[c.id]; e.Depth == 1 && drv.AbsolutePositionForObject(shownRow(t, w, c.id)).X != drv.AbsolutePositionForObject(shownRow(t, w, principles)).X {
			t.Errorf("%s: the moved section is drawn at another indent than 一、", c.name)
		}
		if c.marked {
			steps++
			if w.selected != c.id || w.undoItem.Label != "撤销拖动" {
				t.Errorf("%s: selected %q, undo %q", c.name, w.selected, w.undoItem.Label)
			}
		}
	}
	for range steps {
		w.undo()
		if w.selected != task {
			t.Errorf("undoing a drop selects %q (%s), not the task moved", w.selected, itemText(w.tree, w.selected))
		}
	}
	if got, want := outline(w.tree), "一、总体要求 二、主要目标 三、重点任务 （一）（空） 四、保障措施"; got != want {
		t.Errorf("after undoing every drop:\n%s\nwant\n%s", got, want)
	}
	// Esc during a drag drops nothing.
	from, to := shownRow(t, w, task), shownRow(t, w, goals)
	drv := fyne.CurrentApp().Driver()
	from.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: drv.AbsolutePositionForObject(to).Subtract(drv.AbsolutePositionForObject(from)).Add(fyne.NewPos(20, 15))}})
	if w.win.Canvas().Focused() != w.tree {
		t.Errorf("a drag does not give the tree the keyboard")
	}
	w.tree.TypedKey(key(fyne.KeyEscape))
	from.DragEnd()
	if got, want := outline(w.tree), "一、总体要求 二、主要目标 三、重点任务 （一）（空） 四、保障措施"; got != want || w.tree.marks.frame.Visible() {
		t.Errorf("a drag cancelled with Esc moved the node:\n%s", got)
	}
}

// A task dragged from section 二、 of the benchmark plan to section 三、
// lands there, with its subtree, as one undo step.
func TestOutlineDragAcrossSections(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	d := w.s.Doc()
	two, three := d.Sections[1], d.Sections[2]
	// Only the two sections' rows are shown, as a writer would fold the
	// outline to drag between them.
	w.tree.CloseAllBranches()
	w.tree.OpenBranch(two.ID)
	count := len(two.Children)
	moved := two.Children[count-1]
	movedID, movedText := moved.ID, moved.Summary()
	before := len(three.Children)
	if !dragRow(t, w, movedID, three.ID, 0.5) {
		t.Fatal("no drop mark over 三、")
	}
	d = w.s.Doc()
	three = d.Sections[2]
	if len(three.Children) != before+1 || three.Children[before].ID != movedID || three.Children[before].Summary() != movedText {
		t.Fatalf("三、 has %d children, the last %q; want %q last", len(three.Children), three.Children[len(three.Children)-1].Summary(), movedText)
	}
	if e := w.entries[movedID]; !strings.HasPrefix(e.Path, "三、/") {
		t.Errorf("the moved task is at %s", e.Path)
	}
	w.undo()
	if w.s.Doc().Sections[1].Children[count-1].ID != movedID || w.selected != movedID {
		t.Errorf("undo does not put the task back into 二、 and select it: selected %q", w.selected)
	}
}

// Cut and paste move a node, copy and paste duplicate it, each one undo
// step; nodes copied in one window paste with every field in another.
func TestOutlineCutCopyPaste(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	c.Focus(w.tree)
	test.Type(w.editor.title, "加强平台建设")
	test.Type(w.editor.leadUnit, "市科技局")
	// A role is not written in plan text: only an exact paste keeps it.
	w.editor.role.SetSelected(docmodel.RoleGoals.Label())
	w.s.Seal()
	w.selectID(task)
	c.Focus(w.tree)
	shortcut := func(s fyne.Shortcut) func() { return func() { w.tree.TypedShortcut(s) } }
	clip := fyne.CurrentApp().Clipboard()
	goals := w.s.Doc().Sections[1].ID
	steps := []struct {
		name, want, undo string
		do               func()
	}{
		{"Ctrl+X cuts", "一、总体要求 二、主要目标 三、重点任务 四、保障措施", "撤销剪切", shortcut(&fyne.ShortcutCut{Clipboard: clip})},
		{"Ctrl+V after 二、 pastes a section", "一、总体要求 二、主要目标 三、加强平台建设 四、重点任务 五、保障措施", "撤销粘贴", func() {
			w.selectID(goals)
			w.tree.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		}},
		{"Ctrl+C copies, Ctrl+V pastes a duplicate", "一、总体要求 二、主要目标 三、加强平台建设 四、加强平台建设 五、重点任务 六、保障措施", "撤销粘贴", func() {
			w.tree.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
			w.tree.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		}},
	}
	for _, s := range steps {
		s.do()
		if got := outline(w.tree); got != s.want {
			t.Fatalf("%s: outline\n%s\nwant\n%s", s.name, got, s.want)
		}
		if w.undoItem.Label != s.undo {
			t.Errorf("%s: undo item %q", s.name, w.undoItem.Label)
		}
	}
	if text := clip.Content(); !strings.Contains(text, "加强平台建设") || !strings.Contains(text, "市科技局") {
		t.Errorf("the clipboard holds %q, not the plan text of the node", text)
	}
	// Another window of the program pastes the node with its units.
	other := newTestWindowIn(t, fyne.CurrentApp(), t.TempDir())
	other.show(session.New(session.Template(2025)))
	other.selectID(other.s.Doc().Sections[2].Children[0].ID)
	other.edits.board = newBoard(fyne.CurrentApp()) // a board of its own, sharing the file
	other.tree.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	n := other.s.Doc().Find(other.selected)
	if n == nil || n.Heading != "加强平台建设" || n.LeadUnit != "市科技局" || n.Role != docmodel.RoleGoals {
		t.Fatalf("the other window pasted %+v", n)
	}
	// Other shortcuts still reach the window's.
	w.selectID(w.s.Doc().Sections[5].ID)
	w.tree.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt})
	if got := outline(w.tree); !strings.HasPrefix(got, "一、总体要求 二、主要目标 三、加强平台建设 四、加强平台建设 五、保障措施 六、重点任务") {
		t.Errorf("Alt+Up from the tree: %s", got)
	}
}

// A plan pasted as text into the tree becomes nodes, one undo step.
func TestOutlinePastePlan(t *testing.T) {
	w, task := newPlan(t)
	plan := "一、深化科技体制改革\n（一）完善科技评价机制。健全以创新价值为导向的评价体系。\n（二）加强平台建设。\n1．建设重点实验室。\n2．建设技术创新中心。\n"
	fyne.CurrentApp().Clipboard().SetContent(plan)
	w.selectID(w.s.Doc().Sections[3].ID)
	w.tree.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	want := "一、总体要求 二、主要目标 三、重点任务 （一）（空） 四、保障措施 五、深化科技体制改革 （一）完善科技评价机制。 （二）加强平台建设。 1．建设重点实验室。 2．建设技术创新中心。"
	if got := outline(w.tree); got != want {
		t.Fatalf("pasted plan:\n%s\nwant\n%s", got, want)
	}
	if w.undoItem.Label != "撤销粘贴" || itemText(w.tree, w.selected) != "五、深化科技体制改革" {
		t.Errorf("undo %q, selected %q", w.undoItem.Label, itemText(w.tree, w.selected))
	}
	if rows := w.tree.shownRows(); itemText(w.tree, rows[len(rows)-1]) != "2．建设技术创新中心。" {
		t.Errorf("the pasted subtree is folded: the last row shown is %s", itemText(w.tree, rows[len(rows)-1]))
	}
	// Pasted after a task, it keeps its inner levels below the task's.
	w.undo()
	w.selectID(task)
	w.edits.paste()
	if got := outline(w.tree); !strings.Contains(got, "（一）（空） （二）深化科技体制改革 1．完善科技评价机制。 2．加强平台建设。 （1）建设重点实验室。") {
		t.Errorf("pasted after a task:\n%s", got)
	}
	// Where even that is too deep, it goes after the task's section.
	w.undo()
	w.selectID(task)
	w.edits.addChild()
	w.edits.pasteText("一、甲\n（一）乙\n1．丙\n（1）丁\n①戊\n")
	if got := outline(w.tree); !strings.Contains(got, "1．（空） 四、甲 （一）乙 1．丙 （1）丁 ①戊 五、保障措施") {
		t.Errorf("a deep paste under a subtask:\n%s", got)
	}
	w.undo()
	w.undo()
	w.undo()
	if got, want := outline(w.tree), "一、总体要求 二、主要目标 三、重点任务 （一）（空） 四、保障措施"; got != want {
		t.Errorf("one undo leaves\n%s", got)
	}
}

// 从剪贴板导入 opens the plan on the clipboard as a new, unsaved document.
func TestImportClipboard(t *testing.T) {
	w := newTestWindow(t)
	fyne.CurrentApp().Clipboard().SetContent("2025年科技工作要点\n一、总体要求\n坚持创新驱动。\n二、重点任务\n（一）加强平台建设。\n")
	w.importClipboard()
	if w.s == nil {
		t.Fatal("no document opened")
	}
	if got, want := outline(w.tree), "一、总体要求 二、重点任务 （一）加强平台建设。"; got != want {
		t.Errorf("imported outline %q, want %q", got, want)
	}
	if !w.s.Dirty() || w.undoItem.Label != "撤销从剪贴板导入" {
		t.Errorf("the import must be unsaved and undoable: dirty %v, undo %q", w.s.Dirty(), w.undoItem.Label)
	}
}

// Alt+↓ on the last task of a section moves it into the next section;
// Shift+Tab on a first task leaves the tasks after it where they were.
func TestOutlineMovesAcrossSections(t *testing.T) {
	w := newTestWindow(t)
	d := session.Template(2025)
	tasks := d.Sections[2]
	second := d.NewNode()
	second.Lead = "第二项。"
	tasks.Children = append(tasks.Children, second)
	tasks.Children[0].Lead = "第一项。"
	w.show(session.New(d))
	c := w.win.Canvas().(fyne.Shortcutable)
	altDown := &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}
	w.selectID(second.ID)
	c.TypedShortcut(altDown)
	if got, want := outline(w.tree), "一、总体要求 二、主要目标 三、重点任务 （一）第一项。 四、保障措施 （一）第二项。"; got != want {
		t.Fatalf("Alt+Down at the section's end:\n%s\nwant\n%s", got, want)
	}
	if len(w.win.Canvas().Overlays().List()) != 0 {
		t.Errorf("Alt+Down across sections shows a dialog")
	}
	// At the end of its level it stays, without a dialog.
	c.TypedShortcut(altDown)
	if got, want := outline(w.tree), "一、总体要求 二、主要目标 三、重点任务 （一）第一项。 四、保障措施 （一）第二项。"; got != want || len(w.win.Canvas().Overlays().List()) != 0 || w.undoItem.Label != "撤销下移" {
		t.Fatalf("Alt+Down at the last task: %s, %d dialogs, undo %q", got, len(w.win.Canvas().Overlays().List()), w.undoItem.Label)
	}
	w.undo()
	w.selectID(w.s.Doc().Sections[2].Children[0].ID)
	w.tree.KeyDown(key(desktop.KeyShiftLeft))
	w.tree.TypedKey(key(fyne.KeyTab))
	w.tree.KeyUp(key(desktop.KeyShiftLeft))
	if got, want := outline(w.tree), "一、总体要求 二、主要目标 三、重点任务 （一）第二项。 四、第一项。 五、保障措施"; got != want {
		t.Errorf("Shift+Tab on the first task:\n%s\nwant\n%s", got, want)
	}
}

// The arrows move the selection and the editor with it; F2 goes into the
// editor and Esc comes back to the tree.
func TestOutlineKeyboardNavigation(t *testing.T) {
	w, task := newPlan(t)
	c := w.win.Canvas()
	c.Focus(w.tree)
	d := w.s.Doc()
	steps := []struct {
		key  fyne.KeyName
		want string
	}{
		{fyne.KeyUp, d.Sections[2].ID},
		{fyne.KeyUp, d.Sections[1].ID},
		{fyne.KeyDown, d.Sections[2].ID},
		{fyne.KeyRight, task},
		{fyne.KeyLeft, d.Sections[2].ID},
		{fyne.KeyLeft, d.Sections[2].ID}, // closes the branch
		{fyne.KeyDown, d.Sections[3].ID}, // past the hidden task
		{fyne.KeyUp, d.Sections[2].ID},
		{fyne.KeyRight, d.Sections[2].ID}, // opens it again
		{fyne.KeyDown, task},
		{fyne.KeyEnd, d.Sections[3].ID},
		{fyne.KeyHome, d.Sections[0].ID},
		{fyne.KeyPageDown, d.Sections[3].ID}, // every row is in sight
		{fyne.KeyPageUp, d.Sections[0].ID},
		{fyne.KeyDown, d.Sections[1].ID},
	}
	for i, s := range steps {
		w.tree.TypedKey(key(s.key))
		if w.selected != s.want || w.editor.id != s.want {
			t.Fatalf("step %d (%s): selected %s, editing %s; want %s", i, s.key, itemText(w.tree, w.selected), w.editor.id, itemText(w.tree, s.want))
		}
	}
	w.tree.TypedKey(key(fyne.KeyF2))
	if c.Focused() != w.editor.title {
		t.Fatalf("F2 focuses %T, not the title", c.Focused())
	}
	w.editor.title.TypedKey(key(fyne.KeyEscape))
	if c.Focused() != w.tree {
		t.Fatalf("Esc in the title focuses %T, not the tree", c.Focused())
	}
	// F2 on a node with a body and no title goes into the body.
	w.selectID(task)
	test.Type(w.editor.body, "围绕重点领域布局建设一批平台。")
	w.tree.takeKeyboard()
	w.tree.TypedKey(key(fyne.KeyF2))
	if c.Focused() != w.editor.body {
		t.Errorf("F2 on a node without a title focuses %T, not the body", c.Focused())
	}
	if w.editor.body.AcceptsTab() || !w.tree.AcceptsTab() {
		t.Errorf("Tab must move on from the body and indent in the tree")
	}
	// F10 from the tree opens the menus, as from anywhere else.
	w.tree.takeKeyboard()
	w.tree.TypedKey(key(fyne.KeyF10))
	if len(c.Overlays().List()) != 1 {
		t.Errorf("F10 in the tree opens %d menus", len(c.Overlays().List()))
	}
	c.Overlays().Top().Hide()
	c.Overlays().Remove(c.Overlays().Top())
	// Tab where the node cannot go opens no dialog.
	w.selectID(d.Sections[0].ID)
	w.tree.TypedKey(key(fyne.KeyTab))
	w.tree.KeyDown(key(desktop.KeyShiftLeft))
	w.tree.TypedKey(key(fyne.KeyTab))
	w.tree.KeyUp(key(desktop.KeyShiftLeft))
	if n := len(c.Overlays().List()); n != 0 || w.s.UndoLabel() != "编辑正文" {
		t.Errorf("Tab and Shift+Tab on the first section: %d dialogs, last step %q", n, w.s.UndoLabel())
	}
	w.editor.body.TypedKey(key(fyne.KeyEscape))
	if c.Focused() != w.tree {
		t.Errorf("Esc in the body focuses %T, not the tree", c.Focused())
	}
}

// Undo selects and shows the node it changed, not the one selected.
func TestUndoRevealsNode(t *testing.T) {
	w, task := newPlan(t)
	test.Type(w.editor.title, "加强平台建设")
	w.s.Seal()
	first := w.s.Doc().Sections[0].ID
	w.selectID(first)
	w.undo()
	if w.selected != task || w.editor.title.Text != "" {
		t.Errorf("undoing the typing selects %s with title %q", itemText(w.tree, w.selected), w.editor.title.Text)
	}
	w.selectID(first)
	w.redo()
	if w.selected != task || w.editor.title.Text != "加强平台建设" {
		t.Errorf("redo selects %s with title %q", itemText(w.tree, w.selected), w.editor.title.Text)
	}
}

// changedNode finds the node an undo changed.
func TestChangedNode(t *testing.T) {
	base := session.Template(2025)
	tasks := base.Sections[2]
	task := tasks.Children[0].ID
	principles, goals, safeguards := base.Sections[0].ID, base.Sections[1].ID, base.Sections[3].ID
	cases := []struct {
		name   string
		prefer string
		edit   func(d *docmodel.Document) string // returns the node to reveal
	}{
		{"nothing", "", func(*docmodel.Document) string { return "" }},
		{"meta only", "", func(d *docmodel.Document) string { d.Meta.Title = "另一个标题"; return "" }},
		{"a text", "", func(d *docmodel.Document) string { d.Find(task).Lead = "新的。"; return task }},
		{"a move to an earlier section", "", func(d *docmodel.Document) string { _ = d.Drop(task, goals, docmodel.Into); return task }},
		// Two siblings swapped: either may have moved; the one selected did.
		{"a swap, the lower selected", safeguards, func(d *docmodel.Document) string { _ = d.MoveUp(safeguards); return safeguards }},
		{"a swap, the upper selected", tasks.ID, func(d *docmodel.Document) string { _ = d.MoveDown(tasks.ID); return tasks.ID }},
		{"a move over two", "", func(d *docmodel.Document) string {
			_ = d.Drop(principles, safeguards, docmodel.Before)
			return principles
		}},
		{"a move over two, another node selected", goals, func(d *docmodel.Document) string {
			_ = d.Drop(principles, safeguards, docmodel.Before)
			return principles
		}},
		{"a node added", "", func(d *docmodel.Document) string {
			n := d.NewNode()
			_ = d.Insert("", 1, n)
			return n.ID
		}},
		{"a node removed", "", func(d *docmodel.Document) string { _, _, _, _ = d.Delete(goals); return tasks.ID }},
		{"the last node removed", "", func(d *docmodel.Document) string { _, _, _, _ = d.Delete(safeguards); return tasks.ID }},
		{"an only child removed", "", func(d *docmodel.Document) string { _, _, _, _ = d.Delete(task); return tasks.ID }},
	}
	for _, c := range cases {
		after := base.Clone()
		want := c.edit(after)
		if got := changedNode(base, after, c.prefer); got != want {
			t.Errorf("%s: changed %q, want %q", c.name, got, want)
		}
	}
}

// After a new plan replaces an open one whose nodes had the same IDs at
// other levels, the rows of one level stand at one indent (issue 17).
func TestOutlineIndentsAfterNew(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	w.show(session.New(session.Template(2025)))
	x := map[int]map[float32]bool{}
	for it, at := range w.tree.shownItems() {
		depth := w.entries[it.id].Depth
		if x[depth] == nil {
			x[depth] = map[float32]bool{}
		}
		x[depth][at.X] = true
	}
	if len(x[1]) != 1 || len(x[2]) != 1 {
		t.Errorf("rows of one level at several indents: %v", x)
	}
}
