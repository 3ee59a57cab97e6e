package fonts

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf16"
)

// Composite glyph component flags.
const (
	compArgsAreWords    = 0x0001
	compHaveScale       = 0x0008
	compMoreComponents  = 0x0020
	compHaveXYScale     = 0x0040
	compHaveTwoByTwo    = 0x0080
	compHaveInstruction = 0x0100
)

// Subset returns a standalone TrueType font that holds only the glyphs
// of runes (and the components they are built from), renumbered from 1,
// with a character map for exactly those runes. A rune the face lacks is
// mapped to a copy of the .notdef glyph of its own, after the others, so
// that it is drawn as a visible box and still extracts as itself: a PDF
// maps each glyph back to one character, and two missing characters
// sharing .notdef would both extract as the first. With bold, every outline is thickened by
// BoldStrength. Hinting instructions are left out: a PDF viewer scales
// the outlines itself.
//
// The result is small — a few hundred glyphs instead of tens of
// thousands — so that the PDF writer parses it in microseconds instead of
// the tens of milliseconds a whole CJK font takes.
func (f *Face) Subset(runes []rune, name string, bold bool) ([]byte, error) {
	gr, err := f.glyphs()
	if err != nil {
		return nil, err
	}
	defer gr.close()

	// New glyph IDs: .notdef first, then the glyphs in their old order.
	newID := make(map[uint16]uint16, len(runes)+1)
	newID[0] = 0
	order := make([]outline, 1, len(runes)+1)
	for _, r := range runes {
		g := f.GlyphIndex(r)
		if _, ok := newID[g]; !ok {
			newID[g] = 0 // numbered once sorted
			order = append(order, outline{g: g})
		}
	}
	// Components of composite glyphs join the subset too. Real fonts
	// build a glyph from a few others; a font whose glyphs pull in more
	// is malformed, and is refused before it costs seconds.
	limit := 8*len(order) + 64
	size := 0
	for i := 0; i < len(order); i++ {
		if len(order) > limit {
			return nil, errFormat
		}
		b, err := gr.outline(f, order[i].g)
		if err != nil {
			return nil, err
		}
		order[i].b = b
		size += len(b) + 3
		walkComponents(b, func(off int, _ uint16) {
			c := binary.BigEndian.Uint16(b[off:])
			if _, ok := newID[c]; !ok && int(c) < f.numGlyphs {
				newID[c] = 0
				order = append(order, outline{g: c})
			}
		})
	}
	slices.SortFunc(order, func(a, b outline) int { return int(a.g) - int(b.g) })
	for i, o := range order {
		newID[o.g] = uint16(i)
	}

	// The missing runes, each to get its own copy of .notdef.
	missing := map[rune]uint16{}
	var copies int
	for _, r := range runes {
		if _, seen := missing[r]; !seen && r >= 0 && f.GlyphIndex(r) == 0 && len(order)+copies < 0xFFFF {
			missing[r] = uint16(len(order) + copies)
			copies++
		}
	}
	strength := BoldStrength * float64(f.upem)
	// The outlines only shrink when their instructions are dropped;
	// emboldened ones may grow, which append makes room for.
	glyf := make([]byte, 0, size+copies*(len(order[0].b)+3))
	loca := make([]uint32, 0, len(order)+copies+1)
	hmtx := make([]byte, 0, 4*(len(order)+copies))
	add := func(o outline) {
		loca = append(loca, uint32(len(glyf)))
		lsb := f.lsb(o.g)
		if len(o.b) > 0 {
			glyf, lsb = appendGlyph(glyf, o.b, lsb, newID, bold, strength)
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		hmtx = binary.BigEndian.AppendUint16(hmtx, uint16(f.advanceUnits(o.g)))
		hmtx = binary.BigEndian.AppendUint16(hmtx, uint16(lsb))
	}
	for _, o := range order {
		add(o)
	}
	for range copies {
		add(order[0])
	}
	glyphs := len(order) + copies
	loca = append(loca, uint32(len(glyf)))
	locaBytes := make([]byte, 0, 4*len(loca))
	for _, o := range loca {
		locaBytes = binary.BigEndian.AppendUint32(locaBytes, o)
	}

	head := clone(f.head[:54])
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	if bold {
		grow := int16(math.Ceil(strength / 2))
		for i, d := range []int16{-grow, -grow, grow, grow} {
			v := int16(binary.BigEndian.Uint16(head[36+2*i:]))
			binary.BigEndian.PutUint16(head[36+2*i:], uint16(v+d))
		}
	}
	hhea := clone(f.hhea[:36])
	binary.BigEndian.PutUint16(hhea[34:], uint16(glyphs))
	maxp := clone(f.maxp)
	binary.BigEndian.PutUint16(maxp[4:], uint16(glyphs))
	post := clone(f.post[:32])
	binary.BigEndian.PutUint32(post, 0x00030000) // no glyph names

	cmap := buildCmap(runes, func(r rune) uint16 {
		if g, ok := missing[r]; ok {
			return g
		}
		return newID[f.GlyphIndex(r)]
	})
	return assemble(map[string][]byte{
		"OS/2": f.os2,
		"cmap": cmap,
		"glyf": glyf,
		"head": head,
		"hhea": hhea,
		"hmtx": hmtx,
		"loca": locaBytes,
		"maxp": maxp,
		"name": buildName(name),
		"post": post,
	}), nil
}

// outline is a glyph of a subset and its glyf record in the face.
type outline struct {
	g uint16
	b []byte
}

func clone(b []byte) []byte {
	return append([]byte(nil), b...)
}

// walkComponents calls fn with the offset of each component's glyph ID
// in a composite glyph and the component's flags, and returns the offset
// just past the last component (0 for a simple or malformed glyph).
func walkComponents(b []byte, fn func(off int, flags uint16)) int {
	if len(b) < 10 || int16(binary.BigEndian.Uint16(b)) >= 0 {
		return 0
	}
	p := 10
	for {
		if p+4 > len(b) {
			return 0
		}
		flags := binary.BigEndian.Uint16(b[p:])
		fn(p+2, flags)
		p += 4
		if flags&compArgsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&compHaveScale != 0:
			p += 2
		case flags&compHaveXYScale != 0:
			p += 4
		case flags&compHaveTwoByTwo != 0:
			p += 8
		}
		if flags&compMoreComponents == 0 {
			if p > len(b) {
				return 0
			}
			return p
		}
	}
}

