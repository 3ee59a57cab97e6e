package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// menuBar is what Fyne's in-window menu bar offers through the canvas of
// a window on Linux and Windows: Alt pressed alone already toggles it.
type menuBar interface {
	ToggleMenu()
	DismissMenu() bool
	FocusNext()
}

// menuKeys opens the menus of a window from the keyboard: Alt and the
// letter each menu's name shows, such as 文件(F), opens that menu, and F10
// the first one (see windowKeys). In the menu the arrow keys, Enter and
// Esc work as usual.
type menuKeys struct {
	win     fyne.Window
	letters []fyne.KeyName // the access letter of each menu, in order
	// unnamed are shortcuts carried as the letters are, unseen, for
	// items whose label names the keys: Fyne would name Ctrl+Enter
	// "Ctrl+Return", in English.
	unnamed []*fyne.MenuItem
}

// shortcuts are the Alt+letter shortcuts, one per menu. Fyne runs a
// menu's shortcuts before the focused widget sees the keys, so they are
// carried by the menu (see attach), which makes them work while typing.
func (k *menuKeys) shortcuts() []*fyne.MenuItem {
	items := make([]*fyne.MenuItem, len(k.letters))
	for i, l := range k.letters {
		i := i
		items[i] = fyne.NewMenuItem(string(l), func() { k.open(i) })
		items[i].Shortcut = &desktop.CustomShortcut{KeyName: l, Modifier: fyne.KeyModifierAlt}
	}
	return items
}

// attach makes the main menu m carry the Alt+letter shortcuts without
// showing them: they hang as a submenu on the first separator of a menu,
// which Fyne draws as a plain line but searches for shortcuts. They are
// also registered on the canvas, for drivers that do not search menus.
func (k *menuKeys) attach(m *fyne.MainMenu) {
	items := append(k.shortcuts(), k.unnamed...)
	hidden := fyne.NewMenu("", items...)
	placed := false
	for _, menu := range m.Items {
		for _, it := range menu.Items {
			if it.IsSeparator && !placed {
				it.ChildMenu = hidden
				placed = true
			}
		}
	}
	for _, it := range items {
		action := it.Action
		k.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { action() })
	}
}

// open opens menu i of the window's main menu, unless a dialog is
// waiting for an answer.
func (k *menuKeys) open(i int) {
	c := k.win.Canvas()
	if _, dialog := c.Overlays().Top().(*widget.PopUp); dialog {
		return
	}
	if bar, ok := c.(menuBar); ok {
		bar.DismissMenu()
		bar.ToggleMenu()
		for ; i > 0; i-- {
			bar.FocusNext()
		}
		return
	}
	// No in-window menu bar to open (test driver): the menu pops up
	// at the top left corner instead.
	main := k.win.MainMenu()
	if main == nil || i >= len(main.Items) {
		return
	}
	p := widget.NewPopUpMenu(main.Items[i], c)
	p.ShowAtPosition(fyne.NewPos(0, 0))
	c.Focus(p)
}
