package fonts

// Refitting the bundled Fandol fonts. Fandol's PostScript outlines were
// traced from scans: a glyph has about a hundred short curves, and a
// TrueType conversion (fontforge's) keeps one quadratic curve per cubic,
// with an on-curve point between each. TestRefitFandol redraws every
// glyph that has a character as TrueType splines within refitTolerance
// of the original PostScript outline, as few points as that takes: the
// corners stay where they are, and between them a smooth stretch becomes
// one spline whose on-curve points are implied, or a straight line. The
// result is checked here, point by point, in both directions (every
// point of the new outline near the original, and every point of the
// original near the new one). Advance widths, the character map and
// every other table stay as fontforge wrote them.
//
// To rebuild assets/fonts/FandolFang-Regular.ttf and
// FandolKai-Regular.ttf, see assets/fonts/README.md; in short:
//
//	YAODIAN_FANDOL=DIR go test ./fonts -run TestRefitFandol -v
//
// where DIR holds Fandol's .otf files and fontforge's .ttf conversions
// of them.

import (
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
)

// refitTolerance is how far, in font units (thousandths of an em), a
// refitted outline may stray from the original: 0.032 pt (0.011 mm) at
// 16 pt, half a dot of a 1200 dpi printer. fontforge's conversion alone
// strays up to 1.4.
const refitTolerance = 2.0

// refitCorner is the turn, in radians, above which a node of the
// original outline is a corner and stays an on-curve point.
const refitCorner = 30 * math.Pi / 180

type vec struct{ x, y float64 }

func (a vec) add(b vec) vec        { return vec{a.x + b.x, a.y + b.y} }
func (a vec) sub(b vec) vec        { return vec{a.x - b.x, a.y - b.y} }
func (a vec) scale(s float64) vec  { return vec{a.x * s, a.y * s} }
func (a vec) dot(b vec) float64    { return a.x*b.x + a.y*b.y }
func (a vec) norm() float64        { return math.Hypot(a.x, a.y) }
func (a vec) round() vec           { return vec{math.Round(a.x), math.Round(a.y)} }
func mid(a, b vec) vec             { return vec{(a.x + b.x) / 2, (a.y + b.y) / 2} }
func lerp(a, b vec, t float64) vec { return vec{a.x + (b.x-a.x)*t, a.y + (b.y-a.y)*t} }
func (a vec) eq(b vec) bool        { return a.x == b.x && a.y == b.y }
func (a vec) dist(b vec) float64   { return a.sub(b).norm() }
func (a vec) within(b vec, d float64) bool {
	return (a.x-b.x)*(a.x-b.x)+(a.y-b.y)*(a.y-b.y) <= d*d
}

// cubic is one segment of a PostScript outline; a line has its control
// points at its ends.
type cubic struct {
	p0, c1, c2, p3 vec
	line           bool
}

func (s cubic) at(t float64) vec {
	if s.line {
		return lerp(s.p0, s.p3, t)
	}
	mt := 1 - t
	return s.p0.scale(mt * mt * mt).add(s.c1.scale(3 * mt * mt * t)).add(s.c2.scale(3 * mt * t * t)).add(s.p3.scale(t * t * t))
}

// length is the length of the control polygon, at least the curve's.
func (s cubic) length() float64 {
	if s.line {
		return s.p0.dist(s.p3)
	}
	return s.p0.dist(s.c1) + s.c1.dist(s.c2) + s.c2.dist(s.p3)
}

// tangents returns the directions in which the segment leaves p0 and
// reaches p3.
func (s cubic) tangents() (start, end vec) {
	pts := []vec{s.p0, s.c1, s.c2, s.p3}
	if s.line {
		pts = []vec{s.p0, s.p3}
	}
	for _, q := range pts[1:] {
		if !q.eq(pts[0]) {
			start = q.sub(pts[0])
			break
		}
	}
	for i := len(pts) - 2; i >= 0; i-- {
		if !pts[i].eq(pts[len(pts)-1]) {
			end = pts[len(pts)-1].sub(pts[i])
			break
		}
	}
	return start, end
}

