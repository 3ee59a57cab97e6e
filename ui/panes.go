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

// viewMenu is the 视图 menu: it hides and shows the outline and the side
// pane (preview, findings, chart), so that the editor gets the room of a
// small screen. The window is as narrow as the panes shown allow.
func (w *Window) viewMenu() *fyne.Menu {
	outline := fyne.NewMenuItem("大纲", func() { w.togglePane(w.outlinePane, w.split) })
	side := fyne.NewMenuItem("预览与检查侧栏", func() { w.togglePane(w.side, w.right) })
	outline.Checked, side.Checked = true, true
	w.viewItems = []*fyne.MenuItem{outline, side}
	return fyne.NewMenu("视图(V)", outline, side)
}

// togglePane hides the pane p of split s if it is shown, and shows it if
// it is hidden.
func (w *Window) togglePane(p fyne.CanvasObject, s *container.Split) {
	if p.Visible() {
		p.Hide()
	} else {
		p.Show()
	}
	s.Refresh()
	w.viewItems[0].Checked = w.outlinePane.Visible()
	w.viewItems[1].Checked = w.side.Visible()
	w.win.MainMenu().Refresh()
}

// showSide shows the side pane if it was hidden, for an action that
// shows something in it.
func (w *Window) showSide() {
	if !w.side.Visible() {
		w.togglePane(w.side, w.right)
	}
}
