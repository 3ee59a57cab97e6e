package ui

import (
	"path/filepath"

	"yaodian/docmodel"
	"yaodian/session"
)

// openDoc is the document open in the window, if any: its session, the
// index of its nodes by ID and the node selected. The window opens and
// replaces it; the editors and the panels read it.
type openDoc struct {
	s        *session.Session // nil until a document is opened or made
	entries  map[string]docmodel.Entry
	selected string
}

// newOpenDoc returns the state of a window with no document open.
func newOpenDoc() *openDoc {
	return &openDoc{entries: map[string]docmodel.Entry{}}
}

// rebuild reads the open document's numbering afresh.
func (o *openDoc) rebuild() {
	entries := o.s.Doc().Entries()
	o.entries = make(map[string]docmodel.Entry, len(entries))
	for _, e := range entries {
		o.entries[e.Node.ID] = e
	}
}

// seal ends the undo step of the field being typed in, if a document is
// open: typing there again later is a new step.
func (o *openDoc) seal() {
	if o.s != nil {
		o.s.Seal()
	}
}

// fileName is the open document's file name, or 未命名 before it is saved.
func (o *openDoc) fileName() string {
	if p := o.s.Path(); p != "" {
		return filepath.Base(p)
	}
	if src := o.s.Source(); src != "" {
		return filepath.Base(src) + "（导入，未保存）"
	}
	return "未命名"
}

// editHost is what the editors ask of the window after an edit of the
// open document.
type editHost interface {
	// edit applies fn to the open document as an undoable step (see
	// session.Edit).
	edit(label, key string, fn func(d *docmodel.Document) error) error
	// report shows err, if any, and says whether there was one.
	report(err error) bool
	// textChanged redraws after an edit of node id's text.
	textChanged(id string)
	// structureChanged redraws after an edit that may renumber the
	// outline, and selects the node id.
	structureChanged(id string)
	// metaChanged redraws after an edit of the document's own data.
	metaChanged()
}
