package ui

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
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
	"yaodian/publish"
	"yaodian/session"
	"yaodian/usererr"
)

// Open loads the document at path: a .yaodian file to edit and save in
// place, or a Word, text or Markdown file to import. A file that holds
// several plans asks which one to open. On failure the window keeps what
// it showed before.
func (w *Window) Open(path string) error {
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
		w.show(s)
		w.remember(path)
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
		dialog.ShowInformation("导入说明", fmt.Sprintf("有 %d 个段落超过 %d 字，已在句末分成较短的段落。", split, importer.MaxParagraphRunes), w.win)
	}
	if len(docs) > 1 {
		w.choose(path, docs)
		return nil
	}
	w.show(session.Imported(path, docs[0]))
	w.remember(path)
	return nil
}

// choose asks which plan of a compilation to open.
func (w *Window) choose(path string, docs []*docmodel.Document) {
	var dlg dialog.Dialog
	w.picker = widget.NewList(
		func() int { return len(docs) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			title := docs[i].Meta.Title
			if title == "" {
				title = "（无标题）"
			}
			o.(*widget.Label).SetText(fmt.Sprintf("第 %d 篇　%s", i+1, title))
		})
	w.picker.OnSelected = func(i widget.ListItemID) {
		dlg.Hide()
		w.show(session.Imported(path, docs[i]))
		w.remember(path)
	}
	note := widget.NewLabel(fmt.Sprintf("“%s”包含 %d 篇文档，请选择要打开的一篇：", filepath.Base(path), len(docs)))
	dlg = dialog.NewCustom("选择文档", "取消", container.NewBorder(note, nil, nil, nil, w.picker), w.win)
	dlg.Resize(fyne.NewSize(640, 420))
	dlg.Show()
}

// newDocument starts a plan from the template of the usual sections, for
// next year once the autumn has come.
func (w *Window) newDocument() {
	w.whenSafe(func() {
		now := time.Now()
		year := now.Year()
		if now.Month() >= time.October {
			year++
		}
		d := session.Template(year)
		d.Options = w.newDocumentOptions()
		w.show(session.New(d))
	})
}

// chooseFile asks for a document to open.
func (w *Window) chooseFile() {
	w.whenSafe(func() {
		fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				w.ShowError(err)
				return
			}
			if r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			w.report(w.Open(path))
		}, w.win)
		fd.SetFilter(storage.NewExtensionFileFilter([]string{docmodel.Extension, ".md", ".markdown", ".txt", ".docx", ".doc", ".wps"}))
		w.startIn(fd)
		fd.Resize(fyne.NewSize(900, 600))
		fd.Show()
	})
}