// appendGlyph appends the glyf record of a glyph as the subset stores
// it to dst, and returns its left side bearing: emboldened when bold,
// renumbered and without instructions otherwise.
func appendGlyph(dst, b []byte, lsb int16, newID map[uint16]uint16, bold bool, strength float64) ([]byte, int16) {
	if bold {
		if g, ok := decodeSimple(b); ok {
			oldMin := int16(binary.BigEndian.Uint16(b[2:]))
			g.embolden(strength)
			out, newMin := g.encode()
			return append(dst, out...), lsb + newMin - oldMin
		}
	}
	return appendRewritten(dst, b, newID), lsb
}

// appendRewritten appends to dst a glyf record without hinting
// instructions and, for a composite glyph, with its components'
// renumbered IDs.
func appendRewritten(dst, b []byte, newID map[uint16]uint16) []byte {
	start := len(dst)
	if int16(binary.BigEndian.Uint16(b)) >= 0 {
		// Simple glyph: drop the instructions between the contour ends
		// and the flags.
		nc := int(binary.BigEndian.Uint16(b))
		p := 10 + 2*nc
		if p+2 > len(b) {
			return append(dst, b...)
		}
		n := int(binary.BigEndian.Uint16(b[p:]))
		if p+2+n > len(b) {
			return append(dst, b...)
		}
		dst = append(dst, b[:p]...)
		dst = append(dst, 0, 0)
		return append(dst, b[p+2+n:]...)
	}
	dst = append(dst, b...)
	out := dst[start:]
	end := walkComponents(out, func(off int, flags uint16) {
		binary.BigEndian.PutUint16(out[off:], newID[binary.BigEndian.Uint16(out[off:])])
		binary.BigEndian.PutUint16(out[off-2:], flags&^compHaveInstruction)
	})
	if end > 0 {
		dst = dst[:start+end]
	}
	return dst
}

