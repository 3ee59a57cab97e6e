package ui

import (
	"image/color"
	"iter"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"yaodian/docmodel"
)

// Dragging a row of the outline moves its node. Fyne's tree has no drag
// and drop, so each row takes the drag itself and the tree finds the row
// under the pointer: over a row's middle the node goes in as its last
// child, over its top or bottom edge it goes before or after it as a
// sibling, in any section. A line or a frame shows where, and nothing is
// shown where the node cannot go (into itself, or deeper than the
// numbering allows).

// treeDrag is a drag of a row under way.
type treeDrag struct {
	id string // the node dragged
	// origin is where the row was on the canvas when the drag began: the
	// drag events give the pointer relative to it.
	origin    fyne.Position
	spot      dropSpot
	cancelled bool // Esc was pressed: the drop does nothing
}

// dropSpot is where a dragged node would go: at relative to target.
type dropSpot struct {
	target string // "" for nowhere
	at     docmodel.Placement
	// line is where the mark goes, in the tree's coordinates: the frame
	// of the target row for Into, else the line between two rows.
	pos  fyne.Position
	size fyne.Size
}

// Dragged follows the pointer, marking where the node would go. Esc
// during the drag makes it drop nothing.
func (it *outlineItem) Dragged(ev *fyne.DragEvent) {
	t := it.tree
	if t.drag == nil {
		if it.id == "" || t.doc.s == nil {
			return
		}
		t.drag = &treeDrag{id: it.id, origin: fyne.CurrentApp().Driver().AbsolutePositionForObject(it)}
		t.takeKeyboard() // for Esc, and for the keys after the drop
	}
	if t.drag.cancelled {
		return
	}
	t.drag.spot = t.spotAt(t.drag.id, t.drag.origin.Add(ev.Position))
	t.marks.show(t.drag.spot)
}

// DragEnd drops the node where the mark showed.
func (it *outlineItem) DragEnd() {
	t := it.tree
	d := t.drag
	t.drag = nil
	t.marks.hide()
	if d == nil || d.cancelled || d.spot.target == "" {
		return
	}
	t.edits.drop(d.id, d.spot.target, d.spot.at)
}

// cancelDrag makes the drag under way, if any, drop nothing.
func (t *outlineTree) cancelDrag() {
	if t.drag != nil {
		t.drag.cancelled = true
		t.marks.hide()
	}
}

// spotAt finds where the node id would go if dropped at the canvas
// position p. Near the tree's top or bottom edge it scrolls a row.
func (t *outlineTree) spotAt(id string, p fyne.Position) dropSpot {
	drv := fyne.CurrentApp().Driver()
	origin := drv.AbsolutePositionForObject(t)
	pad := t.Theme().Size(theme.SizeNamePadding)
	indent := t.Theme().Size(theme.SizeNameInlineIcon) + pad
	var top, bottom *outlineItem
	var topY, bottomY float32
	var spot dropSpot
	for it, at := range t.shownItems() {
		size := it.Size()
		if top == nil || at.Y < topY {
			top, topY = it, at.Y
		}
		if bottom == nil || at.Y > bottomY {
			bottom, bottomY = it, at.Y
		}
		if p.Y < at.Y-pad/2 || p.Y >= at.Y+size.Height+pad/2 {
			continue
		}
		row := at.Subtract(origin)
		line := fyne.NewSize(t.Size().Width-row.X, 2)
		switch frac := (p.Y - at.Y) / size.Height; {
		case frac < 0.25:
			spot = dropSpot{target: it.id, at: docmodel.Before, pos: fyne.NewPos(row.X, row.Y-pad/2-1), size: line}
		case frac > 0.75:
			spot = dropSpot{target: it.id, at: docmodel.After, pos: fyne.NewPos(row.X, row.Y+size.Height+pad/2-1), size: line}
			// Below an open branch is above its first child.
			if n := t.doc.entries[it.id].Node; n != nil && len(n.Children) > 0 && t.IsBranchOpen(it.id) {
				spot.target, spot.at = n.Children[0].ID, docmodel.Before
				spot.pos.X += indent
				spot.size.Width -= indent
			}
		default:
			spot = dropSpot{target: it.id, at: docmodel.Into, pos: row, size: size}
		}
	}
	// Below the last row, the node goes after the last section.
	if sections := t.doc.s.Doc().Sections; spot.target == "" && bottom != nil && len(sections) > 0 &&
		p.Y >= bottomY+bottom.Size().Height && p.Y < origin.Y+t.Size().Height {
		if rows := t.shownRows(); rows[len(rows)-1] == bottom.id {
			row := drv.AbsolutePositionForObject(bottom).Subtract(origin)
			row.X -= float32(t.doc.entries[bottom.id].Depth-1) * indent
			spot = dropSpot{target: sections[len(sections)-1].ID, at: docmodel.After,
				pos: fyne.NewPos(row.X, row.Y+bottom.Size().Height+pad/2-1), size: fyne.NewSize(t.Size().Width-row.X, 2)}
		}
	}
	t.scrollNear(p, origin, top, bottom)
	if spot.target == "" || !t.fits(id, spot) {
		return dropSpot{}
	}
	return spot
}

