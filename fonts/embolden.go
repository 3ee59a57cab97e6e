package fonts

import (
	"encoding/binary"
	"math"
)

// BoldStrength is how much synthetic bold thickens each stroke, as a
// fraction of the em: 1/30 em, the stroke width office software gives
// its "fake bold". At 16 pt a stroke gains 0.53 pt.
const BoldStrength = 1.0 / 30

// point is one point of a TrueType outline.
type point struct {
	x, y float64
	on   bool
}

// simpleGlyph is a decoded simple (non-composite) glyf record.
type simpleGlyph struct {
	ends   []int // index of the last point of each contour
	points []point
}

// Glyph flag bits.
const (
	flagOnCurve = 0x01
	flagXShort  = 0x02
	flagYShort  = 0x04
	flagRepeat  = 0x08
	flagXSame   = 0x10 // with flagXShort: the short value is positive
	flagYSame   = 0x20
)

// decodeSimple decodes a simple glyph; ok is false for a composite glyph
// or a malformed record.
func decodeSimple(b []byte) (g simpleGlyph, ok bool) {
	if len(b) < 10 {
		return g, false
	}
	nc := int(int16(binary.BigEndian.Uint16(b)))
	if nc < 0 {
		return g, false
	}
	p := 10
	if p+2*nc+2 > len(b) {
		return g, false
	}
	g.ends = make([]int, nc)
	last := -1
	for i := range g.ends {
		g.ends[i] = int(binary.BigEndian.Uint16(b[p:]))
		if g.ends[i] <= last {
			return g, false
		}
		last = g.ends[i]
		p += 2
	}
	n := last + 1
	p += 2 + int(binary.BigEndian.Uint16(b[p:])) // skip instructions
	flags := make([]byte, 0, n)
	for len(flags) < n {
		if p >= len(b) {
			return g, false
		}
		fl := b[p]
		p++
		flags = append(flags, fl)
		if fl&flagRepeat != 0 {
			if p >= len(b) {
				return g, false
			}
			for k := 0; k < int(b[p]) && len(flags) < n; k++ {
				flags = append(flags, fl)
			}
			p++
		}
	}
	g.points = make([]point, n)
	coord := func(short, same byte, set func(i int, v float64)) bool {
		v := 0
		for i, fl := range flags {
			switch {
			case fl&short != 0:
				if p >= len(b) {
					return false
				}
				d := int(b[p])
				p++
				if fl&same == 0 {
					d = -d
				}
				v += d
			case fl&same == 0:
				if p+2 > len(b) {
					return false
				}
				v += int(int16(binary.BigEndian.Uint16(b[p:])))
				p += 2
			}
			set(i, float64(v))
		}
		return true
	}
	if !coord(flagXShort, flagXSame, func(i int, v float64) { g.points[i].x = v }) ||
		!coord(flagYShort, flagYSame, func(i int, v float64) { g.points[i].y = v }) {
		return g, false
	}
	for i, fl := range flags {
		g.points[i].on = fl&flagOnCurve != 0
	}
	return g, true
}

// encode writes the glyph as a glyf record without instructions, and
// returns its new left edge.
func (g simpleGlyph) encode() ([]byte, int16) {
	xs := make([]int, len(g.points))
	ys := make([]int, len(g.points))
	minX, minY, maxX, maxY := math.MaxInt32, math.MaxInt32, math.MinInt32, math.MinInt32
	for i, pt := range g.points {
		xs[i], ys[i] = int(math.Round(pt.x)), int(math.Round(pt.y))
		minX, maxX = min(minX, xs[i]), max(maxX, xs[i])
		minY, maxY = min(minY, ys[i]), max(maxY, ys[i])
	}
	if len(g.points) == 0 {
		minX, minY, maxX, maxY = 0, 0, 0, 0
	}
	out := make([]byte, 10, 12+2*len(g.ends)+5*len(g.points))
	binary.BigEndian.PutUint16(out, uint16(len(g.ends)))
	for i, v := range []int{minX, minY, maxX, maxY} {
		binary.BigEndian.PutUint16(out[2+2*i:], uint16(int16(v)))
	}
	for _, e := range g.ends {
		out = binary.BigEndian.AppendUint16(out, uint16(e))
	}
	out = binary.BigEndian.AppendUint16(out, 0) // no instructions
	var flags, xb, yb []byte
	px, py := 0, 0
	for i := range g.points {
		var fl byte
		if g.points[i].on {
			fl |= flagOnCurve
		}
		fl, xb = packDelta(fl, xs[i]-px, flagXShort, flagXSame, xb)
		fl, yb = packDelta(fl, ys[i]-py, flagYShort, flagYSame, yb)
		px, py = xs[i], ys[i]
		flags = append(flags, fl)
	}
	out = appendFlags(out, flags)
	out = append(out, xb...)
	out = append(out, yb...)
	return out, int16(minX)
}

