// Package raster draws pages of a laid-out document as images, for the
// editor's page preview. It is apart from package export so that the
// command line, which only writes files, does not link the rasterizer and
// the font parser it needs (golang.org/x/image, which initialises
// golang.org/x/sys/cpu at every start).
package raster

import (
	"image"
	imagedraw "image/draw"
	"maps"
	"math"
	"slices"
	"strconv"
	"sync"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/usererr"
)

// maxScale bounds RenderPage's scale: 8 pixels per point is 576 dpi, an
// A4 page of about 4,800 × 6,700 pixels (128 MB), more than any preview
// needs.
const maxScale = 8

// RenderPage draws page index (from 0) of a laid-out document as an
// image, scale pixels per point (1.0 = 72 dpi; the editor uses about
// 1.3–2), white paper, black text, for the editor's page preview.
//
// It draws what the PDF draws, from the same layout: every glyph of every
// run at the x the PDF puts it (the run's X, then each glyph's advance in
// the font that draws it plus the run's Spacing), in the font set.Pick
// chooses for it, emboldened where the set synthesises bold, a .notdef box
// where no font has the character; then the underlines and strikes of a
// 对照表, the rules of tables and the page number. Glyph outlines come
// from the same subsets the PDF embeds and are kept once read, so that
// drawing a page again after an edit only reads the characters that are
// new. RenderPage is safe for concurrent use.
func RenderPage(doc *layout.Document, index int, set *fonts.Set, scale float64) (*image.RGBA, error) {
	if doc == nil || set == nil {
		return nil, usererr.New("无法预览：没有排好版的文档或字体", "cannot preview: no laid-out document or fonts")
	}
	if index < 0 || index >= len(doc.Pages) {
		return nil, usererr.New("无法预览第 "+strconv.Itoa(index+1)+" 页：文档共 "+strconv.Itoa(len(doc.Pages))+" 页",
			"cannot preview page "+strconv.Itoa(index+1)+": the document has "+strconv.Itoa(len(doc.Pages))+" pages")
	}
	if !(scale > 0 && scale <= maxScale) {
		return nil, usererr.New("无法预览：缩放比例须大于 0 且不超过 "+strconv.Itoa(maxScale),
			"cannot preview: the scale must be above 0 and at most "+strconv.Itoa(maxScale))
	}
	g := doc.Geometry
	w, h := math.Ceil(g.PageWidth*scale), math.Ceil(g.PageHeight*scale)
	if !(w >= 1 && h >= 1 && w*h <= 1<<26) {
		return nil, usererr.New("无法预览：页面尺寸无效", "cannot preview: bad page size")
	}

	// Every glyph the page prints, where the PDF prints it, and the
	// marks of a 对照表.
	ink := export.PaintPage(&doc.Pages[index], set)

	// Their outlines, read font by font.
	outlines := make(map[fonts.Font]map[rune]*outline, len(ink.Runes))
	for f, rs := range ink.Runes {
		m, err := glyphOutlines(f, slices.Collect(maps.Keys(rs)))
		if err != nil {
			return nil, err
		}
		outlines[f] = m
	}

	img := image.NewRGBA(image.Rect(0, 0, int(w), int(h)))
	fillWhite(img.Pix)
	d := drawer{img: img, z: vector.NewRasterizer(0, 0)}
	// The glyphs first, then the lines over them.
	for _, g := range ink.Glyphs {
		o := outlines[g.Font]
		for i, r := range g.Text {
			d.glyph(o[r], g.X[i]*scale, g.Y*scale, g.Size*scale)
		}
	}
	for _, l := range ink.Lines {
		d.line(l, scale)
	}
	return img, nil
}

// fillWhite sets every byte of pix to 0xFF: white, opaque paper.
func fillWhite(pix []byte) {
	if len(pix) == 0 {
		return
	}
	pix[0] = 0xFF
	for n := 1; n < len(pix); n *= 2 {
		copy(pix[n:], pix[:n])
	}
}

// outline is a glyph's path in font units as 26.6 fixed-point numbers,
// y growing downwards: an operator per segment (sfnt.SegmentOp) and its
// points, one for a move or a line, two for a quadratic and three for a
// cubic curve.
type outline struct {
	upem     int
	ops      []uint8
	pts      []fixed.Point26_6
	min, max fixed.Point26_6 // bounds of the points
}

// rasterFont is what RenderPage keeps of a font: the outlines read so far.
type rasterFont struct {
	mu       sync.Mutex
	outlines map[rune]*outline
}

// The outlines of every font drawn so far, kept across pages and
// documents. Once the cache holds maxCachedGlyphs it is emptied, so that
// fonts of many documents, or of font sets no longer used, do not pile up.
const maxCachedGlyphs = 60000

