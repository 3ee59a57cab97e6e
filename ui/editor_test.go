package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/session"
)

// button finds the button labelled label in the window's dialogs.
func button(t *testing.T, win fyne.Window, label string) *widget.Button {
	t.Helper()
	for _, o := range win.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if b, ok := asButton(obj); ok && b.Text == label && b.Visible() {
				return b
			}
		}
	}
	t.Fatalf("no dialog button %q", label)
	return nil
}

// encoding is the open document in its native form.
func encoding(t *testing.T, s *session.Session) string {
	t.Helper()
	b, err := docmodel.Encode(s.Doc())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// outline lists the tree's rows, depth first, as the tree prints them.
func outline(tree *outlineTree) string {
	var rows []string
	var walk func(id string)
	walk = func(id string) {
		for _, c := range tree.childIDs(id) {
			rows = append(rows, itemText(tree, c))
			walk(c)
		}
	}
	walk("")
	return strings.Join(rows, " ")
}

func key(name fyne.KeyName) *fyne.KeyEvent { return &fyne.KeyEvent{Name: name} }

// The outliner's keys and the menu's shortcuts change the tree, and the
// numbers follow at once.
func TestOutlineKeys(t *testing.T) {
	w, first := newPlan(t)
	c := w.win.Canvas()
	c.Focus(w.tree)
	steps := []struct {
		name string
		do   func()
		want string
	}{
		{"Ctrl+Enter adds a sibling", func() {
			w.tree.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
		},
			"一、总体要求 二、主要目标 三、重点任务 （一）（空） （二）（空） 四、保障措施"},
		{"Tab indents", func() { w.tree.TypedKey(key(fyne.KeyTab)) },
			"一、总体要求 二、主要目标 三、重点任务 （一）（空） 1．（空） 四、保障措施"},
		{"Shift+Tab outdents", func() {
			w.tree.KeyDown(key(desktop.KeyShiftLeft))
			w.tree.TypedKey(key(fyne.KeyTab))
			w.tree.KeyUp(key(desktop.KeyShiftLeft))
		}, "一、总体要求 二、主要目标 三、重点任务 （一）（空） （二）（空） 四、保障措施"},
		{"typing names the node", func() { test.Type(w.editor.title, "加强平台建设") },
			"一、总体要求 二、主要目标 三、重点任务 （一）（空） （二）加强平台建设 四、保障措施"},
		{"Alt+Up moves it up", func() {
			c.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt})
		}, "一、总体要求 二、主要目标 三、重点任务 （一）加强平台建设 （二）（空） 四、保障措施"},
		{"Alt+Right adds a child", func() {
			c.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt})
		}, "一、总体要求 二、主要目标 三、重点任务 （一）加强平台建设 1．（空） （二）（空） 四、保障措施"},
		{"Delete asks, then deletes", func() {
			c.Focus(w.tree)
			w.tree.TypedKey(key(fyne.KeyDelete))
			test.Tap(button(t, w.win, "删除"))
		}, "一、总体要求 二、主要目标 三、重点任务 （一）加强平台建设 （二）（空） 四、保障措施"},
	}
	for _, s := range steps {
		s.do()
		if got := outline(w.tree); got != s.want {
			t.Fatalf("%s: outline\n%s\nwant\n%s", s.name, got, s.want)
		}
	}
	if w.selected == first || w.selected == "" {
		t.Errorf("after deleting, the selection is %q", w.selected)
	}
	if !strings.HasPrefix(w.win.Title(), "● ") || !strings.Contains(w.status.Text, "有未保存的修改") {
		t.Errorf("an edited document must show it: title %q, status %q", w.win.Title(), w.status.Text)
	}
}