// shownItems yields the rows the tree shows, with their places on the
// canvas: not those kept for reuse, nor those scrolled out of sight.
func (t *outlineTree) shownItems() iter.Seq2[*outlineItem, fyne.Position] {
	return func(yield func(*outlineItem, fyne.Position) bool) {
		drv := fyne.CurrentApp().Driver()
		origin := drv.AbsolutePositionForObject(t)
		// Where the driver puts what is not on the canvas.
		nowhere := drv.AbsolutePositionForObject(&canvas.Rectangle{})
		for it := range t.rows.all() {
			if it.id == "" || !it.Visible() {
				continue
			}
			at := drv.AbsolutePositionForObject(it)
			if at == nowhere || at.Y+it.Size().Height <= origin.Y || at.Y >= origin.Y+t.Size().Height {
				continue
			}
			if !yield(it, at) {
				return
			}
		}
	}
}

// scrollNear scrolls the tree a row when the pointer p is at or beyond
// its top or bottom edge, so that a node can be dragged to rows out of
// sight; top and bottom are the first and last rows in sight.
func (t *outlineTree) scrollNear(p, origin fyne.Position, top, bottom *outlineItem) {
	if top == nil {
		return
	}
	edge := top.Size().Height / 2
	rows := t.shownRows()
	step := func(from string, by int) {
		for i, id := range rows {
			if id == from && i+by >= 0 && i+by < len(rows) {
				t.ScrollTo(rows[i+by])
				return
			}
		}
	}
	switch {
	case p.Y < origin.Y+edge:
		step(top.id, -1)
	case p.Y > origin.Y+t.Size().Height-edge:
		step(bottom.id, +1)
	}
}

// fits reports whether the node id may be dropped at spot: not into its
// own subtree and not deeper than the numbering allows.
func (t *outlineTree) fits(id string, spot dropSpot) bool {
	target, ok := t.doc.entries[spot.target]
	dragged, ok2 := t.doc.entries[id]
	if !ok || !ok2 || spot.target == id {
		return false
	}
	for p := target.Parent; p != nil; p = t.doc.entries[p.ID].Parent {
		if p.ID == id {
			return false
		}
	}
	depth := target.Depth
	if spot.at == docmodel.Into {
		depth++
	}
	return depth+subtreeHeight(dragged.Node)-1 <= t.doc.s.Doc().Options.MaxDepth()
}

// subtreeHeight is the number of levels of a node and its subtree.
func subtreeHeight(n *docmodel.Node) int {
	h := 0
	for _, c := range n.Children {
		h = max(h, subtreeHeight(c))
	}
	return h + 1
}

// dropMarks are the marks of where a dragged node would go: a line
// between rows, or a frame around the row it would go into.
type dropMarks struct {
	line, frame *canvas.Rectangle
}

func newDropMarks() *dropMarks {
	m := &dropMarks{line: canvas.NewRectangle(color.Transparent), frame: canvas.NewRectangle(color.Transparent)}
	m.frame.StrokeWidth = 2
	m.frame.CornerRadius = 3
	m.hide()
	return m
}

// show marks spot, or nothing if it is nowhere.
func (m *dropMarks) show(spot dropSpot) {
	m.hide()
	if spot.target == "" {
		return
	}
	mark := m.line
	if spot.at == docmodel.Into {
		mark = m.frame
		m.frame.StrokeColor = theme.Color(theme.ColorNamePrimary)
	} else {
		m.line.FillColor = theme.Color(theme.ColorNamePrimary)
	}
	mark.Move(spot.pos)
	mark.Resize(spot.size)
	mark.Show()
	mark.Refresh()
}

func (m *dropMarks) hide() {
	for _, r := range []*canvas.Rectangle{m.line, m.frame} {
		if r.Visible() {
			r.Hide()
			r.Refresh()
		}
	}
}

// CreateRenderer draws the tree with the drop marks over it.
func (t *outlineTree) CreateRenderer() fyne.WidgetRenderer {
	r := t.Tree.CreateRenderer()
	objects := append(append([]fyne.CanvasObject{}, r.Objects()...), t.marks.line, t.marks.frame)
	return &markedTree{WidgetRenderer: r, objects: objects}
}

// markedTree is the tree's renderer with the drop marks drawn last.
type markedTree struct {
	fyne.WidgetRenderer
	objects []fyne.CanvasObject
}

func (r *markedTree) Objects() []fyne.CanvasObject { return r.objects }