// buildCmap writes a cmap table mapping runes to glyphs: a format 4
// subtable for the Basic Multilingual Plane, which every PDF consumer
// reads, and a format 12 subtable when a rune lies beyond it.
func buildCmap(runes []rune, glyph func(rune) uint16) []byte {
	rs := slices.Clone(runes)
	slices.Sort(rs)
	rs = slices.Compact(rs)
	first, _ := slices.BinarySearch(rs, 0)
	rs = rs[first:] // no negative runes
	var bmp []rune
	for _, r := range rs {
		if r < 0xFFFF {
			bmp = append(bmp, r)
		}
	}
	wide := len(rs) > 0 && rs[len(rs)-1] > 0xFFFF
	// Format 4: one segment per run of consecutive code points, glyphs
	// through the glyph ID array, and the closing 0xFFFF segment.
	type seg struct{ start, end rune }
	var segs []seg
	for _, r := range bmp {
		if n := len(segs); n > 0 && segs[n-1].end == r-1 {
			segs[n-1].end = r
		} else {
			segs = append(segs, seg{r, r})
		}
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF})
	n := len(segs)
	var ends, starts, deltas, ranges, ids []byte
	for i, s := range segs {
		ends = binary.BigEndian.AppendUint16(ends, uint16(s.end))
		starts = binary.BigEndian.AppendUint16(starts, uint16(s.start))
		if s.start == 0xFFFF {
			deltas = binary.BigEndian.AppendUint16(deltas, 1)
			ranges = binary.BigEndian.AppendUint16(ranges, 0)
			continue
		}
		deltas = binary.BigEndian.AppendUint16(deltas, 0)
		// The offset from this idRangeOffset entry to the segment's
		// first entry in the glyph ID array.
		ranges = binary.BigEndian.AppendUint16(ranges, uint16(2*(n-i)+len(ids)))
		for r := s.start; r <= s.end; r++ {
			ids = binary.BigEndian.AppendUint16(ids, glyph(r))
		}
	}
	pow, log := powerBelow(n)
	f4 := []byte{0, 4, 0, 0, 0, 0}
	f4 = binary.BigEndian.AppendUint16(f4, uint16(2*n))
	f4 = binary.BigEndian.AppendUint16(f4, uint16(2*pow))
	f4 = binary.BigEndian.AppendUint16(f4, uint16(log))
	f4 = binary.BigEndian.AppendUint16(f4, uint16(2*n-2*pow))
	f4 = append(f4, ends...)
	f4 = append(f4, 0, 0)
	f4 = append(f4, starts...)
	f4 = append(f4, deltas...)
	f4 = append(f4, ranges...)
	f4 = append(f4, ids...)
	binary.BigEndian.PutUint16(f4[2:], uint16(min(len(f4), 0xFFFF)))

	subtables := [][]byte{f4}
	ids4 := [][2]uint16{{3, 1}}
	if wide {
		f12 := []byte{0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
		groups := 0
		for _, r := range rs {
			f12 = binary.BigEndian.AppendUint32(f12, uint32(r))
			f12 = binary.BigEndian.AppendUint32(f12, uint32(r))
			f12 = binary.BigEndian.AppendUint32(f12, uint32(glyph(r)))
			groups++
		}
		binary.BigEndian.PutUint32(f12[4:], uint32(len(f12)))
		binary.BigEndian.PutUint32(f12[12:], uint32(groups))
		subtables = append(subtables, f12)
		ids4 = append(ids4, [2]uint16{3, 10})
	}
	out := []byte{0, 0}
	out = binary.BigEndian.AppendUint16(out, uint16(len(subtables)))
	off := 4 + 8*len(subtables)
	for i, st := range subtables {
		out = binary.BigEndian.AppendUint16(out, ids4[i][0])
		out = binary.BigEndian.AppendUint16(out, ids4[i][1])
		out = binary.BigEndian.AppendUint32(out, uint32(off))
		off += len(st)
	}
	for _, st := range subtables {
		out = append(out, st...)
	}
	return out
}

