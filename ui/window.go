// Package ui is Yaodian's desktop interface, built with Fyne: the main
// window with the outline of the open plan, the editor of the selected
// node and of the document's own data, the page preview, and the file
// actions around them. Nothing imports ui but main.
package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/session"
	"yaodian/usererr"
)

// appTitle is the name in the title bar.
const appTitle = "要点 · 年度工作要点"

// Window is the main window: menus and toolbar, the outline tree of the
// open document, the editor, the page preview and a status line.
type Window struct {
	app fyne.App
	win fyne.Window
	// The open document, its index and its selection: w.s, w.entries and
	// w.selected.
	*openDoc

	tree        *outlineTree
	edits       *outlineEdits // the outline's edits at the selected node
	editor      *nodeEditor
	meta        *metaEditor
	preview     *preview
	findings    *findingsPanel
	find        *findBar // find and replace, above the work area
	trend       *trendPanel
	reviewState *reviewState // the findings and prior plans the panels share
	tabs        *container.AppTabs
	nodeTab     *container.TabItem // the editor of the selected node
	metaTab     *container.TabItem // the editor of the document's own data
	// side holds the page preview, the findings and the indicator chart.
	side       *container.AppTabs
	trendTab   *container.TabItem
	status     *widget.Label
	body       *fyne.Container // swaps between the empty state, the work area and the compare mode
	empty      fyne.CanvasObject
	work       fyne.CanvasObject
	comparison *comparison // the compare mode

	panes *panes // the work area's panes, which the 视图 menu hides and shows

	bar        *overflowBar // the toolbar
	docButtons docButtons   // its buttons that need a document
	menuKeys   *menuKeys    // Alt+letter and F10 open the menus
	keys       *windowKeys  // F10, Esc and F3 wherever the keyboard is

	undoItem, redoItem     *fyne.MenuItem
	undoButton, redoButton *keyButton
	// structureItems are the 结构 menu's items, off while no document
	// is open or the compare mode is shown (see editing).
	structureItems []*fyne.MenuItem

	fonts *fontLoader
	// The actions on files and their state: w.Open, w.save, w.closing…
	*fileActions
}

// New creates the main window of app a, with the Chinese theme applied.
// Autosaved copies go to a folder in the app's storage.
func New(a fyne.App) *Window {
	keepFontPagesSmall()
	useTheme(a)
	useChinese() // Fyne's own dialogs too, whatever the system's locale
	w := &Window{app: a, win: a.NewWindow(appTitle), openDoc: newOpenDoc()}
	w.fonts = newFontLoader(fontChoice(a.Preferences()))
	w.fileActions = newFileActions(w.openDoc, w, a, w.win, w.fonts)
	w.editor = newNodeEditor(w.openDoc, w, w.win)
	w.edits = newOutlineEdits(w.openDoc, w, a, w.win, w.editor.focusText)
	w.edits.focusBody = func() { w.win.Canvas().Focus(w.editor.body) }
	w.tree = newOutlineTree(w.openDoc, w.edits, w.selectNode)
	w.meta = newMetaEditor(w.openDoc, w)
	w.preview = newPreview(w.openDoc, w.fonts, a.Preferences())
	w.reviewState = newReviewState()
	w.findings = newFindingsPanel(w.openDoc, w.reviewState, a.Preferences(), w, w.win)
	w.trend = newTrendPanel(w.openDoc, w.reviewState)
	mark := newTextMarker(w.openDoc, w.editor, w.meta, w, func() { w.tabs.Select(w.nodeTab) })
	w.findings.mark = mark
	w.find = newFindBar(w.openDoc, w, w.win, mark)
	w.status = widget.NewLabel("未打开文件")
	w.status.Truncation = fyne.TextTruncateEllipsis

	w.nodeTab = container.NewTabItem("本项", w.editor.box)
	w.metaTab = container.NewTabItem("文档信息", w.meta.box)
	w.tabs = container.NewAppTabs(w.nodeTab, w.metaTab)
	w.trendTab = container.NewTabItem("指标走势", w.trend.box)
	w.side = container.NewAppTabs(
		container.NewTabItem("页面预览", w.preview.box),
		w.findings.tab,
		w.trendTab,
	)
	w.side.OnSelected = func(it *container.TabItem) {
		if it == w.trendTab {
			w.trend.refresh()
		}
	}
	w.panes = newPanes(w.tree, w.tabs, w.side, func() { w.win.MainMenu().Refresh() })
	w.work = w.find.around(w.panes.split)

	newButton := newKeyButtonWithIcon("新建", theme.DocumentCreateIcon(), w.newDocument)
	openButton := newKeyButtonWithIcon("打开文件…", theme.FolderOpenIcon(), w.chooseFile)
	empty := container.NewCenter(container.NewVBox(
		widget.NewLabelWithStyle("新建一份工作要点，或打开已有的文件（.yaodian、.docx、.doc、.wps、.txt 或 .md）", fyne.TextAlignCenter, fyne.TextStyle{}),
		container.NewCenter(container.NewHBox(newButton, openButton)),
	))
	w.empty = empty
	w.body = container.NewStack(empty)
	w.bar = w.toolbar()
	w.win.SetContent(container.NewBorder(w.bar.box, w.status, nil, nil, w.body))
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	addSibling := fyne.NewMenuItem("Ctrl+Enter", w.editing(w.edits.addSibling))
	addSibling.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}
	w.menuKeys = &menuKeys{win: w.win, letters: []fyne.KeyName{fyne.KeyF, fyne.KeyE, fyne.KeyS, fyne.KeyR, fyne.KeyV},
		unnamed: []*fyne.MenuItem{addSibling}}
	w.menuKeys.attach(w.win.MainMenu())
	w.keys = &windowKeys{canvas: w.win.Canvas(), menus: w.menuKeys, escape: w.escape, findAgain: w.find.again, mods: heldModifiers}
	w.win.Canvas().SetOnTypedKey(w.typedKey)
	w.win.SetCloseIntercept(w.requestClose)
	w.win.Resize(fyne.NewSize(1280, 800))
	w.updateActions()
	return w
}

