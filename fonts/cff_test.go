package fonts

// A reader of PostScript (CFF) outlines, enough for TestRefitFandol:
// the glyphs of an OpenType font with a CFF table, CID-keyed or not, as
// cubic contours. It runs Type 2 charstrings, subroutines and flex
// included, and ignores hints.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// cffFont is an OpenType font with PostScript outlines.
type cffFont struct {
	cmap        charMap
	numGlyphs   int
	charStrings [][]byte
	globalSubrs [][]byte
	localSubrs  [][][]byte // by font dict
	fdSelect    []uint8    // font dict of each glyph; nil for one
}

var errCFFFormat = errors.New("malformed CFF font")

// parseOTF reads an OpenType font with a CFF table.
func parseOTF(data []byte) (*cffFont, error) {
	if len(data) < 12 || string(data[:4]) != "OTTO" {
		return nil, errCFFFormat
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		e := data[12+16*i:]
		off, l := binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])
		if int(off)+int(l) > len(data) {
			return nil, errCFFFormat
		}
		tables[string(e[:4])] = data[off : off+l]
	}
	cm, err := parseCmap(tables["cmap"])
	if err != nil {
		return nil, err
	}
	f := &cffFont{cmap: cm}
	return f, f.parseCFF(tables["CFF "])
}

// cffIndex reads an INDEX at p and returns its items and where it ends.
func cffIndex(b []byte, p int) ([][]byte, int, error) {
	if p+2 > len(b) {
		return nil, 0, errCFFFormat
	}
	count := int(binary.BigEndian.Uint16(b[p:]))
	if count == 0 {
		return nil, p + 2, nil
	}
	if p+3 > len(b) {
		return nil, 0, errCFFFormat
	}
	size := int(b[p+2])
	offs := make([]int, count+1)
	q := p + 3
	for i := range offs {
		if q+size > len(b) || size < 1 || size > 4 {
			return nil, 0, errCFFFormat
		}
		v := 0
		for k := 0; k < size; k++ {
			v = v<<8 | int(b[q+k])
		}
		offs[i] = v
		q += size
	}
	base := q - 1
	items := make([][]byte, count)
	for i := range items {
		s, e := base+offs[i], base+offs[i+1]
		if s > e || e > len(b) {
			return nil, 0, errCFFFormat
		}
		items[i] = b[s:e]
	}
	return items, base + offs[count], nil
}

// cffDict reads a DICT into operator → operands (12 x operators as
// 1200 + x).
func cffDict(b []byte) (map[int][]float64, error) {
	d := map[int][]float64{}
	var ops []float64
	for p := 0; p < len(b); {
		c := int(b[p])
		switch {
		case c <= 21:
			op := c
			p++
			if c == 12 {
				if p >= len(b) {
					return nil, errCFFFormat
				}
				op = 1200 + int(b[p])
				p++
			}
			d[op] = ops
			ops = nil
		case c == 28 || c == 29 || (c >= 32 && c <= 254):
			v, n, err := cffNumber(b[p:], true)
			if err != nil {
				return nil, err
			}
			ops = append(ops, v)
			p += n
		case c == 30: // real: nibbles until 0xf
			p++
			s := ""
			for done := false; !done && p < len(b); p++ {
				for _, nib := range []byte{b[p] >> 4, b[p] & 15} {
					switch {
					case nib <= 9:
						s += string(rune('0' + nib))
					case nib == 0xa:
						s += "."
					case nib == 0xb:
						s += "E"
					case nib == 0xc:
						s += "E-"
					case nib == 0xe:
						s += "-"
					case nib == 0xf:
						done = true
					}
					if done {
						break
					}
				}
			}
			var v float64
			fmt.Sscan(s, &v)
			ops = append(ops, v)
		default:
			return nil, errCFFFormat
		}
	}
	return d, nil
}

