package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fyne's dialogs take no keys. These functions give every dialog of a
// window, Fyne's own included, Enter for its default button and Esc for
// its cancel button: the window's canvas gets the keys no widget took,
// and the entries of our dialogs pass the two keys on.

// cancelLabels name the buttons Esc presses; a dialog with a single
// button has Esc press that one.
var cancelLabels = map[string]bool{"取消": true, "关闭": true, "否": true, "以后再说": true}

// dialogButton finds, in the dialog shown on top of canvas c, the button
// Enter presses (enter) or the one Esc presses; nil when no dialog is
// shown or it has no such button. Enter presses the dialog's highlighted
// button, or its only button unless that one cancels: Enter never
// cancels a choice such as that of a document in a file.
func dialogButton(c fyne.Canvas, enter bool) *widget.Button {
	top, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok || top == nil || !top.Visible() {
		return nil
	}
	var buttons []*widget.Button
	collectButtons(top.Content, &buttons)
	var labelled []*widget.Button // the buttons with a text, not icons alone
	for _, b := range buttons {
		if b.Text != "" {
			labelled = append(labelled, b)
		}
	}
	for _, b := range labelled {
		if enter && b.Importance == widget.HighImportance || !enter && cancelLabels[b.Text] {
			return b
		}
	}
	if len(labelled) == 1 && (!enter || !cancelLabels[labelled[0].Text]) {
		return labelled[0]
	}
	return nil
}

// collectButtons gathers the visible, enabled buttons under o, looking
// into containers, splits and scrolls: what a dialog is built of.
func collectButtons(o fyne.CanvasObject, out *[]*widget.Button) {
	if o == nil || !o.Visible() {
		return
	}
	if b, ok := asButton(o); ok {
		if !b.Disabled() {
			*out = append(*out, b)
		}
		return
	}
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			collectButtons(c, out)
		}
	case *container.Split:
		collectButtons(o.Leading, out)
		collectButtons(o.Trailing, out)
	case *container.Scroll:
		collectButtons(o.Content, out)
	}
}

// pressDialogButton presses the dialog's default (enter) or cancel
// button, and reports whether there was one.
func pressDialogButton(c fyne.Canvas, enter bool) bool {
	b := dialogButton(c, enter)
	if b == nil || b.OnTapped == nil {
		return false
	}
	b.OnTapped()
	return true
}

// dialogKey handles the keys of a dialog that no widget took: Enter and
// Esc. It reports whether the key was one of them and a dialog is shown.
func dialogKey(c fyne.Canvas, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		return pressDialogButton(c, true)
	case fyne.KeyEscape:
		return pressDialogButton(c, false)
	}
	return false
}

// dialogEntry is a one-line entry for a dialog: Esc cancels the dialog
// and, unless the entry has its own OnSubmitted, Enter presses its
// default button.
type dialogEntry struct {
	widget.Entry
}

// closed tells entries of a dialog that has closed that they have lost
// the focus: Fyne removes a dialog without telling the widget focused in
// it, and an entry never told keeps blinking its cursor, redrawing the
// whole window twice a second for as long as the program runs.
func closed(entries ...*dialogEntry) {
	for _, e := range entries {
		e.FocusLost()
	}
}

// newDialogEntry makes an empty dialogEntry.
func newDialogEntry() *dialogEntry {
	e := &dialogEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey passes Esc, and Enter when nothing else takes it, to the
// dialog the entry is in.
func (e *dialogEntry) TypedKey(ev *fyne.KeyEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	switch {
	case c == nil:
	case ev.Name == fyne.KeyEscape:
		if pressDialogButton(c, false) {
			return
		}
	case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && e.OnSubmitted == nil && !e.MultiLine:
		if pressDialogButton(c, true) {
			return
		}
	}
	e.Entry.TypedKey(ev)
}
