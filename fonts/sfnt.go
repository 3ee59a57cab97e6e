// Package fonts owns the typefaces of the official layout: it reads
// TrueType fonts (single files and collections) without parsing more than
// it needs, finds the official fonts installed on the machine (方正小标宋简体,
// 仿宋_GB2312, 黑体, 楷体_GB2312 …), falls back glyph by glyph to the fonts
// bundled with Yaodian, and cuts each face down to the glyphs a document
// uses, optionally emboldened, for embedding in a PDF.
package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"sort"
)

// errFormat is the cause of every "not a usable TrueType font" error.
var errFormat = errors.New("not a usable TrueType font")

// errCFF marks an OpenType font with PostScript (CFF) outlines, which the
// PDF writer cannot embed.
var errCFF = errors.New("OpenType font with CFF outlines")

type table struct {
	off, len uint32
}

// Face is one TrueType font: a .ttf file, one font of a .ttc collection,
// or a bundled font. Opening a face reads only its small tables (names,
// metrics, the character map and the glyph locations); glyph outlines are
// read when Subset needs them.
type Face struct {
	// Family is the family name shown to users: the Chinese name when
	// the font has one, else the English one.
	Family string
	// Names are all the family names the font gives, in every language.
	Names []string
	// PostScript is the font's PostScript name, or "" if it has none.
	PostScript string
	// Path is the font file, "" for a bundled font.
	Path string
	// Index is the position of the face in a collection, 0 otherwise.
	Index int
	// Restricted reports that the font's licence bits forbid embedding.
	Restricted bool

	data        []byte // the whole file when it is in memory, nil for files
	tables      map[string]table
	upem        int
	numGlyphs   int
	numHMetrics int
	longLoca    bool
	head        []byte
	hhea        []byte
	maxp        []byte
	os2         []byte
	post        []byte
	hmtx        []byte
	loca        []byte
	cmap        charMap
}

// Parse reads the face at index of a font file held in memory (index is 0
// for a single font). The face keeps data.
func Parse(data []byte, index int) (*Face, error) {
	return parse(bytes.NewReader(data), int64(len(data)), index, data, nil)
}

// faceCount returns how many faces the font file held by r has: the
// number of fonts of a collection, 1 for a single font.
func faceCount(r io.ReaderAt) (int, error) {
	hdr := make([]byte, 12)
	if _, err := r.ReadAt(hdr, 0); err != nil {
		return 0, errFormat
	}
	if string(hdr[:4]) != "ttcf" {
		return 1, nil
	}
	n := int(binary.BigEndian.Uint32(hdr[8:]))
	if n < 1 || n > 256 {
		return 0, errFormat
	}
	return n, nil
}

// readAt returns n bytes at off of r, sharing data when it is given.
func readAt(r io.ReaderAt, size int64, data []byte, off, n uint32) ([]byte, error) {
	end := int64(off) + int64(n)
	if end > size {
		return nil, errFormat
	}
	if data != nil {
		return data[off:end:end], nil
	}
	b := make([]byte, n)
	if _, err := r.ReadAt(b, int64(off)); err != nil {
		return nil, errFormat
	}
	return b, nil
}

