package layout

import (
	"fmt"
	"math"
)

// mm converts millimetres to points.
func mm(v float64) float64 {
	return v * 72 / 25.4
}

// Geometry is the page and type grid. Default gives the values of
// GB/T 9704-2012.
type Geometry struct {
	PageWidth, PageHeight float64 // the paper, in points
	Top, Left             float64 // the margins above and left of the text block
	Width, Height         float64 // the text block (版心)
	Lines                 int     // lines per page, filling Height
	Chars                 int     // characters per line, filling Width
	BodySize              float64 // body text (3号)
	TitleSize             float64 // the title (2号)
	FolioSize             float64 // page numbers (4号)
	// FolioGap is how far below the text block the dashes of the page
	// number lie.
	FolioGap float64
	// TableSize is the size of table text; GB/T 9704 asks for 14 pt or
	// less.
	TableSize float64
}

// Default returns the geometry of GB/T 9704-2012: A4, top margin 37 mm,
// left 28 mm, a 156×225 mm text block of 22 lines of 28 characters of
// 16 pt, a 22 pt title, 14 pt page numbers 7 mm below the block, and
// 12 pt tables.
func Default() Geometry {
	return Geometry{
		PageWidth: mm(210), PageHeight: mm(297),
		Top: mm(37), Left: mm(28),
		Width: mm(156), Height: mm(225),
		Lines: 22, Chars: 28,
		BodySize: 16, TitleSize: 22, FolioSize: 14,
		FolioGap:  mm(7),
		TableSize: 12,
	}
}

// Pitch is the distance between the baselines of two grid lines.
func (g Geometry) Pitch() float64 {
	return g.Height / float64(g.Lines)
}

// Tracking is the space added between two body characters so that Chars
// of them fill Width exactly: about −0.21 pt by default, since 28 × 16 pt
// is wider than 156 mm.
func (g Geometry) Tracking() float64 {
	if g.Chars < 2 {
		return 0
	}
	return (g.Width - float64(g.Chars)*g.BodySize) / float64(g.Chars-1)
}

// CharPitch is the width a body character takes on the grid.
func (g Geometry) CharPitch() float64 {
	return g.BodySize + g.Tracking()
}

// Right is the right edge of the text block.
func (g Geometry) Right() float64 {
	return g.Left + g.Width
}

// Check reports what makes the geometry unusable, or nil.
func (g Geometry) Check() error {
	bad := func(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 }
	switch {
	case bad(g.PageWidth) || bad(g.PageHeight) || bad(g.Width) || bad(g.Height) ||
		bad(g.BodySize) || bad(g.TitleSize) || bad(g.FolioSize) || bad(g.TableSize) ||
		math.IsNaN(g.Top) || math.IsNaN(g.Left) || math.IsNaN(g.FolioGap) || g.Top < 0 || g.Left < 0 || g.FolioGap < 0:
		return fmt.Errorf("sizes must be positive numbers")
	case g.Left+g.Width > g.PageWidth || g.Top+g.Height > g.PageHeight:
		return fmt.Errorf("the text block does not fit on the page")
	case g.Lines < 1 || g.Chars < 2:
		return fmt.Errorf("a page needs at least 1 line of 2 characters")
	case g.Pitch() < g.BodySize:
		return fmt.Errorf("%d lines of %g pt do not fit in %g pt", g.Lines, g.BodySize, g.Height)
	case g.CharPitch() < g.BodySize/2:
		return fmt.Errorf("%d characters of %g pt do not fit in %g pt", g.Chars, g.BodySize, g.Width)
	case g.TitleSize > g.Pitch()*2 || g.TitleSize > g.Width/4:
		return fmt.Errorf("a %g pt title does not fit the grid", g.TitleSize)
	}
	return nil
}