// appendFlags writes glyph flags, a run of equal flags as one flag with
// the repeat bit and a count.
func appendFlags(out, flags []byte) []byte {
	for i := 0; i < len(flags); {
		run := 1
		for i+run < len(flags) && flags[i+run] == flags[i] && run < 256 {
			run++
		}
		if run > 1 {
			out = append(out, flags[i]|flagRepeat, byte(run-1))
		} else {
			out = append(out, flags[i])
		}
		i += run
	}
	return out
}

// packDelta sets the flag bits of a coordinate delta and appends its
// bytes: none when it is zero, one when it fits, two otherwise.
func packDelta(fl byte, d int, short, same byte, buf []byte) (byte, []byte) {
	switch {
	case d == 0:
		return fl | same, buf
	case d >= -255 && d <= 255:
		fl |= short
		if d > 0 {
			fl |= same
		} else {
			d = -d
		}
		return fl, append(buf, byte(d))
	}
	return fl, binary.BigEndian.AppendUint16(buf, uint16(int16(d)))
}

// embolden thickens every stroke of the glyph by strength font units,
// half on each side, keeping the glyph centred on its advance. It is
// FreeType's FT_Outline_EmboldenXY without its shift to the right: each
// point moves along the bisector of its two edges, and less where edges
// meet at a sharp angle or are shorter than the shift.
func (g simpleGlyph) embolden(strength float64) {
	s := strength / 2
	// The sign of the outline's area tells whether filled contours run
	// clockwise (TrueType's rule) or counter-clockwise.
	area := 0.0
	first := 0
	for _, last := range g.ends {
		prev := g.points[last]
		for i := first; i <= last; i++ {
			cur := g.points[i]
			area += (cur.y - prev.y) * (cur.x + prev.x)
			prev = cur
		}
		first = last + 1
	}
	if area == 0 {
		return
	}
	clockwise := area < 0
	orig := make([]point, len(g.points))
	copy(orig, g.points)
	first = 0
	for _, last := range g.ends {
		n := last - first + 1
		next, prev, ok := neighbours(orig[first : last+1])
		for k := 0; ok && k < n; k++ {
			i := first + k
			// The nearest distinct neighbours on either side.
			before, after := orig[first+prev[k]], orig[first+next[k]]
			in := [2]float64{orig[i].x - before.x, orig[i].y - before.y}
			out := [2]float64{after.x - orig[i].x, after.y - orig[i].y}
			lin, lout := math.Hypot(in[0], in[1]), math.Hypot(out[0], out[1])
			in[0], in[1] = in[0]/lin, in[1]/lin
			out[0], out[1] = out[0]/lout, out[1]/lout
			d := in[0]*out[0] + in[1]*out[1]
			// Leave points where the outline turns back by more than
			// about 160 degrees: their bisector is undefined.
			if d <= -0.9375 {
				continue
			}
			d++
			shiftX, shiftY := in[1]+out[1], in[0]+out[0]
			q := out[0]*in[1] - out[1]*in[0]
			if clockwise {
				shiftX, q = -shiftX, -q
			} else {
				shiftY = -shiftY
			}
			l := min(lin, lout)
			if s*q <= l*d {
				shiftX, shiftY = shiftX*s/d, shiftY*s/d
			} else {
				shiftX, shiftY = shiftX*l/q, shiftY*l/q
			}
			g.points[i].x += shiftX
			g.points[i].y += shiftY
		}
		first = last + 1
	}
}

// neighbours returns, for each point of a closed contour, the index of
// the nearest following and preceding points at another position, in
// one pass each way; ok is false when all points coincide.
func neighbours(c []point) (next, prev []int, ok bool) {
	n := len(c)
	same := func(a, b int) bool { return c[a].x == c[b].x && c[a].y == c[b].y }
	start := -1
	for k := 0; k < n; k++ {
		if !same(k, (k+1)%n) {
			start = k
			break
		}
	}
	if start < 0 {
		return nil, nil, false
	}
	next, prev = make([]int, n), make([]int, n)
	// Walking backwards from a point whose successor differs, each
	// point's next distinct point is its successor's, unless that
	// successor itself differs.
	for j := 0; j < n; j++ {
		k := (start - j + n) % n
		succ := (k + 1) % n
		if j == 0 || !same(k, succ) {
			next[k] = succ
		} else {
			next[k] = next[succ]
		}
	}
	for j := 0; j < n; j++ {
		k := (start + 1 + j) % n
		pred := (k - 1 + n) % n
		if j == 0 || !same(k, pred) {
			prev[k] = pred
		} else {
			prev[k] = prev[pred]
		}
	}
	return next, prev, true
}