// Window returns the Fyne window, for showing and for tests.
func (w *Window) Window() fyne.Window { return w.win }

// toolbar is the row of buttons above the work area; those that do not
// fit the window's width are under its 更多 button.
func (w *Window) toolbar() *overflowBar {
	button := func(label string, icon fyne.Resource, fn func()) *keyButton {
		b := newKeyButtonWithIcon(label, icon, fn)
		b.Importance = widget.LowImportance
		return b
	}
	w.undoButton = button("撤销", theme.ContentUndoIcon(), w.editing(w.undo))
	w.redoButton = button("重做", theme.ContentRedoIcon(), w.editing(w.redo))
	items := []fyne.CanvasObject{
		button("新建", theme.DocumentCreateIcon(), w.newDocument),
		button("打开…", theme.FolderOpenIcon(), w.chooseFile),
		button("保存", theme.DocumentSaveIcon(), w.save),
		button("导出 PDF…", theme.DownloadIcon(), func() { w.chooseExport(".pdf") }),
		widget.NewSeparator(),
		w.undoButton, w.redoButton,
		widget.NewSeparator(),
	}
	items = append(items, w.edits.structureButtons(w.editing)...)
	items = append(items, widget.NewSeparator(),
		button("检查", theme.ConfirmIcon(), w.showFindings),
		button("对照两稿…", theme.ViewRestoreIcon(), w.enterComparison),
		widget.NewSeparator(),
		button("设置…", theme.SettingsIcon(), w.showSettings))
	return newOverflowBar(items...)
}

// typedKey takes the keys no widget took (see windowKeys).
func (w *Window) typedKey(ev *fyne.KeyEvent) { w.keys.typedKey(ev) }