// A click on a row selects its node; a right click opens the node's menu.
func TestOutlineClicks(t *testing.T) {
	w, task := newPlan(t)
	section := w.s.Doc().Sections[0].ID
	row := newOutlineItem(w.tree)
	w.tree.updateItem(section, false, row)
	test.Tap(row)
	if w.selected != section || w.editor.title.Text != "总体要求" {
		t.Fatalf("a click on 一、 selects %q and edits %q", w.selected, w.editor.title.Text)
	}
	it := newOutlineItem(w.tree)
	w.tree.updateItem(task, false, it)
	test.NewTempWindow(t, it)
	test.TapSecondary(it)
	if w.selected != task {
		t.Errorf("a right click selects %q", w.selected)
	}
	var labels []string
	for _, o := range fyne.CurrentApp().Driver().CanvasForObject(it).Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if l, ok := obj.(*canvas.Text); ok && l.Text != "" {
				labels = append(labels, l.Text)
			}
		}
	}
	if got := strings.Join(labels, " "); !strings.Contains(got, "添加同级项 添加下级项 降级（缩进） 升级（取消缩进） 上移 下移 删除…") {
		t.Errorf("context menu shows %q", got)
	}
}

// Typing into a field is one undo step; undo and redo bring the text
// back into the editor and the tree.
func TestTypingUndoRedo(t *testing.T) {
	w, task := newPlan(t)
	before := encoding(t, w.s)
	test.Type(w.editor.title, "加强平台建设")
	test.Type(w.editor.body, "围绕重点领域布局建设一批平台。")
	node := w.s.Doc().Find(task)
	if node.Heading != "加强平台建设" || len(node.Body) != 1 || node.Body[0] != "围绕重点领域布局建设一批平台。" {
		t.Fatalf("typed text not in the document: %+v", node)
	}
	if got := w.undoItem.Label; got != "撤销编辑正文" {
		t.Errorf("undo item %q", got)
	}
	w.undo()
	if w.editor.body.Text != "" || w.editor.title.Text != "加强平台建设" {
		t.Errorf("after one undo the editor shows %q / %q", w.editor.title.Text, w.editor.body.Text)
	}
	w.undo()
	if got := encoding(t, w.s); got != before {
		t.Errorf("two undos do not return to the start:\n%s", got)
	}
	if itemText(w.tree, task) != "（一）（空）" || w.s.Dirty() {
		t.Errorf("after undoing everything: row %q, dirty %v", itemText(w.tree, task), w.s.Dirty())
	}
	w.redo()
	w.redo()
	if w.editor.body.Text != "围绕重点领域布局建设一批平台。" || itemText(w.tree, task) != "（一）加强平台建设" {
		t.Errorf("after redo the editor shows %q, the row %q", w.editor.body.Text, itemText(w.tree, task))
	}
}

// Every kind of edit can be undone back to the start and redone to the
// end, state by state.
func TestUndoRedoEveryEdit(t *testing.T) {
	w, task := newPlan(t)
	states := []string{encoding(t, w.s)}
	edits := []func(){
		w.edits.addSibling,
		w.edits.indent,
		w.edits.outdent,
		w.edits.moveUp,
		func() { w.selectID(task) },
		func() { test.Type(w.editor.leadUnit, "市科技局") },
		func() { test.Type(w.editor.partners, "市财政局、市发展改革委") },
		func() { test.Type(w.editor.title, "加强平台建设") },
		func() { w.editor.titleKind.SetSelected(titleLead) },
		func() { test.Type(w.meta.year, "6") }, // 2025 → 20256 is refused
		func() { w.meta.year.SetText("2026") },
		func() { w.meta.arabic.SetSelected(arabicRunOn) },
		func() { w.selectID(w.s.Doc().Sections[1].ID) },
		w.editor.indicators.add,
	}
	for _, e := range edits {
		e()
		if s := encoding(t, w.s); s != states[len(states)-1] {
			states = append(states, s)
		}
	}
	if len(states) != 12 {
		t.Fatalf("%d distinct states, want 12 (the refused year and the selections change nothing)", len(states))
	}
	d := w.s.Doc()
	if d.Meta.Year != 2026 || d.Options.Arabic != docmodel.ArabicRunOn || len(d.Sections[1].Indicators) != 1 {
		t.Fatalf("edits not applied: year %d, arabic %s, indicators %v", d.Meta.Year, d.Options.Arabic, d.Sections[1].Indicators)
	}
	if got := d.Find(task).Partners; strings.Join(got, "|") != "市财政局|市发展改革委" {
		t.Errorf("partners %q", got)
	}
	for i := len(states) - 2; i >= 0; i-- {
		w.undo()
		if got := encoding(t, w.s); got != states[i] {
			t.Fatalf("undo to state %d gives\n%s\nwant\n%s", i, got, states[i])
		}
	}
	for i := 1; i < len(states); i++ {
		w.redo()
		if got := encoding(t, w.s); got != states[i] {
			t.Fatalf("redo to state %d gives\n%s", i, got)
		}
	}
}

