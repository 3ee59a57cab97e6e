package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"yaodian/atomicfile"
)

// saveDialog asks where to save a file and only names it: nothing is
// opened or created until the caller writes the file through atomicfile.
// Fyne's own save dialog opens the chosen file for writing, which empties
// it, as soon as the writer confirms replacing it.
type saveDialog struct {
	win fyne.Window
	ext string // the extension every name gets, such as ".yaodian"
	fn  func(path string)

	dir    string
	name   *dialogEntry
	folder *widget.Label
	// files are the names in dir with the extension, to pick from.
	files []string
	list  *keyList
	dlg   *dialog.CustomDialog
}

// newSaveDialog makes a dialog over win titled title that proposes the
// file name in the folder dir and calls fn with the path the writer
// chooses.
func newSaveDialog(win fyne.Window, title, dir, name, ext string, fn func(path string)) *saveDialog {
	sd := &saveDialog{win: win, ext: ext, fn: fn}
	sd.name = newDialogEntry() // Esc cancels
	sd.name.SetText(name)
	sd.name.OnSubmitted = func(string) { sd.confirm() }
	sd.folder = widget.NewLabel("")
	sd.folder.Truncation = fyne.TextTruncateEllipsis
	change := newKeyButton("更改文件夹…", sd.chooseFolder)
	sd.list = newKeyList(
		func() int { return len(sd.files) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(sd.files[i]) })
	sd.list.OnSelected = func(i widget.ListItemID) {
		sd.name.SetText(sd.files[i])
		sd.list.UnselectAll()
	}
	sd.setDir(dir)

	form := widget.NewForm(
		widget.NewFormItem("文件名", sd.name),
		widget.NewFormItem("保存到", container.NewBorder(nil, nil, nil, change, sd.folder)),
	)
	listNote := widget.NewLabel("该文件夹中已有的 " + ext + " 文件（点击可沿用其名称）：")
	content := container.NewBorder(container.NewVBox(form, listNote), nil, nil, nil, sd.list)
	cancel := newKeyButton("取消", sd.hide)
	save := newKeyButton("保存", sd.confirm)
	save.Importance = widget.HighImportance
	sd.dlg = dialog.NewCustomWithoutButtons(title, content, win)
	sd.dlg.SetButtons([]fyne.CanvasObject{cancel, save})
	sd.dlg.Resize(fyne.NewSize(720, 480))
	return sd
}

// show shows the dialog with the cursor in the name.
func (sd *saveDialog) show() {
	sd.dlg.Show()
	sd.win.Canvas().Focus(sd.name)
}

// setDir shows the folder dir and the files of the type in it.
func (sd *saveDialog) setDir(dir string) {
	sd.dir = dir
	sd.folder.SetText(dir)
	sd.files = sd.files[:0]
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") && strings.EqualFold(filepath.Ext(e.Name()), sd.ext) {
				sd.files = append(sd.files, e.Name())
			}
		}
	}
	slices.Sort(sd.files)
	sd.list.Refresh()
}

// chooseFolder asks for another folder; a folder dialog opens no file.
func (sd *saveDialog) chooseFolder() {
	fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			showError(err, sd.win)
			return
		}
		if l != nil {
			sd.setDir(l.Path())
		}
	}, sd.win)
	if l, err := storage.ListerForURI(storage.NewFileURI(sd.dir)); err == nil {
		fd.SetLocation(l)
	}
	fd.SetConfirmText("选择此文件夹")
	fd.SetDismissText("取消")
	fd.Resize(fyne.NewSize(900, 600))
	fd.Show()
	translatePlaces(sd.win)
}

// confirm checks the name and, before anything is written, asks about a
// name of another type and about replacing an existing file.
func (sd *saveDialog) confirm() {
	name := strings.TrimSpace(sd.name.Text)
	switch {
	case name == "" || strings.Trim(name, ".") == "":
		inform("请输入文件名", "请在“文件名”中输入要保存的文件名。", sd.win)
		return
	case strings.ContainsAny(name, `/\:*?"<>|`) || strings.ContainsFunc(name, func(r rune) bool { return r < ' ' }):
		inform("文件名无效", "文件名不能包含 / \\ : * ? \" < > | 等字符，请换一个名称。", sd.win)
		return
	}
	path := filepath.Join(sd.dir, name)
	if strings.EqualFold(filepath.Ext(name), sd.ext) {
		sd.replaceIfExists(path)
		return
	}
	// "notes.txt" for a document: the file gets the extension, and a
	// notes.txt that is there is another file, never touched.
	typed := path
	path += sd.ext
	if _, err := os.Lstat(typed); err != nil {
		sd.replaceIfExists(path)
		return
	}
	sd.ask("文件名",
		"“"+name+"”是另一种文件，不会被改动。\n文档将保存为“"+filepath.Base(path)+"”。",
		"保存为 "+filepath.Base(path), func() { sd.replaceIfExists(path) })
}

// replaceIfExists asks before replacing a file at path, refuses a
// folder, and then hands path on.
func (sd *saveDialog) replaceIfExists(path string) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		sd.done(path)
	case err != nil:
		sd.done(path) // the write says what is wrong
	case info.IsDir():
		inform("无法保存", "“"+filepath.Base(path)+"”是一个文件夹，请换一个文件名。", sd.win)
	default:
		sd.ask("文件已存在",
			"“"+filepath.Base(path)+"”已存在。要替换它吗？\n原来的内容会保留为“"+filepath.Base(path)+atomicfile.BackupExt+"”。",
			"替换", func() { sd.done(path) })
	}
}

// ask puts a question with 取消 and a button labelled yes that runs fn.
func (sd *saveDialog) ask(title, msg, yes string, fn func()) {
	d := dialog.NewConfirm(title, msg, func(ok bool) {
		if ok {
			fn()
		}
	}, sd.win)
	d.SetConfirmText(yes)
	d.SetDismissText("取消")
	d.Show()
}

// done closes the dialog and hands the path to the caller.
func (sd *saveDialog) done(path string) {
	sd.hide()
	sd.fn(path)
}

// hide closes the dialog, and tells its entry (see closed).
func (sd *saveDialog) hide() {
	sd.dlg.Hide()
	closed(sd.name)
}

// inform shows a message with one button, 确定, whatever the locale.
func inform(title, msg string, win fyne.Window) {
	const width = 520
	d := dialog.NewCustom(title, "确定", newDialogText(msg, width), win)
	d.Resize(fyne.NewSize(width, 0))
	d.Show()
}
