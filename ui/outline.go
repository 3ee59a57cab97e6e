package ui

import (
	"image/color"
	"iter"
	"weak"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/clipboard"
	"yaodian/docmodel"
)

// outlineTree is the outline of the open plan: Fyne's tree with the
// outliner's keys. Tab indents, Shift+Tab outdents, Delete deletes after
// asking; the arrows move the selection, Enter and F2 go into the editor,
// and Ctrl+X, Ctrl+C and Ctrl+V cut, copy and paste nodes (Ctrl+Enter,
// which adds a sibling, is the menus'). Rows are dragged to move nodes (see treedrag.go).
type outlineTree struct {
	widget.Tree
	doc   *openDoc
	edits *outlineEdits
	shift bool // a Shift key is held down
	// bare makes the tree show no rows, for a moment (see Refresh).
	bare bool
	// focused is whether the tree has the keyboard, which the row of
	// chosen, the node selected, then shows (outlineItemRenderer). The
	// tree keeps its own note of the node: the window's is set only
	// after the tree has redrawn its rows.
	focused bool
	chosen  widget.TreeNodeID

	rows rowSet    // the rows Fyne holds, shown or pooled
	drag *treeDrag // the drag under way, nil if none
	// marks draw where a dragged node would go.
	marks *dropMarks
}

// newOutlineTree makes the outline of doc, whose keys and menu run edits,
// and which calls selected when a node is selected.
func newOutlineTree(doc *openDoc, edits *outlineEdits, selected func(id widget.TreeNodeID)) *outlineTree {
	t := &outlineTree{doc: doc, edits: edits, rows: rowSet{}, marks: newDropMarks()}
	t.ChildUIDs = t.childIDs
	t.IsBranch = t.isBranch
	t.CreateNode = func(bool) fyne.CanvasObject {
		it := newOutlineItem(t)
		t.rows.add(it)
		return it
	}
	t.UpdateNode = t.updateItem
	t.OnSelected = selected
	edits.unfold = t.unfold
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

// FocusGained shows the focus mark on the selected row.
func (t *outlineTree) FocusGained() {
	t.focused = true
	t.Tree.FocusGained()
	t.markFocus()
}

// FocusLost forgets a Shift key whose release the tree will not see, and
// hides the focus mark.
func (t *outlineTree) FocusLost() {
	t.shift = false
	t.focused = false
	t.Tree.FocusLost()
	t.markFocus()
}

// TypedKey runs the outliner's keys and passes the others to the tree.
func (t *outlineTree) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		t.arrow(ev.Name)
	case fyne.KeyF2, fyne.KeyReturn, fyne.KeyEnter:
		t.edits.enterEditor()
	case fyne.KeyEscape:
		if t.drag == nil {
			toWindow(t, ev) // Esc is the window's when no drag is under way
		}
		t.cancelDrag()
	case fyne.KeyTab:
		// Where the node cannot go, Tab does nothing rather than open a
		// dialog; the menu's items say why.
		switch {
		case t.shift && t.edits.canMove((*docmodel.Document).Outdent):
			t.edits.outdent()
		case !t.shift && t.edits.canMove((*docmodel.Document).Indent):
			t.edits.indent()
		}
	case fyne.KeyDelete, fyne.KeyBackspace:
		t.edits.confirmDelete()
	case fyne.KeySpace:
		t.Tree.TypedKey(ev)
	default:
		toWindow(t, ev) // the window's keys, such as F10 for the menus
	}
}

// rowSet is the rows of a tree that are still in use, for finding those
// shown. It holds them weakly: Fyne's tree pools the rows it lets go of
// in a sync.Pool, which drops them at a garbage collection and makes new
// ones, so a set that kept every row made would grow with every redraw
// of the tree over a session (each edit redraws every row).
type rowSet map[weak.Pointer[outlineItem]]struct{}

// add puts it in the set, after forgetting the rows no longer in use.
func (s rowSet) add(it *outlineItem) {
	for range s.all() {
	}
	s[weak.Make(it)] = struct{}{}
}

