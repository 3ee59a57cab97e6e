package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/importer"
	"yaodian/plantext"
	"yaodian/publish"
	"yaodian/session"
	"yaodian/usererr"
)

// fileActions are the window's actions on files: opening and importing,
// saving, exporting, the recent files, and autosaving for crash recovery.
type fileActions struct {
	doc   *openDoc
	host  fileHost
	app   fyne.App
	win   fyne.Window
	fonts *fontLoader

	picker     *keyList // the list of a compilation's plans, while it is asked
	recentMenu *fyne.Menu

	// recoveryDir is where autosaved copies go; "" turns autosave off.
	recoveryDir string
	// printDir is where 打印… writes its temporary PDFs.
	printDir string
	closing  bool

	// io runs work off the GUI goroutine and then done on it; tests run
	// both in step.
	io func(work, done func())
	// saving is set while a save runs; autosaving while a recovery write
	// does.
	saving, autosaving bool
	// autosaveOn is set once StartAutosave has run, until the window closes.
	autosaveOn    bool
	autosaveTimer *time.Timer
	// autosaveProblem is why the last autosave failed, "" if it worked.
	autosaveProblem string
	// saveDir is the folder last saved to.
	saveDir string
	// open opens a file or folder with the system's program for it;
	// tests replace it.
	open func(path string) error
}

// fileHost is what the file actions ask of the window.
type fileHost interface {
	// show makes s the open document.
	show(s *session.Session)
	// restored redraws after the open document was read again.
	restored()
	// updateActions brings the title, the status line and the undo
	// actions up to date.
	updateActions()
	// note adds text to the status line.
	note(text string)
}

// newFileActions makes the file actions of doc in app's window win,
// exporting with the fonts of fl.
func newFileActions(doc *openDoc, host fileHost, app fyne.App, win fyne.Window, fl *fontLoader) *fileActions {
	f := &fileActions{doc: doc, host: host, app: app, win: win, fonts: fl, open: systemOpen,
		printDir: filepath.Join(os.TempDir(), "yaodian-print")}
	f.io = func(work, done func()) {
		go func() {
			work()
			fyne.Do(done)
		}()
	}
	if root := app.Storage().RootURI(); root != nil {
		f.recoveryDir = filepath.Join(root.Path(), "recovery")
	}
	f.recentMenu = fyne.NewMenu("")
	return f
}

// showError shows err in Chinese in a dialog.
func (f *fileActions) showError(err error) {
	showError(err, f.win)
}

// report shows err, if any, and says whether there was one.
func (f *fileActions) report(err error) bool {
	if err == nil {
		return false
	}
	f.showError(err)
	return true
}

// Open loads the document at path: a .yaodian file to edit and save in
// place, or a Word, text or Markdown file to import. A file that holds
// several plans asks which one to open. On failure the window keeps what
// it showed before.
func (f *fileActions) Open(path string) error {
	if strings.EqualFold(filepath.Ext(path), docmodel.Extension) {
		s, err := session.OpenFile(path)
		if err != nil {
			return err
		}
		// The importer's size limit holds for the native file too: one
		// too large to be a plan is refused before the window takes it.
		if err := importer.CheckSize(s.Doc()); err != nil {
			return err
		}
		f.host.show(s)
		f.remember(path)
		return nil
	}
	results, err := importer.Read(path)
	if err != nil {
		return err
	}
	docs := make([]*docmodel.Document, len(results))
	split := 0
	for i, r := range results {
		docs[i] = r.Document
		split += r.Split
	}
	if split > 0 {
		dialog.ShowInformation("导入说明", fmt.Sprintf("有 %d 个段落超过 %d 字，已在句末分成较短的段落。", split, importer.MaxParagraphRunes), f.win)
	}
	if len(docs) > 1 {
		f.choose(path, docs)
		return nil
	}
	f.host.show(session.Imported(path, docs[0]))
	f.remember(path)
	return nil
}