// The indicator table edits a goal's targets; a value that is not a
// number is marked and not applied.
func TestIndicatorTable(t *testing.T) {
	w, _ := newPlan(t)
	goal := w.s.Doc().Sections[1].ID
	w.selectID(goal)
	if !w.editor.goal.Visible() || w.editor.task.Visible() {
		t.Fatal("a goal section must show the indicator table and not the task fields")
	}
	w.editor.indicators.add()
	cells := w.editor.indicators.rows.Objects[1].(*fyne.Container).Objects
	cell := func(i int) fyne.CanvasObject { return cells[i].(*fyne.Container).Objects[0] }
	name, value, unit, stretch := cell(0).(*field), cell(2).(*field), cell(3).(*field), cell(5).(*field)
	name.SetText("新认定高新技术企业")
	value.SetText("２５")
	unit.SetText("家")
	cell(4).(*keySelect).SetSelected("以上")
	cell(1).(*keySelect).SetSelected("新增")
	stretch.SetText("30")
	value.SetText("二十五")
	ind := w.s.Doc().Find(goal).Indicators[0]
	if got := ind.Name + " " + ind.Describe(); got != "新认定高新技术企业 新增25家以上（争取30家）" {
		t.Errorf("indicator reads %q", got)
	}
	if value.err == nil || !strings.Contains(value.err.Error(), "请输入数字") {
		t.Errorf("a value that is not a number is not marked: %v", value.err)
	}
}

// A document saved and opened again is the same document.
func TestSaveAndReopen(t *testing.T) {
	w, _ := newPlan(t)
	test.Type(w.editor.title, "加强平台建设")
	w.meta.issuer.SetText("某某市科学技术局")
	path := filepath.Join(t.TempDir(), "plan.yaodian")
	if err := w.s.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	w.saved(nil)
	want := encoding(t, w.s)
	if w.s.Dirty() || strings.HasPrefix(w.win.Title(), "●") {
		t.Errorf("saved document still marked: %q", w.win.Title())
	}
	again := newTestWindow(t)
	if err := again.Open(path); err != nil {
		t.Fatal(err)
	}
	if got := encoding(t, again.s); got != want {
		t.Errorf("reopened document differs:\n%s\nwant\n%s", got, want)
	}
	if recent := again.app.Preferences().StringList(prefRecent); len(recent) == 0 || recent[0] != path {
		t.Errorf("recent files %q", recent)
	}
}

// After a crash, the next start offers the autosaved document, and it
// comes back exactly as it was, still unsaved.
func TestRecoveryAfterCrash(t *testing.T) {
	dir := t.TempDir()
	w := newTestWindowIn(t, test.NewTempApp(t), dir)
	w.show(session.New(session.Template(2025)))
	w.selectID(w.s.Doc().Sections[2].Children[0].ID)
	test.Type(w.editor.title, "加强平台建设")
	w.autosave()
	want := encoding(t, w.s)
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaodian-recovery"))
	if len(files) != 1 {
		t.Fatalf("autosave wrote %q", files)
	}
	// The process dies here: no save, no close.

	again := newTestWindowIn(t, test.NewTempApp(t), dir)
	again.OfferRecovery()
	test.Tap(button(t, again.win, "恢复"))
	if again.s == nil {
		t.Fatal("nothing restored")
	}
	if got := encoding(t, again.s); got != want {
		t.Errorf("restored document differs:\n%s\nwant\n%s", got, want)
	}
	if !again.s.Dirty() || !strings.Contains(again.status.Text, "有未保存的修改") {
		t.Error("a restored document must be marked unsaved")
	}
	if got := outline(again.tree); !strings.Contains(got, "（一）加强平台建设") {
		t.Errorf("restored outline %q", got)
	}
}