// all yields the rows still in use, forgetting the others.
func (s rowSet) all() iter.Seq[*outlineItem] {
	return func(yield func(*outlineItem) bool) {
		for p := range s {
			it := p.Value()
			if it == nil {
				delete(s, p)
				continue
			}
			if !yield(it) {
				return
			}
		}
	}
}

// outlineItem is one row of the tree: the node's number and summary, with
// the node's menu on a right click.
type outlineItem struct {
	widget.Label
	tree     *outlineTree
	id       string
	renderer *outlineItemRenderer // once drawn
}

func newOutlineItem(tree *outlineTree) *outlineItem {
	it := &outlineItem{tree: tree}
	it.Truncation = fyne.TextTruncateEllipsis
	it.ExtendBaseWidget(it)
	return it
}

// CreateRenderer draws the label with the focus mark over it: a frame in
// the theme's primary colour, as a focused entry's border is, around the
// selected row while the tree has the keyboard, which Fyne's tree does
// not show (its tint for the focused row is hidden under the selection's).
// The theme's focus colour, half transparent, hardly shows on the
// selection's tint.
func (it *outlineItem) CreateRenderer() fyne.WidgetRenderer {
	label := it.Label.CreateRenderer()
	mark := canvas.NewRectangle(color.Transparent)
	mark.StrokeWidth = 2
	r := &outlineItemRenderer{WidgetRenderer: label, it: it, mark: mark,
		objects: append(append([]fyne.CanvasObject{}, label.Objects()...), mark)}
	it.renderer = r
	r.markFocus()
	return r
}

// outlineItemRenderer is the label's renderer with the focus mark.
type outlineItemRenderer struct {
	fyne.WidgetRenderer
	it      *outlineItem
	mark    *canvas.Rectangle
	objects []fyne.CanvasObject
}

func (r *outlineItemRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *outlineItemRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.mark.Move(fyne.NewPos(0, 0))
	r.mark.Resize(size)
}

func (r *outlineItemRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.markFocus()
}

// markFocus shows the mark on the selected row while the tree has the
// keyboard, and hides it elsewhere.
func (r *outlineItemRenderer) markFocus() {
	t := r.it.tree
	on := t.focused && r.it.id != "" && r.it.id == t.chosen
	if on == r.mark.Visible() && (!on || r.mark.StrokeColor == theme.Color(theme.ColorNamePrimary)) {
		return
	}
	r.mark.StrokeColor = theme.Color(theme.ColorNamePrimary)
	r.mark.CornerRadius = theme.SelectionRadiusSize()
	r.mark.Hidden = !on
	r.mark.Refresh()
}

// Tapped selects the node and gives the tree the keyboard. The row takes
// the tap itself because, being right-clickable, it is what Fyne finds
// under the pointer, before the tree's own row.
func (it *outlineItem) Tapped(*fyne.PointEvent) {
	if it.id == "" {
		return
	}
	it.tree.Select(it.id)
	if c := fyne.CurrentApp().Driver().CanvasForObject(it.tree); c != nil {
		c.Focus(it.tree)
	}
}

// TappedSecondary selects the node and opens its menu.
func (it *outlineItem) TappedSecondary(ev *fyne.PointEvent) {
	if it.id == "" {
		return
	}
	it.tree.Select(it.id)
	c := fyne.CurrentApp().Driver().CanvasForObject(it)
	if c == nil {
		return
	}
	widget.ShowPopUpMenuAtPosition(it.tree.edits.nodeMenu(), c, ev.AbsolutePosition)
}

// outlineEdits are the edits of the outline at the selected node: adding,
// indenting, outdenting, moving and deleting, each one undoable step.
type outlineEdits struct {
	doc  *openDoc
	host editHost
	win  fyne.Window
	// focusText puts the cursor into the title of the node selected,
	// focusBody into its body.
	focusText, focusBody func()
	// board remembers the nodes cut or copied, for pasting them exactly.
	board *clipboard.Board
	// unfold opens the branches of the subtrees of the nodes ids in the
	// tree, to show what was pasted.
	unfold func(ids []string)
}