// halves splits a curve at t = 0.5.
func (s cubic) halves() (cubic, cubic) {
	if s.line {
		m := mid(s.p0, s.p3)
		return cubic{s.p0, s.p0, m, m, true}, cubic{m, m, s.p3, s.p3, true}
	}
	m01, m12, m23 := mid(s.p0, s.c1), mid(s.c1, s.c2), mid(s.c2, s.p3)
	a, b := mid(m01, m12), mid(m12, m23)
	m := mid(a, b)
	return cubic{s.p0, m01, a, m, false}, cubic{m, b, m23, s.p3, false}
}

// turn returns the angle between two directions, π when one is zero.
func turn(a, b vec) float64 {
	la, lb := a.norm(), b.norm()
	if la == 0 || lb == 0 {
		return math.Pi
	}
	return math.Acos(max(-1, min(1, a.dot(b)/(la*lb))))
}

// sampleRun returns points along a run of segments, from its start to
// its end, at most about step apart (at least minPer on each curve), and
// their relative distances along the run, from 0 to 1.
func sampleRun(run []cubic, step float64, minPer int) (pts []vec, u []float64) {
	pts = append(pts, run[0].p0)
	for _, s := range run {
		n := int(math.Ceil(s.length() / step))
		if !s.line {
			n = max(n, minPer)
		}
		n = max(n, 1)
		for i := 1; i <= n; i++ {
			pts = append(pts, s.at(float64(i)/float64(n)))
		}
	}
	u = make([]float64, len(pts))
	for i := 1; i < len(pts); i++ {
		u[i] = u[i-1] + pts[i].dist(pts[i-1])
	}
	if total := u[len(u)-1]; total > 0 {
		for i := range u {
			u[i] /= total
		}
	}
	return pts, u
}

// splineAt returns the point and derivative at u (0 to 1) of the
// TrueType spline from a to b with the off-curve points p, whose pieces
// (from one on-curve point, given or implied, to the next) take equal
// spans of u.
func splineAt(a, b vec, p []vec, u float64) (pt, d vec) {
	k := len(p)
	j := min(int(u*float64(k)), k-1)
	t := u*float64(k) - float64(j)
	s, c, e := a, p[j], b
	if j > 0 {
		s = mid(p[j-1], p[j])
	}
	if j < k-1 {
		e = mid(p[j], p[j+1])
	}
	mt := 1 - t
	pt = s.scale(mt * mt).add(c.scale(2 * t * mt)).add(e.scale(t * t))
	d = c.sub(s).scale(2 * mt).add(e.sub(c).scale(2 * t)).scale(float64(k))
	return pt, d
}

// fitSpline fits k off-curve points so that the spline from a to b
// passes near pts, which lie at the relative positions u (updated),
// by least squares alternated with moving each point's position to the
// nearest point of the spline.
func fitSpline(a, b vec, pts []vec, u []float64, k int) []vec {
	p := make([]vec, k)
	for iter := 0; iter < 4; iter++ {
		// Normal equations: N p = r, N banded (each sample touches at
		// most three consecutive points).
		n := make([]float64, k*k)
		r := make([]vec, k)
		for i, q := range pts {
			j := min(int(u[i]*float64(k)), k-1)
			t := u[i]*float64(k) - float64(j)
			mt := 1 - t
			var w [3]float64 // weights of p[j-1], p[j], p[j+1]
			known := vec{}
			ws, wc, we := mt*mt, 2*t*mt, t*t
			if j == 0 {
				known = known.add(a.scale(ws))
			} else {
				w[0] += ws / 2
				w[1] += ws / 2
			}
			w[1] += wc
			if j == k-1 {
				known = known.add(b.scale(we))
			} else {
				w[1] += we / 2
				w[2] += we / 2
			}
			rhs := q.sub(known)
			for x := 0; x < 3; x++ {
				cx := j - 1 + x
				if w[x] == 0 || cx < 0 || cx >= k {
					continue
				}
				r[cx] = r[cx].add(rhs.scale(w[x]))
				for y := 0; y < 3; y++ {
					cy := j - 1 + y
					if w[y] == 0 || cy < 0 || cy >= k {
						continue
					}
					n[cx*k+cy] += w[x] * w[y]
				}
			}
		}
		for i := 0; i < k; i++ {
			n[i*k+i] += 1e-9
		}
		p = solve(n, r, k)
		if iter == 3 {
			break
		}
		for i := 1; i < len(pts)-1; i++ {
			c, d := splineAt(a, b, p, u[i])
			if dd := d.dot(d); dd > 1e-12 {
				u[i] = max(0, min(1, u[i]-c.sub(pts[i]).dot(d)/dd))
			}
		}
	}
	return p
}

