package gopdf

import (
	"fmt"
	"io"
	"sort"
	"strconv"
)

// CIDFontObj is a CID-keyed font.
// cf. https://www.adobe.com/content/dam/acom/en/devnet/font/pdfs/5014.CIDFont_Spec.pdf
type CIDFontObj struct {
	PtrToSubsetFontObj        *SubsetFontObj
	indexObjSubfontDescriptor int
}

func (ci *CIDFontObj) init(funcGetRoot func() *GoPdf) {
}

// SetIndexObjSubfontDescriptor set  indexObjSubfontDescriptor
func (ci *CIDFontObj) SetIndexObjSubfontDescriptor(index int) {
	ci.indexObjSubfontDescriptor = index
}

func (ci *CIDFontObj) getType() string {
	return "CIDFont"
}

func (ci *CIDFontObj) write(w io.Writer, objID int) error {
	io.WriteString(w, "<<\n")
	fmt.Fprintf(w, "/BaseFont /%s\n", CreateEmbeddedFontSubsetName(ci.PtrToSubsetFontObj.GetFamily()))
	io.WriteString(w, "/CIDSystemInfo\n")
	io.WriteString(w, "<<\n")
	io.WriteString(w, "  /Ordering (Identity)\n")
	io.WriteString(w, "  /Registry (Adobe)\n")
	io.WriteString(w, "  /Supplement 0\n")
	io.WriteString(w, ">>\n")
	fmt.Fprintf(w, "/FontDescriptor %d 0 R\n", ci.indexObjSubfontDescriptor+1) //TODO fix
	io.WriteString(w, "/Subtype /CIDFontType2\n")
	io.WriteString(w, "/Type /Font\n")
	// Yaodian: glyphs as wide as the default width (an em, most of a CJK
	// font) are left out, and the others are listed once each, in
	// glyph order, consecutive glyphs in one array.
	glyphIndexs := append([]uint(nil), ci.PtrToSubsetFontObj.CharacterToGlyphIndex.AllVals()...)
	sort.Slice(glyphIndexs, func(i, j int) bool { return glyphIndexs[i] < glyphIndexs[j] })
	b := []byte("/DW 1000\n/W [")
	last := -2
	for i, v := range glyphIndexs {
		width := ci.PtrToSubsetFontObj.GlyphIndexToPdfWidth(v)
		if width == 1000 || (i > 0 && v == glyphIndexs[i-1]) {
			continue
		}
		if int(v) != last+1 {
			if last >= 0 {
				b = append(b, ']')
			}
			b = strconv.AppendUint(b, uint64(v), 10)
			b = append(b, '[')
		} else {
			b = append(b, ' ')
		}
		b = strconv.AppendUint(b, uint64(width), 10)
		last = int(v)
	}
	if last >= 0 {
		b = append(b, ']')
	}
	b = append(b, "]\n"...)
	w.Write(b)
	io.WriteString(w, ">>\n")
	return nil
}

// SetPtrToSubsetFontObj set PtrToSubsetFontObj
func (ci *CIDFontObj) SetPtrToSubsetFontObj(ptr *SubsetFontObj) {
	ci.PtrToSubsetFontObj = ptr
}
