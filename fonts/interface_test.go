package fonts

// Making the interface fonts. Fyne reads every glyph of a font it draws
// with, and the whole of Noto Sans SC costs about 43 MB of memory per
// weight, so the window draws with the two weights cut down: the regular
// one to what a plan is written in, the bold one, which draws only
// labels, titles and headings, to GB 2312 and a few more. They are cut
// when the fonts or the subsetter change, not when the window starts
// (that took 60 ms of every start and 10 MB of heap), and kept in
// assets/fonts:
//
//	go generate ./assets
//
// which runs this file's test with -update. Without it, the test fails
// when the files in assets/fonts are not what cutting gives now.

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"yaodian/assets"
)

var update = flag.Bool("update", false, "rewrite the interface fonts, assets/fonts/NotoSansSC-*-UI.ttf, from the whole Noto Sans SC")

// writtenRunes lists what a plan is written in: Latin, Greek and
// Cyrillic letters, punctuation and symbols, CJK symbols and kana,
// enclosed and full-width forms, and the 20,992 code points of the CJK
// Unified Ideographs block — every character of GBK and more. Rarer hanzi
// (extensions A and beyond) fall back to the system's fonts.
func writtenRunes() []rune {
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

// labelRunes lists ASCII, the characters of GB 2312 (its symbols and its
// 6,763 hanzi), 〇 (the zero of years such as 二〇二五, in GBK) and the
// symbols of the window's own strings that GB 2312 lacks
// (TestThemeFontsCoverInterface in ui checks that both weights have all
// the window's characters).
func labelRunes() []rune {
	runes := []rune("〇↕⚠")
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

// cutInterfaceFont cuts the font whole down to those of runes it has
// (so that a character it lacks falls back to another font, not to a
// box), keeping its names, copyright and licence strings. Noto Sans SC
// has no Reserved Font Name but "Source", which it does not bear.
func cutInterfaceFont(whole []byte, runes []rune) ([]byte, error) {
	f, err := Parse(whole, 0)
	if err != nil {
		return nil, err
	}
	var has []rune
	for _, r := range runes {
		if f.Has(r) {
			has = append(has, r)
		}
	}
	cut, err := f.Subset(has, f.PostScript, false)
	if err != nil {
		return nil, err
	}
	sub, err := Parse(cut, 0)
	if err != nil {
		return nil, err
	}
	tables := map[string][]byte{}
	for tag, tb := range sub.tables {
		tables[tag] = clone(cut[tb.off : tb.off+tb.len])
	}
	clear(tables["head"][8:12]) // checkSumAdjustment, set by assemble
	name := f.tables["name"]
	tables["name"] = clone(whole[name.off : name.off+name.len])
	return assemble(tables), nil
}

// The interface fonts in assets/fonts are the whole weights cut down by
// today's subsetter, named as the originals; each has every character of
// its measure the whole weight has, with the whole weight's glyph, and
// nothing else.
func TestInterfaceFonts(t *testing.T) {
	for _, tc := range []struct {
		file       string
		whole, cut []byte
		runes      []rune
		postScript string
		hanzi      int // CJK Unified Ideographs at least
	}{
		{"NotoSansSC-Regular-UI.ttf", assets.UIRegular, assets.UIRegularCut, writtenRunes(), "NotoSansSC-Regular", 20976},
		{"NotoSansSC-Bold-UI.ttf", assets.UIBold, assets.UIBoldCut, labelRunes(), "NotoSansSC-Bold", 6763},
	} {
		t.Run(tc.file, func(t *testing.T) {
			want, err := cutInterfaceFont(tc.whole, tc.runes)
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(filepath.Join("..", "assets", "fonts", tc.file), want, 0o644); err != nil {
					t.Fatal(err)
				}
				t.Logf("wrote %s, %d bytes", tc.file, len(want))
				return
			}
			if !bytes.Equal(tc.cut, want) {
				t.Fatalf("assets/fonts/%s (%d bytes) is not the cut of today's font and subsetter (%d bytes): run go generate ./assets", tc.file, len(tc.cut), len(want))
			}
			whole, err := Parse(tc.whole, 0)
			if err != nil {
				t.Fatal(err)
			}
			cut, err := Parse(tc.cut, 0)
			if err != nil {
				t.Fatal(err)
			}
			if cut.PostScript != tc.postScript || cut.Family != whole.Family {
				t.Errorf("named %q (%q), want %q (%q)", cut.Family, cut.PostScript, whole.Family, tc.postScript)
			}
			hanzi := 0
			glyphs := map[uint16]bool{0: true}
			for _, r := range tc.runes {
				if cut.Has(r) != whole.Has(r) {
					t.Errorf("%q (U+%04X): in the cut %v, in the whole font %v", r, r, cut.Has(r), whole.Has(r))
				}
				if cut.Has(r) {
					glyphs[cut.GlyphIndex(r)] = true
					if r >= 0x4E00 && r <= 0x9FFF {
						hanzi++
					}
				}
			}
			if hanzi < tc.hanzi {
				t.Errorf("%d hanzi of the CJK Unified Ideographs, want at least %d", hanzi, tc.hanzi)
			}
			// The characters' glyphs, .notdef and the components they are
			// built of: a few dozen of those at most.
			if cut.numGlyphs < len(glyphs) || cut.numGlyphs > len(glyphs)+100 {
				t.Errorf("%d glyphs for %d characters' %d", cut.numGlyphs, len(tc.runes), len(glyphs))
			}
		})
	}
}
