package ui

import "fyne.io/fyne/v2/widget"

// refreshRows redraws the outline with every row made afresh. Fyne keeps
// a row that stays in view by node ID, with the depth it had, so that a
// node whose depth changed — indented, outdented, or a new plan reusing
// the IDs of the one before — was drawn at its old indent. Laying the tree
// out once with no rows hands every row back, and the next layout gives
// each its depth.
func (t *outlineTree) refreshRows() {
	children := t.ChildUIDs
	t.ChildUIDs = func(widget.TreeNodeID) []widget.TreeNodeID { return nil }
	t.Refresh()
	t.ChildUIDs = children
	t.Refresh()
}