// choose asks which plan of a compilation to open.
func (f *fileActions) choose(path string, docs []*docmodel.Document) {
	var dlg dialog.Dialog
	f.picker = newKeyList(
		func() int { return len(docs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			title := docs[i].Meta.Title
			if title == "" {
				title = "（无标题）"
			}
			o.(*widget.Label).SetText(fmt.Sprintf("第 %d 篇　%s", i+1, title))
		})
	f.picker.OnSelected = func(i widget.ListItemID) {
		dlg.Hide()
		f.host.show(session.Imported(path, docs[i]))
		f.remember(path)
	}
	note := widget.NewLabel(fmt.Sprintf("“%s”包含 %d 篇文档，请选择要打开的一篇：", filepath.Base(path), len(docs)))
	dlg = dialog.NewCustom("选择文档", "取消", container.NewBorder(note, nil, nil, nil, f.picker), f.win)
	dlg.Resize(fyne.NewSize(640, 420))
	dlg.Show()
}

// newDocument starts a plan from the template of the usual sections, for
// next year once the autumn has come.
func (f *fileActions) newDocument() {
	f.whenSafe(func() {
		now := time.Now()
		year := now.Year()
		if now.Month() >= time.October {
			year++
		}
		d := session.Template(year)
		d.Options = newDocumentOptions(f.app.Preferences())
		f.host.show(session.New(d))
	})
}

// chooseFile asks for a document to open.
func (f *fileActions) chooseFile() {
	f.whenSafe(func() {
		fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				f.showError(err)
				return
			}
			if r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			f.report(f.Open(path))
		}, f.win)
		fd.SetFilter(storage.NewExtensionFileFilter([]string{docmodel.Extension, ".md", ".markdown", ".txt", ".docx", ".doc", ".wps"}))
		f.startIn(fd)
		fd.Resize(fyne.NewSize(900, 600))
		fd.Show()
		translatePlaces(f.win)
	})
}

// startIn opens a file dialog in the folder of the open document.
func (f *fileActions) startIn(fd *dialog.FileDialog) {
	if f.doc.s == nil {
		return
	}
	p := f.doc.s.Path()
	if p == "" {
		p = f.doc.s.Source()
	}
	if p == "" {
		return
	}
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(p))); err == nil {
		fd.SetLocation(dir)
	}
}