// parse reads the face at index of the font file held by r, of size
// bytes (and in data when it is in memory). With keep, the face's names
// are read first, and a face that keep refuses is left there: parse
// returns nil and no error, having read only its table directory and
// names. An OpenType font with CFF outlines is still refused with errCFF.
func parse(r io.ReaderAt, size int64, index int, data []byte, keep func(*Face) bool) (*Face, error) {
	base := uint32(0)
	hdr, err := readAt(r, size, data, 0, 12)
	if err != nil {
		return nil, err
	}
	if string(hdr[:4]) == "ttcf" {
		n := binary.BigEndian.Uint32(hdr[8:])
		if index < 0 || uint32(index) >= n || n > 256 {
			return nil, errFormat
		}
		o, err := readAt(r, size, data, 12+4*uint32(index), 4)
		if err != nil {
			return nil, err
		}
		base = binary.BigEndian.Uint32(o)
		if hdr, err = readAt(r, size, data, base, 12); err != nil {
			return nil, err
		}
	} else if index != 0 {
		return nil, errFormat
	}
	switch string(hdr[:4]) {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return nil, errCFF
	default:
		return nil, errFormat
	}
	numTables := uint32(binary.BigEndian.Uint16(hdr[4:]))
	dir, err := readAt(r, size, data, base+12, 16*numTables)
	if err != nil {
		return nil, err
	}
	f := &Face{data: data, Index: index, tables: make(map[string]table, numTables)}
	for i := uint32(0); i < numTables; i++ {
		e := dir[16*i:]
		t := table{off: binary.BigEndian.Uint32(e[8:]), len: binary.BigEndian.Uint32(e[12:])}
		if int64(t.off)+int64(t.len) > size {
			return nil, errFormat
		}
		f.tables[string(e[:4])] = t
	}
	if _, ok := f.tables["glyf"]; !ok {
		if _, cff := f.tables["CFF "]; cff {
			return nil, errCFF
		}
		return nil, errFormat
	}
	if keep != nil {
		f.names(r, size, data)
		if !keep(f) {
			return nil, nil
		}
	}
	get := func(tag string, min uint32) ([]byte, error) {
		t, ok := f.tables[tag]
		if !ok || t.len < min {
			return nil, errFormat
		}
		return readAt(r, size, data, t.off, t.len)
	}
	if f.head, err = get("head", 54); err != nil {
		return nil, err
	}
	if f.hhea, err = get("hhea", 36); err != nil {
		return nil, err
	}
	if f.maxp, err = get("maxp", 6); err != nil {
		return nil, err
	}
	if f.os2, err = get("OS/2", 10); err != nil {
		return nil, err
	}
	if f.hmtx, err = get("hmtx", 4); err != nil {
		return nil, err
	}
	if f.loca, err = get("loca", 4); err != nil {
		return nil, err
	}
	if f.post, err = get("post", 32); err != nil {
		return nil, err
	}
	f.upem = int(binary.BigEndian.Uint16(f.head[18:]))
	f.longLoca = binary.BigEndian.Uint16(f.head[50:]) == 1
	f.numGlyphs = int(binary.BigEndian.Uint16(f.maxp[4:]))
	f.numHMetrics = int(binary.BigEndian.Uint16(f.hhea[34:]))
	locaEntry := 2
	if f.longLoca {
		locaEntry = 4
	}
	if f.upem < 16 || f.upem > 16384 || f.numGlyphs == 0 || f.numHMetrics == 0 ||
		f.numHMetrics > f.numGlyphs || len(f.hmtx) < 4*f.numHMetrics ||
		len(f.loca) < locaEntry*(f.numGlyphs+1) {
		return nil, errFormat
	}
	// fsType 0x0002 is "restricted licence embedding": the font must not
	// leave the machine, not even inside a document.
	fsType := binary.BigEndian.Uint16(f.os2[8:])
	f.Restricted = fsType&0x000F == 0x0002
	cmapTable, err := get("cmap", 4)
	if err != nil {
		return nil, err
	}
	if f.cmap, err = parseCmap(cmapTable); err != nil {
		return nil, err
	}
	if keep == nil {
		f.names(r, size, data)
	}
	return f, nil
}

// names reads the face's names from its name table, if it has one that
// can be read.
func (f *Face) names(r io.ReaderAt, size int64, data []byte) {
	if t, ok := f.tables["name"]; ok {
		if b, err := readAt(r, size, data, t.off, t.len); err == nil {
			f.readNames(b)
		}
	}
}

// GlyphIndex returns the glyph of r, or 0 (the .notdef glyph) if the face
// has none.
func (f *Face) GlyphIndex(r rune) uint16 {
	g := f.cmap.lookup(r)
	if int(g) >= f.numGlyphs {
		return 0
	}
	return g
}

// Has reports whether the face has a glyph for r.
func (f *Face) Has(r rune) bool {
	return f.GlyphIndex(r) != 0
}

// advanceUnits returns the advance width of glyph g in font units.
func (f *Face) advanceUnits(g uint16) int {
	i := int(g)
	if i >= f.numHMetrics {
		i = f.numHMetrics - 1
	}
	return int(binary.BigEndian.Uint16(f.hmtx[4*i:]))
}

// lsb returns the left side bearing of glyph g in font units.
func (f *Face) lsb(g uint16) int16 {
	i := int(g)
	if i < f.numHMetrics {
		return int16(binary.BigEndian.Uint16(f.hmtx[4*i+2:]))
	}
	off := 4*f.numHMetrics + 2*(i-f.numHMetrics)
	if off+2 > len(f.hmtx) {
		return 0
	}
	return int16(binary.BigEndian.Uint16(f.hmtx[off:]))
}

// Advance returns the advance width of glyph g in thousandths of an em,
// rounded down as a PDF font's width array stores it, so that what the
// layout measures is exactly what a PDF viewer draws.
func (f *Face) Advance(g uint16) int {
	return f.advanceUnits(g) * 1000 / f.upem
}

// glyphRange returns where glyph g's outline lies in the glyf table.
func (f *Face) glyphRange(g uint16) (start, end uint32) {
	i := int(g)
	if f.longLoca {
		return binary.BigEndian.Uint32(f.loca[4*i:]), binary.BigEndian.Uint32(f.loca[4*i+4:])
	}
	return 2 * uint32(binary.BigEndian.Uint16(f.loca[2*i:])), 2 * uint32(binary.BigEndian.Uint16(f.loca[2*i+2:]))
}

// glyphReader reads outlines from the face's glyf table.
type glyphReader struct {
	glyf  table
	r     io.ReaderAt
	size  int64
	data  []byte
	close func() error
}

