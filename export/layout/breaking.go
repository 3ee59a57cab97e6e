package layout

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// eps is the tolerance of width comparisons, in points.
const eps = 0.005

// span is a piece of a paragraph's text in one font, perhaps marked as a
// change.
type span struct {
	text string
	font Font
	mark Mark
}

// glyph is one character to set.
type glyph struct {
	r      rune
	font   Font
	size   float64
	adv    float64 // advance width in points
	shrink float64 // how much of the advance squeezing may take away
	side   int     // +1: the blank to squeeze is on the right; -1: on the left
	mark   Mark
}

// shape turns spans into glyphs of the given size, measured with m.
// Control and format characters are dropped and other spaces become
// plain spaces; the ideographic space stays.
func shape(m Metrics, spans []span, size float64) []glyph {
	return shapeInto(nil, m, spans, size)
}

// shapeInto is shape writing the glyphs over dst, whose room it reuses.
func shapeInto(dst []glyph, m Metrics, spans []span, size float64) []glyph {
	n := 0
	for _, sp := range spans {
		n += utf8.RuneCountInString(sp.text)
	}
	out := slices.Grow(dst[:0], n)
	for _, sp := range spans {
		for _, r := range sp.text {
			switch {
			case r >= 0x3001 && r < 0xFE00 || r > ' ' && r < 0x7F || r >= 0xFF01 && r <= 0xFF5E || r >= 0x2010 && r <= 0x2027:
				// CJK, ASCII, full-width forms and dashes, quotes and
				// ellipses: the common case, none a space, a control
				// or a format character.
			case r == '\u3000':
			case unicode.IsSpace(r):
				r = ' '
			case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
				continue
			}
			g := glyph{r: r, font: sp.font, size: size, mark: sp.mark}
			g.adv = float64(m.Advance(sp.font, r)) * size / 1000
			if side := squeeze(r); side != 0 && g.adv >= 0.9*size {
				g.side = side
				g.shrink = g.adv - size/2
			}
			out = append(out, g)
		}
	}
	return out
}

// para is a paragraph to break into lines.
type para struct {
	glyphs   []glyph
	indent   float64 // of the first line
	width    float64 // of every line, before the indent
	tracking float64 // natural space between glyphs
	justify  bool    // whether lines but the last fill the width
	// buf, when set, lends breakLines its slices; the lines it returns
	// then last until buf is lent again.
	buf *buffers
}

// buffers are the slices that shaping a paragraph and breaking it into
// lines fill, kept from one paragraph to the next by a builder: once a
// paragraph's lines are turned into runs, which copy what they need,
// its glyphs and lines are done with.
type buffers struct {
	glyphs   []glyph
	ok       []bool
	adv, shr []float64
	ink      []int32
	x        []float64
	lines    []setLine
}

// zeroed returns s with length n and every element zero, reusing its
// room when it has enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// setLine is one line of a paragraph, positioned relative to the line's
// start.
type setLine struct {
	glyphs []glyph
	x      []float64 // where each glyph's origin is drawn
	indent float64
	end    float64 // where the last glyph ends
	last   bool
}

