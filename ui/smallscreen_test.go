package ui

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// within reports whether o is shown entirely inside the window's canvas.
func within(w *Window, o fyne.CanvasObject) bool {
	if !o.Visible() {
		return false
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	c := w.win.Canvas().Size()
	return pos.X >= 0 && pos.Y >= 0 && pos.X+o.Size().Width <= c.Width+0.5 && pos.Y+o.Size().Height <= c.Height+0.5
}

// At 1024 × 768, 1366 × 768 and 1920 × 1080 at 150 % (1280 × 720 in
// Fyne's units, less the window's frame), every toolbar action is either
// on the toolbar inside the window or under 更多, and every tab and the
// status line are inside the window. The window can shrink to less than
// 1000 × 600 (the menu bar, which the test driver does not draw, takes
// about 30 more).
func TestSmallScreens(t *testing.T) {
	w := newReviewWindow(t)
	if min := w.win.Content().MinSize(); min.Width > 1000 || min.Height > 560 {
		t.Errorf("the window cannot shrink below %v", min)
	}
	for _, size := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1366, Height: 700}, {Width: 1278, Height: 660}} {
		w.win.Resize(size)
		if got := w.win.Canvas().Size(); got != size {
			t.Fatalf("window is %v, want %v", got, size)
		}
		var shown, more []string
		for _, o := range w.bar.items {
			b, ok := asButton(o)
			if !ok {
				continue
			}
			if within(w, o) {
				shown = append(shown, b.Text)
			} else if b.Visible() {
				t.Errorf("%v: %s is shown outside the window", size, b.Text)
			}
		}
		for _, it := range w.bar.moreMenu().Items {
			if !it.IsSeparator {
				more = append(more, it.Label)
			}
		}
		if len(shown)+len(more) != 16 {
			t.Errorf("%v: toolbar shows %q, 更多 holds %q: %d actions, want 16", size, shown, more, len(shown)+len(more))
		}
		if len(more) > 0 && !within(w, w.bar.more) {
			t.Errorf("%v: 更多 holds %q but is not inside the window", size, more)
		}
		if size.Width == 1024 && (len(more) == 0 || more[len(more)-1] != "设置…") {
			t.Errorf("%v: 更多 holds %q, want the last actions up to 设置…", size, more)
		}
		for _, tabs := range []*container.AppTabs{w.tabs, w.side} {
			if !within(w, tabs) {
				t.Errorf("%v: tabs %q outside the window", size, tabs.Items[0].Text)
			}
			for _, it := range tabs.Items {
				tabs.Select(it)
				if !within(w, it.Content) {
					t.Errorf("%v: tab %s is outside the window", size, it.Text)
				}
			}
		}
		if !within(w, w.status) || !within(w, w.tree) {
			t.Errorf("%v: the status line or the outline is outside the window", size)
		}
		if tw := w.tree.Size().Width; tw < outlineMinWidth {
			t.Errorf("%v: the outline is %v wide", size, tw)
		}
	}

	// The compare mode fits too: its buttons that do not fit are under
	// its own 更多.
	w.enterComparison()
	if min := w.win.Content().MinSize(); min.Width > 1000 || min.Height > 560 {
		t.Errorf("in the compare mode the window cannot shrink below %v", min)
	}
	w.win.Resize(fyne.NewSize(1024, 700))
	for _, it := range w.comparison.tabs.Items {
		w.comparison.tabs.Select(it)
		if !within(w, it.Content) {
			t.Errorf("compare tab %s is outside the window", it.Text)
		}
	}
	for _, b := range append([]*keyButton{w.comparison.prev, w.comparison.next}, w.comparison.exports...) {
		if b.Visible() && !within(w, b) {
			t.Errorf("compare button %s is outside the window", b.Text)
		}
	}
}

// Hiding the side pane gives its room to the editor and lets the window
// shrink further; checking shows it again.
func TestHideSidePane(t *testing.T) {
	w := newReviewWindow(t)
	w.win.Resize(fyne.NewSize(1024, 700))
	before, editor := w.win.Content().MinSize().Width, w.tabs.Size().Width
	w.panes.items[1].Action()
	if w.side.Visible() || w.panes.items[1].Checked {
		t.Fatal("the side pane is still shown")
	}
	if min := w.win.Content().MinSize().Width; min >= before-250 {
		t.Errorf("without the side pane the window is at least %v wide, with it %v", min, before)
	}
	if got := w.tabs.Size().Width; got < editor+250 {
		t.Errorf("the editor is %v wide, was %v with the side pane", got, editor)
	}
	w.showFindings()
	if !w.side.Visible() || !w.panes.items[1].Checked || w.side.Selected() != w.findings.tab {
		t.Error("checking does not show the findings")
	}
}