// mainMenu is the window's menu bar. Its shortcuts work wherever the
// focus is, so Ctrl+Z undoes the document's last edit even while typing.
func (w *Window) mainMenu() *fyne.MainMenu {
	ctrl := func(k fyne.KeyName, shift bool) fyne.Shortcut {
		m := fyne.KeyModifierShortcutDefault
		if shift {
			m |= fyne.KeyModifierShift
		}
		return &desktop.CustomShortcut{KeyName: k, Modifier: m}
	}
	item := func(label string, fn func(), sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, fn)
		it.Shortcut = sc
		return it
	}
	recent := fyne.NewMenuItem("最近打开", nil)
	recent.ChildMenu = w.recentMenu
	w.fillRecent()
	quit := fyne.NewMenuItem("退出", w.requestClose)
	quit.IsQuit = true
	file := fyne.NewMenu("文件(F)",
		item("新建", w.newDocument, ctrl(fyne.KeyN, false)),
		item("打开…", w.chooseFile, ctrl(fyne.KeyO, false)),
		recent,
		fyne.NewMenuItem("从剪贴板导入", w.importClipboard),
		fyne.NewMenuItemSeparator(),
		item("保存", w.save, ctrl(fyne.KeyS, false)),
		item("另存为…", w.saveAs, ctrl(fyne.KeyS, true)),
		fyne.NewMenuItemSeparator(),
		item("导出 PDF…", func() { w.chooseExport(".pdf") }, ctrl(fyne.KeyE, false)),
		item("打印…", w.printPDF, ctrl(fyne.KeyP, false)),
		fyne.NewMenuItem("导出 Markdown…", func() { w.chooseExport(".md") }),
		fyne.NewMenuItem("导出 Word…", w.chooseExportWord),
		fyne.NewMenuItem("导出分工表…", w.chooseExportDivision),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("设置…", w.showSettings),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	w.undoItem = item("撤销", w.editing(w.undo), &fyne.ShortcutUndo{})
	w.redoItem = item("重做", w.editing(w.redo), &fyne.ShortcutRedo{})
	edit := fyne.NewMenu("编辑(E)", w.undoItem, w.redoItem, fyne.NewMenuItemSeparator(),
		item("查找…", func() { w.find.open(false) }, ctrl(fyne.KeyF, false)),
		item("替换…", func() { w.find.open(true) }, ctrl(fyne.KeyH, false)),
		fyne.NewMenuItem("查找下一处（F3）", w.find.next),
		fyne.NewMenuItem("查找上一处（Shift+F3）", w.find.previous))
	alt := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierAlt}
	}
	w.structureItems = []*fyne.MenuItem{
		fyne.NewMenuItem("添加同级项（Ctrl+Enter）", w.editing(w.edits.addSibling)),
		item("添加下级项", w.editing(w.edits.addChild), alt(fyne.KeyRight)),
		fyne.NewMenuItem("降级（Tab）", w.editing(w.edits.indent)),
		fyne.NewMenuItem("升级（Shift+Tab）", w.editing(w.edits.outdent)),
		item("上移", w.editing(w.edits.moveUp), alt(fyne.KeyUp)),
		item("下移", w.editing(w.edits.moveDown), alt(fyne.KeyDown)),
		fyne.NewMenuItem("剪切（Ctrl+X）", w.editing(w.edits.cut)),
		fyne.NewMenuItem("复制（Ctrl+C）", w.editing(w.edits.copyNodes)),
		fyne.NewMenuItem("粘贴（Ctrl+V）", w.editing(w.edits.paste)),
		fyne.NewMenuItem("删除…（Delete）", w.editing(w.edits.confirmDelete)),
	}
	si := w.structureItems
	structure := fyne.NewMenu("结构(S)", si[0], si[1], si[2], si[3], si[4], si[5],
		fyne.NewMenuItemSeparator(), si[6], si[7], si[8],
		fyne.NewMenuItemSeparator(), si[9])
	review := fyne.NewMenu("审阅(R)",
		item("立即检查", w.showFindings, ctrl(fyne.KeyR, false)),
		fyne.NewMenuItem("指标走势", func() { w.panes.showSide(); w.side.Select(w.trendTab) }),
		item("对照两稿…", w.enterComparison, ctrl(fyne.KeyD, false)),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("往年计划文件夹…", w.showSettings),
	)
	return fyne.NewMainMenu(file, edit, structure, review, w.panes.menu())
}

// addShortcuts registers the menu's shortcuts on the canvas too, for the
// drivers that do not read them from the menu.
func (w *Window) addShortcuts() {
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut == nil || it.Action == nil {
				continue
			}
			action := it.Action
			w.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { action() })
		}
	}
}