// buildName writes a name table giving the subset's family, style, full
// and PostScript names, all as name, in Windows Unicode English records.
func buildName(name string) []byte {
	return buildNameRecords([]nameRecord{{nameFamily, name}, {2, "Regular"}, {4, name}, {namePostScript, name}})
}

// nameRecord is one string of a name table, by its name ID.
type nameRecord struct {
	id    uint16
	value string
}

// buildNameRecords writes a name table of records, in order of name ID,
// as Windows Unicode English records.
func buildNameRecords(records []nameRecord) []byte {
	out := []byte{0, 0}
	out = binary.BigEndian.AppendUint16(out, uint16(len(records)))
	out = binary.BigEndian.AppendUint16(out, uint16(6+12*len(records)))
	var strs []byte
	for _, rec := range records {
		u := utf16.Encode([]rune(rec.value))
		out = binary.BigEndian.AppendUint16(out, 3)
		out = binary.BigEndian.AppendUint16(out, 1)
		out = binary.BigEndian.AppendUint16(out, 0x0409)
		out = binary.BigEndian.AppendUint16(out, rec.id)
		out = binary.BigEndian.AppendUint16(out, uint16(2*len(u)))
		out = binary.BigEndian.AppendUint16(out, uint16(len(strs)))
		for _, c := range u {
			strs = binary.BigEndian.AppendUint16(strs, c)
		}
	}
	return append(out, strs...)
}

// assemble writes a font file from its tables, in tag order, each padded
// to four bytes, with the checksums the format asks for.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	pow, log := powerBelow(n)
	size := 12 + 16*n
	for _, data := range tables {
		size += (len(data) + 3) &^ 3
	}
	out := make([]byte, 0, size)
	out = append(out, 0, 1, 0, 0)
	out = binary.BigEndian.AppendUint16(out, uint16(n))
	out = binary.BigEndian.AppendUint16(out, uint16(16*pow))
	out = binary.BigEndian.AppendUint16(out, uint16(log))
	out = binary.BigEndian.AppendUint16(out, uint16(16*n-16*pow))
	dir := len(out)
	out = append(out, make([]byte, 16*n)...)
	headOff := 0
	for i, tag := range tags {
		data := tables[tag]
		off := len(out)
		if tag == "head" {
			headOff = off
		}
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		e := out[dir+16*i:]
		copy(e, tag)
		binary.BigEndian.PutUint32(e[4:], checksum(out[off:]))
		binary.BigEndian.PutUint32(e[8:], uint32(off))
		binary.BigEndian.PutUint32(e[12:], uint32(len(data)))
	}
	binary.BigEndian.PutUint32(out[headOff+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// checksum is the sum of b as big-endian 32-bit words; len(b) is a
// multiple of four.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i+4 <= len(b); i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	return sum
}

// subsetName turns a font's name into a PDF font name: letters, digits
// and hyphens only.
func subsetName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			return r
		}
		return -1
	}, s)
}

// powerBelow returns the largest power of two not above n (n ≥ 1) and
// its exponent, as the search fields of a table directory and of a cmap
// format 4 subtable want them.
func powerBelow(n int) (pow, log int) {
	log = bits.Len(uint(n)) - 1
	return 1 << log, log
}