// solve solves n x = r by Gaussian elimination with partial pivoting.
func solve(n []float64, r []vec, k int) []vec {
	for col := 0; col < k; col++ {
		piv := col
		for row := col + 1; row < k; row++ {
			if math.Abs(n[row*k+col]) > math.Abs(n[piv*k+col]) {
				piv = row
			}
		}
		if piv != col {
			for c := 0; c < k; c++ {
				n[col*k+c], n[piv*k+c] = n[piv*k+c], n[col*k+c]
			}
			r[col], r[piv] = r[piv], r[col]
		}
		for row := col + 1; row < k; row++ {
			f := n[row*k+col] / n[col*k+col]
			if f == 0 {
				continue
			}
			for c := col; c < k; c++ {
				n[row*k+c] -= f * n[col*k+c]
			}
			r[row] = r[row].sub(r[col].scale(f))
		}
	}
	x := make([]vec, k)
	for row := k - 1; row >= 0; row-- {
		s := r[row]
		for c := row + 1; c < k; c++ {
			s = s.sub(x[c].scale(n[row*k+c]))
		}
		x[row] = s.scale(1 / n[row*k+row])
	}
	return x
}

// sampleSpline returns points along the spline at most step apart.
func sampleSpline(a, b vec, p []vec, step float64) []vec {
	if len(p) == 0 {
		n := max(1, int(math.Ceil(a.dist(b)/step)))
		out := make([]vec, n+1)
		for i := range out {
			out[i] = lerp(a, b, float64(i)/float64(n))
		}
		return out
	}
	l := a.dist(p[0]) + p[len(p)-1].dist(b)
	for i := 1; i < len(p); i++ {
		l += p[i-1].dist(p[i])
	}
	n := max(8, int(math.Ceil(l/step)))
	out := make([]vec, n+1)
	for i := range out {
		out[i], _ = splineAt(a, b, p, float64(i)/float64(n))
	}
	return out
}

// segDist2 returns the squared distance from q to the segment a–b.
func segDist2(q, a, b vec) float64 {
	ab := b.sub(a)
	l := ab.dot(ab)
	t := 0.0
	if l > 0 {
		t = max(0, min(1, q.sub(a).dot(ab)/l))
	}
	d := q.sub(a.add(ab.scale(t)))
	return d.dot(d)
}

// near reports whether every point of ps lies within tol of the
// polyline qs. Both run the same way, so the search for each point
// starts where the previous one was found.
func near(ps, qs []vec, tol float64) bool {
	tol2 := tol * tol
	hint := 0
	if len(qs) == 1 {
		qs = append(qs, qs[0])
	}
	last := len(qs) - 2
	for _, p := range ps {
		found := -1
		for off := 0; off <= last; off++ {
			if i := hint + off; i <= last && segDist2(p, qs[i], qs[i+1]) <= tol2 {
				found = i
				break
			}
			if i := hint - off; off > 0 && i >= 0 && segDist2(p, qs[i], qs[i+1]) <= tol2 {
				found = i
				break
			}
			if hint+off > last && hint-off < 0 {
				break
			}
		}
		if found < 0 {
			return false
		}
		hint = found
	}
	return true
}