// Alt and a menu's letter, and F10, open the menu, in the test driver as
// a pop-up menu; the shortcuts hang on a separator, which stays a plain
// line.
func TestMenuKeys(t *testing.T) {
	w, _ := newPlan(t)
	main := w.win.MainMenu()
	var labels []string
	for _, m := range main.Items {
		labels = append(labels, m.Label)
	}
	if got := len(labels); got != 5 || labels[0] != "文件(F)" || labels[4] != "视图(V)" {
		t.Errorf("menus %q", labels)
	}
	for _, tc := range []struct {
		key  fyne.KeyName
		want string // the first item of the menu it opens
	}{{fyne.KeyF, "新建"}, {fyne.KeyE, "撤销"}, {fyne.KeyS, "添加同级项（Ctrl+Enter）"}, {fyne.KeyR, "立即检查"}, {fyne.KeyV, "大纲"}, {fyne.KeyF10, "新建"}} {
		if tc.key == fyne.KeyF10 {
			w.typedKey(&fyne.KeyEvent{Name: fyne.KeyF10})
		} else {
			it := menuShortcut(main, "CustomDesktop:Alt+"+string(tc.key))
			if it == nil {
				t.Fatalf("no Alt+%s in the menus", tc.key)
			}
			it.Action()
		}
		top, ok := w.win.Canvas().Focused().(*widget.PopUpMenu)
		if !ok {
			t.Fatalf("%s opens no menu", tc.key)
		}
		if first := top.Items[0].(fyne.Widget); !hasText(first, tc.want) {
			t.Errorf("%s opens a menu that does not start with %s", tc.key, tc.want)
		}
		if w.win.Canvas().Focused() != top {
			t.Errorf("%s: the menu does not have the keyboard", tc.key)
		}
		top.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if w.win.Canvas().Overlays().Top() != nil {
			t.Fatalf("Esc leaves the %s menu open", tc.key)
		}
	}

	// A dialog waiting for an answer keeps the menus closed.
	dialog.ShowConfirm("删除", "要删除吗？", nil, w.win)
	menuShortcut(main, "CustomDesktop:Alt+F").Action()
	if _, ok := w.win.Canvas().Focused().(*widget.PopUpMenu); ok {
		t.Error("Alt+F opens a menu over a dialog")
	}
}

// menuShortcut finds the menu item with the shortcut named name, looking
// into submenus as Fyne does.
func menuShortcut(m *fyne.MainMenu, name string) *fyne.MenuItem {
	var find func(items []*fyne.MenuItem) *fyne.MenuItem
	find = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == name {
				return it
			}
			if it.ChildMenu != nil {
				if got := find(it.ChildMenu.Items); got != nil {
					return got
				}
			}
		}
		return nil
	}
	for _, menu := range m.Items {
		if it := find(menu.Items); it != nil {
			if !menuSeparatorHolds(menu, it) {
				return nil
			}
			return it
		}
	}
	return nil
}

// menuSeparatorHolds reports whether it hangs on a separator of menu,
// where it is not shown.
func menuSeparatorHolds(menu *fyne.Menu, it *fyne.MenuItem) bool {
	for _, s := range menu.Items {
		if s.IsSeparator && s.ChildMenu != nil {
			for _, c := range s.ChildMenu.Items {
				if c == it {
					return true
				}
			}
		}
	}
	return false
}

// hasText reports whether o shows the text s.
func hasText(o fyne.CanvasObject, s string) bool {
	for _, obj := range test.LaidOutObjects(o) {
		if txt, ok := obj.(*canvas.Text); ok && txt.Text == s {
			return true
		}
	}
	return false
}

