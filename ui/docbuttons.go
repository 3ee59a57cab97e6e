package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// anytimeActions are the toolbar's actions that need no open document:
// 对照两稿 compares two files of the prior-years folder, or chosen, as its
// menu item does. 撤销 and 重做 are named after their step and set apart
// (setAction).
var anytimeActions = map[string]bool{"新建": true, "打开…": true, "设置…": true, "对照两稿…": true}

// editActions are the toolbar's outline edits, which are off also while
// the compare mode hides the outline (Window.editing).
var editActions = map[string]bool{"同级": true, "下级": true, "降级": true, "升级": true, "上移": true, "下移": true, "删除": true}

// docButtons turns the toolbar's buttons that act on a document off while
// none is open, and those that edit it while it cannot be (the compare
// mode), so that they do not look as if they would do something, and back
// on once they can. It leaves alone a button that something else
// disabled.
type docButtons struct {
	off map[*widget.Button]bool // the buttons it turned off
}

// update sets the buttons in bar for whether a document is open and
// whether it can be edited where it is shown.
func (d *docButtons) update(bar fyne.CanvasObject, open, editable bool) {
	if d.off == nil {
		d.off = map[*widget.Button]bool{}
	}
	for _, b := range buttonsIn(bar) {
		if anytimeActions[b.Text] || b.Text == moreLabel || strings.HasPrefix(b.Text, "撤销") || strings.HasPrefix(b.Text, "重做") {
			continue
		}
		on := open && (editable || !editActions[b.Text])
		switch {
		case !on && !b.Disabled():
			b.Disable()
			d.off[b] = true
		case on && d.off[b]:
			b.Enable()
			delete(d.off, b)
		}
	}
}

// buttonsIn lists the buttons in o and the containers inside it.
func buttonsIn(o fyne.CanvasObject) []*widget.Button {
	if b, ok := asButton(o); ok {
		return []*widget.Button{b}
	}
	switch o := o.(type) {
	case *fyne.Container:
		var out []*widget.Button
		for _, c := range o.Objects {
			out = append(out, buttonsIn(c)...)
		}
		return out
	case *container.Scroll:
		return buttonsIn(o.Content)
	}
	return nil
}