// fitRunK returns the off-curve points of the smallest spline, of kmin
// to kmax points (or none: a straight line), from a to b within tol of
// the run, or ok false.
func fitRunK(run []cubic, a, b vec, tol float64, kmin, kmax int) (p []vec, ok bool) {
	ref, _ := sampleRun(run, 0.5, 4)
	line := []vec{a, b}
	if near(ref, line, tol) && a.within(ref[0], tol) && b.within(ref[len(ref)-1], tol) {
		return nil, true
	}
	total := 0.0
	for _, s := range run {
		total += s.length()
	}
	for k := max(kmin, 1); k <= kmax; k++ {
		pts, u := sampleRun(run, min(3, total/float64(6*k)), 2)
		p = fitSpline(a, b, pts, u, k)
		for i := range p {
			p[i] = p[i].round()
		}
		c := sampleSpline(a, b, p, 0.5)
		if near(c, ref, tol) && near(ref, c, tol) {
			return p, true
		}
	}
	return nil, false
}

// piece is a stretch of a refitted contour: an on-curve point and the
// off-curve points that follow it.
type piece struct {
	on  vec
	off []vec
}

func cost(ps []piece) int {
	n := 0
	for _, p := range ps {
		n += 1 + len(p.off)
	}
	return n
}

// refitMisses counts the segments that could not be refitted within the
// tolerance, even halved six times; TestRefitFandol wants none.
var refitMisses atomic.Int64

// fitSegment refits one segment, halving it until it fits.
func fitSegment(s cubic, tol float64, depth int) []piece {
	a, b := s.p0.round(), s.p3.round()
	p, ok := fitRunK([]cubic{s}, a, b, tol, 1, 6)
	if !ok && depth >= 6 {
		refitMisses.Add(1)
	}
	if ok || depth >= 6 {
		return []piece{{a, p}}
	}
	h1, h2 := s.halves()
	return append(fitSegment(h1, tol, depth+1), fitSegment(h2, tol, depth+1)...)
}

// maxSpan is the longest stretch of segments fitted as one spline.
const maxSpan = 12

// fitRun refits a run of segments between two corners with as few
// points as it can: the cheapest of fitting a stretch as one spline or
// cutting it at a node, for every stretch (dynamic programming). A
// stretch needs about as many off-curve points as the longest stretch
// it holds, which bounds the search.
func fitRun(run []cubic, tol float64) []piece {
	n := len(run)
	type best struct {
		cost   int
		pieces []piece
		k      int // fewest off-curve points one spline over the stretch might take
	}
	memo := make([][]best, n+1)
	for i := range memo {
		memo[i] = make([]best, n+1)
	}
	for i := 0; i < n; i++ {
		p := fitSegment(run[i], tol, 0)
		k := len(p[0].off)
		if len(p) > 1 {
			k = cost(p) - 1
		}
		memo[i][i+1] = best{cost(p), p, k}
	}
	for l := 2; l <= n; l++ {
		for i := 0; i+l <= n; i++ {
			j := i + l
			bm := i + 1
			for m := i + 2; m < j; m++ {
				if memo[i][m].cost+memo[m][j].cost < memo[i][bm].cost+memo[bm][j].cost {
					bm = m
				}
			}
			c := memo[i][bm].cost + memo[bm][j].cost
			ps := append(slices.Clone(memo[i][bm].pieces), memo[bm][j].pieces...)
			kmin := max(memo[i][j-1].k, memo[i+1][j].k)
			k := max(kmin, c-1)
			if l <= maxSpan && kmin <= c-2 {
				a, b := run[i].p0.round(), run[j-1].p3.round()
				if p, ok := fitRunK(run[i:j], a, b, tol, kmin, c-2); ok {
					c, ps, k = 1+len(p), []piece{{a, p}}, len(p)
				}
			}
			memo[i][j] = best{c, ps, k}
		}
	}
	return memo[0][n].pieces
}

