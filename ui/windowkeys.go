package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The window's own keys work wherever the keyboard is: F10 opens the
// menus, Esc gives the outline the keyboard (the selection stays),
// closes the find bar from its buttons, or leaves the compare mode for
// the editor, and F3 and Shift+F3 go to the next and the previous match
// once a search is set. Fyne hands a key pressed without Ctrl or Alt
// only to the focused widget, or to the canvas when nothing has the
// focus; so each focusable widget of the window hands these keys on
// (toWindow) to the canvas's key handler, windowKeys.typedKey, the one
// place that runs them.

// windowKeyNames are the keys the widgets leave to the window.
var windowKeyNames = map[fyne.KeyName]bool{fyne.KeyF10: true, fyne.KeyEscape: true, fyne.KeyF3: true}

// toWindow hands ev to the key handler of the window o is shown in, if it
// is one of the window's keys, and reports whether it did.
func toWindow(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	if !windowKeyNames[ev.Name] {
		return false
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil || c.OnTypedKey() == nil {
		return false
	}
	c.OnTypedKey()(ev)
	return true
}

// windowKeys runs the keys no widget took: Enter and Esc in a dialog,
// and the window's own keys.
type windowKeys struct {
	canvas fyne.Canvas
	menus  *menuKeys
	// escape runs Esc: it leaves the compare mode, closes the find bar
	// when one of the bar's buttons has the keyboard, and else gives the
	// outline the keyboard; Fyne does not give it to the outline when it
	// is not shown (no document).
	escape func()
	// findAgain goes to the next match of the search set, or to the
	// previous one if back; it does nothing when no search is set.
	findAgain func(back bool)
	// mods reports the modifier keys held, to tell Shift+F3 from F3.
	mods func() fyne.KeyModifier
}

// typedKey is the canvas's key handler.
func (k *windowKeys) typedKey(ev *fyne.KeyEvent) {
	if dialogKey(k.canvas, ev) {
		return
	}
	if _, dialog := k.canvas.Overlays().Top().(*widget.PopUp); dialog {
		return // a dialog waits for an answer
	}
	switch ev.Name {
	case fyne.KeyF10:
		k.menus.open(0)
	case fyne.KeyEscape:
		k.escape()
	case fyne.KeyF3:
		k.findAgain(k.mods()&fyne.KeyModifierShift != 0)
	}
}

// keySelect is a drop-down list that leaves the window's keys to the
// window.
type keySelect struct {
	widget.Select
}

// newKeySelect makes a keySelect of options that calls changed.
func newKeySelect(options []string, changed func(string)) *keySelect {
	s := &keySelect{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey hands the window's keys on and the others to the list.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if !toWindow(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// keyTree is a tree that leaves the window's keys to the window.
type keyTree struct {
	widget.Tree
}

// newKeyTree makes a keyTree as widget.NewTree does.
func newKeyTree(children func(widget.TreeNodeID) []widget.TreeNodeID, isBranch func(widget.TreeNodeID) bool,
	create func(bool) fyne.CanvasObject, update func(widget.TreeNodeID, bool, fyne.CanvasObject)) *keyTree {
	t := &keyTree{}
	t.ChildUIDs, t.IsBranch, t.CreateNode, t.UpdateNode = children, isBranch, create, update
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey hands the window's keys on and the others to the tree.
func (t *keyTree) TypedKey(ev *fyne.KeyEvent) {
	if !toWindow(t, ev) {
		t.Tree.TypedKey(ev)
	}
}

// keyList is a list that leaves the window's keys to the window.
type keyList struct {
	widget.List
}

// newKeyList makes a keyList as widget.NewList does.
func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey hands the window's keys on and the others to the list.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if !toWindow(l, ev) {
		l.List.TypedKey(ev)
	}
}

// keyTable is a table that leaves the window's keys to the window.
type keyTable struct {
	widget.Table
}

// newKeyTable makes a keyTable as widget.NewTable does.
func newKeyTable(length func() (rows, cols int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *keyTable {
	t := &keyTable{}
	t.Length, t.CreateCell, t.UpdateCell = length, create, update
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey hands the window's keys on and the others to the table.
func (t *keyTable) TypedKey(ev *fyne.KeyEvent) {
	if !toWindow(t, ev) {
		t.Table.TypedKey(ev)
	}
}

// keyCheck is a check box that leaves the window's keys to the window.
type keyCheck struct {
	widget.Check
}

// newKeyCheck makes a keyCheck labelled text that calls changed.
func newKeyCheck(text string, changed func(bool)) *keyCheck {
	c := &keyCheck{}
	c.Text, c.OnChanged = text, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey hands the window's keys on and the others to the check box.
func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if !toWindow(c, ev) {
		c.Check.TypedKey(ev)
	}
}

// keyButton is a button that Enter presses as Space does, and that
// leaves the window's keys to the window, so that Esc on a button reached
// with Tab goes back to the outline, or cancels the dialog it is in.
type keyButton struct {
	widget.Button
}

// newKeyButton makes a keyButton labelled label that calls tapped.
func newKeyButton(label string, tapped func()) *keyButton {
	return newKeyButtonWithIcon(label, nil, tapped)
}

// newKeyButtonWithIcon makes a keyButton with an icon.
func newKeyButtonWithIcon(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter as on Space (Fyne's takes only
// Space), and hands the window's keys on.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		b.Button.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	case !toWindow(b, ev):
		b.Button.TypedKey(ev)
	}
}

// asButton returns the button o is: a keyButton's, or one of Fyne's own
// in its dialogs.
func asButton(o fyne.CanvasObject) (*widget.Button, bool) {
	switch o := o.(type) {
	case *keyButton:
		return &o.Button, true
	case *widget.Button:
		return o, true
	}
	return nil, false
}
