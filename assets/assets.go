// Package assets holds the files Yaodian carries inside its binary: the
// fonts of the user interface. Each font's licence sits beside it in
// fonts/.
package assets

import _ "embed"

// UIRegular and UIBold are Noto Sans SC (SIL Open Font License 1.1), the
// interface font: it covers all of GB 18030's common hanzi, so Chinese
// never shows as boxes on machines without CJK fonts.
var (
	//go:embed fonts/NotoSansSC-Regular.ttf
	UIRegular []byte
	//go:embed fonts/NotoSansSC-Bold.ttf
	UIBold []byte
)