// startIn opens a file dialog in the folder of the open document.
func (w *Window) startIn(fd *dialog.FileDialog) {
	if w.s == nil {
		return
	}
	p := w.s.Path()
	if p == "" {
		p = w.s.Source()
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
func (w *Window) whenSafe(fn func()) {
	if w.s == nil || !w.s.Dirty() {
		fn()
		return
	}
	var d *dialog.CustomDialog
	msg := widget.NewLabel("“" + w.fileName() + "”有未保存的修改。是否先保存？")
	save := widget.NewButton("保存", func() {
		d.Hide()
		w.saveThen(fn)
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton("不保存", func() {
		d.Hide()
		fn()
	})
	cancel := widget.NewButton("取消", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("未保存的修改", msg, w.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Show()
}

// requestClose closes the window once the document is safe.
func (w *Window) requestClose() {
	w.whenSafe(func() {
		w.closing = true
		if w.s != nil {
			w.s.Close()
		}
		w.win.Close()
	})
}

// save writes the document to its file, asking for a name the first
// time.
func (w *Window) save() {
	w.saveThen(nil)
}

// saveThen saves and, if that worked, runs next.
func (w *Window) saveThen(next func()) {
	if w.s == nil || w.saving {
		return
	}
	if w.s.Path() == "" {
		w.saveAsThen(next)
		return
	}
	job, err := w.s.PrepareSave()
	if w.report(err) {
		return
	}
	w.runSave(job, next)
}

// runSave writes job off the GUI goroutine, so that a slow disk does not
// freeze the window, and then applies it.
func (w *Window) runSave(job *session.Write, next func()) {
	s := w.s
	w.saving = true
	w.status.SetText(w.status.Text + "　·　正在保存…")
	w.io(job.Run, func() {
		w.saving = false
		err := s.Finish(job)
		if w.s != s {
			return
		}
		switch {
		case errors.Is(err, session.ErrChangedOnDisk), errors.Is(err, session.ErrMissingOnDisk):
			w.updateActions()
			w.conflict(next, errors.Is(err, session.ErrMissingOnDisk))
		case err != nil:
			w.updateActions()
			w.ShowError(err)
		default:
			w.saved(next)
		}
	})
}

// saved is what a successful save ends with.
func (w *Window) saved(next func()) {
	w.remember(w.s.Path())
	w.updateActions()
	w.status.SetText(w.status.Text + "　·　已保存到 " + w.s.Path())
	w.scheduleAutosave()
	if next != nil {
		next()
	}
}

// conflict offers what to do when the file changed on disk since it was
// opened: load the other version or save this one under a new name; or,
// when the file is gone, save it where it was or elsewhere.
func (w *Window) conflict(next func(), missing bool) {
	var d *dialog.CustomDialog
	path := w.s.Path()
	name := filepath.Base(path)
	copyName := session.CopyName(path)
	saveAs := widget.NewButton("另存为…", func() {
		d.Hide()
		w.askSavePathIn("另存为", filepath.Dir(copyName), filepath.Base(copyName), docmodel.Extension, func(path string) {
			w.saveAsPath(path, next)
		})
	})
	saveAs.Importance = widget.HighImportance
	cancel := widget.NewButton("取消", func() { d.Hide() })
	if missing {
		msg := widget.NewLabel("“" + name + "”已不在原处（可能被移动、改名或删除）：\n" + path + "\n\n请选择：")
		again := widget.NewButton("在原位置重新保存", func() {
			d.Hide()
			w.saveAsPath(path, next)
		})
		d = dialog.NewCustomWithoutButtons("文件已不在原处", msg, w.win)
		d.SetButtons([]fyne.CanvasObject{cancel, again, saveAs})
		d.Show()
		return
	}
	msg := widget.NewLabel("“" + name + "”在打开之后已被其他程序修改，\n直接保存会覆盖那些修改。请选择：\n\n" +
		"另存为会建议新文件名“" + filepath.Base(copyName) + "”，磁盘上的版本不会被改动。")
	reload := widget.NewButton("重新载入（放弃本窗口的修改）", func() {
		d.Hide()
		if !w.report(w.s.Reload()) {
			w.restored()
		}
	})
	d = dialog.NewCustomWithoutButtons("文件已被修改", msg, w.win)
	d.SetButtons([]fyne.CanvasObject{cancel, reload, saveAs})
	d.Show()
}

// saveAs asks for a new file name and saves there.
func (w *Window) saveAs() {
	w.saveAsThen(nil)
}

func (w *Window) saveAsThen(next func()) {
	if w.s == nil || w.saving {
		return
	}
	w.askSavePath("另存为", w.s.SuggestedName(), docmodel.Extension, func(path string) {
		w.saveAsPath(path, next)
	})
}

// saveAsPath saves the document to path, which the writer has chosen.
func (w *Window) saveAsPath(path string, next func()) {
	if w.s == nil || w.saving {
		return
	}
	job, err := w.s.PrepareSaveAs(path)
	if w.report(err) {
		return
	}
	w.runSave(job, next)
}

// askSavePath asks where to write a file with the extension ext, in the
// folder of the open document, and calls fn with the path. Nothing is
// written until fn writes it.
func (w *Window) askSavePath(title, name, ext string, fn func(path string)) {
	w.askSavePathIn(title, w.startDir(), name, ext, fn)
}

// askSavePathIn is askSavePath starting in the folder dir.
func (w *Window) askSavePathIn(title, dir, name, ext string, fn func(path string)) {
	newSaveDialog(w, title, dir, name, ext, fn).show()
}

// startDir is the folder a save dialog starts in: the open document's,
// else the last one saved to, else the home folder.
func (w *Window) startDir() string {
	if w.s != nil {
		for _, p := range []string{w.s.Path(), w.s.Source()} {
			if p != "" {
				if abs, err := filepath.Abs(filepath.Dir(p)); err == nil {
					return abs
				}
			}
		}
	}
	if w.saveDir != "" {
		return w.saveDir
	}
	if home, err := os.UserHomeDir(); err == nil {
		return home
	}
	return "."
}

// chooseExport asks where to export the document as PDF or Markdown.
func (w *Window) chooseExport(ext string) {
	if w.s == nil {
		return
	}
	name := strings.TrimSuffix(w.s.SuggestedName(), docmodel.Extension) + ext
	title := "导出 PDF"
	if ext == ".md" {
		title = "导出 Markdown"
	}
	w.askSavePath(title, name, ext, func(path string) { w.exportTo(path) })
}

// exportTo writes the document to path in the background, with a
// progress dialog, and then says where the file is.
func (w *Window) exportTo(path string) {
	data, err := docmodel.Encode(w.s.Doc())
	if w.report(err) {
		return
	}
	g, err := w.geometry()
	if w.report(err) {
		return
	}
	progress := dialog.NewCustomWithoutButtons("正在导出", container.NewVBox(
		widget.NewLabel("正在导出到 "+path+" …"), widget.NewProgressBarInfinite()), w.win)
	progress.Show()
	var summary string
	w.io(func() {
		summary, err = writeExport(path, data, g, w.fonts)
	}, func() {
		progress.Hide()
		if w.report(err) {
			return
		}
		w.exported(path, summary)
	})
}

// writeExport writes the encoded document data to path as PDF or
// Markdown, and sums up what it wrote.
func writeExport(path string, data []byte, g layout.Geometry, fl *fontLoader) (string, error) {
	d, err := docmodel.Decode(data)
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
func (w *Window) exported(path, summary string) {
	dir := filepath.Dir(path)
	var d *dialog.CustomDialog
	open := widget.NewButton("打开所在文件夹", func() {
		d.Hide()
		u, err := url.Parse(storage.NewFileURI(dir).String())
		if err == nil {
			err = w.app.OpenURL(u)
		}
		if err != nil {
			w.ShowError(usererr.Wrap(err, "无法打开文件夹“"+dir+"”", "cannot open folder "+dir))
		}
	})
	closeButton := widget.NewButton("关闭", func() { d.Hide() })
	closeButton.Importance = widget.HighImportance
	text := widget.NewLabel("已导出到：\n" + path + "\n\n" + summary)
	text.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("导出完成", container.NewVScroll(text), w.win)
	d.SetButtons([]fyne.CanvasObject{open, closeButton})
	d.Resize(fyne.NewSize(640, 400))
	d.Show()
	w.status.SetText(w.status.Text + "　·　已导出 " + filepath.Base(path))
}

// remember puts path at the top of the recent files.
func (w *Window) remember(path string) {
	if path == "" {
		return
	}
	p := w.app.Preferences()
	p.SetStringList(prefRecent, session.Recent(p.StringList(prefRecent), path))
	w.fillRecent()
}

// fillRecent lists the recent files in the 文件 menu.
func (w *Window) fillRecent() {
	var items []*fyne.MenuItem
	for _, path := range w.app.Preferences().StringList(prefRecent) {
		items = append(items, fyne.NewMenuItem(path, func() {
			w.whenSafe(func() { w.report(w.Open(path)) })
		}))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("（无）", nil)
		none.Disabled = true
		items = append(items, none)
	}
	w.recentMenu.Items = items
	if m := w.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// StartAutosave writes the open document's unsaved changes to a recovery
// file, at most AutosaveInterval after each change, until the window
// closes.
func (w *Window) StartAutosave() {
	w.autosaveOn = true
	w.win.SetOnClosed(func() {
		w.autosaveOn = false
		if w.autosaveTimer != nil {
			w.autosaveTimer.Stop()
		}
	})
	w.scheduleAutosave()
}

// scheduleAutosave sets a timer for the moment the open document's
// oldest change not yet in the recovery file is due, so that a crash
// loses at most session.AutosaveInterval of typing.
func (w *Window) scheduleAutosave() {
	if !w.autosaveOn || w.s == nil || w.autosaveTimer != nil || w.autosaving {
		return
	}
	at, ok := w.s.NextAutosave()
	if !ok {
		return
	}
	w.autosaveTimer = time.AfterFunc(max(time.Until(at), 0), func() {
		fyne.Do(func() {
			w.autosaveTimer = nil
			w.autosave()
		})
	})
}

// autosave writes the recovery file, off the GUI goroutine, if it is due.
func (w *Window) autosave() {
	if w.s == nil || w.closing || w.autosaving {
		return
	}
	job, err := w.s.PrepareAutosave(time.Now())
	if job == nil {
		w.autosaved(err)
		return
	}
	s := w.s
	w.autosaving = true
	w.io(job.Run, func() {
		w.autosaving = false
		err := s.FinishAutosave(job)
		if w.s == s {
			w.autosaved(err)
		}
	})
}

// autosaved shows how an autosave went. The first failure after a
// success is shown in a dialog; until an autosave works again the
// status line says so, whatever else it shows.
func (w *Window) autosaved(err error) {
	switch {
	case err != nil && w.autosaveProblem == "":
		w.autosaveProblem = usererr.Chinese(err)
		w.updateActions()
		inform("自动保存失败", w.autosaveProblem+
			"\n\n在问题解决之前，如果程序意外退出，未保存的修改可能丢失。请尽快用“保存”或“另存为”保存文档。\n要点会每 30 秒重试一次。", w.win)
	case err != nil:
		w.autosaveProblem = usererr.Chinese(err)
	case w.autosaveProblem != "":
		w.autosaveProblem = ""
		w.updateActions()
	}
	w.scheduleAutosave()
}

// OfferRecovery looks for documents a crash left unsaved and offers to
// restore them, one at a time.
func (w *Window) OfferRecovery() {
	if w.recoveryDir == "" {
		return
	}
	found, err := session.Recoveries(w.recoveryDir)
	if err != nil {
		fyne.LogError("读取恢复文件", err)
	}
	w.offer(found)
}

// offer asks about the first of the recovery files, then the rest.
func (w *Window) offer(found []session.Recovery) {
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
	restore := widget.NewButton("恢复", func() {
		d.Hide()
		w.whenSafe(func() {
			s, state, err := session.Restore(r)
			if w.report(err) {
				return
			}
			w.show(s)
			w.offer(rest)
			if note := restoreNote(r.Path, state); note != "" {
				inform("原文件的情况", note, w.win)
			}
		})
	})
	restore.Importance = widget.HighImportance
	discard := widget.NewButton("丢弃", func() {
		d.Hide()
		w.report(session.Discard(r))
		w.offer(rest)
	})
	later := widget.NewButton("以后再说", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("恢复未保存的文档", msg, w.win)
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
