package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// keyRadio is a group of radio buttons that works from the keyboard as
// well as with the mouse. Fyne's RadioGroup takes only Space on its
// items, so that with one of them focused F10, Esc and F3 did nothing,
// nor did Enter or Esc in a dialog. Here each option is a focusable
// item: Space and Enter choose it, ↑ and ← go to the previous option,
// ↓ and → to the next, wrapping round; Enter then confirms the dialog
// the group is in, and the window's keys go to the window. One option is
// always chosen once one has been: tapping the chosen one keeps it.
type keyRadio struct {
	widget.DisableableWidget

	// Selected is the option chosen, "" before any is.
	Selected string
	// OnChanged is called with the option chosen, by the user or with
	// SetSelected, when it differs from the one before.
	OnChanged func(string)

	items []*keyRadioItem
	box   *fyne.Container
}

// newKeyRadio makes a keyRadio of options, laid out in a row if
// horizontal and in a column otherwise, that calls changed.
func newKeyRadio(options []string, horizontal bool, changed func(string)) *keyRadio {
	r := &keyRadio{OnChanged: changed}
	objs := make([]fyne.CanvasObject, len(options))
	for i, o := range options {
		it := &keyRadioItem{group: r, label: o}
		it.ExtendBaseWidget(it)
		r.items = append(r.items, it)
		objs[i] = it
	}
	r.box = container.New(radioLayout{horizontal}, objs...)
	r.ExtendBaseWidget(r)
	return r
}

// radioLayout lays the items out as Fyne lays out its RadioGroup: in
// cells of one size, the largest item's, side by side or one under
// another, with no space between.
type radioLayout struct{ horizontal bool }

// MinSize is the cell's size times the number of items.
func (l radioLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var cell fyne.Size
	for _, o := range objs {
		cell = cell.Max(o.MinSize())
	}
	if l.horizontal {
		return fyne.NewSize(cell.Width*float32(len(objs)), cell.Height)
	}
	return fyne.NewSize(cell.Width, cell.Height*float32(len(objs)))
}

// Layout puts the items into their cells.
func (l radioLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	size := l.MinSize(objs)
	cell := size
	if n := float32(max(len(objs), 1)); l.horizontal {
		cell.Width /= n
	} else {
		cell.Height /= n
	}
	var at fyne.Position
	for _, o := range objs {
		o.Resize(cell)
		o.Move(at)
		if l.horizontal {
			at.X += cell.Width
		} else {
			at.Y += cell.Height
		}
	}
}

// CreateRenderer shows the items.
func (r *keyRadio) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.box)
}

// SetSelected chooses option, calling OnChanged if it is another than the
// one chosen; an option not in the group clears the choice.
func (r *keyRadio) SetSelected(option string) {
	if r.Selected == option {
		return
	}
	r.Selected = option
	r.refreshItems()
	if r.OnChanged != nil {
		r.OnChanged(option)
	}
}

// Enable lets the user choose again.
func (r *keyRadio) Enable() {
	r.DisableableWidget.Enable()
	r.refreshItems()
}

// Disable shows the choice greyed and takes no taps or keys.
func (r *keyRadio) Disable() {
	r.DisableableWidget.Disable()
	r.refreshItems()
}

// refreshItems redraws the items for the choice and the disabled state.
func (r *keyRadio) refreshItems() {
	for _, it := range r.items {
		it.Refresh()
	}
}

// move gives the keyboard to the enabled item step places from item i,
// wrapping round.
func (r *keyRadio) move(i, step int) {
	n := len(r.items)
	next := r.items[((i+step)%n+n)%n]
	if c := fyne.CurrentApp().Driver().CanvasForObject(next); c != nil {
		c.Focus(next)
	}
}

// keyRadioItem is one option of a keyRadio.
type keyRadioItem struct {
	widget.BaseWidget
	group   *keyRadio
	label   string
	focused bool
	hovered bool
}

var (
	_ fyne.Focusable    = (*keyRadioItem)(nil)
	_ fyne.Tappable     = (*keyRadioItem)(nil)
	_ fyne.Disableable  = (*keyRadioItem)(nil)
	_ desktop.Hoverable = (*keyRadioItem)(nil)
)

// Disabled reports whether the group is disabled; Fyne's Tab then passes
// the item by.
func (i *keyRadioItem) Disabled() bool { return i.group.Disabled() }

// Enable enables the whole group.
func (i *keyRadioItem) Enable() { i.group.Enable() }

// Disable disables the whole group.
func (i *keyRadioItem) Disable() { i.group.Disable() }

// choose makes the item's option the one chosen.
func (i *keyRadioItem) choose() {
	if !i.Disabled() {
		i.group.SetSelected(i.label)
	}
}

// index is the item's place in its group.
func (i *keyRadioItem) index() int {
	for n, it := range i.group.items {
		if it == i {
			return n
		}
	}
	return 0
}

