package ui

import (
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"

	"yaodian/clipboard"
	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/session"
	"yaodian/usererr"
)

// newBoard returns the board of copied nodes of app's windows: kept in a
// file in the app's storage, so that another running window — another
// open document — pastes them with every field.
func newBoard(app fyne.App) *clipboard.Board {
	if root := app.Storage().RootURI(); root != nil {
		return clipboard.NewBoard(filepath.Join(root.Path(), "clipboard.json"))
	}
	return clipboard.NewBoard("")
}

// systemClipboard is the clipboard of the desktop.
func systemClipboard() fyne.Clipboard { return fyne.CurrentApp().Clipboard() }

// copyNodes puts the selected node, with what is under it, on the
// clipboard: as plan text for other programs, and exactly for a paste
// here or in another window.
func (o *outlineEdits) copyNodes() {
	if o.doc.s == nil || o.doc.selected == "" {
		return
	}
	text, err := o.board.Copy(o.doc.s.Doc(), o.doc.selected)
	if text != "" {
		systemClipboard().SetContent(text)
	}
	o.host.report(err)
}

// cut is copyNodes, and deletes the copied nodes as one undoable step.
func (o *outlineEdits) cut() {
	e, ok := o.doc.entries[o.doc.selected]
	if o.doc.s == nil || !ok {
		return
	}
	next := o.neighbourOf(e)
	var text string
	var shareErr error
	err := o.host.edit("剪切", "", func(d *docmodel.Document) error {
		out, t, err := o.board.Cut(d, e.Node.ID)
		if out == nil {
			return err
		}
		*d = *out
		text, shareErr = t, err
		return nil
	})
	if o.host.report(err) {
		return
	}
	systemClipboard().SetContent(text)
	o.host.structureChanged(next)
	o.host.report(shareErr)
}

// paste puts what the clipboard holds after the selected node: the nodes
// copied here or in another window, or plan text (一、（一）1．) structured
// as nodes. It is one undoable step.
func (o *outlineEdits) paste() {
	if o.doc.s == nil {
		return
	}
	o.pasteText(systemClipboard().Content())
}

// pasteText pastes text after the selected node, or at the end when
// nothing is selected. Nodes that would nest deeper than the numbering
// allows there go after the selected node's parent, or higher up.
func (o *outlineEdits) pasteText(text string) {
	var ids []string
	err := o.host.edit("粘贴", "", func(d *docmodel.Document) error {
		var first error
		for _, p := range o.pastePlaces(d) {
			out, got, err := o.board.Paste(d, text, p.parent, p.index)
			if err == nil {
				*d = *out
				ids = got
				return nil
			}
			if first == nil {
				first = err
			}
		}
		return first
	})
	if o.host.report(err) || len(ids) == 0 {
		return
	}
	o.host.structureChanged(ids[0])
	o.unfold(ids)
}

// place is a position among the children of a node ("" for sections).
type place struct {
	parent string
	index  int
}

// pastePlaces lists where a paste may go, best first: after the selected
// node, then after each of its ancestors; the end of the document when
// nothing is selected.
func (o *outlineEdits) pastePlaces(d *docmodel.Document) []place {
	var out []place
	for id := o.doc.selected; id != ""; {
		parent, index, err := d.After(id)
		if err != nil {
			break
		}
		out = append(out, place{parent, index})
		id = parent
	}
	if len(out) == 0 {
		out = append(out, place{"", len(d.Sections)})
	}
	return out
}

// importClipboard opens the plan on the clipboard as a new document,
// once the open one's changes are safe. The import is an undoable step of
// the new document, which is unsaved, so that closing it asks first.
func (f *fileActions) importClipboard() {
	text := f.app.Clipboard().Content()
	docs, err := importer.Text([]byte(text))
	switch {
	case err != nil:
		f.showError(usererr.Prefix(err, "无法从剪贴板导入：", "cannot import the clipboard: "))
		return
	case len(docs) == 0 || len(docs[0].Sections) == 0:
		f.showError(usererr.New("剪贴板中没有可导入的工作要点", "the clipboard holds no plan to import"))
		return
	}
	f.whenSafe(func() {
		s := session.New(nil)
		if f.report(s.Edit("从剪贴板导入", "", func(d *docmodel.Document) error {
			*d = *docs[0]
			return nil
		})) {
			return
		}
		f.host.show(s)
		if len(docs) > 1 {
			f.host.note("剪贴板中有 " + strconv.Itoa(len(docs)) + " 篇，已导入第一篇")
		}
	})
}