var rasterCache struct {
	mu     sync.Mutex
	fonts  map[fonts.Font]*rasterFont
	glyphs int
}

// glyphOutlines returns the outlines of runes in f, reading those not yet
// cached from a subset of the font: the glyphs the PDF embeds, emboldened
// where it emboldens them, and the .notdef glyph for a rune f lacks.
func glyphOutlines(f fonts.Font, runes []rune) (map[rune]*outline, error) {
	rasterCache.mu.Lock()
	if rasterCache.fonts == nil || rasterCache.glyphs > maxCachedGlyphs {
		rasterCache.fonts, rasterCache.glyphs = map[fonts.Font]*rasterFont{}, 0
	}
	rf := rasterCache.fonts[f]
	if rf == nil {
		rf = &rasterFont{outlines: map[rune]*outline{}}
		rasterCache.fonts[f] = rf
	}
	rasterCache.mu.Unlock()

	rf.mu.Lock()
	defer rf.mu.Unlock()
	out := make(map[rune]*outline, len(runes))
	var missing []rune
	for _, r := range runes {
		if o, ok := rf.outlines[r]; ok {
			out[r] = o
		} else if _, dup := out[r]; !dup {
			out[r] = nil
			missing = append(missing, r)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	slices.Sort(missing)
	read, err := readOutlines(f, missing)
	if err != nil {
		return nil, err
	}
	for r, o := range read {
		rf.outlines[r] = o
		out[r] = o
	}
	rasterCache.mu.Lock()
	rasterCache.glyphs += len(read)
	rasterCache.mu.Unlock()
	return out, nil
}

// readOutlines cuts f down to runes and reads their outlines.
func readOutlines(f fonts.Font, runes []rune) (map[rune]*outline, error) {
	bad := func(err error) error {
		return usererr.Wrap(err, "无法读取字体“"+f.Label()+"”：字体文件已损坏或不是可用的 TrueType 字体", "cannot read font "+f.Face.Family+": "+err.Error())
	}
	data, err := f.Subset(runes)
	if err != nil {
		return nil, bad(err)
	}
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, bad(err)
	}
	var buf sfnt.Buffer
	upem := int(sf.UnitsPerEm())
	// At one pixel per font unit the outline comes in font units, as
	// exact as the font has it.
	ppem := fixed.I(upem)
	notdef := (*outline)(nil)
	out := make(map[rune]*outline, len(runes))
	for _, r := range runes {
		gi, err := sf.GlyphIndex(&buf, r)
		if err != nil {
			gi = 0
		}
		if gi == 0 && notdef != nil {
			out[r] = notdef
			continue
		}
		segs, err := sf.LoadGlyph(&buf, gi, ppem, nil)
		if err != nil {
			// A glyph the font cannot give draws as nothing, as in a
			// PDF viewer; the rest of the page still draws.
			segs = nil
		}
		o := newOutline(upem, segs)
		if gi == 0 {
			notdef = o
		}
		out[r] = o
	}
	return out, nil
}

// newOutline copies segments into an outline.
func newOutline(upem int, segs sfnt.Segments) *outline {
	o := &outline{upem: upem, ops: make([]uint8, 0, len(segs)), pts: make([]fixed.Point26_6, 0, 2*len(segs))}
	first := true
	for _, s := range segs {
		n := 1
		switch s.Op {
		case sfnt.SegmentOpQuadTo:
			n = 2
		case sfnt.SegmentOpCubeTo:
			n = 3
		}
		o.ops = append(o.ops, uint8(s.Op))
		for _, p := range s.Args[:n] {
			o.pts = append(o.pts, p)
			if first {
				o.min, o.max, first = p, p, false
			}
			o.min.X, o.min.Y = min(o.min.X, p.X), min(o.min.Y, p.Y)
			o.max.X, o.max.Y = max(o.max.X, p.X), max(o.max.Y, p.Y)
		}
	}
	return o
}

// drawer draws black shapes, anti-aliased, onto white paper.
type drawer struct {
	img  *image.RGBA
	z    *vector.Rasterizer
	mask image.Alpha
}

// glyph draws o with its origin at (x, y) pixels, size pixels to the em.
func (d *drawer) glyph(o *outline, x, y, size float64) {
	if o == nil || len(o.ops) == 0 {
		return
	}
	k := size / float64(o.upem) / 64
	x0, y0, ok := d.begin(x+float64(o.min.X)*k, y+float64(o.min.Y)*k, x+float64(o.max.X)*k, y+float64(o.max.Y)*k)
	if !ok {
		return
	}
	ox, oy := x-float64(x0), y-float64(y0)
	px := func(p fixed.Point26_6) (float32, float32) {
		return float32(ox + float64(p.X)*k), float32(oy + float64(p.Y)*k)
	}
	z := d.z
	i := 0
	for _, op := range o.ops {
		switch sfnt.SegmentOp(op) {
		case sfnt.SegmentOpMoveTo:
			z.ClosePath()
			z.MoveTo(px(o.pts[i]))
			i++
		case sfnt.SegmentOpLineTo:
			z.LineTo(px(o.pts[i]))
			i++
		case sfnt.SegmentOpQuadTo:
			bx, by := px(o.pts[i])
			cx, cy := px(o.pts[i+1])
			z.QuadTo(bx, by, cx, cy)
			i += 2
		case sfnt.SegmentOpCubeTo:
			bx, by := px(o.pts[i])
			cx, cy := px(o.pts[i+1])
			dx, dy := px(o.pts[i+2])
			z.CubeTo(bx, by, cx, cy, dx, dy)
			i += 3
		}
	}
	z.ClosePath()
	d.end(x0, y0)
}

// line draws l, in points, at scale pixels per point.
func (d *drawer) line(l export.Line, scale float64) {
	x1, y1, x2, y2 := l.X1*scale, l.Y1*scale, l.X2*scale, l.Y2*scale
	dx, dy := x2-x1, y2-y1
	n := math.Hypot(dx, dy)
	if !(n > 0 && l.Width > 0) || math.IsInf(n, 0) {
		return
	}
	// The normal, half the width long.
	hw := l.Width * scale / 2
	nx, ny := -dy/n*hw, dx/n*hw
	xs := []float64{x1 + nx, x2 + nx, x2 - nx, x1 - nx}
	ys := []float64{y1 + ny, y2 + ny, y2 - ny, y1 - ny}
	x0, y0, ok := d.begin(slices.Min(xs), slices.Min(ys), slices.Max(xs), slices.Max(ys))
	if !ok {
		return
	}
	d.z.MoveTo(float32(xs[0]-float64(x0)), float32(ys[0]-float64(y0)))
	for i := 1; i < 4; i++ {
		d.z.LineTo(float32(xs[i]-float64(x0)), float32(ys[i]-float64(y0)))
	}
	d.z.ClosePath()
	d.end(x0, y0)
}

// begin readies the rasterizer for a shape that lies between (x0, y0)
// and (x1, y1), in pixels, and returns the pixel its mask starts at; it
// reports false for a shape off the page, or absurdly large or placed (a
// layout with infinite or enormous numbers draws nothing there).
func (d *drawer) begin(x0, y0, x1, y1 float64) (int, int, bool) {
	w, h := float64(d.img.Rect.Dx()), float64(d.img.Rect.Dy())
	if !(x1 >= x0 && y1 >= y0 && x1 > 0 && y1 > 0 && x0 < w && y0 < h && x1-x0 < 2*w && y1-y0 < 2*h) {
		return 0, 0, false
	}
	px0, py0 := int(math.Floor(x0)), int(math.Floor(y0))
	// One pixel more than the bounds, for what anti-aliasing spreads.
	d.z.Reset(int(math.Ceil(x1))+1-px0, int(math.Ceil(y1))+1-py0)
	d.z.DrawOp = imagedraw.Src // each shape overwrites the mask
	return px0, py0, true
}

// end lays the shape added since begin onto the page, black over what is
// there, its top-left pixel at (x0, y0).
func (d *drawer) end(x0, y0 int) {
	sz := d.z.Size()
	n := sz.X * sz.Y
	if cap(d.mask.Pix) < n {
		d.mask.Pix = make([]byte, n)
	}
	d.mask.Pix = d.mask.Pix[:n]
	d.mask.Stride = sz.X
	d.mask.Rect = image.Rect(0, 0, sz.X, sz.Y)
	d.z.Draw(&d.mask, d.mask.Rect, image.Opaque, image.Point{})

	r := image.Rect(x0, y0, x0+sz.X, y0+sz.Y).Intersect(d.img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		m := d.mask.Pix[(y-y0)*sz.X+(r.Min.X-x0):][:r.Dx()]
		row := d.img.Pix[d.img.PixOffset(r.Min.X, y):][:4*r.Dx()]
		for i, a := range m {
			if a == 0 {
				continue
			}
			t := 255 - uint32(a)
			p := row[4*i : 4*i+3 : 4*i+3]
			p[0] = uint8((uint32(p[0])*t + 127) / 255)
			p[1] = uint8((uint32(p[1])*t + 127) / 255)
			p[2] = uint8((uint32(p[2])*t + 127) / 255)
		}
	}
}
