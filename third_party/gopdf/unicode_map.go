package gopdf

import (
	"compress/zlib"
	"fmt"
	"io"
	"sort"
	"strconv"
	"unicode/utf16"
)

// UnicodeMap unicode map
type UnicodeMap struct {
	PtrToSubsetFontObj *SubsetFontObj
	getRoot            func() *GoPdf
	pdfProtection      *PDFProtection
}

func (u *UnicodeMap) init(funcGetRoot func() *GoPdf) {
	u.getRoot = funcGetRoot
}

func (u *UnicodeMap) setProtection(p *PDFProtection) {
	u.pdfProtection = p
}

func (u *UnicodeMap) protection() *PDFProtection {
	return u.pdfProtection
}

// SetPtrToSubsetFontObj set pointer to SubsetFontObj
func (u *UnicodeMap) SetPtrToSubsetFontObj(ptr *SubsetFontObj) {
	u.PtrToSubsetFontObj = ptr
}

func (u *UnicodeMap) getType() string {
	return "Unicode"
}

func (u *UnicodeMap) write(w io.Writer, objID int) error {
	//stream
	//characterToGlyphIndex := u.PtrToSubsetFontObj.CharacterToGlyphIndex
	prefix :=
		"/CIDInit /ProcSet findresource begin\n" +
			"12 dict begin\n" +
			"begincmap\n" +
			"/CIDSystemInfo << /Registry (Adobe)/Ordering (UCS)/Supplement 0>> def\n" +
			"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
	suffix := "endcmap CMapName currentdict /CMap defineresource pop end end"

	// Yaodian: each glyph is mapped once (to the first character that
	// uses it, as before), in glyph order: a glyph alone as a bfchar,
	// runs of consecutive glyphs for consecutive characters as one
	// bfrange; blocks hold at most 100 entries, as the CMap format asks;
	// characters beyond the BMP are written in UTF-16; and the stream is
	// compressed.
	first := map[uint]rune{}
	var glyphs []uint
	keys := u.PtrToSubsetFontObj.CharacterToGlyphIndex.AllKeys()
	vals := u.PtrToSubsetFontObj.CharacterToGlyphIndex.AllVals()
	for i, k := range keys {
		if _, ok := first[vals[i]]; !ok {
			first[vals[i]] = k
			glyphs = append(glyphs, vals[i])
		}
	}
	sort.Slice(glyphs, func(i, j int) bool { return glyphs[i] < glyphs[j] })
	lowIndex, hiIndex := uint(65536), uint(0)
	if len(glyphs) > 0 {
		lowIndex, hiIndex = glyphs[0], glyphs[len(glyphs)-1]
	}
	type entry struct {
		from, to uint
		r        rune
	}
	var entries []entry
	for _, g := range glyphs {
		r := first[g]
		if n := len(entries); n > 0 {
			e := &entries[n-1]
			last := e.r + rune(e.to-e.from)
			if g == e.to+1 && g&0xFF != 0 && r == last+1 && r <= 0xFFFF && r&0xFF != 0 {
				e.to = g
				continue
			}
		}
		entries = append(entries, entry{g, g, r})
	}

	buff := GetBuffer()
	defer func() { PutBuffer(buff) }()

	buff.WriteString(prefix)
	buff.WriteString("1 begincodespacerange\n")
	fmt.Fprintf(buff, "<%04X><%04X>\n", lowIndex, hiIndex)
	buff.WriteString("endcodespacerange\n")
	var chars, ranges []entry
	for _, e := range entries {
		if e.from == e.to {
			chars = append(chars, e)
		} else {
			ranges = append(ranges, e)
		}
	}
	for i := 0; i < len(chars); i += 100 {
		block := chars[i:]
		if len(block) > 100 {
			block = block[:100]
		}
		b := buff.AvailableBuffer()
		b = strconv.AppendInt(b, int64(len(block)), 10)
		b = append(b, " beginbfchar\n"...)
		for _, e := range block {
			b = append(b, '<')
			b = appendHex4(b, e.from)
			b = append(b, "> <"...)
			for _, c := range utf16.Encode([]rune{e.r}) {
				b = appendHex4(b, uint(c))
			}
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
		buff.Write(b)
	}
	for i := 0; i < len(ranges); i += 100 {
		block := ranges[i:]
		if len(block) > 100 {
			block = block[:100]
		}
		b := buff.AvailableBuffer()
		b = strconv.AppendInt(b, int64(len(block)), 10)
		b = append(b, " beginbfrange\n"...)
		for _, e := range block {
			b = append(b, '<')
			b = appendHex4(b, e.from)
			b = append(b, "><"...)
			b = appendHex4(b, e.to)
			b = append(b, "><"...)
			b = appendHex4(b, uint(e.r))
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfrange\n"...)
		buff.Write(b)
	}
	buff.WriteString(suffix)
	buff.WriteString("\n")

	level := zlib.DefaultCompression
	if u.getRoot != nil {
		level = u.getRoot().compressLevel
	}
	if level != zlib.NoCompression {
		zbuff, err := deflate(buff.Bytes(), level)
		if err != nil {
			return err
		}
		PutBuffer(buff)
		buff = zbuff
		io.WriteString(w, "<<\n/Filter /FlateDecode\n")
	} else {
		io.WriteString(w, "<<\n")
	}
	fmt.Fprintf(w, "/Length %d\n", buff.Len())
	io.WriteString(w, ">>\n")
	io.WriteString(w, "stream\n")
	if u.protection() != nil {
		tmp, err := rc4Cip(u.protection().objectkey(objID), buff.Bytes())
		if err != nil {
			return err
		}
		w.Write(tmp)
		//streambuff.WriteString("\n")
	} else {
		buff.WriteTo(w)
	}
	io.WriteString(w, "endstream\n")

	return nil
}
