package fonts

// Making the bundled serif fallback. Noto Serif SC ExtraLight draws,
// before the sans, the characters FandolFang or FandolKai lack: of the
// weights of Noto Serif SC its strokes come closest to FandolFang's (see
// assets/fonts/README.md). The whole face is 14.8 MB, so only the
// characters writers meet are bundled: those of GBK
// (code page 936, everything a Simplified Chinese system types, names
// such as 喆 and 堃 among them) and of Big5's symbols and levels 1 and 2
// (the Traditional forms in use, 燊 and 禕 among them). To rebuild
// assets/fonts/NotoSerifSC-ExtraLight-Subset.ttf, see assets/fonts/README.md;
// in short:
//
//	YAODIAN_NOTO_SERIF=NotoSerifSC_200ExtraLight.ttf go test ./fonts -run TestMakeSerifFallback

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"yaodian/assets"
)

// serifFallbackFile is where the bundled serif fallback is written.
const serifFallbackFile = "../assets/fonts/NotoSerifSC-ExtraLight-Subset.ttf"

// decodeRange returns the characters a double-byte encoding gives the
// codes from lo to hi (lead byte, trail byte), trail bytes 0x40 to 0xFE.
func decodeRange(enc encoding.Encoding, lo, hi uint16) []rune {
	var out []rune
	dec := enc.NewDecoder()
	for c := lo; c <= hi; c++ {
		if c&0xFF < 0x40 || c&0xFF == 0xFF {
			continue
		}
		s, err := dec.Bytes([]byte{byte(c >> 8), byte(c)})
		if rs := []rune(string(s)); err == nil && len(rs) == 1 && rs[0] != unicode.ReplacementChar && !unicode.In(rs[0], unicode.Co) {
			out = append(out, rs[0])
		}
	}
	return out
}

// writersRunes is the measure of what writers meet: GBK's characters and
// those of Big5's symbols (0xA140–0xA3FE), level 1 (0xA440–0xC67E) and
// level 2 (0xC940–0xF9D5), sorted, each once.
func writersRunes() []rune {
	rs := decodeRange(simplifiedchinese.GBK, 0x8140, 0xFEFE)
	rs = append(rs, decodeRange(traditionalchinese.Big5, 0xA140, 0xA3FE)...)
	rs = append(rs, decodeRange(traditionalchinese.Big5, 0xA440, 0xC67E)...)
	rs = append(rs, decodeRange(traditionalchinese.Big5, 0xC940, 0xF9D5)...)
	slices.Sort(rs)
	return slices.Compact(rs)
}

// serifFallbackRunes returns the characters of the measure that serif
// has and FandolFang or FandolKai lacks.
func serifFallbackRunes(fang, kai, serif *Face) []rune {
	var out []rune
	for _, r := range writersRunes() {
		if serif.Has(r) && (!fang.Has(r) || !kai.Has(r)) {
			out = append(out, r)
		}
	}
	return out
}

// TestMakeSerifFallback writes the bundled serif fallback from Noto
// Serif SC ExtraLight, the file YAODIAN_NOTO_SERIF names, cut down by
// Face.Subset and named as the original.
func TestMakeSerifFallback(t *testing.T) {
	path := os.Getenv("YAODIAN_NOTO_SERIF")
	if path == "" {
		t.Skip("YAODIAN_NOTO_SERIF is not set; see assets/fonts/README.md")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	serif, err := Parse(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	if serif.PostScript != "NotoSerifSC-ExtraLight" {
		t.Fatalf("%s is %s, not NotoSerifSC-ExtraLight", path, serif.PostScript)
	}
	// The Fandol fonts are read apart from loadBundled, which needs a
	// serif fallback that is whole.
	fang, err := Parse(assets.FangSong, 0)
	if err != nil {
		t.Fatal(err)
	}
	kai, err := Parse(assets.KaiTi, 0)
	if err != nil {
		t.Fatal(err)
	}
	runes := serifFallbackRunes(fang, kai, serif)
	cut, err := serif.Subset(runes, serif.PostScript, false)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := Parse(cut, 0)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string][]byte{}
	for tag, tb := range sub.tables {
		tables[tag] = clone(cut[tb.off : tb.off+tb.len])
	}
	clear(tables["head"][8:12]) // checkSumAdjustment, set by assemble
	// The original's names: there is no Reserved Font Name to drop.
	tables["name"] = buildNameRecords([]nameRecord{
		{0, "(c) 2017-2024 Adobe (http://www.adobe.com/)."},
		{nameFamily, "Noto Serif SC ExtraLight"},
		{2, "Regular"},
		{4, "Noto Serif SC ExtraLight"},
		{namePostScript, "NotoSerifSC-ExtraLight"},
		{7, "Noto is a trademark of Google Inc."},
		{13, "This Font Software is licensed under the SIL Open Font License, Version 1.1. This license is available with a FAQ at: https://openfontlicense.org"},
		{14, "https://openfontlicense.org"},
	})
	out := assemble(tables)
	if err := os.WriteFile(filepath.FromSlash(serifFallbackFile), out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d characters, %d bytes", len(runes), len(out))
}

// The bundled serif fallback holds the measure's characters FandolFang
// or FandolKai lacks (every ideograph among them, and the symbols Noto
// Serif SC has), each with Noto Serif SC's glyph, and nothing else.
func TestSerifFallbackCoverage(t *testing.T) {
	b := testFaces(t)
	if b.serif.Family != "Noto Serif SC ExtraLight" || b.serif.PostScript != "NotoSerifSC-ExtraLight" {
		t.Errorf("serif fallback named %q (%q)", b.serif.Family, b.serif.PostScript)
	}
	want := serifFallbackRunes(b.fang, b.kai, b.serif)
	for _, r := range writersRunes() {
		if unicode.Is(unicode.Han, r) && (!b.fang.Has(r) || !b.kai.Has(r)) && !b.serif.Has(r) {
			t.Errorf("%q (U+%04X) is in neither the Fandol fonts nor the serif fallback", r, r)
		}
	}
	// The characters' glyphs and .notdef: nothing outside the measure.
	glyphs := map[uint16]bool{0: true}
	for _, r := range want {
		glyphs[b.serif.GlyphIndex(r)] = true
	}
	if b.serif.numGlyphs != len(glyphs) {
		t.Errorf("serif fallback has %d glyphs, %d for its %d characters", b.serif.numGlyphs, len(glyphs), len(want))
	}
	if len(want) < 13000 {
		t.Errorf("serif fallback covers %d characters of the measure", len(want))
	}
}