// newOutlineEdits makes the outline's edits of doc in app's window win;
// focusText puts the cursor into the selected node's title.
func newOutlineEdits(doc *openDoc, host editHost, app fyne.App, win fyne.Window, focusText func()) *outlineEdits {
	return &outlineEdits{doc: doc, host: host, win: win, focusText: focusText, board: newBoard(app)}
}

// nodeMenu is the menu of the selected node: the same actions as the
// toolbar and the 结构 menu.
func (o *outlineEdits) nodeMenu() *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem("添加同级项", o.addSibling),
		fyne.NewMenuItem("添加下级项", o.addChild),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("降级（缩进）", o.indent),
		fyne.NewMenuItem("升级（取消缩进）", o.outdent),
		fyne.NewMenuItem("上移", o.moveUp),
		fyne.NewMenuItem("下移", o.moveDown),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("删除…", o.confirmDelete),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("剪切（Ctrl+X）", o.cut),
		fyne.NewMenuItem("复制（Ctrl+C）", o.copyNodes),
		fyne.NewMenuItem("粘贴（Ctrl+V）", o.paste),
	)
}

// structureButtons are the toolbar's outline actions, each action made
// by guard (Window.editing).
func (o *outlineEdits) structureButtons(guard func(func()) func()) []fyne.CanvasObject {
	button := func(label string, icon fyne.Resource, fn func()) fyne.CanvasObject {
		b := newKeyButtonWithIcon(label, icon, guard(fn))
		b.Importance = widget.LowImportance
		return b
	}
	return []fyne.CanvasObject{
		button("同级", theme.ContentAddIcon(), o.addSibling),
		button("下级", theme.ListIcon(), o.addChild),
		button("降级", theme.NavigateNextIcon(), o.indent),
		button("升级", theme.NavigateBackIcon(), o.outdent),
		button("上移", theme.MoveUpIcon(), o.moveUp),
		button("下移", theme.MoveDownIcon(), o.moveDown),
		button("删除", theme.DeleteIcon(), o.confirmDelete),
	}
}

// addSibling puts a new node after the selected one, or a new section at
// the end when nothing is selected.
func (o *outlineEdits) addSibling() {
	if o.doc.s == nil {
		return
	}
	parent, index := "", len(o.doc.s.Doc().Sections)
	if e, ok := o.doc.entries[o.doc.selected]; ok {
		if e.Parent != nil {
			parent = e.Parent.ID
		}
		index = e.Index + 1
	}
	o.insert(parent, index)
}

// addChild puts a new node at the end of the selected node's children.
func (o *outlineEdits) addChild() {
	e, ok := o.doc.entries[o.doc.selected]
	if !ok {
		o.addSibling()
		return
	}
	o.insert(e.Node.ID, len(e.Node.Children))
}

// insert adds an empty node and selects it, ready for typing.
func (o *outlineEdits) insert(parent string, index int) {
	var id string
	err := o.host.edit("添加项", "", func(d *docmodel.Document) error {
		n := d.NewNode()
		id = n.ID
		return d.Insert(parent, index, n)
	})
	if o.host.report(err) {
		return
	}
	o.host.structureChanged(id)
	o.focusText()
}

// structural runs an operation on the selected node as one undoable step.
func (o *outlineEdits) structural(label string, op func(d *docmodel.Document, id string) error) {
	if o.doc.s == nil || o.doc.selected == "" {
		return
	}
	id := o.doc.selected
	if o.host.report(o.host.edit(label, "", func(d *docmodel.Document) error { return op(d, id) })) {
		return
	}
	o.host.structureChanged(id)
}

func (o *outlineEdits) indent() {
	o.structural("降级", (*docmodel.Document).Indent)
}

func (o *outlineEdits) outdent() {
	o.structural("升级", (*docmodel.Document).Outdent)
}