// show makes s the open document.
func (w *Window) show(s *session.Session) {
	if w.s != nil {
		w.s.Close()
	}
	w.s = s
	s.SetRecoveryDir(w.recoveryDir)
	w.autosaveProblem = ""
	w.scheduleAutosave()
	w.selected = ""
	w.rebuild()
	w.body.Objects = []fyne.CanvasObject{w.work}
	w.body.Refresh()
	w.tree.UnselectAll()
	w.tree.OpenAllBranches()
	w.tree.Refresh()
	w.meta.show()
	w.editor.show("")
	w.tabs.Select(w.nodeTab)
	w.preview.reset()
	w.findings.reset()
	w.find.search()
	if d := s.Doc(); len(d.Sections) > 0 {
		w.selectID(d.Sections[0].ID)
	}
	// The arrows walk the outline at once, and no widget hidden with the
	// document before, or with the compare mode, keeps the keyboard.
	w.toOutline()
	w.updateActions()
	w.preview.schedule()
	w.findings.run()
}

// selectID selects the node id in the tree and the editor.
func (w *Window) selectID(id string) {
	e, ok := w.entries[id]
	if !ok {
		w.selected = ""
		w.tree.UnselectAll()
		w.editor.show("")
		return
	}
	for p := e.Parent; p != nil; p = w.entries[p.ID].Parent {
		w.tree.OpenBranch(p.ID)
	}
	moved := id != w.selected
	// The tree's callback is held back: the node is shown once, below,
	// also when it was selected already and only its place changed.
	w.tree.OnSelected = nil
	w.tree.Select(id)
	w.tree.OnSelected = w.selectNode
	w.tree.ScrollTo(id)
	w.showNode(id)
	if moved {
		w.tabs.Select(w.nodeTab)
	}
}

// selectNode is the tree's selection callback.
func (w *Window) selectNode(id widget.TreeNodeID) {
	if w.tree.chosen != id {
		// A row tapped left of its label is selected by Fyne's tree
		// itself, past outlineTree.Select: the focus mark follows here.
		w.tree.chosen = id
		w.tree.markFocus()
	}
	if id == w.selected && w.editor.id == id {
		return
	}
	w.showNode(id)
	w.tabs.Select(w.nodeTab)
}

// showNode makes id the node the editor and the preview are on.
func (w *Window) showNode(id string) {
	w.selected = id
	w.editor.show(id)
	w.preview.follow(id)
}

// edit applies fn to the open document as an undoable step (see
// session.Edit). A refused edit is rolled back by reading the document
// afresh, which makes new nodes: the window's index of them is rebuilt
// so that nothing keeps pointing at the old ones.
func (w *Window) edit(label, key string, fn func(d *docmodel.Document) error) error {
	err := w.s.Edit(label, key, fn)
	if err != nil {
		w.rebuild()
		w.tree.Refresh()
	}
	return err
}

// structureChanged redraws after an edit that may renumber the outline,
// and selects the node id.
func (w *Window) structureChanged(id string) {
	w.rebuild()
	w.tree.Refresh()
	w.selectID(id)
	w.edited()
}

// textChanged redraws after an edit of node id's text.
func (w *Window) textChanged(id string) {
	w.tree.RefreshItem(id)
	w.edited()
}

// metaChanged redraws after an edit of the document's own data.
func (w *Window) metaChanged() {
	w.edited()
}

// edited is what every edit ends with: the title, the undo buttons and,
// a moment after typing stops, the preview and the check.
func (w *Window) edited() {
	w.updateActions()
	w.scheduleAutosave()
	w.preview.schedule()
	w.findings.schedule()
	w.find.refresh()
}

// showFindings checks the draft now and shows the findings.
func (w *Window) showFindings() {
	if w.s == nil {
		return
	}
	w.leaveComparison()
	w.panes.showSide()
	w.side.Select(w.findings.tab)
	w.findings.run()
}

// showSettings opens the settings; once they are saved, the preview is
// laid out and the draft checked again.
func (w *Window) showSettings() {
	showSettings(w.app.Preferences(), w.win, w.fonts, func() {
		w.preview.schedule()
		w.findings.run()
	})
}

// showMeta shows the editor of the document's own data.
func (w *Window) showMeta() { w.tabs.Select(w.metaTab) }