// glyphs opens the face's outlines for reading; the caller closes them.
func (f *Face) glyphs() (*glyphReader, error) {
	gr := &glyphReader{glyf: f.tables["glyf"], data: f.data, close: func() error { return nil }}
	if f.data != nil {
		gr.r, gr.size = bytes.NewReader(f.data), int64(len(f.data))
		return gr, nil
	}
	file, err := os.Open(f.Path)
	if err != nil {
		return nil, err
	}
	info, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, err
	}
	gr.r, gr.size, gr.close = file, info.Size(), file.Close
	return gr, nil
}

// outline returns the raw glyf record of glyph g (empty for a blank
// glyph such as the space).
func (gr *glyphReader) outline(f *Face, g uint16) ([]byte, error) {
	if int(g) >= f.numGlyphs {
		return nil, errFormat
	}
	start, end := f.glyphRange(g)
	if end < start || end > gr.glyf.len {
		return nil, errFormat
	}
	if end == start {
		return nil, nil
	}
	return readAt(gr.r, gr.size, gr.data, gr.glyf.off+start, end-start)
}

// charMap maps characters to glyphs with one cmap subtable.
type charMap interface {
	lookup(r rune) uint16
}

// parseCmap picks the most complete Unicode subtable of a cmap table:
// a format 12 (all of Unicode) before a format 4 (the BMP only).
func parseCmap(b []byte) (charMap, error) {
	n := int(binary.BigEndian.Uint16(b[2:]))
	if len(b) < 4+8*n {
		return nil, errFormat
	}
	best, bestRank := -1, 0
	for i := 0; i < n; i++ {
		e := b[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(e), binary.BigEndian.Uint16(e[2:])
		off := int(binary.BigEndian.Uint32(e[4:]))
		if off+4 > len(b) {
			continue
		}
		format := binary.BigEndian.Uint16(b[off:])
		rank := 0
		switch {
		case format == 12 && (platform == 3 && encoding == 10 || platform == 0):
			rank = 3
		case format == 4 && platform == 3 && encoding == 1:
			rank = 2
		case format == 4 && platform == 0:
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return nil, errFormat
	}
	sub := b[best:]
	if bestRank == 3 {
		return parseFormat12(sub)
	}
	return parseFormat4(sub)
}

type format4 struct {
	segs  int
	end   []byte
	start []byte
	delta []byte
	rng   []byte // idRangeOffset array followed by the glyph ID array
}

func parseFormat4(b []byte) (charMap, error) {
	if len(b) < 14 {
		return nil, errFormat
	}
	segs := int(binary.BigEndian.Uint16(b[6:])) / 2
	// The 16-bit length of a large subtable overflows in some fonts, so
	// the arrays are located from the segment count and the rest of the
	// table is taken as the glyph ID array.
	need := 16 + 8*segs
	if segs == 0 || len(b) < need {
		return nil, errFormat
	}
	return &format4{
		segs:  segs,
		end:   b[14 : 14+2*segs],
		start: b[16+2*segs : 16+4*segs],
		delta: b[16+4*segs : 16+6*segs],
		rng:   b[16+6*segs:],
	}, nil
}

func (c *format4) lookup(r rune) uint16 {
	if r < 0 || r > 0xFFFF {
		return 0
	}
	u := uint16(r)
	i := sort.Search(c.segs, func(i int) bool { return binary.BigEndian.Uint16(c.end[2*i:]) >= u })
	if i == c.segs {
		return 0
	}
	start := binary.BigEndian.Uint16(c.start[2*i:])
	if u < start {
		return 0
	}
	delta := binary.BigEndian.Uint16(c.delta[2*i:])
	ro := int(binary.BigEndian.Uint16(c.rng[2*i:]))
	if ro == 0 {
		return u + delta
	}
	off := 2*i + ro + 2*int(u-start)
	if off+2 > len(c.rng) {
		return 0
	}
	g := binary.BigEndian.Uint16(c.rng[off:])
	if g == 0 {
		return 0
	}
	return g + delta
}

type format12 struct {
	groups []byte
	n      int
}

func parseFormat12(b []byte) (charMap, error) {
	if len(b) < 16 {
		return nil, errFormat
	}
	n := int(binary.BigEndian.Uint32(b[12:]))
	if n < 0 || n > (len(b)-16)/12 {
		return nil, errFormat
	}
	return &format12{groups: b[16 : 16+12*n], n: n}, nil
}

func (c *format12) lookup(r rune) uint16 {
	u := uint32(r)
	i := sort.Search(c.n, func(i int) bool { return binary.BigEndian.Uint32(c.groups[12*i+4:]) >= u })
	if i == c.n {
		return 0
	}
	g := c.groups[12*i:]
	start := binary.BigEndian.Uint32(g)
	if u < start {
		return 0
	}
	gid := binary.BigEndian.Uint32(g[8:]) + (u - start)
	if gid > 0xFFFF {
		return 0
	}
	return uint16(gid)
}