// refitContour refits a closed contour and returns its TrueType points,
// in the contour's direction.
func refitContour(segs []cubic, tol float64) []point {
	n := len(segs)
	turns := make([]float64, n)
	var corners []int
	for i := range segs {
		_, end := segs[(i+n-1)%n].tangents()
		start, _ := segs[i].tangents()
		turns[i] = turn(end, start)
		if turns[i] > refitCorner {
			corners = append(corners, i)
		}
	}
	if len(corners) == 0 {
		corners = []int{0}
		for i := range turns {
			if turns[i] > turns[corners[0]] {
				corners[0] = i
			}
		}
	}
	var pts []point
	for ci, c := range corners {
		next := corners[(ci+1)%len(corners)]
		var run []cubic
		for i := c; ; i = (i + 1) % n {
			run = append(run, segs[i])
			if (i+1)%n == next {
				break
			}
		}
		for _, p := range fitRun(run, tol) {
			pts = append(pts, point{p.on.x, p.on.y, true})
			for _, q := range p.off {
				pts = append(pts, point{q.x, q.y, false})
			}
		}
	}
	return pts
}

// refitGlyph refits a glyph's contours as a TrueType glyph, reversing
// them: PostScript fills counter-clockwise contours, TrueType clockwise.
func refitGlyph(contours [][]cubic, tol float64) simpleGlyph {
	var g simpleGlyph
	for _, c := range contours {
		pts := refitContour(c, tol)
		if len(pts) == 0 {
			continue
		}
		slices.Reverse(pts[1:])
		g.points = append(g.points, pts...)
		g.ends = append(g.ends, len(g.points)-1)
	}
	return g
}

// refitStats counts what refitFont did.
type refitStats struct {
	glyphs, before, after int // glyphs refitted, their points before and after
}