// Every dialog takes Enter for its default button and Esc for its
// cancel button: Fyne's confirmation, information and error dialogs,
// and our save dialog and settings, also while an entry has the cursor.
func TestDialogKeys(t *testing.T) {
	w, _ := newPlan(t)
	enter, esc := &fyne.KeyEvent{Name: fyne.KeyReturn}, &fyne.KeyEvent{Name: fyne.KeyEscape}
	for _, tc := range []struct {
		name string
		key  *fyne.KeyEvent
		want string
	}{
		{"confirm", enter, "yes"},
		{"confirm", esc, "no"},
		{"information", enter, "closed"},
		{"information", esc, "closed"},
		{"error", esc, "closed"},
		{"custom", enter, "closed"},
		{"choice", enter, "open"}, // Enter does not cancel
		{"choice", esc, "closed"},
	} {
		got := ""
		switch tc.name {
		case "confirm":
			d := dialog.NewConfirm("删除", "要删除吗？", func(ok bool) {
				got = map[bool]string{true: "yes", false: "no"}[ok]
			}, w.win)
			d.Show()
		case "information":
			d := dialog.NewInformation("导出完成", "已导出。", w.win)
			d.SetOnClosed(func() { got = "closed" })
			d.Show()
		case "error":
			d := dialog.NewError(errTest, w.win)
			d.SetOnClosed(func() { got = "closed" })
			d.Show()
		case "choice":
			got = "open"
			d := dialog.NewCustom("选择文档", "取消", widget.NewLabel("文件中有 5 份计划"), w.win)
			d.SetOnClosed(func() { got = "closed" })
			d.Show()
		case "custom":
			d := dialog.NewCustom("说明", "确定", widget.NewLabel("说明文字"), w.win)
			d.SetOnClosed(func() { got = "closed" })
			d.Show()
		}
		w.typedKey(tc.key)
		if got != tc.want || (w.win.Canvas().Overlays().Top() != nil) != (got == "open") {
			t.Errorf("%s dialog, %s: %q, want %q", tc.name, tc.key.Name, got, tc.want)
		}
		if top := w.win.Canvas().Overlays().Top(); top != nil {
			top.Hide()
			w.win.Canvas().Overlays().Remove(top)
		}
	}

	// The unsaved-changes question: Esc keeps the window and its edits.
	test.Type(w.editor.title, "加强平台建设")
	w.requestClose()
	w.typedKey(esc)
	if w.closing || w.s == nil || !w.s.Dirty() || w.win.Canvas().Overlays().Top() != nil {
		t.Error("Esc on the unsaved-changes question did not cancel closing")
	}

	// The save dialog: Esc in the file name closes it, Enter saves.
	w.saveDir = t.TempDir()
	w.saveAs()
	nameEntry(t, w.win).TypedKey(esc)
	if w.win.Canvas().Overlays().Top() != nil {
		t.Error("Esc in the file name leaves the save dialog open")
	}
	w.saveAs()
	nameEntry(t, w.win).TypedKey(enter)
	if w.s.Path() == "" || w.win.Canvas().Overlays().Top() != nil {
		t.Error("Enter in the file name does not save")
	}

	// The settings: Esc in an entry cancels, Enter saves.
	w.showSettings()
	settingsEntry(t, w.win).TypedKey(esc)
	if w.win.Canvas().Overlays().Top() != nil {
		t.Error("Esc in the settings leaves them open")
	}
	w.showSettings()
	e := settingsEntry(t, w.win)
	e.SetText("/nowhere/往年")
	e.TypedKey(enter)
	if w.win.Canvas().Overlays().Top() != nil || w.app.Preferences().String(prefPriorDir) != "/nowhere/往年" {
		t.Error("Enter in the settings does not save them")
	}
}

var errTest = errors.New("无法读取文件")

// settingsEntry is the first entry of the settings dialog: the folder of
// prior plans.
func settingsEntry(t *testing.T, win fyne.Window) *dialogEntry {
	t.Helper()
	for _, obj := range test.LaidOutObjects(win.Canvas().Overlays().Top()) {
		if e, ok := obj.(*dialogEntry); ok {
			return e
		}
	}
	t.Fatal("no settings dialog")
	return nil
}

// Fyne's own wording is Chinese whatever the system's locale, and so are
// the places of its file dialog.
func TestFyneSpeaksChinese(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "C", "fr_FR.UTF-8", "ja_JP.UTF-8", "zh_CN.UTF-8"} {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", locale)
		w := newTestWindow(t)
		for _, tc := range [][2]string{
			{lang.L("OK"), "确定"}, {lang.L("Cancel"), "取消"}, {lang.L("Yes"), "是"}, {lang.L("No"), "否"},
			{lang.L("Error"), "错误"}, {lang.L("Open"), "打开"}, {lang.L("Save"), "保存"}, {lang.L("File"), "文件"},
			{lang.L("Folder"), "文件夹"}, {lang.L("New Folder"), "新建文件夹"}, {lang.L("Create Folder"), "新建"},
			{lang.L("Enter filename"), "输入文件名"}, {lang.L("Show Hidden Files"), "显示隐藏文件"},
			{lang.X("file.name", "Name"), "名称"}, {lang.X("file.parent", "Parent"), "上一级"},
			{lang.L("Copy"), "复制"}, {lang.L("Cut"), "剪切"}, {lang.L("Paste"), "粘贴"}, {lang.L("Undo"), "撤销"},
			{lang.L("Redo"), "重做"}, {lang.L("Select all"), "全选"}, {lang.L("Quit"), "退出"},
			{lang.L("Advanced"), "高级"}, {lang.L("Confirm"), "确认"},
		} {
			if tc[0] != tc[1] {
				t.Errorf("locale %s: %q, want %q", locale, tc[0], tc[1])
			}
		}
		t.Setenv("HOME", t.TempDir())
		fd := dialog.NewFileOpen(func(fyne.URIReadCloser, error) {}, w.win)
		fd.Resize(fyne.NewSize(900, 600))
		fd.Show()
		translatePlaces(w.win)
		var shown []string
		for _, obj := range test.LaidOutObjects(w.win.Canvas().Overlays().Top()) {
			if l, ok := obj.(*widget.Label); ok && l.Visible() {
				shown = append(shown, l.Text)
			}
		}
		joined := strings.Join(shown, " ")
		for _, english := range []string{"Home", "Computer", "Open", "Cancel", "File"} {
			if strings.Contains(joined, english) {
				t.Errorf("locale %s: the file dialog shows %q: %s", locale, english, joined)
			}
		}
		if !strings.Contains(joined, "主文件夹") || !strings.Contains(joined, "计算机") {
			t.Errorf("locale %s: the file dialog's places: %s", locale, joined)
		}
	}
}

