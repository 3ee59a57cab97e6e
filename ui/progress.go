package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progressDialog says over a window that work is under way, with an
// endless progress bar.
type progressDialog struct {
	dlg *dialog.CustomDialog
	bar *widget.ProgressBarInfinite
}

// showProgress shows a progress dialog titled title saying text over win.
func showProgress(title, text string, win fyne.Window) *progressDialog {
	p := &progressDialog{bar: widget.NewProgressBarInfinite()}
	p.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewLabel(text), p.bar), win)
	p.dlg.Show()
	return p
}

// Hide closes the dialog and stops its bar. Hiding the dialog alone
// leaves the bar's animation running, which redraws the window at the
// screen's rate for as long as the program runs: two cores busy under
// software OpenGL after an export.
func (p *progressDialog) Hide() {
	p.bar.Stop()
	p.dlg.Hide()
}