// showTrend charts the indicator name of node id.
func (w *Window) showTrend(nodeID, name string) {
	w.panes.showSide()
	if w.side.Selected() != w.trendTab {
		w.side.Select(w.trendTab) // reads the draft's targets afresh
	} else {
		w.trend.refresh()
	}
	w.trend.choose(nodeID, name)
}

// counted redraws the side tabs after the findings' count changed.
func (w *Window) counted() { w.side.Refresh() }

// checked redraws the chart after a check, if it is shown: the prior
// plans it charts may have changed.
func (w *Window) checked() {
	if w.side.Selected() == w.trendTab {
		w.trend.refresh()
	}
}

// undo takes back the last edit.
func (w *Window) undo() {
	if w.s == nil {
		return
	}
	before := w.s.Doc().Clone()
	if w.s.Undo() {
		w.reveal(changedNode(before, w.s.Doc(), w.selected))
	}
}

// redo applies the edit undo took back.
func (w *Window) redo() {
	if w.s == nil {
		return
	}
	before := w.s.Doc().Clone()
	if w.s.Redo() {
		w.reveal(changedNode(before, w.s.Doc(), w.selected))
	}
}

// restored redraws everything after the document was replaced by an
// earlier or later state of itself, keeping the selection if the node
// still exists.
func (w *Window) restored() { w.reveal("") }

// reveal is restored, selecting the node changed instead, if any.
func (w *Window) reveal(changed string) {
	w.rebuild()
	w.tree.Refresh()
	id := w.selected
	if changed != "" {
		id = changed
	}
	if _, ok := w.entries[id]; !ok {
		id = ""
		if d := w.s.Doc(); len(d.Sections) > 0 {
			id = d.Sections[0].ID
		}
	}
	w.editor.id = ""
	w.selectID(id)
	w.meta.show()
	w.findings.resplit()
	w.edited()
}

// compareMode returns the compare mode, made when first needed, so that a
// writer who never compares does not carry its widgets.
func (w *Window) compareMode() *comparison {
	if w.comparison == nil {
		w.comparison = newComparison(w.openDoc, w.reviewState, w.fileActions, w.app.Preferences(), w.leaveComparison)
	}
	return w.comparison
}

// enterComparison shows the compare mode in place of the editor, and
// gives its list of changes the keyboard: left in the outline, hidden
// now, Tab would demote the selected node unseen.
func (w *Window) enterComparison() {
	w.compareMode().offer()
	w.body.Objects = []fyne.CanvasObject{w.comparison.box}
	w.body.Refresh()
	w.win.Canvas().Focus(w.comparison.list)
	w.updateActions()
}

// comparing reports whether the compare mode is shown.
func (w *Window) comparing() bool {
	return w.comparison != nil && len(w.body.Objects) == 1 && w.body.Objects[0] == w.comparison.box
}

// editing makes action, which edits the draft at the outline's selection,
// do nothing while the compare mode is shown. The rule while comparing:
// the compare mode hides the outline and the editor, so an action that
// would act there unseen on the draft or on the outline's selection —
// the structure edits, cutting, copying and pasting nodes, undo and redo
// — is unavailable: its toolbar button and menu item are disabled
// (updateActions) and its shortcut does nothing; 返回编辑 or Esc goes
// back to editing. The actions that bring their own view along leave the
// compare mode first and then act: find and replace (Ctrl+F, Ctrl+H, F3)
// open the find bar over the editor, and 检查 shows the findings, whose
// quick fixes are made there, in sight. Saving, exporting and printing
// change nothing and stay available.
func (w *Window) editing(action func()) func() {
	return func() {
		if !w.comparing() {
			action()
		}
	}
}

// leaveComparison goes back to the editor, and gives the outline the
// keyboard, which no hidden widget of the compare mode keeps; find, which
// shows matches in the editor, calls it first. It redraws nothing when
// the editor is already shown.
func (w *Window) leaveComparison() {
	target := w.work
	if w.s == nil {
		target = w.empty
	}
	if len(w.body.Objects) == 1 && w.body.Objects[0] == target {
		return
	}
	w.body.Objects = []fyne.CanvasObject{target}
	w.body.Refresh()
	if w.s == nil {
		w.win.Canvas().Unfocus()
	} else {
		w.toOutline()
	}
	w.updateActions()
}