// refitFont returns the TrueType font ttf with the outline of every
// glyph that has a character replaced by a refit of outline(r), r the
// first of its characters for which ok is true, and the tables that
// depend on outlines updated:
// glyf, loca, each glyph's left side bearing in hmtx and top side
// bearing in vmtx, the bounding box in head, the point and contour
// counts in maxp.
func refitFont(ttf []byte, outline func(r rune) (contours [][]cubic, ok bool), tol float64) ([]byte, refitStats, error) {
	var st refitStats
	f, err := Parse(ttf, 0)
	if err != nil {
		return nil, st, err
	}
	tables := map[string][]byte{}
	for tag, t := range f.tables {
		tables[tag] = clone(ttf[t.off : t.off+t.len])
	}
	runesOf := map[uint16][]rune{}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if g := f.GlyphIndex(r); g != 0 {
			runesOf[g] = append(runesOf[g], r)
		}
	}
	gr, err := f.glyphs()
	if err != nil {
		return nil, st, err
	}
	defer gr.close()
	hmtx := tables["hmtx"]
	var vmtx []byte
	numV := 0
	if vh, ok := tables["vhea"]; ok && len(vh) >= 36 {
		vmtx = tables["vmtx"]
		numV = int(binary.BigEndian.Uint16(vh[34:]))
	}
	// Refit the glyphs in parallel; the outlines are put together below.
	refits := make([]*simpleGlyph, f.numGlyphs)
	jobs := make(chan uint16)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for g := range jobs {
				// The first of the glyph's characters that the
				// original has.
				for _, r := range runesOf[g] {
					if contours, ok := outline(r); ok {
						if len(contours) > 0 {
							ng := refitGlyph(contours, tol)
							refits[g] = &ng
						}
						break
					}
				}
			}
		}()
	}
	for g := 0; g < f.numGlyphs; g++ {
		if _, ok := runesOf[uint16(g)]; ok {
			jobs <- uint16(g)
		}
	}
	close(jobs)
	wg.Wait()

	var glyf []byte
	loca := make([]byte, 0, 4*(f.numGlyphs+1))
	xMin, yMin, xMax, yMax := math.MaxInt16, math.MaxInt16, math.MinInt16, math.MinInt16
	maxPoints, maxContours := 0, 0
	for g := 0; g < f.numGlyphs; g++ {
		rec, err := gr.outline(f, uint16(g))
		if err != nil {
			return nil, st, err
		}
		if ng := refits[g]; ng != nil && len(rec) > 0 {
			if old, simple := decodeSimple(rec); simple {
				st.glyphs++
				st.before += len(old.points)
				st.after += len(ng.points)
				oldYMax := int16(binary.BigEndian.Uint16(rec[8:]))
				rec, _ = ng.encode()
				if g < f.numHMetrics {
					copy(hmtx[4*g+2:], rec[2:4])
				} else {
					copy(hmtx[4*f.numHMetrics+2*(g-f.numHMetrics):], rec[2:4])
				}
				if vmtx != nil {
					off := 4*g + 2
					if g >= numV {
						off = 4*numV + 2*(g-numV)
					}
					if off+2 <= len(vmtx) {
						tsb := int16(binary.BigEndian.Uint16(vmtx[off:]))
						tsb += oldYMax - int16(binary.BigEndian.Uint16(rec[8:]))
						binary.BigEndian.PutUint16(vmtx[off:], uint16(tsb))
					}
				}
			}
		}
		if len(rec) >= 10 {
			nc := int(int16(binary.BigEndian.Uint16(rec)))
			if nc >= 0 {
				if sg, ok := decodeSimple(rec); ok {
					maxPoints = max(maxPoints, len(sg.points))
					maxContours = max(maxContours, nc)
				}
			}
			box := func(i int) int { return int(int16(binary.BigEndian.Uint16(rec[2+2*i:]))) }
			xMin, yMin, xMax, yMax = min(xMin, box(0)), min(yMin, box(1)), max(xMax, box(2)), max(yMax, box(3))
		}
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		glyf = append(glyf, rec...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	tables["glyf"], tables["loca"] = glyf, loca
	head := tables["head"]
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set by assemble
	for i, v := range []int{xMin, yMin, xMax, yMax} {
		binary.BigEndian.PutUint16(head[36+2*i:], uint16(int16(v)))
	}
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	if maxp := tables["maxp"]; len(maxp) >= 32 {
		binary.BigEndian.PutUint16(maxp[6:], uint16(maxPoints))
		binary.BigEndian.PutUint16(maxp[8:], uint16(maxContours))
	}
	return assemble(tables), st, nil
}

// TestRefitFandol rebuilds the bundled Fandol fonts; it runs only when
// YAODIAN_FANDOL names the folder that holds FandolFang-Regular.otf,
// FandolKai-Regular.otf and fontforge's .ttf conversions of them.
func TestRefitFandol(t *testing.T) {
	dir := os.Getenv("YAODIAN_FANDOL")
	if dir == "" {
		t.Skip("YAODIAN_FANDOL is not set; see assets/fonts/README.md")
	}
	for _, name := range []string{"FandolFang-Regular", "FandolKai-Regular"} {
		t.Run(name, func(t *testing.T) {
			otf, err := os.ReadFile(filepath.Join(dir, name+".otf"))
			if err != nil {
				t.Fatal(err)
			}
			ttf, err := os.ReadFile(filepath.Join(dir, name+".ttf"))
			if err != nil {
				t.Fatal(err)
			}
			src, err := parseOTF(otf)
			if err != nil {
				t.Fatal(err)
			}
			out, st, err := refitFont(ttf, func(r rune) ([][]cubic, bool) {
				g := src.cmap.lookup(r)
				if g == 0 {
					return nil, false
				}
				c, err := src.contours(g)
				if err != nil {
					t.Errorf("%q: %v", r, err)
					return nil, false
				}
				return c, true
			}, refitTolerance)
			if err != nil {
				t.Fatal(err)
			}
			checkSameMetrics(t, ttf, out)
			if n := refitMisses.Load(); n > 0 {
				t.Fatalf("%d segments could not be refitted within %v units", n, refitTolerance)
			}
			dst := filepath.Join("..", "assets", "fonts", name+".ttf")
			if err := os.WriteFile(dst, out, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d glyphs refitted, %d points → %d; %d bytes → %d", dst, st.glyphs, st.before, st.after, len(ttf), len(out))
		})
	}
}

// checkSameMetrics fails unless two fonts map the same characters to
// glyphs of the same advance widths.
func checkSameMetrics(t *testing.T, a, b []byte) {
	t.Helper()
	fa, err := Parse(a, 0)
	if err != nil {
		t.Fatal(err)
	}
	fb, err := Parse(b, 0)
	if err != nil {
		t.Fatal(err)
	}
	if fa.numGlyphs != fb.numGlyphs {
		t.Fatalf("%d glyphs, was %d", fb.numGlyphs, fa.numGlyphs)
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		ga, gb := fa.GlyphIndex(r), fb.GlyphIndex(r)
		if ga != gb || fa.advanceUnits(ga) != fb.advanceUnits(gb) {
			t.Fatalf("%q: glyph %d of advance %d, was %d of %d", r, gb, fb.advanceUnits(gb), ga, fa.advanceUnits(ga))
		}
	}
}

// A circle of four curves becomes one spline, of fewer points than the
// curves refitted one by one, within the tolerance of the circle; a square keeps its four corners; both turn
// clockwise, as TrueType wants.
func TestRefitContour(t *testing.T) {
	const k = 0.5523 * 300 // control point distance of a quarter circle
	c := vec{500, 400}
	at := func(x, y float64) vec { return c.add(vec{x, y}) }
	circle := []cubic{
		{at(300, 0), at(300, k), at(k, 300), at(0, 300), false},
		{at(0, 300), at(-k, 300), at(-300, k), at(-300, 0), false},
		{at(-300, 0), at(-300, -k), at(-k, -300), at(0, -300), false},
		{at(0, -300), at(k, -300), at(300, -k), at(300, 0), false},
	}
	corners := []vec{{100, 100}, {200, 100}, {200, 200}, {100, 200}}
	var square []cubic
	for i, p := range corners {
		q := corners[(i+1)%4]
		square = append(square, cubic{p, p, q, q, true})
	}
	g := refitGlyph([][]cubic{circle, square}, refitTolerance)
	if len(g.ends) != 2 {
		t.Fatalf("%d contours, want 2", len(g.ends))
	}
	circ, sq := g.points[:g.ends[0]+1], g.points[g.ends[0]+1:]
	apart := 0
	for _, s := range circle {
		apart += cost(fitSegment(s, refitTolerance, 0))
	}
	if len(circ) >= apart {
		t.Errorf("circle: %d points, want fewer than the %d of refitting each curve alone", len(circ), apart)
	}
	// Walk the circle's quadratic pieces, the on-curve points between
	// two off-curve ones implied.
	n := len(circ)
	for i, p := range circ {
		if p.on {
			continue
		}
		s, e := circ[(i+n-1)%n], circ[(i+1)%n]
		if !s.on {
			s = point{(s.x + p.x) / 2, (s.y + p.y) / 2, true}
		}
		if !e.on {
			e = point{(e.x + p.x) / 2, (e.y + p.y) / 2, true}
		}
		for j := 0; j <= 32; j++ {
			u := float64(j) / 32
			x := (1-u)*(1-u)*s.x + 2*u*(1-u)*p.x + u*u*e.x
			y := (1-u)*(1-u)*s.y + 2*u*(1-u)*p.y + u*u*e.y
			// Four cubics stray 0.08 units from a true circle.
			if d := math.Abs(math.Hypot(x-c.x, y-c.y) - 300); d > refitTolerance+0.1 {
				t.Fatalf("circle strays %.2f units at (%.1f, %.1f)", d, x, y)
			}
		}
	}
	if len(sq) != 4 {
		t.Fatalf("square: %d points, want its 4 corners", len(sq))
	}
	for _, p := range sq {
		if !p.on || !slices.Contains(corners, vec{p.x, p.y}) {
			t.Errorf("square: point %v is not a corner", p)
		}
	}
	area := func(pts []point) float64 {
		a := 0.0
		for i, p := range pts {
			q := pts[(i+1)%len(pts)]
			a += p.x*q.y - q.x*p.y
		}
		return a
	}
	if area(circ) >= 0 || area(sq) >= 0 {
		t.Errorf("contours turn counter-clockwise (areas %v, %v), want clockwise", area(circ), area(sq))
	}
}
