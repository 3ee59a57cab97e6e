package export

import (
	"yaodian/export/layout"
	"yaodian/fonts"
)

// Painted is what a page of a laid-out document puts on paper, as the PDF
// draws it: for a preview that draws the page itself (package
// export/raster), which lives apart so that a program that only writes
// files does not link a rasterizer.
type Painted struct {
	// Glyphs are the page's characters in the order they are painted,
	// cut where the font that draws them changes.
	Glyphs []Glyphs
	// Lines are the underlines and strikes of a 对照表 and the rules of
	// tables, painted after the glyphs.
	Lines []Line
	// Runes holds, font by font, the characters painted; a character no
	// font has is under the font that draws its .notdef box.
	Runes map[fonts.Font]map[rune]bool
}

// Glyphs are characters one font draws at size points to the em: Text[i]
// with its origin at (X[i], Y) on the baseline, in points from the top
// left of the page.
type Glyphs struct {
	Font fonts.Font
	Size float64
	Y    float64
	X    []float64
	Text []rune
}

// Line is a straight line from (X1, Y1) to (X2, Y2), Width points thick
// with square-cut ends, as a PDF strokes one.
type Line struct {
	X1, Y1, X2, Y2, Width float64
}

// PaintPage paints p with the fonts of set, which must be the fonts it was
// laid out with, as the PDF writer does.
func PaintPage(p *layout.Page, set *fonts.Set) Painted {
	pt := newPainter(set)
	var c paintedCanvas
	pt.page(p, &c)
	c.Runes = pt.runes
	return c.Painted
}

// paintedCanvas is the canvas of PaintPage: it keeps what is painted.
type paintedCanvas struct {
	Painted
}

func (c *paintedCanvas) text(s segment) {
	c.Glyphs = append(c.Glyphs, Glyphs{Font: s.font, Size: s.size, Y: s.y, X: s.x, Text: s.text})
}

func (c *paintedCanvas) line(l stroke) {
	c.Lines = append(c.Lines, Line{l.x1, l.y1, l.x2, l.y2, l.width})
}
