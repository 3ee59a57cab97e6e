package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// outlineMinWidth keeps the outline wide enough to read a number and
// the start of a title when the window is at its narrowest.
const outlineMinWidth = 180

// atLeastWide shows o no narrower than width.
func atLeastWide(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	strut := canvas.NewRectangle(color.Transparent)
	strut.SetMinSize(fyne.NewSize(width, 0))
	return container.NewStack(strut, o)
}

// panes is the work area: the outline pane, then right, which holds the
// editor's tabs and the side pane (preview, findings, chart). Either the
// outline or the side pane can be hidden from the 视图 menu, so that the
// editor gets the room of a small screen; the window is as narrow as the
// panes shown allow.
type panes struct {
	split, right *container.Split
	outline      fyne.CanvasObject
	side         fyne.CanvasObject
	items        []*fyne.MenuItem // the 视图 menu's toggles: outline, side
	menuChanged  func()           // redraws the menu after a toggle
}

// newPanes lays out tree, the editor's tabs and side as the work area.
func newPanes(tree, tabs, side fyne.CanvasObject, menuChanged func()) *panes {
	p := &panes{side: side, menuChanged: menuChanged}
	p.right = container.NewHSplit(tabs, side)
	p.right.Offset = 0.5
	p.outline = atLeastWide(tree, outlineMinWidth)
	p.split = container.NewHSplit(p.outline, p.right)
	p.split.Offset = 0.26
	return p
}

// menu is the 视图 menu.
func (p *panes) menu() *fyne.Menu {
	outline := fyne.NewMenuItem("大纲", func() { p.toggle(p.outline, p.split) })
	side := fyne.NewMenuItem("预览与检查侧栏", func() { p.toggle(p.side, p.right) })
	outline.Checked, side.Checked = true, true
	p.items = []*fyne.MenuItem{outline, side}
	return fyne.NewMenu("视图(V)", outline, side)
}

// toggle hides the pane o of split s if it is shown, and shows it if it
// is hidden.
func (p *panes) toggle(o fyne.CanvasObject, s *container.Split) {
	if o.Visible() {
		o.Hide()
	} else {
		o.Show()
	}
	s.Refresh()
	p.items[0].Checked = p.outline.Visible()
	p.items[1].Checked = p.side.Visible()
	p.menuChanged()
}

// showSide shows the side pane if it was hidden, for an action that
// shows something in it.
func (p *panes) showSide() {
	if !p.side.Visible() {
		p.toggle(p.side, p.right)
	}
}
