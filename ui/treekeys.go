package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// arrow moves the selection with an arrow key, as a file manager's tree
// does: ↑ and ↓ to the row above or below, ← closes an open branch or
// goes to the parent, → opens a closed branch or goes to the first child,
// Page Up and Page Down a page of rows, Home and End to the first and the
// last row.
// Fyne's own tree moves only a highlight, which leaves the editor on the
// node selected before.
func (t *outlineTree) arrow(k fyne.KeyName) {
	rows := t.shownRows()
	if len(rows) == 0 {
		return
	}
	cur := t.doc.selected
	at := -1
	for i, id := range rows {
		if id == cur {
			at = i
		}
	}
	switch {
	case k == fyne.KeyHome || at < 0 && k != fyne.KeyEnd:
		t.Select(rows[0])
		return
	case k == fyne.KeyEnd:
		t.Select(rows[len(rows)-1])
		return
	}
	e := t.doc.entries[cur]
	switch k {
	case fyne.KeyUp:
		if at > 0 {
			t.Select(rows[at-1])
		}
	case fyne.KeyDown:
		if at+1 < len(rows) {
			t.Select(rows[at+1])
		}
	case fyne.KeyPageUp:
		t.Select(rows[max(at-t.pageRows(), 0)])
	case fyne.KeyPageDown:
		t.Select(rows[min(at+t.pageRows(), len(rows)-1)])
	case fyne.KeyLeft:
		switch {
		case len(e.Node.Children) > 0 && t.IsBranchOpen(cur):
			t.CloseBranch(cur)
		case e.Parent != nil:
			t.Select(e.Parent.ID)
		}
	case fyne.KeyRight:
		switch {
		case len(e.Node.Children) == 0:
		case !t.IsBranchOpen(cur):
			t.OpenBranch(cur)
		default:
			t.Select(e.Node.Children[0].ID)
		}
	}
}

// pageRows is the number of rows a page key moves: those in sight, less
// one, so that a row stays in sight.
func (t *outlineTree) pageRows() int {
	n := 0
	for range t.shownItems() {
		n++
	}
	return max(n-1, 1)
}

// shownRows returns the IDs of the rows the tree shows, top to bottom:
// the nodes whose ancestors are all open.
func (t *outlineTree) shownRows() []string {
	var out []string
	var walk func(id string)
	walk = func(id string) {
		for _, c := range t.childIDs(id) {
			out = append(out, c)
			if t.IsBranchOpen(c) {
				walk(c)
			}
		}
	}
	walk("")
	return out
}

// enterEditor puts the cursor into the selected node's title, or into
// its body when it has a body and no title, as F2 does.
func (o *outlineEdits) enterEditor() {
	e, ok := o.doc.entries[o.doc.selected]
	if !ok {
		return
	}
	if e.Node.Title() == "" && len(e.Node.Body) > 0 && o.focusBody != nil {
		o.focusBody()
		return
	}
	o.focusText()
}

// unfold opens every branch of the subtrees of the nodes ids.
func (t *outlineTree) unfold(ids []string) {
	for _, id := range ids {
		if e, ok := t.doc.entries[id]; ok && len(e.Node.Children) > 0 {
			t.OpenBranch(id)
			kids := make([]string, len(e.Node.Children))
			for i, c := range e.Node.Children {
				kids[i] = c.ID
			}
			t.unfold(kids)
		}
	}
}

// takeKeyboard gives the tree the keyboard, as Esc in the editor does.
func (t *outlineTree) takeKeyboard() {
	t.edits.win.Canvas().Focus(t)
}

// TypedShortcut cuts, copies and pastes nodes with Ctrl+X, Ctrl+C and
// Ctrl+V. Fyne gives a focused widget that takes shortcuts every one of
// them, so the others go on to the window's, such as Alt+↑.
func (t *outlineTree) TypedShortcut(s fyne.Shortcut) {
	switch s.(type) {
	case *fyne.ShortcutCut:
		t.edits.cut()
	case *fyne.ShortcutCopy:
		t.edits.copyNodes()
	case *fyne.ShortcutPaste:
		t.edits.paste()
	default:
		if sc, ok := t.edits.win.Canvas().(fyne.Shortcutable); ok {
			sc.TypedShortcut(s)
		}
	}
}

// Select selects the node id and moves the focus mark to its row.
func (t *outlineTree) Select(id widget.TreeNodeID) {
	t.chosen = id
	t.Tree.Select(id)
	t.markFocus()
}

// UnselectAll selects nothing, and leaves no row marked.
func (t *outlineTree) UnselectAll() {
	t.chosen = ""
	t.Tree.UnselectAll()
	t.markFocus()
}

// markFocus redraws the focus mark of the rows shown.
func (t *outlineTree) markFocus() {
	for it := range t.rows.all() {
		if it.renderer != nil {
			it.renderer.markFocus()
		}
	}
}