// Saving over a file another program changed since it was opened is
// refused; the writer can load the other version instead.
func TestSaveRefusesChangedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaodian")
	if err := session.New(session.Template(2025)).SaveAs(path); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t)
	if err := w.Open(path); err != nil {
		t.Fatal(err)
	}
	w.meta.title.SetText("本窗口的标题")
	other := session.Template(2026)
	data, _ := docmodel.Encode(other)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	w.save()
	if onDisk, _ := os.ReadFile(path); string(onDisk) != string(data) {
		t.Fatal("the other program's version was overwritten")
	}
	test.Tap(button(t, w.win, "重新载入（放弃本窗口的修改）"))
	if got := w.s.Doc().Meta.Title; got != "2026年工作要点" || w.s.Dirty() {
		t.Errorf("after reloading: title %q, dirty %v", got, w.s.Dirty())
	}
	if w.meta.title.Text != "2026年工作要点" {
		t.Errorf("the form still shows %q", w.meta.title.Text)
	}
}

// A failed save (here: the folder is a file) explains itself and keeps
// the document open with its changes.
func TestSaveFailureKeepsDocument(t *testing.T) {
	w, _ := newPlan(t)
	test.Type(w.editor.title, "加强平台建设")
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	os.WriteFile(blocker, nil, 0o644)
	if err := w.s.SaveAs(filepath.Join(blocker, "plan.yaodian")); err == nil {
		t.Fatal("saving into a file succeeded")
	}
	if !w.s.Dirty() || w.s.Doc().Sections[2].Children[0].Heading != "加强平台建设" {
		t.Error("a failed save lost the changes")
	}
}

// Closing with unsaved changes asks; 取消 keeps the window and the
// document.
func TestCloseAsks(t *testing.T) {
	w, _ := newPlan(t)
	test.Type(w.editor.title, "加强平台建设")
	w.requestClose()
	test.Tap(button(t, w.win, "取消"))
	if w.closing || w.s == nil {
		t.Fatal("cancelled close closed the window")
	}
	w.requestClose()
	test.Tap(button(t, w.win, "不保存"))
	if !w.closing {
		t.Error("不保存 did not close the window")
	}
}

// The preview lays out the document once typing pauses and shows the
// page of the selected node.
func TestPreviewFollowsSelection(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	flushPreview(w)
	if w.preview.sheetImage(0).Image == nil || w.preview.label.Text != "第 1 页，共 22 页" {
		t.Fatalf("preview shows %q", w.preview.label.Text)
	}
	last := w.s.Doc().Sections[2]
	w.selectID(last.ID)
	page, ok := pageOf(w.preview.laid, last.ID)
	if !ok || page < 15 {
		t.Fatalf("三、 prints on page %d", page+1)
	}
	if want := "第 " + itoa(page+1) + " 页，共 22 页"; w.preview.label.Text != want {
		t.Errorf("after selecting 三、 the preview shows %q, want %q", w.preview.label.Text, want)
	}
	before := w.preview.laid
	test.Type(w.editor.body, "新")
	w.editor.body.SetText(w.editor.body.Text + strings.Repeat("新增段落文字。", 200))
	if w.preview.laid != before {
		t.Error("the preview was laid out while typing")
	}
	flushPreview(w)
	if w.preview.laid == before || len(w.preview.laid.Pages) <= 22 {
		t.Errorf("after the pause the preview has %d pages", len(w.preview.laid.Pages))
	}
}

// The editor as the writer sees it, compared with a master image made
// once and looked at.
func TestEditorRendering(t *testing.T) {
	w, _ := newPlan(t)
	test.Type(w.editor.title, "加强科技创新平台建设")
	test.Type(w.editor.body, "围绕重点领域布局建设一批创新平台。")
	test.Type(w.editor.leadUnit, "市科技局")
	flushPreview(w)
	test.AssertRendersToImage(t, "editor.png", w.win.Canvas())
}