// Tapped chooses the option and gives the item the keyboard.
func (i *keyRadioItem) Tapped(*fyne.PointEvent) {
	if i.Disabled() {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(i); c != nil && !i.focused {
		c.Focus(i)
	}
	i.choose()
}

// FocusGained marks the item.
func (i *keyRadioItem) FocusGained() {
	i.focused = true
	i.Refresh()
}

// FocusLost unmarks the item.
func (i *keyRadioItem) FocusLost() {
	i.focused = false
	i.Refresh()
}

// TypedRune chooses the option on Space.
func (i *keyRadioItem) TypedRune(r rune) {
	if r == ' ' {
		i.choose()
	}
}

// TypedKey chooses on Enter and confirms the dialog the group is in,
// moves with the arrows and hands the window's keys on.
func (i *keyRadioItem) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		i.choose()
		if c := fyne.CurrentApp().Driver().CanvasForObject(i); c != nil {
			pressDialogButton(c, true)
		}
	case fyne.KeyUp, fyne.KeyLeft:
		i.group.move(i.index(), -1)
	case fyne.KeyDown, fyne.KeyRight:
		i.group.move(i.index(), 1)
	default:
		toWindow(i, ev)
	}
}

// MouseIn marks the item under the pointer.
func (i *keyRadioItem) MouseIn(*desktop.MouseEvent) {
	i.hovered = true
	i.Refresh()
}

// MouseMoved does nothing.
func (i *keyRadioItem) MouseMoved(*desktop.MouseEvent) {}

// MouseOut unmarks the item.
func (i *keyRadioItem) MouseOut() {
	i.hovered = false
	i.Refresh()
}

// CreateRenderer draws the item as Fyne draws its radio items: the
// theme's radio icons, a disc behind them marking focus or hover, and the
// label.
func (i *keyRadioItem) CreateRenderer() fyne.WidgetRenderer {
	r := &keyRadioRenderer{item: i, label: canvas.NewText("", color.Black)}
	r.update()
	return r
}

type keyRadioRenderer struct {
	item       *keyRadioItem
	mark       canvas.Circle
	fill, ring canvas.Image
	label      *canvas.Text
}

// Layout puts the icons at the left, centred, and the label after them.
func (r *keyRadioRenderer) Layout(size fyne.Size) {
	th := r.item.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	border := th.Size(theme.SizeNameInputBorder)
	icon := th.Size(theme.SizeNameInlineIcon)
	mark := fyne.NewSquareSize(icon + inner)
	r.mark.Resize(mark)
	r.mark.Move(fyne.NewPos(border, (size.Height-mark.Height)/2))
	r.label.Resize(size)
	r.label.Move(fyne.NewPos(mark.Width+th.Size(theme.SizeNamePadding), 0))
	at := fyne.NewPos(inner/2+border, (size.Height-icon)/2)
	for _, img := range []*canvas.Image{&r.fill, &r.ring} {
		img.Resize(fyne.NewSquareSize(icon))
		img.Move(at)
	}
}

// MinSize fits the icon, the label and the padding round them.
func (r *keyRadioRenderer) MinSize() fyne.Size {
	th := r.item.Theme()
	pad := th.Size(theme.SizeNameInnerPadding) * 2
	return r.label.MinSize().AddWidthHeight(pad+th.Size(theme.SizeNameInlineIcon)+th.Size(theme.SizeNamePadding), pad)
}

// Refresh redraws the item in its state.
func (r *keyRadioRenderer) Refresh() {
	r.update()
	canvas.Refresh(r.item)
}

// update sets colours and icons for chosen, disabled, focused and hovered.
func (r *keyRadioRenderer) update() {
	i := r.item
	th := i.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	chosen, disabled := i.group.Selected == i.label, i.Disabled()

	r.label.Text = i.label
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	ring := theme.NewThemedResource(th.Icon(theme.IconNameRadioButton))
	ring.ColorName = theme.ColorNameInputBorder
	fill := theme.NewThemedResource(th.Icon(theme.IconNameRadioButtonFill))
	fill.ColorName = theme.ColorNameInputBackground
	if chosen {
		fill.ColorName, ring.ColorName = theme.ColorNamePrimary, theme.ColorNameForeground
	}
	if disabled {
		r.label.Color = th.Color(theme.ColorNameDisabled, v)
		fill.ColorName, ring.ColorName = theme.ColorNameBackground, theme.ColorNameDisabled
		if chosen {
			fill.ColorName = theme.ColorNameDisabled
		}
	}
	r.fill.Resource, r.ring.Resource = fill, ring
	r.fill.Refresh()
	r.ring.Refresh()

	switch {
	case disabled:
		r.mark.FillColor = color.Transparent
	case i.focused:
		r.mark.FillColor = th.Color(theme.ColorNameFocus, v)
	case i.hovered:
		r.mark.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.mark.FillColor = color.Transparent
	}
	r.mark.Refresh()
}

// Objects are the disc, the icons and the label.
func (r *keyRadioRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{&r.mark, &r.fill, &r.ring, r.label}
}

// Destroy does nothing.
func (r *keyRadioRenderer) Destroy() {}