// cffNumber reads an operand: of a DICT (dict) or of a charstring.
func cffNumber(b []byte, dict bool) (float64, int, error) {
	c := int(b[0])
	switch {
	case c >= 32 && c <= 246:
		return float64(c - 139), 1, nil
	case c >= 247 && c <= 250 && len(b) >= 2:
		return float64((c-247)*256 + int(b[1]) + 108), 2, nil
	case c >= 251 && c <= 254 && len(b) >= 2:
		return float64(-(c-251)*256 - int(b[1]) - 108), 2, nil
	case c == 28 && len(b) >= 3:
		return float64(int16(binary.BigEndian.Uint16(b[1:]))), 3, nil
	case c == 29 && dict && len(b) >= 5:
		return float64(int32(binary.BigEndian.Uint32(b[1:]))), 5, nil
	case c == 255 && !dict && len(b) >= 5:
		return float64(int32(binary.BigEndian.Uint32(b[1:]))) / 65536, 5, nil
	}
	return 0, 0, errCFFFormat
}

func (f *cffFont) parseCFF(b []byte) error {
	if len(b) < 4 {
		return errCFFFormat
	}
	_, p, err := cffIndex(b, int(b[2])) // names
	if err != nil {
		return err
	}
	tops, p, err := cffIndex(b, p)
	if err != nil || len(tops) == 0 {
		return errCFFFormat
	}
	_, p, err = cffIndex(b, p) // strings
	if err != nil {
		return err
	}
	if f.globalSubrs, _, err = cffIndex(b, p); err != nil {
		return err
	}
	top, err := cffDict(tops[0])
	if err != nil {
		return err
	}
	off := func(d map[int][]float64, op int) (int, bool) {
		v, ok := d[op]
		if !ok || len(v) == 0 || int(v[len(v)-1]) < 0 || int(v[len(v)-1]) >= len(b) {
			return 0, false
		}
		return int(v[len(v)-1]), true
	}
	cs, ok := off(top, 17)
	if !ok {
		return errCFFFormat
	}
	if f.charStrings, _, err = cffIndex(b, cs); err != nil {
		return err
	}
	f.numGlyphs = len(f.charStrings)
	subrs := func(priv []float64) ([][]byte, error) {
		if len(priv) < 2 {
			return nil, nil
		}
		size, o := int(priv[0]), int(priv[1])
		if o < 0 || o+size > len(b) {
			return nil, errCFFFormat
		}
		pd, err := cffDict(b[o : o+size])
		if err != nil {
			return nil, err
		}
		if s, ok := pd[19]; ok && len(s) == 1 {
			items, _, err := cffIndex(b, o+int(s[0]))
			return items, err
		}
		return nil, nil
	}
	fdArray, ok := off(top, 1236)
	if !ok {
		s, err := subrs(top[18])
		f.localSubrs = [][][]byte{s}
		return err
	}
	fds, _, err := cffIndex(b, fdArray)
	if err != nil {
		return err
	}
	for _, fd := range fds {
		d, err := cffDict(fd)
		if err != nil {
			return err
		}
		s, err := subrs(d[18])
		if err != nil {
			return err
		}
		f.localSubrs = append(f.localSubrs, s)
	}
	sel, ok := off(top, 1237)
	if !ok {
		return errCFFFormat
	}
	f.fdSelect = make([]uint8, f.numGlyphs)
	switch b[sel] {
	case 0:
		if sel+1+f.numGlyphs > len(b) {
			return errCFFFormat
		}
		copy(f.fdSelect, b[sel+1:])
	case 3:
		if sel+3 > len(b) {
			return errCFFFormat
		}
		n := int(binary.BigEndian.Uint16(b[sel+1:]))
		q := sel + 3
		if q+3*n+2 > len(b) {
			return errCFFFormat
		}
		for i := 0; i < n; i++ {
			first, fd := int(binary.BigEndian.Uint16(b[q:])), b[q+2]
			next := int(binary.BigEndian.Uint16(b[q+3:]))
			for g := first; g < next && g < f.numGlyphs; g++ {
				f.fdSelect[g] = fd
			}
			q += 3
		}
	default:
		return errCFFFormat
	}
	return nil
}

// subrBias is the number subtracted from a subroutine's index.
func subrBias(n int) int {
	switch {
	case n < 1240:
		return 107
	case n < 33900:
		return 1131
	}
	return 32768
}

