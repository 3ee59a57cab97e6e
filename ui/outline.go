package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
)

// outlineTree is the outline of the open plan: Fyne's tree with the
// outliner's keys. Enter adds a sibling, Tab indents, Shift+Tab outdents,
// Delete deletes after asking; the arrows move the selection as usual.
type outlineTree struct {
	widget.Tree
	w     *Window
	shift bool // a Shift key is held down
}

func newOutlineTree(w *Window) *outlineTree {
	t := &outlineTree{w: w}
	t.ChildUIDs = w.childIDs
	t.IsBranch = w.isBranch
	t.CreateNode = func(bool) fyne.CanvasObject { return newOutlineItem(w) }
	t.UpdateNode = w.updateItem
	t.OnSelected = w.selectNode
	t.ExtendBaseWidget(t)
	return t
}

// AcceptsTab keeps Tab in the tree, where it indents, instead of moving
// the focus.
func (t *outlineTree) AcceptsTab() bool { return true }

// KeyDown notes the Shift key, which Fyne leaves out of Tab's key event.
func (t *outlineTree) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shift = true
	}
}

// KeyUp notes the release of the Shift key.
func (t *outlineTree) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shift = false
	}
}

// FocusLost forgets a Shift key whose release the tree will not see.
func (t *outlineTree) FocusLost() {
	t.shift = false
	t.Tree.FocusLost()
}

// TypedKey runs the outliner's keys and passes the others to the tree.
func (t *outlineTree) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		t.w.addSibling()
	case fyne.KeyTab:
		if t.shift {
			t.w.outdent()
		} else {
			t.w.indent()
		}
	case fyne.KeyDelete, fyne.KeyBackspace:
		t.w.confirmDelete()
	default:
		t.Tree.TypedKey(ev)
	}
}

// outlineItem is one row of the tree: the node's number and summary, with
// the node's menu on a right click.
type outlineItem struct {
	widget.Label
	w  *Window
	id string
}

func newOutlineItem(w *Window) *outlineItem {
	it := &outlineItem{w: w}
	it.Truncation = fyne.TextTruncateEllipsis
	it.ExtendBaseWidget(it)
	return it
}

// Tapped selects the node and gives the tree the keyboard. The row takes
// the tap itself because, being right-clickable, it is what Fyne finds
// under the pointer, before the tree's own row.
func (it *outlineItem) Tapped(*fyne.PointEvent) {
	if it.id == "" {
		return
	}
	it.w.tree.Select(it.id)
	if c := fyne.CurrentApp().Driver().CanvasForObject(it.w.tree); c != nil {
		c.Focus(it.w.tree)
	}
}

// TappedSecondary selects the node and opens its menu.
func (it *outlineItem) TappedSecondary(ev *fyne.PointEvent) {
	if it.id == "" {
		return
	}
	it.w.tree.Select(it.id)
	c := fyne.CurrentApp().Driver().CanvasForObject(it)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(it.w.nodeMenu(), c, ev.AbsolutePosition)
}

// nodeMenu is the menu of the selected node: the same actions as the
// toolbar and the 结构 menu.
func (w *Window) nodeMenu() *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem("添加同级项", w.addSibling),
		fyne.NewMenuItem("添加下级项", w.addChild),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("降级（缩进）", w.indent),
		fyne.NewMenuItem("升级（取消缩进）", w.outdent),
		fyne.NewMenuItem("上移", w.moveUp),
		fyne.NewMenuItem("下移", w.moveDown),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("删除…", w.confirmDelete),
	)
}

// structureButtons are the toolbar's outline actions.
func (w *Window) structureButtons() []fyne.CanvasObject {
	button := func(label string, icon fyne.Resource, fn func()) fyne.CanvasObject {
		b := widget.NewButtonWithIcon(label, icon, fn)
		b.Importance = widget.LowImportance
		return b
	}
	return []fyne.CanvasObject{
		button("同级", theme.ContentAddIcon(), w.addSibling),
		button("下级", theme.ListIcon(), w.addChild),
		button("降级", theme.NavigateNextIcon(), w.indent),
		button("升级", theme.NavigateBackIcon(), w.outdent),
		button("上移", theme.MoveUpIcon(), w.moveUp),
		button("下移", theme.MoveDownIcon(), w.moveDown),
		button("删除", theme.DeleteIcon(), w.confirmDelete),
	}
}