// whenSafe runs fn once the open document's changes are saved or the
// writer has chosen to discard them.
func (f *fileActions) whenSafe(fn func()) {
	if f.doc.s == nil || !f.doc.s.Dirty() {
		fn()
		return
	}
	var d *dialog.CustomDialog
	msg := widget.NewLabel("“" + f.doc.fileName() + "”有未保存的修改。是否先保存？")
	save := newKeyButton("保存", func() {
		d.Hide()
		f.saveThen(fn)
	})
	save.Importance = widget.HighImportance
	discard := newKeyButton("不保存", func() {
		d.Hide()
		fn()
	})
	cancel := newKeyButton("取消", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("未保存的修改", msg, f.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Show()
}

// requestClose closes the window once the document is safe, deleting
// the print PDFs a viewer is done with.
func (f *fileActions) requestClose() {
	f.whenSafe(func() {
		f.closing = true
		cleanPrints(f.printDir, time.Now())
		if f.doc.s != nil {
			f.doc.s.Close()
		}
		f.win.Close()
	})
}

// save writes the document to its file, asking for a name the first
// time.
func (f *fileActions) save() {
	f.saveThen(nil)
}

// saveThen saves and, if that worked, runs next.
func (f *fileActions) saveThen(next func()) {
	if f.doc.s == nil || f.saving {
		return
	}
	if f.doc.s.Path() == "" {
		f.saveAsThen(next)
		return
	}
	job, err := f.doc.s.PrepareSave()
	if f.report(err) {
		return
	}
	f.runSave(job, next)
}

// runSave writes job off the GUI goroutine, so that a slow disk does not
// freeze the window, and then applies it.
func (f *fileActions) runSave(job *session.Write, next func()) {
	s := f.doc.s
	f.saving = true
	f.host.note("正在保存…")
	f.io(job.Run, func() {
		f.saving = false
		err := s.Finish(job)
		if f.doc.s != s {
			return
		}
		switch {
		case errors.Is(err, session.ErrChangedOnDisk), errors.Is(err, session.ErrMissingOnDisk):
			f.host.updateActions()
			f.conflict(next, errors.Is(err, session.ErrMissingOnDisk))
		case err != nil:
			f.host.updateActions()
			f.showError(err)
		default:
			f.saved(next)
		}
	})
}

// saved is what a successful save ends with.
func (f *fileActions) saved(next func()) {
	f.remember(f.doc.s.Path())
	f.host.updateActions()
	f.host.note("已保存到 " + f.doc.s.Path())
	f.scheduleAutosave()
	if next != nil {
		next()
	}
}

// conflict offers what to do when the file changed on disk since it was
// opened: load the other version or save this one under a new name; or,
// when the file is gone, save it where it was or elsewhere.
func (f *fileActions) conflict(next func(), missing bool) {
	var d *dialog.CustomDialog
	path := f.doc.s.Path()
	name := filepath.Base(path)
	copyName := session.CopyName(path)
	saveAs := newKeyButton("另存为…", func() {
		d.Hide()
		f.askSavePathIn("另存为", filepath.Dir(copyName), filepath.Base(copyName), docmodel.Extension, func(path string) {
			f.saveAsPath(path, next)
		})
	})
	saveAs.Importance = widget.HighImportance
	cancel := newKeyButton("取消", func() { d.Hide() })
	if missing {
		msg := widget.NewLabel("“" + name + "”已不在原处（可能被移动、改名或删除）：\n" + path + "\n\n请选择：")
		again := newKeyButton("在原位置重新保存", func() {
			d.Hide()
			f.saveAsPath(path, next)
		})
		d = dialog.NewCustomWithoutButtons("文件已不在原处", msg, f.win)
		d.SetButtons([]fyne.CanvasObject{cancel, again, saveAs})
		d.Show()
		return
	}
	msg := widget.NewLabel("“" + name + "”在打开之后已被其他程序修改，\n直接保存会覆盖那些修改。请选择：\n\n" +
		"另存为会建议新文件名“" + filepath.Base(copyName) + "”，磁盘上的版本不会被改动。")
	reload := newKeyButton("重新载入（放弃本窗口的修改）", func() {
		d.Hide()
		if !f.report(f.doc.s.Reload()) {
			f.host.restored()
		}
	})
	d = dialog.NewCustomWithoutButtons("文件已被修改", msg, f.win)
	d.SetButtons([]fyne.CanvasObject{cancel, reload, saveAs})
	d.Show()
}

// saveAs asks for a new file name and saves there.
func (f *fileActions) saveAs() {
	f.saveAsThen(nil)
}

func (f *fileActions) saveAsThen(next func()) {
	if f.doc.s == nil || f.saving {
		return
	}
	f.askSavePath("另存为", f.suggestedName(), docmodel.Extension, func(path string) {
		f.saveAsPath(path, next)
	})
}

// saveAsPath saves the document to path, which the writer has chosen.
func (f *fileActions) saveAsPath(path string, next func()) {
	if f.doc.s == nil || f.saving {
		return
	}
	job, err := f.doc.s.PrepareSaveAs(path)
	if f.report(err) {
		return
	}
	f.runSave(job, next)
}

// askSavePath asks where to write a file with the extension ext, in the
// folder of the open document, and calls fn with the path. Nothing is
// written until fn writes it.
func (f *fileActions) askSavePath(title, name, ext string, fn func(path string)) {
	f.askSavePathIn(title, f.startDir(), name, ext, fn)
}

// askSavePathIn is askSavePath starting in the folder dir.
func (f *fileActions) askSavePathIn(title, dir, name, ext string, fn func(path string)) {
	newSaveDialog(f.win, title, dir, name, ext, func(path string) {
		f.saveDir = filepath.Dir(path)
		fn(path)
	}).show()
}

// startDir is the folder a save dialog starts in: the open document's,
// else the last one saved to, else the home folder.
func (f *fileActions) startDir() string {
	if f.doc.s != nil {
		for _, p := range []string{f.doc.s.Path(), f.doc.s.Source()} {
			if p != "" {
				if abs, err := filepath.Abs(filepath.Dir(p)); err == nil {
					return abs
				}
			}
		}
	}
	if f.saveDir != "" {
		return f.saveDir
	}
	if home, err := os.UserHomeDir(); err == nil {
		return home
	}
	return "."
}

// chooseExport asks where to export the document as PDF or Markdown.
func (f *fileActions) chooseExport(ext string) {
	if f.doc.s == nil {
		return
	}
	name := strings.TrimSuffix(f.suggestedName(), docmodel.Extension) + ext
	title := "导出 PDF"
	if ext == ".md" {
		title = "导出 Markdown"
	}
	f.askSavePath(title, name, ext, func(path string) { f.exportTo(path) })
}

// exportTo writes the document to path in the background, with a
// progress dialog, and then says where the file is.
func (f *fileActions) exportTo(path string) {
	snap, err := f.doc.s.Snapshot()
	if f.report(err) {
		return
	}
	g, err := pageGeometry(f.app.Preferences())
	if f.report(err) {
		return
	}
	progress := showProgress("正在导出", "正在导出到 "+path+" …", f.win)
	var summary string
	f.io(func() {
		summary, err = writeExport(path, snap, g, f.fonts)
	}, func() {
		progress.Hide()
		if f.report(err) {
			return
		}
		f.exported(path, summary)
	})
}

// writeExport writes the document of snap to path as PDF or Markdown,
// and sums up what it wrote.
func writeExport(path string, snap session.Snapshot, g layout.Geometry, fl *fontLoader) (string, error) {
	d, err := snap.Doc()
	if err != nil {
		return "", err
	}
	if strings.EqualFold(filepath.Ext(path), ".md") {
		return summed(publish.Plan(path, d))
	}
	set, err := fl.get()
	if err != nil {
		return "", err
	}
	return summed(publish.PlanPDF(path, d, set, g, layout.Options{}))
}

// writeComparison writes the 对照表 of a and b to path as PDF or
// Markdown, and sums up what it wrote.
func writeComparison(path string, a, b *docmodel.Document, r compare.Result, g layout.Geometry, fl *fontLoader) (string, error) {
	if strings.EqualFold(filepath.Ext(path), ".md") {
		return summed(publish.Comparison(path, a, b, r))
	}
	set, err := fl.get()
	if err != nil {
		return "", err
	}
	return summed(publish.ComparisonPDF(path, a, b, r, set, g))
}

// summed is the window's summary of an export, or why it failed.
func summed(w publish.Written, err error) (string, error) {
	if err != nil {
		return "", err
	}
	return w.Summary(), nil
}

// exported says where the export went, with a button to open its folder.
func (f *fileActions) exported(path, summary string) {
	dir := filepath.Dir(path)
	var d *dialog.CustomDialog
	open := newKeyButton("打开所在文件夹", func() {
		d.Hide()
		f.openFolder(dir)
	})
	closeButton := newKeyButton("关闭", func() { d.Hide() })
	closeButton.Importance = widget.HighImportance
	text := newFlowLabel("已导出到：\n"+path+"\n\n"+summary, false, false)
	d = dialog.NewCustomWithoutButtons("导出完成", container.NewVScroll(text), f.win)
	d.SetButtons([]fyne.CanvasObject{open, closeButton})
	d.Resize(fyne.NewSize(640, 400))
	d.Show()
	f.host.note("已导出 " + filepath.Base(path))
}

// remember puts path at the top of the recent files.
func (f *fileActions) remember(path string) {
	if path == "" {
		return
	}
	p := f.app.Preferences()
	p.SetStringList(prefRecent, session.Recent(p.StringList(prefRecent), path))
	f.fillRecent()
}

// fillRecent lists the recent files in the 文件 menu.
func (f *fileActions) fillRecent() {
	var items []*fyne.MenuItem
	for _, path := range f.app.Preferences().StringList(prefRecent) {
		items = append(items, fyne.NewMenuItem(path, func() {
			f.whenSafe(func() { f.report(f.Open(path)) })
		}))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("（无）", nil)
		none.Disabled = true
		items = append(items, none)
	}
	f.recentMenu.Items = items
	if m := f.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// StartAutosave writes the open document's unsaved changes to a recovery
// file, at most AutosaveInterval after each change, until the window
// closes.
func (f *fileActions) StartAutosave() {
	f.autosaveOn = true
	f.win.SetOnClosed(func() {
		f.autosaveOn = false
		if f.autosaveTimer != nil {
			f.autosaveTimer.Stop()
		}
	})
	f.scheduleAutosave()
}

// scheduleAutosave sets a timer for the moment the open document's
// oldest change not yet in the recovery file is due, so that a crash
// loses at most session.AutosaveInterval of typing.
func (f *fileActions) scheduleAutosave() {
	if !f.autosaveOn || f.doc.s == nil || f.autosaveTimer != nil || f.autosaving {
		return
	}
	at, ok := f.doc.s.NextAutosave()
	if !ok {
		return
	}
	f.autosaveTimer = time.AfterFunc(max(time.Until(at), 0), func() {
		fyne.Do(func() {
			f.autosaveTimer = nil
			f.autosave()
		})
	})
}

// autosave writes the recovery file, off the GUI goroutine, if it is due.
func (f *fileActions) autosave() {
	if f.doc.s == nil || f.closing || f.autosaving {
		return
	}
	job, err := f.doc.s.PrepareAutosave(time.Now())
	if job == nil {
		f.autosaved(err)
		return
	}
	s := f.doc.s
	f.autosaving = true
	f.io(job.Run, func() {
		f.autosaving = false
		err := s.FinishAutosave(job)
		if f.doc.s == s {
			f.autosaved(err)
		}
	})
}

// autosaved shows how an autosave went. The first failure after a
// success is shown in a dialog; until an autosave works again the
// status line says so, whatever else it shows.
func (f *fileActions) autosaved(err error) {
	switch {
	case err != nil && f.autosaveProblem == "":
		f.autosaveProblem = usererr.Chinese(err)
		f.host.updateActions()
		inform("自动保存失败", f.autosaveProblem+
			"\n\n在问题解决之前，如果程序意外退出，未保存的修改可能丢失。请尽快用“保存”或“另存为”保存文档。\n要点会每 30 秒重试一次。", f.win)
	case err != nil:
		f.autosaveProblem = usererr.Chinese(err)
	case f.autosaveProblem != "":
		f.autosaveProblem = ""
		f.host.updateActions()
	}
	f.scheduleAutosave()
}

// OfferRecovery looks for documents a crash left unsaved and offers to
// restore them, one at a time.
func (f *fileActions) OfferRecovery() {
	if f.recoveryDir == "" {
		return
	}
	found, err := session.Recoveries(f.recoveryDir)
	if err != nil {
		fyne.LogError("读取恢复文件", err)
	}
	f.offer(found)
}

// offer asks about the first of the recovery files, then the rest.
func (f *fileActions) offer(found []session.Recovery) {
	if len(found) == 0 {
		return
	}
	r, rest := found[0], found[1:]
	where := "从未保存的新文档"
	if r.Path != "" {
		where = r.Path
	}
	title := r.Title
	if title == "" {
		title = "（无标题）"
	}
	msg := widget.NewLabel("上次“要点”没有正常关闭，以下文档有未保存的修改：\n\n" +
		title + "\n" + where + "\n自动保存于 " + r.Saved.Local().Format("2006-01-02 15:04:05") +
		"\n\n恢复后请检查内容并保存。")
	var d *dialog.CustomDialog
	restore := newKeyButton("恢复", func() {
		d.Hide()
		f.whenSafe(func() {
			s, state, err := session.Restore(r)
			if f.report(err) {
				return
			}
			f.host.show(s)
			f.offer(rest)
			if note := restoreNote(r.Path, state); note != "" {
				inform("原文件的情况", note, f.win)
			}
		})
	})
	restore.Importance = widget.HighImportance
	discard := newKeyButton("丢弃", func() {
		d.Hide()
		f.report(session.Discard(r))
		f.offer(rest)
	})
	later := newKeyButton("以后再说", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("恢复未保存的文档", msg, f.win)
	d.SetButtons([]fyne.CanvasObject{later, discard, restore})
	d.Show()
}

// restoreNote says plainly what became of a restored document's file
// since the crash, "" if it is as it was.
func restoreNote(path string, state session.FileState) string {
	switch state {
	case session.FileChanged:
		return "“" + path + "”在上次意外退出之后已被其他程序修改。\n恢复的内容还没有写入该文件；保存时会请您选择重新载入或另存为，不会直接覆盖。"
	case session.FileMissing:
		return "“" + path + "”已不在原处（可能被移动、改名或删除）。\n保存时会请您选择保存位置。"
	case session.FileUnknown:
		return "恢复文件由旧版本写出，没有记录“" + path + "”当时的状态，无法确认它是否被修改过。\n保存时会请您选择重新载入或另存为，不会直接覆盖。"
	case session.FileUnplaced:
		return "恢复文件由旧版本写出，只记录了相对路径“" + path + "”，无法确定原文件在哪个文件夹。\n请用“另存为”选择保存位置。"
	}
	return ""
}

// suggestedName is the file name a save or export dialog proposes: the
// session's (the file's, the imported file's or the title), with a year
// in it that is not the document's year changed to the document's, so
// that last year's plan turned into this year's is not offered last
// year's name.
func (f *fileActions) suggestedName() string {
	name := f.doc.s.SuggestedName()
	d := f.doc.s.Doc()
	year := d.Meta.Year
	if year == 0 {
		year = plantext.Year(d.Meta.Title)
	}
	return withYear(name, year)
}

// nameYear is a year in a file name: 2024, or 二〇二四 before 年.
var nameYear = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)|([〇○零一二三四五六七八九]{4})年`)

// withYear changes the first year name states to year, if it states
// another one.
func withYear(name string, year int) string {
	if year == 0 {
		return name
	}
	m := nameYear.FindStringSubmatchIndex(name)
	if m == nil {
		return name
	}
	lo, hi := m[2], m[3]
	if lo < 0 {
		lo, hi = m[4], m[5]
	}
	if plantext.Year(name[lo:hi]+"年") == year {
		return name
	}
	return name[:lo] + strconv.Itoa(year) + name[hi:]
}