// englishWord finds a word of Latin letters that is not a name a Chinese
// writer uses as it is (PDF, Word, file extensions, key names).
var englishWord = regexp.MustCompile(`[A-Za-z]{3,}`)

var latinNames = map[string]bool{
	"PDF": true, "Markdown": true, "Word": true, "Ctrl": true, "Shift": true, "Alt": true,
	"Enter": true, "Tab": true, "Delete": true, "Esc": true, "yaodian": true, "docx": true,
	"doc": true, "wps": true, "txt": true, "markdown": true, "workplan": true,
}

// englishShown lists the English words the window shows: its texts, its
// menus and the dialog or menu on top.
func englishShown(w *Window) []string {
	var texts []string
	for _, o := range append([]fyne.CanvasObject{w.win.Content()}, w.win.Canvas().Overlays().List()...) {
		for _, obj := range test.LaidOutObjects(o) {
			if txt, ok := obj.(*canvas.Text); ok && obj.Visible() {
				texts = append(texts, txt.Text)
			}
		}
	}
	var items func([]*fyne.MenuItem)
	items = func(its []*fyne.MenuItem) {
		for _, it := range its {
			texts = append(texts, it.Label)
			if it.ChildMenu != nil && !it.IsSeparator {
				items(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range w.win.MainMenu().Items {
		texts = append(texts, m.Label)
		items(m.Items)
	}
	var english []string
	for _, s := range texts {
		if strings.ContainsAny(s, `/\`) {
			continue // a file's path
		}
		for _, word := range englishWord.FindAllString(s, -1) {
			if !latinNames[word] {
				english = append(english, s)
				break
			}
		}
	}
	return english
}

// No English in a normal session, with an English system locale: the
// empty window, every tab with a plan open, the compare mode, Fyne's
// dialogs and the menus of the toolbar and of an entry.
func TestNoEnglishShown(t *testing.T) {
	t.Setenv("LANGUAGE", "en_US:en")
	t.Setenv("LC_ALL", "en_US.UTF-8")
	w := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1024, 700))
	check := func(state string) {
		t.Helper()
		if got := englishShown(w); len(got) > 0 {
			t.Errorf("%s shows English: %q", state, got)
		}
	}
	check("the empty window")
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	flushPreview(w)
	for _, tabs := range []*container.AppTabs{w.tabs, w.side} {
		for _, it := range tabs.Items {
			tabs.Select(it)
			check("tab " + it.Text)
		}
	}
	w.bar.showMore()
	check("the toolbar's 更多 menu")
	w.win.Canvas().Overlays().Top().Hide()
	test.TapSecondaryAt(w.editor.title, fyne.NewPos(5, 5))
	check("the title's context menu")
	for _, o := range w.win.Canvas().Overlays().List() {
		o.Hide()
	}
	for _, show := range []func(){
		func() { dialog.ShowError(errTest, w.win) },
		func() { dialog.ShowConfirm("删除", "要删除吗？", nil, w.win) },
		func() { dialog.ShowInformation("导出完成", "已导出。", w.win) },
		func() { w.edits.confirmDelete() },
		w.saveAs,
		w.showSettings,
	} {
		show()
		check("a dialog")
		w.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if w.win.Canvas().Overlays().Top() != nil {
			t.Fatal("Esc does not close the dialog")
		}
	}
	w.enterComparison()
	check("the compare mode")
}
