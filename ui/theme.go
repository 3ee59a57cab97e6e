package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"yaodian/assets"
)

// cjkTheme is Fyne's default light theme drawn with the embedded Noto
// Sans SC, so that Chinese renders on machines without CJK fonts.
type cjkTheme struct {
	fyne.Theme
	regular, bold fyne.Resource
}

// newTheme returns the application theme.
func newTheme() fyne.Theme {
	return &cjkTheme{
		Theme:   theme.DefaultTheme(),
		regular: fyne.NewStaticResource("NotoSansSC-Regular.ttf", assets.UIRegular),
		bold:    fyne.NewStaticResource("NotoSansSC-Bold.ttf", assets.UIBold),
	}
}

// Color gives the light palette whatever the system prefers: the office
// look writers know from their word processors.
func (t *cjkTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantLight)
}

// Font returns the CJK font for every style; bold text uses the bold face.
func (t *cjkTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Bold {
		return t.bold
	}
	return t.regular
}
