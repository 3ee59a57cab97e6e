package ui

import (
	_ "embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// zhHans is every string Fyne's own widgets and dialogs show, in
// Simplified Chinese, and the names of the file dialog's places.
//
//go:embed translations/zh-Hans.json
var zhHans []byte

// fyneLocales are the languages Fyne 2.7 has its own wording in. Fyne
// takes the wording of the one nearest the system's locale, and English
// when none is near: registering the Chinese wording under every one of
// them makes Fyne speak Chinese whatever the locale, as the writers who
// use Yaodian expect.
var fyneLocales = []fyne.Locale{
	"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans",
}

// useChinese makes Fyne's own wording Chinese.
func useChinese() {
	for _, l := range fyneLocales {
		if err := lang.AddTranslationsForLocale(zhHans, l); err != nil {
			fyne.LogError("无法加载界面译文", err)
			return
		}
	}
}

// translatePlaces names the places in the side list of the Fyne file
// dialog shown on top of win in Chinese: Fyne 2.7 shows them as "Home",
// "Computer", "Desktop" and so on whatever the language. Call it right
// after the dialog's Show.
func translatePlaces(win fyne.Window) {
	top, ok := win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	for _, l := range placeLists(top.Content) {
		update := l.UpdateItem
		l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
			update(id, o)
			if row, ok := o.(*fyne.Container); ok && len(row.Objects) > 1 {
				if label, ok := row.Objects[1].(*widget.Label); ok {
					label.SetText(lang.L(label.Text))
				}
			}
		}
		l.Refresh()
	}
}

// placeLists finds the lists on the leading side of the splits under o:
// where Fyne's file dialog keeps its places.
func placeLists(o fyne.CanvasObject) []*widget.List {
	switch o := o.(type) {
	case *fyne.Container:
		var out []*widget.List
		for _, c := range o.Objects {
			out = append(out, placeLists(c)...)
		}
		return out
	case *container.Split:
		if l, ok := o.Leading.(*widget.List); ok {
			return []*widget.List{l}
		}
	}
	return nil
}
