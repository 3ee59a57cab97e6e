package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// moreLabel names the button that holds the toolbar's buttons that do
// not fit.
const moreLabel = "更多"

// overflowBar is a toolbar row that shows as many of its buttons as the
// window's width allows and offers the others, in the same order, in a
// menu under a 更多 button at its end. Its minimum width is that of the
// 更多 button alone, so the toolbar never holds the window wide.
type overflowBar struct {
	box   *fyne.Container
	items []fyne.CanvasObject // buttons and separators, in order
	more  *keyButton
}

// newOverflowBar makes a toolbar of items: buttons (keyButton) and
// *widget.Separator objects.
func newOverflowBar(items ...fyne.CanvasObject) *overflowBar {
	b := &overflowBar{items: items}
	b.more = newKeyButtonWithIcon(moreLabel, theme.MoreHorizontalIcon(), b.showMore)
	b.more.Importance = widget.LowImportance
	objects := append(append([]fyne.CanvasObject{}, items...), b.more)
	b.box = container.New(&overflowLayout{bar: b}, objects...)
	return b
}

// hidden lists the items that do not fit and are offered under 更多.
func (b *overflowBar) hidden() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range b.items {
		if !o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// moreMenu is the menu of the hidden buttons, each enabled as its button
// is; separators fall where they are between buttons.
func (b *overflowBar) moreMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, o := range b.hidden() {
		if bt, ok := asButton(o); ok {
			it := fyne.NewMenuItem(bt.Text, bt.OnTapped)
			it.Icon = bt.Icon
			it.Disabled = bt.Disabled()
			items = append(items, it)
			continue
		}
		if _, ok := o.(*widget.Separator); ok && len(items) > 0 && !items[len(items)-1].IsSeparator {
			items = append(items, fyne.NewMenuItemSeparator())
		}
	}
	if n := len(items); n > 0 && items[n-1].IsSeparator {
		items = items[:n-1]
	}
	return fyne.NewMenu(moreLabel, items...)
}

// showMore opens the menu of the hidden buttons under 更多.
func (b *overflowBar) showMore() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b.more)
	if c == nil {
		return
	}
	m := widget.NewPopUpMenu(b.moreMenu(), c)
	m.ShowAtRelativePosition(fyne.NewPos(0, b.more.Size().Height), b.more)
	c.Focus(m) // the arrow keys, Enter and Esc work in it at once
}

// overflowLayout lays the bar's items out from the left, hiding those
// that do not fit together with the 更多 button, which is the last object.
type overflowLayout struct {
	bar *overflowBar
}

// Layout places the items that fit and hides the others.
func (l *overflowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	items, more := objects[:len(objects)-1], objects[len(objects)-1]
	pad := theme.Padding()
	total := float32(0)
	for i, o := range items {
		if i > 0 {
			total += pad
		}
		total += o.MinSize().Width
	}
	room := size.Width
	if total > size.Width {
		room -= more.MinSize().Width + pad
	}
	x := float32(0)
	last := -1 // the last item shown
	for i, o := range items {
		w := o.MinSize().Width
		if x+w > room || (last < i-1) {
			o.Hide()
			continue
		}
		o.Show()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
		last = i
	}
	// A separator does not end the row.
	for last >= 0 {
		if _, ok := items[last].(*widget.Separator); !ok {
			break
		}
		items[last].Hide()
		last--
	}
	if total <= size.Width {
		more.Hide()
		return
	}
	more.Show()
	w := more.MinSize().Width
	more.Move(fyne.NewPos(size.Width-w, 0))
	more.Resize(fyne.NewSize(w, size.Height))
}

// MinSize is as wide as the 更多 button and as tall as the tallest item.
func (l *overflowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	min := objects[len(objects)-1].MinSize()
	for _, o := range objects {
		min.Height = max(min.Height, o.MinSize().Height)
	}
	return min
}