// moveUp moves the selected node up, into the previous section at a
// section's start; at the first place of its level it does nothing, as
// Alt+↑ does in an outliner, without a dialog.
func (o *outlineEdits) moveUp() {
	if o.canMove((*docmodel.Document).MoveUp) {
		o.structural("上移", (*docmodel.Document).MoveUp)
	}
}

// moveDown is moveUp downwards.
func (o *outlineEdits) moveDown() {
	if o.canMove((*docmodel.Document).MoveDown) {
		o.structural("下移", (*docmodel.Document).MoveDown)
	}
}

// canMove reports whether the move can be made from the selected node,
// trying it on a copy of the document.
func (o *outlineEdits) canMove(move func(d *docmodel.Document, id string) error) bool {
	return o.doc.s != nil && o.doc.selected != "" && move(o.doc.s.Doc().Clone(), o.doc.selected) == nil
}

// confirmDelete asks before deleting the selected node and what is under
// it; the deletion can be undone.
func (o *outlineEdits) confirmDelete() {
	e, ok := o.doc.entries[o.doc.selected]
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
			o.deleteSelected()
		}
	}, o.win)
	d.SetConfirmText("删除")
	d.SetDismissText("取消")
	d.Show()
}

// deleteSelected deletes the selected node and selects its neighbour.
func (o *outlineEdits) deleteSelected() {
	e, ok := o.doc.entries[o.doc.selected]
	if !ok {
		return
	}
	next := o.neighbourOf(e)
	err := o.host.edit("删除", "", func(d *docmodel.Document) error {
		_, _, _, err := d.Delete(e.Node.ID)
		return err
	})
	if o.host.report(err) {
		return
	}
	o.host.structureChanged(next)
}

// neighbourOf is the node to select once e is gone: its next sibling,
// else its previous one, else its parent.
func (o *outlineEdits) neighbourOf(e docmodel.Entry) string {
	next := ""
	siblings := o.doc.s.Doc().Sections
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
	return next
}

// drop moves the node id, with its subtree, to the place at relative to
// the node target, as one undoable step, and selects it there.
func (o *outlineEdits) drop(id, target string, at docmodel.Placement) {
	if o.doc.s == nil {
		return
	}
	if o.host.report(o.host.edit("拖动", "", func(d *docmodel.Document) error { return d.Drop(id, target, at) })) {
		return
	}
	o.host.structureChanged(id)
}

// countNodes counts the nodes of the subtrees.
func countNodes(nodes []*docmodel.Node) int {
	n := len(nodes)
	for _, c := range nodes {
		n += countNodes(c.Children)
	}
	return n
}

// Refresh redraws the tree after its nodes changed. Fyne's tree keeps the
// row of a node it showed before at the indent the node had then, so a
// node moved to another level was drawn at its old one: the tree first
// lets go of every row, and then makes the rows again at their levels.
func (t *outlineTree) Refresh() {
	t.bare = true
	t.Tree.Refresh()
	t.bare = false
	t.Tree.Refresh()
}

func (t *outlineTree) childIDs(id widget.TreeNodeID) []widget.TreeNodeID {
	var nodes []*docmodel.Node
	switch {
	case t.doc.s == nil || t.bare:
		return nil
	case id == "":
		nodes = t.doc.s.Doc().Sections
	default:
		if e, ok := t.doc.entries[id]; ok {
			nodes = e.Node.Children
		}
	}
	ids := make([]widget.TreeNodeID, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	return ids
}

func (t *outlineTree) isBranch(id widget.TreeNodeID) bool {
	if id == "" {
		return true
	}
	e, ok := t.doc.entries[id]
	return ok && len(e.Node.Children) > 0
}

func (t *outlineTree) updateItem(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
	it := o.(*outlineItem)
	it.id = id
	e, ok := t.doc.entries[id]
	if !ok {
		it.SetText("")
		return
	}
	it.SetText(e.Number + e.Node.Summary())
}