// A refused edit (a date typed half-way) rolls the document back; the
// editor must not go on showing, and writing back, the nodes it had
// before.
func TestRefusedEditKeepsEditorInStep(t *testing.T) {
	w, task := newPlan(t)
	test.Type(w.editor.title, "加强")
	test.Type(w.meta.date, "2") // not yet a date: refused
	if w.meta.date.err == nil {
		t.Fatal("a half-typed date was accepted")
	}
	test.Type(w.editor.title, "平台")
	w.selectID(w.s.Doc().Sections[0].ID)
	w.selectID(task)
	if got := w.editor.title.Text; got != "加强平台" {
		t.Fatalf("the editor shows %q after the refused edit, want 加强平台", got)
	}
	test.Type(w.editor.title, "建设")
	if got := w.s.Doc().Find(task).Heading; got != "加强平台建设" {
		t.Errorf("heading %q, want 加强平台建设", got)
	}
}

// An input method commits a phrase as a burst of characters; each burst
// lands whole where the cursor is, in the editor's fields and in the
// document's own data, and is undone in one step.
func TestInputMethodCommit(t *testing.T) {
	w, task := newPlan(t)
	test.Type(w.editor.body, "推进建设。")
	w.s.Seal()
	w.editor.body.CursorColumn = 2 // after 推进
	for _, r := range "科技平台" {     // one committed phrase
		w.editor.body.TypedRune(r)
	}
	if got := w.s.Doc().Find(task).Body; len(got) != 1 || got[0] != "推进科技平台建设。" {
		t.Fatalf("body after the commit %q", got)
	}
	w.undo()
	if got := w.s.Doc().Find(task).Body; len(got) != 1 || got[0] != "推进建设。" {
		t.Errorf("one undo leaves %q, want the text before the commit", got)
	}
	test.Type(w.meta.issuer, "湘西自治州科学技术局")
	if got := w.s.Doc().Meta.Issuer; got != "湘西自治州科学技术局" {
		t.Errorf("issuer after the commit %q", got)
	}
}

// A native file too large to be a plan is refused with the importer's
// message, and the window keeps what it showed.
func TestOpenRefusesOversizedNative(t *testing.T) {
	w := newTestWindow(t)
	d := docmodel.New()
	d.Meta.Title = "2025年全市科技工作要点"
	para := strings.Repeat("推进科技创新。", 2000) // 14,000 characters
	for range importer.MaxDocumentRunes/14000 + 1 {
		d.Preamble = append(d.Preamble, para)
	}
	data, err := docmodel.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "huge.yaodian")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	err = w.Open(path)
	if err == nil || !strings.Contains(err.Error(), "超过了") {
		t.Fatalf("Open = %v, want the size limit said", err)
	}
	if w.s != nil {
		t.Error("the window took the refused file")
	}
}

// The notice read from an imported 印发通知 is shown under 文档信息, and
// editing it is an undoable edit of the document.
func TestNoticeShownAndEdited(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open("../testdata/real/015_beijing-2017-zwgk.txt"); err != nil {
		t.Fatal(err)
	}
	m := w.meta
	if !strings.HasPrefix(m.noticeBody.Text, "《北京市2017年政务公开工作要点》已经市政府同意") || m.attachments.Text != "北京市2017年政务公开工作要点" {
		t.Fatalf("notice shown as %q / %q", m.noticeBody.Text, m.attachments.Text)
	}
	title := "北京市人民政府办公厅关于印发《北京市2017年政务公开工作要点》的通知"
	test.Type(m.noticeTitle, title)
	if got := w.s.Doc().Notice; got == nil || got.Title != title {
		t.Fatalf("notice after typing its title: %+v", got)
	}
	w.undo()
	if got := w.s.Doc().Notice; got == nil || got.Title != "" || len(got.Body) != 1 {
		t.Errorf("after undo the notice is %+v, want it as imported", got)
	}
}
