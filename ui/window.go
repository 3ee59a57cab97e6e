// Package ui is Yaodian's desktop interface, built with Fyne: the main
// window with the outline of the open plan. Nothing imports ui but main.
package ui

import (
	_ "embed"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// appTitle is the name in the title bar.
const appTitle = "要点 · 年度工作要点"

// Window is the main window: a toolbar, the outline tree of the open
// document and the text of the selected node.
type Window struct {
	win     fyne.Window
	doc     *docmodel.Document
	path    string
	entries map[string]docmodel.Entry // the open document's nodes by ID
	tree    *widget.Tree
	detail  *widget.RichText
	status  *widget.Label
	body    *fyne.Container // swaps between the empty state and the split view
	picker  *widget.List    // the list of a compilation's plans, while it is asked
}

//go:embed translations/zh-Hans.json
var zhHans []byte

// New creates the main window of app a, with the Chinese theme applied.
func New(a fyne.App) *Window {
	a.Settings().SetTheme(newTheme())
	// Fyne's own wording for its dialogs, improved; adding it also makes
	// Fyne read the locale again, after main has chosen Chinese.
	if err := lang.AddTranslationsForLocale(zhHans, "zh-Hans"); err != nil {
		fyne.LogError("无法加载界面译文", err)
	}
	w := &Window{win: a.NewWindow(appTitle), entries: map[string]docmodel.Entry{}}
	w.tree = widget.NewTree(w.childIDs, w.isBranch, w.createItem, w.updateItem)
	w.tree.OnSelected = w.showNode
	w.detail = widget.NewRichText()
	w.detail.Wrapping = fyne.TextWrapWord
	w.status = widget.NewLabel("未打开文件")

	toolbar := container.NewHBox(widget.NewButtonWithIcon("打开…", theme.FolderOpenIcon(), w.chooseFile))
	openButton := widget.NewButtonWithIcon("打开文件…", theme.FolderOpenIcon(), w.chooseFile)
	empty := container.NewCenter(container.NewVBox(
		widget.NewLabelWithStyle("打开一份工作要点（.yaodian、.docx、.txt 或 .md），查看它的结构", fyne.TextAlignCenter, fyne.TextStyle{}),
		container.NewCenter(openButton),
	))
	w.body = container.NewStack(empty)
	w.win.SetContent(container.NewBorder(toolbar, w.status, nil, nil, w.body))
	w.win.Resize(fyne.NewSize(1280, 800))
	return w
}

// Window returns the Fyne window, for showing and for tests.
func (w *Window) Window() fyne.Window { return w.win }

// Open loads the document at path and shows its outline. A file that
// holds several plans asks which one to show. On failure the window keeps
// what it showed before.
func (w *Window) Open(path string) error {
	docs, err := importer.Documents(path)
	if err != nil {
		return err
	}
	if len(docs) > 1 {
		w.choose(path, docs)
		return nil
	}
	w.show(path, docs[0])
	return nil
}

// choose asks which plan of a compilation to show.
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
		w.show(path, docs[i])
	}
	note := widget.NewLabel(fmt.Sprintf("“%s”包含 %d 篇文档，请选择要打开的一篇：", filepath.Base(path), len(docs)))
	dlg = dialog.NewCustom("选择文档", "取消", container.NewBorder(note, nil, nil, nil, w.picker), w.win)
	dlg.Resize(fyne.NewSize(640, 420))
	dlg.Show()
}

// show makes d, read from path, the document the window shows.
func (w *Window) show(path string, d *docmodel.Document) {
	w.doc, w.path = d, path
	entries := d.Entries()
	w.entries = make(map[string]docmodel.Entry, len(entries))
	for _, e := range entries {
		w.entries[e.Node.ID] = e
	}
	title := d.Meta.Title
	if title == "" {
		title = "（无标题）"
	}
	w.win.SetTitle(title + " — " + filepath.Base(path) + " — " + appTitle)
	w.status.SetText(filepath.Base(path) + "　·　" + title + "　·　" + countText(len(d.Sections), entries))
	split := container.NewHSplit(w.tree, container.NewVScroll(w.detail))
	split.Offset = 0.4
	w.body.Objects = []fyne.CanvasObject{split}
	w.body.Refresh()
	w.tree.UnselectAll()
	w.tree.OpenAllBranches()
	w.tree.Refresh()
	w.detail.Segments = nil
	w.detail.Refresh()
	if len(d.Sections) > 0 {
		w.tree.Select(d.Sections[0].ID)
	}
}

// countText sums up a document for the status bar: its sections, its
// nodes, and its tasks (the leaves of task sections).
func countText(sections int, entries []docmodel.Entry) string {
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

// chooseFile asks for a document to open.
func (w *Window) chooseFile() {
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
		if err := w.Open(path); err != nil {
			w.ShowError(err)
		}
	}, w.win)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{docmodel.Extension, ".md", ".markdown", ".txt", ".docx"}))
	if w.path != "" {
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(w.path))); err == nil {
			fd.SetLocation(dir)
		}
	}
	fd.Resize(fyne.NewSize(900, 600))
	fd.Show()
}

// ShowError shows err in Chinese in a dialog.
func (w *Window) ShowError(err error) {
	dialog.ShowError(errors.New(usererr.Chinese(err)), w.win)
}

func (w *Window) childIDs(id widget.TreeNodeID) []widget.TreeNodeID {
	var nodes []*docmodel.Node
	switch {
	case w.doc == nil:
		return nil
	case id == "":
		nodes = w.doc.Sections
	default:
		if e, ok := w.entries[id]; ok {
			nodes = e.Node.Children
		}
	}
	ids := make([]widget.TreeNodeID, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	return ids
}

func (w *Window) isBranch(id widget.TreeNodeID) bool {
	if id == "" {
		return true
	}
	e, ok := w.entries[id]
	return ok && len(e.Node.Children) > 0
}

func (w *Window) createItem(bool) fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (w *Window) updateItem(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
	e, ok := w.entries[id]
	if !ok {
		return
	}
	o.(*widget.Label).SetText(e.Number + e.Node.Summary())
}

// showNode shows the text of the selected node: number and heading, role,
// lead sentence and body, units and indicators.
func (w *Window) showNode(id widget.TreeNodeID) {
	e, ok := w.entries[id]
	if !ok {
		return
	}
	n := e.Node
	heading := &widget.TextSegment{Text: e.Number + n.Summary(), Style: widget.RichTextStyleSubHeading}
	segs := []widget.RichTextSegment{heading,
		&widget.TextSegment{Text: "位置 " + e.Path + "　·　角色：" + e.Role.Label(), Style: widget.RichTextStyleParagraph},
	}
	if n.Lead != "" {
		lead := widget.RichTextStyleStrong
		lead.Inline = len(n.Body) > 0 // run on into the first paragraph
		segs = append(segs, &widget.TextSegment{Text: n.Lead, Style: lead})
	}
	for _, p := range n.Body {
		segs = append(segs, &widget.TextSegment{Text: p, Style: widget.RichTextStyleParagraph})
	}
	if line := n.UnitsLine(); line != "" {
		segs = append(segs, &widget.TextSegment{Text: line, Style: widget.RichTextStyleParagraph})
	}
	for _, ind := range n.Indicators {
		row := ind.Row()
		text := "指标：" + row[0] + "　" + row[1] + " " + row[2] + row[3] + row[4]
		if row[5] != "" {
			text += "，争取 " + row[5] + row[3]
		}
		segs = append(segs, &widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph})
	}
	w.detail.Segments = segs
	w.detail.Refresh()
}
