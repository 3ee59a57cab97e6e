package ui

import (
	"image/color"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/text/encoding/simplifiedchinese"

	"yaodian/assets"
	"yaodian/fonts"
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
		regular: cutFace("NotoSansSC-Regular", assets.UIRegular, written()),
		bold:    cutFace("NotoSansSC-Bold", assets.UIBold, gb2312()),
	}
}

// cutFace is a UI font cut down to runes. Fyne reads every glyph of a
// font it uses, and the whole of Noto Sans SC costs about 43 MB of memory
// per weight: the cut regular weight, which keeps what a plan is written
// in, costs about half that, and the bold one, which draws only labels,
// titles and headings, about 7 MB. Should the cut fail, the whole font
// is used.
func cutFace(name string, data []byte, runes []rune) fyne.Resource {
	whole := fyne.NewStaticResource(name+".ttf", data)
	face, err := fonts.Parse(data, 0)
	if err != nil {
		return whole
	}
	cut, err := face.Subset(runes, name+"-UI", false)
	if err != nil {
		return whole
	}
	// The cut has read every glyph of the whole font; the window draws
	// with the cut from now on.
	releaseFontPages(data)
	return fyne.NewStaticResource(name+"-UI.ttf", cut)
}

// written lists what a plan is written in: Latin, Greek and Cyrillic
// letters, punctuation and symbols, CJK symbols and kana, enclosed and
// full-width forms, and the 20,992 hanzi of the CJK Unified Ideographs
// block — every character of GBK and more. Rarer hanzi (extensions A and
// beyond) fall back to the system's fonts.
func written() []rune {
	var runes []rune
	for _, r := range [][2]rune{
		{0x20, 0x24F}, {0x370, 0x4FF}, {0x2000, 0x2BFF}, {0x3000, 0x30FF},
		{0x3200, 0x33FF}, {0x4E00, 0x9FFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF},
	} {
		for c := r[0]; c <= r[1]; c++ {
			runes = append(runes, c)
		}
	}
	return runes
}

// gb2312 lists ASCII and the characters of GB 2312: its symbols and its
// 6,763 hanzi.
func gb2312() []rune {
	var runes []rune
	for r := rune(0x20); r < 0x7f; r++ {
		runes = append(runes, r)
	}
	dec := simplifiedchinese.GBK.NewDecoder()
	for hi := 0xA1; hi <= 0xF7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			s, err := dec.Bytes([]byte{byte(hi), byte(lo)})
			if err != nil {
				continue
			}
			for _, r := range string(s) {
				if r != utf8.RuneError {
					runes = append(runes, r)
				}
			}
		}
	}
	return runes
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