func (w *Window) childIDs(id widget.TreeNodeID) []widget.TreeNodeID {
	var nodes []*docmodel.Node
	switch {
	case w.s == nil:
		return nil
	case id == "":
		nodes = w.s.Doc().Sections
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

func (w *Window) updateItem(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
	it := o.(*outlineItem)
	it.id = id
	e, ok := w.entries[id]
	if !ok {
		it.SetText("")
		return
	}
	it.SetText(e.Number + e.Node.Summary())
}

// addSibling puts a new node after the selected one, or a new section at
// the end when nothing is selected.
func (w *Window) addSibling() {
	if w.s == nil {
		return
	}
	parent, index := "", len(w.s.Doc().Sections)
	if e, ok := w.entries[w.selected]; ok {
		if e.Parent != nil {
			parent = e.Parent.ID
		}
		index = e.Index + 1
	}
	w.insert(parent, index)
}

// addChild puts a new node at the end of the selected node's children.
func (w *Window) addChild() {
	e, ok := w.entries[w.selected]
	if !ok {
		w.addSibling()
		return
	}
	w.insert(e.Node.ID, len(e.Node.Children))
}

// insert adds an empty node and selects it, ready for typing.
func (w *Window) insert(parent string, index int) {
	var id string
	err := w.edit("添加项", "", func(d *docmodel.Document) error {
		n := d.NewNode()
		id = n.ID
		return d.Insert(parent, index, n)
	})
	if w.report(err) {
		return
	}
	w.structureChanged(id)
	w.editor.focusText()
}

// structural runs an operation on the selected node as one undoable step.
func (w *Window) structural(label string, op func(d *docmodel.Document, id string) error) {
	if w.s == nil || w.selected == "" {
		return
	}
	id := w.selected
	if w.report(w.edit(label, "", func(d *docmodel.Document) error { return op(d, id) })) {
		return
	}
	w.structureChanged(id)
}

func (w *Window) indent() {
	w.structural("降级", (*docmodel.Document).Indent)
}

func (w *Window) outdent() {
	w.structural("升级", (*docmodel.Document).Outdent)
}

func (w *Window) moveUp() {
	w.structural("上移", (*docmodel.Document).MoveUp)
}

func (w *Window) moveDown() {
	w.structural("下移", (*docmodel.Document).MoveDown)
}

// confirmDelete asks before deleting the selected node and what is under
// it; the deletion can be undone.
func (w *Window) confirmDelete() {
	e, ok := w.entries[w.selected]
	if !ok {
		return
	}
	msg := "删除“" + e.Number + e.Node.Summary() + "”？"
	if n := countNodes(e.Node.Children); n > 0 {
		msg += "\n其下的 " + itoa(n) + " 项也将一并删除。"
	}
	msg += "\n删除后可用“撤销”恢复。"
	d := dialog.NewConfirm("删除", msg, func(ok bool) {
		if ok {
			w.deleteSelected()
		}
	}, w.win)
	d.SetConfirmText("删除")
	d.SetDismissText("取消")
	d.Show()
}

// deleteSelected deletes the selected node and selects its neighbour.
func (w *Window) deleteSelected() {
	e, ok := w.entries[w.selected]
	if !ok {
		return
	}
	next := ""
	siblings := w.s.Doc().Sections
	if e.Parent != nil {
		siblings = e.Parent.Children
		next = e.Parent.ID
	}
	switch {
	case e.Index+1 < len(siblings):
		next = siblings[e.Index+1].ID
	case e.Index > 0:
		next = siblings[e.Index-1].ID
	}
	err := w.edit("删除", "", func(d *docmodel.Document) error {
		_, _, _, err := d.Delete(e.Node.ID)
		return err
	})
	if w.report(err) {
		return
	}
	w.structureChanged(next)
}

// countNodes counts the nodes of the subtrees.
func countNodes(nodes []*docmodel.Node) int {
	n := len(nodes)
	for _, c := range nodes {
		n += countNodes(c.Children)
	}
	return n
}