// breakLines breaks a paragraph into lines, first-fit: each line takes
// as many whole units (characters with the punctuation that cannot be
// parted from them, words, numbers) as fit at their natural widths. When
// what overflows is only punctuation that may not start the next line,
// the blank halves of the line's punctuation are squeezed to keep it
// (推入) rather than pushing the character before it down (推出). A unit
// wider than a line is split where it must be.
func breakLines(p para) []setLine {
	g := p.glyphs
	n := len(g)
	if n == 0 {
		return nil
	}
	buf := p.buf
	if buf == nil {
		buf = &buffers{}
	}
	// ok[i] reports whether a line may break before glyph i.
	buf.ok = zeroed(buf.ok, n+1)
	ok := buf.ok
	ok[n] = true
	rune := func(i int) rune {
		if i < 0 || i >= n {
			return 0
		}
		return g[i].r
	}
	for i := 1; i < n; i++ {
		ok[i] = Breakable(rune(i-2), g[i-1].r, g[i].r, rune(i+1))
	}
	buf.adv, buf.shr = zeroed(buf.adv, n+1), zeroed(buf.shr, n+1)
	adv, shr := buf.adv, buf.shr
	// ink[e] is the end of the last glyph before e that is not a space,
	// so that trimming a run of spaces takes constant time.
	buf.ink = zeroed(buf.ink, n+1)
	ink := buf.ink
	// The lines' glyph positions, each line's at its glyphs' place.
	buf.x = slices.Grow(buf.x[:0], n)[:n] // set writes every position
	lines := buf.lines[:0]
	for i, gl := range g {
		adv[i+1] = adv[i] + gl.adv
		shr[i+1] = shr[i] + gl.shrink
		ink[i+1] = ink[i]
		if gl.r != ' ' {
			ink[i+1] = int32(i + 1)
		}
	}
	// trim returns e without the spaces that end glyphs [s, e).
	trim := func(s, e int) int {
		return max(s, int(ink[e]))
	}
	width := func(s, e int) (natural, shrink float64) {
		e = trim(s, e)
		if e <= s {
			return 0, 0
		}
		return adv[e] - adv[s] + float64(e-s-1)*p.tracking, shr[e] - shr[s]
	}
	for s := 0; s < n; {
		if len(lines) > 0 {
			for s < n && g[s].r == ' ' {
				s++
			}
			if s == n {
				break
			}
		}
		indent := 0.0
		if len(lines) == 0 {
			indent = p.indent
		}
		avail := p.width - indent
		// fits reports whether glyphs [s, e) fit, adding the unit that
		// starts at from: at natural width, or squeezed when all that
		// overflows is punctuation barred from starting a line.
		fits := func(from, e int) bool {
			w, sh := width(s, e)
			if w <= avail+eps {
				return true
			}
			core := e
			for core > from && is(g[core-1].r, classNoStart) {
				core--
			}
			wc, _ := width(s, core)
			return core > s && wc <= avail+eps && w-sh <= avail+eps
		}
		end := s
		// fill splits a unit wider than a whole line (a long URL or
		// number), which cannot be kept whole: it starts at end and is
		// split where the line is full.
		fill := func() {
			for end < n && (end == s || fits(end, end+1)) {
				end++
			}
		}
		for e := s + 1; e <= n; e++ {
			if !ok[e] {
				// Without a break in sight, stop scanning once the unit
				// from end is wider than a whole line (the case below,
				// reached early): the scan stays within a line or two.
				if w, _ := width(end, e); w > p.width+eps {
					fill()
					break
				}
				continue
			}
			if !fits(end, e) {
				if w, _ := width(end, e); w > p.width+eps || end == s {
					fill()
				}
				break
			}
			end = e
		}
		t := trim(s, end)
		lines = append(lines, p.set(g[s:t], buf.x[s:t:t], indent, avail, end == n))
		s = end
	}
	buf.lines = lines
	return lines
}

// set positions the glyphs of one line in avail points, writing where
// each goes in x (as long as g): squeezing punctuation (evenly, in
// proportion to what each mark can give) when they are too wide, and
// widening the stretchable gaps evenly when a justified line is too
// narrow.
func (p para) set(g []glyph, x []float64, indent, avail float64, last bool) setLine {
	l := setLine{glyphs: g, x: x, indent: indent, last: last}
	if len(g) == 0 {
		return l
	}
	natural, shrink := 0.0, 0.0
	for _, gl := range g {
		natural += gl.adv
		shrink += gl.shrink
	}
	natural += float64(len(g)-1) * p.tracking
	excess := avail - natural
	squeezeRatio, stretch := 0.0, 0.0
	stretchAll := false
	switch {
	case excess < -eps && shrink > 0:
		squeezeRatio = min(1, -excess/shrink)
	case excess > eps && p.justify && !last && len(g) > 1:
		gaps := 0
		for i := 1; i < len(g); i++ {
			if stretchable(g[i-1].r, g[i].r) {
				gaps++
			}
		}
		if gaps == 0 {
			stretchAll, gaps = true, len(g)-1
		}
		stretch = excess / float64(gaps)
	}
	cur := 0.0
	for i, gl := range g {
		sq := gl.shrink * squeezeRatio
		l.x[i] = cur
		if gl.side < 0 {
			l.x[i] -= sq
		}
		cur += gl.adv - sq
		if i+1 < len(g) {
			cur += p.tracking
			if stretch != 0 && (stretchAll || stretchable(gl.r, g[i+1].r)) {
				cur += stretch
			}
		}
	}
	l.end = cur
	return l
}

// runs turns a set line into runs drawn from x0; their Y is set where the
// line is placed on a page. Within a
// run every glyph follows the previous one at its advance plus the run's
// spacing; a new run starts where the font or the mark changes and where
// that does not hold, as around a squeezed punctuation mark.
func (l setLine) runs(x0 float64) []Run {
	var out []Run
	g := l.glyphs
	for s := 0; s < len(g); {
		r := Run{Font: g[s].font, Size: g[s].size, X: x0 + l.x[s], Mark: g[s].mark}
		e := s + 1
		same := func(i int) bool { return g[i].font == g[s].font && g[i].size == g[s].size && g[i].mark == g[s].mark }
		if e < len(g) && same(e) {
			r.Spacing = l.x[e] - l.x[s] - g[s].adv
			for e < len(g) && same(e) && math.Abs(l.x[e]-(l.x[e-1]+g[e-1].adv+r.Spacing)) < 1e-6 {
				e++
			}
		}
		size := 0
		for _, gl := range g[s:e] {
			size += utf8.RuneLen(gl.r)
		}
		var text strings.Builder
		text.Grow(size)
		for _, gl := range g[s:e] {
			text.WriteRune(gl.r)
		}
		r.Text = text.String()
		out = append(out, r)
		s = e
	}
	return out
}
