package ui

import (
	"image/color"
	"sync"

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

// newTheme returns the application theme. Its fonts are Noto Sans SC
// cut down when Yaodian is built (assets.UIRegularCut, assets.UIBoldCut):
// Fyne reads every glyph of a font it uses, and the whole font costs
// about 43 MB of memory per weight. The regular weight keeps what a plan
// is written in, the whole CJK Unified Ideographs block among it; the
// bold one, which draws only labels, titles and headings, GB 2312. A
// character they lack comes from Fyne's own font or the system's.
func newTheme() fyne.Theme {
	return &cjkTheme{
		Theme:   theme.DefaultTheme(),
		regular: fyne.NewStaticResource("NotoSansSC-Regular-UI.ttf", assets.UIRegularCut),
		bold:    fyne.NewStaticResource("NotoSansSC-Bold-UI.ttf", assets.UIBoldCut),
	}
}

// useTheme gives app a the application theme, its fonts ready. Fyne
// parses a theme font, and looks through the system's fonts for a
// fallback, when it first measures text in it, and keeps what it found:
// both weights at once take about the time of the regular one, and once
// parsed, their 10 MB in the executable are needed no more.
func useTheme(a fyne.App) {
	a.Settings().SetTheme(newTheme())
	var wg sync.WaitGroup
	for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
		wg.Go(func() { fyne.MeasureText("要点", theme.TextSize(), style) })
	}
	wg.Wait()
	releaseFontPages(assets.UIRegularCut)
	releaseFontPages(assets.UIBoldCut)
}

// successGreen and warningAmber are dark enough to read as text on white.
var (
	successGreen = color.NRGBA{R: 0x1a, G: 0x7f, B: 0x37, A: 0xff}
	warningAmber = color.NRGBA{R: 0xb3, G: 0x5c, B: 0x00, A: 0xff}
)

// Color gives the light palette whatever the system prefers: the office
// look writers know from their word processors.
func (t *cjkTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameSuccess:
		return successGreen // Fyne's light green is too pale for text
	case theme.ColorNameWarning:
		return warningAmber // and its orange for text on white
	}
	return t.Theme.Color(n, theme.VariantLight)
}

// Font returns the CJK font for every style; bold text uses the bold face.
func (t *cjkTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Bold {
		return t.bold
	}
	return t.regular
}
