package ui

import (
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestProgressStopsItsBar checks that closing a progress dialog stops
// the animation of its bar, which a dialog hidden the plain way leaves
// running.
func TestProgressStopsItsBar(t *testing.T) {
	w := test.NewTempWindow(t, widget.NewLabel(""))
	bar := widget.NewProgressBarInfinite()
	plain := dialog.NewCustomWithoutButtons("正在导出", container.NewVBox(bar), w)
	plain.Show()
	plain.Hide()
	if !bar.Running() {
		t.Log("Fyne now stops a hidden dialog's bar: progressDialog.Hide's Stop may go")
	}
	p := showProgress("正在导出", "正在导出到 a.pdf …", w)
	if !p.bar.Running() {
		t.Fatal("the bar of a shown progress dialog does not run")
	}
	p.Hide()
	if p.bar.Running() {
		t.Error("the bar still runs after its dialog closed")
	}
}