// escape is Esc that no widget took: in the compare mode it goes back to
// editing, as Esc closes a mode in WPS and Word; from the find bar's
// buttons and check box it closes the bar, as it does from its boxes;
// elsewhere it gives the outline the keyboard.
func (w *Window) escape() {
	if w.comparing() {
		w.leaveComparison()
		return
	}
	if w.find.box.Visible() && w.find.holds(w.win.Canvas().Focused()) {
		w.find.close()
		return
	}
	w.toOutline()
}

// toOutline gives the outline the keyboard.
func (w *Window) toOutline() {
	w.tree.takeKeyboard()
}

// updateActions brings the title bar, the status line and the undo and
// redo actions up to date.
func (w *Window) updateActions() {
	editable := w.s != nil && !w.comparing()
	w.docButtons.update(w.bar.box, w.s != nil, editable)
	structure := false
	for _, it := range w.structureItems {
		if it.Disabled == editable {
			it.Disabled = !editable
			structure = true
		}
	}
	if w.s == nil {
		w.win.SetTitle(appTitle)
		setAction(w.undoItem, w.undoButton, "撤销", "")
		setAction(w.redoItem, w.redoButton, "重做", "")
		if structure {
			w.win.MainMenu().Refresh()
		}
		return
	}
	d := w.s.Doc()
	title := d.Meta.Title
	if title == "" {
		title = "（无标题）"
	}
	name := w.fileName()
	mark := ""
	if w.s.Dirty() {
		mark = "● "
	}
	w.win.SetTitle(mark + title + " — " + name + " — " + appTitle)
	state := "已保存"
	switch {
	case w.s.Dirty():
		state = "有未保存的修改"
	case w.s.Path() == "":
		state = "尚未保存"
	}
	if w.autosaveProblem != "" {
		state += "　·　⚠ 自动保存失败，请尽快保存"
	}
	w.status.SetText(name + "　·　" + countText(len(d.Sections), w.entries) + "　·　" + state)
	undoStep, redoStep := w.s.UndoLabel(), w.s.RedoLabel()
	if !editable {
		undoStep, redoStep = "", ""
	}
	undo := setAction(w.undoItem, w.undoButton, "撤销", undoStep)
	redo := setAction(w.redoItem, w.redoButton, "重做", redoStep)
	if undo || redo || structure {
		w.win.MainMenu().Refresh()
	}
}

// setAction names an undo or redo action after the step it would apply
// and enables it only when there is one. It reports whether the menu
// item changed, so that typing does not redraw the menu bar.
func setAction(item *fyne.MenuItem, b *keyButton, verb, step string) bool {
	label, disabled := verb+step, step == ""
	if disabled {
		b.Disable()
	} else {
		b.Enable()
	}
	if item.Label == label && item.Disabled == disabled {
		return false
	}
	item.Label, item.Disabled = label, disabled
	return true
}

// countText sums up a document for the status bar: its sections, its
// nodes, and its tasks (the leaves of task sections).
func countText(sections int, entries map[string]docmodel.Entry) string {
	tasks := 0
	for _, e := range entries {
		if e.Role == docmodel.RoleTasks && len(e.Node.Children) == 0 {
			tasks++
		}
	}
	return strings.Join([]string{
		strconv.Itoa(sections) + " 个部分",
		strconv.Itoa(len(entries)) + " 项",
		strconv.Itoa(tasks) + " 项任务",
	}, "，")
}

// note adds text to the status line.
func (w *Window) note(text string) {
	w.status.SetText(w.status.Text + "　·　" + text)
}

// ShowError shows err in Chinese in a dialog.
func (w *Window) ShowError(err error) {
	showError(err, w.win)
}

// report shows err, if any, and says whether there was one.
func (w *Window) report(err error) bool {
	if err == nil {
		return false
	}
	w.ShowError(err)
	return true
}

// showError shows err in Chinese in a dialog over win.
func showError(err error, win fyne.Window) {
	dialog.ShowError(errors.New(usererr.Chinese(err)), win)
}

func itoa(n int) string { return strconv.Itoa(n) }
