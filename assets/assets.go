// Package assets holds the files Yaodian carries inside its binary: the
// fonts of the user interface and of the official printed layout. Each
// font's licence sits beside it in fonts/, and fonts/README.md says where
// each file comes from.
package assets

import _ "embed"

// UIRegular and UIBold are Noto Sans SC (SIL Open Font License 1.1), the
// interface font: it covers all of GB 18030's common hanzi, so Chinese
// never shows as boxes on machines without CJK fonts. The official layout
// also uses it for 黑体 and as the last fallback of every role.
var (
	//go:embed fonts/NotoSansSC-Regular.ttf
	UIRegular []byte
	//go:embed fonts/NotoSansSC-Bold.ttf
	UIBold []byte
)

// UIRegularCut and UIBoldCut are the fonts the window draws with: Noto
// Sans SC cut down, since Fyne reads every glyph of a font it uses. The
// regular weight keeps what a plan is written in (the whole CJK Unified
// Ideographs block among it), the bold one GB 2312. They are made from
// UIRegular and UIBold, not when the window starts, by the test that
// checks them (TestInterfaceFonts in fonts/interface_test.go):
//
//go:generate go test ../fonts -run ^TestInterfaceFonts$ -update
var (
	//go:embed fonts/NotoSansSC-Regular-UI.ttf
	UIRegularCut []byte
	//go:embed fonts/NotoSansSC-Bold-UI.ttf
	UIBoldCut []byte
)

// TitleSerifBold is Noto Serif SC Bold (SIL Open Font License 1.1), the
// stand-in for 方正小标宋简体 in titles when that font is not installed.
//
//go:embed fonts/NotoSerifSC-Bold.ttf
var TitleSerifBold []byte

// FangSong and KaiTi are FandolFang and FandolKai (GPL 3 with the font
// exception), the stand-ins for 仿宋_GB2312 and 楷体_GB2312.
var (
	//go:embed fonts/FandolFang-Regular.ttf
	FangSong []byte
	//go:embed fonts/FandolKai-Regular.ttf
	KaiTi []byte
)

// FangSongFallback is Noto Serif SC ExtraLight (SIL Open Font License
// 1.1) cut down to the characters of GBK and Big5 that FandolFang or
// FandolKai lacks: a song face whose strokes are about as heavy as
// theirs, for the names and Traditional characters the stand-ins do not
// have, before the much heavier sans.
//
//go:embed fonts/NotoSerifSC-ExtraLight-Subset.ttf
var FangSongFallback []byte

// Icon is the application's icon, a PNG rendered from icon/yaodian.svg
// (rsvg-convert -w 512 -h 512), drawn for the project: the window, the
// packages and the desktop entry use it.
//
//go:embed icon/yaodian.png
var Icon []byte