// contours runs glyph g's charstring and returns its closed contours.
func (f *cffFont) contours(g uint16) ([][]cubic, error) {
	if int(g) >= f.numGlyphs {
		return nil, errCFFFormat
	}
	var local [][]byte
	if fd := 0; len(f.localSubrs) > 0 {
		if f.fdSelect != nil {
			fd = int(f.fdSelect[g])
		}
		if fd >= len(f.localSubrs) {
			return nil, errCFFFormat
		}
		local = f.localSubrs[fd]
	}
	var (
		out      [][]cubic
		cur      []cubic
		pos      vec
		start    vec
		stack    []float64
		nStems   int
		widthSet bool
		open     bool
		done     bool
	)
	closePath := func() {
		if !open {
			return
		}
		if !pos.eq(start) {
			cur = append(cur, cubic{pos, pos, start, start, true})
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur, open = nil, false
	}
	moveTo := func(d vec) {
		closePath()
		pos = pos.add(d)
		start, open = pos, true
	}
	lineTo := func(d vec) {
		p := pos.add(d)
		if !p.eq(pos) {
			cur = append(cur, cubic{pos, pos, p, p, true})
		}
		pos = p
	}
	curveTo := func(d1, d2, d3 vec) {
		c1 := pos.add(d1)
		c2 := c1.add(d2)
		p := c2.add(d3)
		if !(c1.eq(pos) && c2.eq(pos) && p.eq(pos)) {
			cur = append(cur, cubic{pos, c1, c2, p, false})
		}
		pos = p
	}
	// width drops the advance width that the first stack-clearing
	// operator may carry: an odd one out among its operands.
	width := func(even bool) {
		if !widthSet {
			widthSet = true
			if even == (len(stack)%2 == 1) && len(stack) > 0 {
				stack = stack[1:]
			}
		}
	}
	var run func(cs []byte, depth int) error
	run = func(cs []byte, depth int) error {
		if depth > 10 {
			return errCFFFormat
		}
		for p := 0; p < len(cs) && !done; {
			c := int(cs[p])
			if c >= 32 || c == 28 {
				v, n, err := cffNumber(cs[p:], false)
				if err != nil {
					return err
				}
				stack = append(stack, v)
				p += n
				continue
			}
			p++
			op := c
			if c == 12 {
				if p >= len(cs) {
					return errCFFFormat
				}
				op = 1200 + int(cs[p])
				p++
			}
			s := stack
			switch op {
			case 1, 3, 18, 23: // hstem, vstem, hstemhm, vstemhm
				width(true)
				nStems += len(stack) / 2
			case 19, 20: // hintmask, cntrmask
				width(true)
				nStems += len(stack) / 2
				p += (nStems + 7) / 8
			case 21: // rmoveto
				width(true)
				s = stack
				if len(s) < 2 {
					return errCFFFormat
				}
				moveTo(vec{s[0], s[1]})
			case 22: // hmoveto
				width(false)
				s = stack
				if len(s) < 1 {
					return errCFFFormat
				}
				moveTo(vec{s[0], 0})
			case 4: // vmoveto
				width(false)
				s = stack
				if len(s) < 1 {
					return errCFFFormat
				}
				moveTo(vec{0, s[0]})
			case 5: // rlineto
				for i := 0; i+1 < len(s); i += 2 {
					lineTo(vec{s[i], s[i+1]})
				}
			case 6, 7: // hlineto, vlineto: alternating
				h := op == 6
				for i := 0; i < len(s); i++ {
					if h {
						lineTo(vec{s[i], 0})
					} else {
						lineTo(vec{0, s[i]})
					}
					h = !h
				}
			case 8: // rrcurveto
				for i := 0; i+5 < len(s); i += 6 {
					curveTo(vec{s[i], s[i+1]}, vec{s[i+2], s[i+3]}, vec{s[i+4], s[i+5]})
				}
			case 24: // rcurveline
				i := 0
				for ; i+5 < len(s)-2; i += 6 {
					curveTo(vec{s[i], s[i+1]}, vec{s[i+2], s[i+3]}, vec{s[i+4], s[i+5]})
				}
				if i+1 < len(s) {
					lineTo(vec{s[i], s[i+1]})
				}
			case 25: // rlinecurve
				i := 0
				for ; i+1 < len(s)-6; i += 2 {
					lineTo(vec{s[i], s[i+1]})
				}
				if i+5 < len(s) {
					curveTo(vec{s[i], s[i+1]}, vec{s[i+2], s[i+3]}, vec{s[i+4], s[i+5]})
				}
			case 26: // vvcurveto
				i, dx := 0, 0.0
				if len(s)%4 == 1 {
					dx, i = s[0], 1
				}
				for ; i+3 < len(s); i += 4 {
					curveTo(vec{dx, s[i]}, vec{s[i+1], s[i+2]}, vec{0, s[i+3]})
					dx = 0
				}
			case 27: // hhcurveto
				i, dy := 0, 0.0
				if len(s)%4 == 1 {
					dy, i = s[0], 1
				}
				for ; i+3 < len(s); i += 4 {
					curveTo(vec{s[i], dy}, vec{s[i+1], s[i+2]}, vec{s[i+3], 0})
					dy = 0
				}
			case 30, 31: // vhcurveto, hvcurveto: alternating
				h := op == 31
				for i := 0; i+3 < len(s); i += 4 {
					last := 0.0
					if len(s)-i == 5 {
						last = s[i+4]
					}
					if h {
						curveTo(vec{s[i], 0}, vec{s[i+1], s[i+2]}, vec{last, s[i+3]})
					} else {
						curveTo(vec{0, s[i]}, vec{s[i+1], s[i+2]}, vec{s[i+3], last})
					}
					h = !h
				}
			case 1235: // flex
				if len(s) < 13 {
					return errCFFFormat
				}
				curveTo(vec{s[0], s[1]}, vec{s[2], s[3]}, vec{s[4], s[5]})
				curveTo(vec{s[6], s[7]}, vec{s[8], s[9]}, vec{s[10], s[11]})
			case 1234: // hflex
				if len(s) < 7 {
					return errCFFFormat
				}
				curveTo(vec{s[0], 0}, vec{s[1], s[2]}, vec{s[3], 0})
				curveTo(vec{s[4], 0}, vec{s[5], -s[2]}, vec{s[6], 0})
			case 1236: // hflex1
				if len(s) < 9 {
					return errCFFFormat
				}
				curveTo(vec{s[0], s[1]}, vec{s[2], s[3]}, vec{s[4], 0})
				curveTo(vec{s[5], 0}, vec{s[6], s[7]}, vec{s[8], -(s[1] + s[3] + s[7])})
			case 1237: // flex1
				if len(s) < 11 {
					return errCFFFormat
				}
				x0, y0 := pos.x, pos.y
				dx, dy := 0.0, 0.0
				for i := 0; i < 10; i += 2 {
					dx += s[i]
					dy += s[i+1]
				}
				curveTo(vec{s[0], s[1]}, vec{s[2], s[3]}, vec{s[4], s[5]})
				c1 := pos.add(vec{s[6], s[7]})
				c2 := c1.add(vec{s[8], s[9]})
				var end vec
				if math.Abs(dx) > math.Abs(dy) {
					end = vec{c2.x + s[10], y0}
				} else {
					end = vec{x0, c2.y + s[10]}
				}
				curveTo(c1.sub(pos), c2.sub(c1), end.sub(c2))
			case 10, 29: // callsubr, callgsubr
				if len(stack) == 0 {
					return errCFFFormat
				}
				subrs := local
				if op == 29 {
					subrs = f.globalSubrs
				}
				i := int(stack[len(stack)-1]) + subrBias(len(subrs))
				stack = stack[:len(stack)-1]
				if i < 0 || i >= len(subrs) {
					return errCFFFormat
				}
				if err := run(subrs[i], depth+1); err != nil {
					return err
				}
				continue // the subroutine's operands stay
			case 11: // return
				return nil
			case 14: // endchar
				width(true)
				closePath()
				done = true
			default:
				return fmt.Errorf("%w: charstring operator %d", errCFFFormat, op)
			}
			stack = stack[:0]
		}
		return nil
	}
	if err := run(f.charStrings[g], 0); err != nil {
		return nil, err
	}
	closePath()
	return out, nil
}
