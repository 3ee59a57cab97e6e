package export

import (
	"slices"
	"unicode/utf8"

	"yaodian/export/layout"
	"yaodian/fonts"
)

// A canvas is what laid-out pages are painted on, maroto's way: a
// painter decides which font draws each character and where each glyph
// goes, and draws the marks of a 对照表; a canvas only puts ink where it
// is told. The PDF writer (pdfCanvas) and PaintPage, which the editor's
// preview draws from (package export/raster), are the two canvases, so
// that the preview shows what the PDF prints.
type canvas interface {
	// text paints the glyphs of s.
	text(s segment)
	// line strokes l.
	line(l stroke)
}

// segment is the part of a run that one font draws: text[i] with its
// origin at (x[i], y) on the baseline, size points to the em. Each glyph
// stands its advance in the font plus spacing points after the one
// before, as a PDF's character spacing puts it. A canvas that keeps a
// segment may keep its slices: they are not written again.
type segment struct {
	font    fonts.Font
	size    float64
	spacing float64
	y       float64
	x       []float64
	text    []rune
}

// stroke is a straight line from (x1, y1) to (x2, y2), width points
// thick with square-cut ends, as a PDF strokes one.
type stroke struct {
	x1, y1, x2, y2, width float64
}

// Where the marks of a 对照表 are drawn, in ems of the run's size: an
// underline below the baseline (a strike goes through the middle of the
// em box, layout.EmBoxMiddle), both this thick.
const (
	underlineDepth = 0.15
	markWidth      = 0.05
)

// useKey names a font's use in a style.
type useKey struct {
	style fonts.Style
	font  fonts.Font
}

// painter paints laid-out pages onto canvases with the fonts of set,
// which must be the fonts they were laid out with, and tallies what it
// painted.
type painter struct {
	set *fonts.Set
	// runes holds, font by font, the characters painted: the glyphs a
	// PDF embeds and the outlines a preview reads.
	runes map[fonts.Font]map[rune]bool
	// uses counts the characters each font drew in each style.
	uses map[useKey]*FontUse
	// missing holds the characters no font has, painted as .notdef
	// boxes.
	missing map[rune]bool
	// The characters of runs and their x, handed out run by run from
	// blocks, so that painting allocates a few times a page.
	textBlock []rune
	xBlock    []float64
}

func newPainter(set *fonts.Set) *painter {
	return &painter{set: set, runes: map[fonts.Font]map[rune]bool{}, uses: map[useKey]*FontUse{}, missing: map[rune]bool{}}
}

// page paints p onto c: every run of its lines, then its page number,
// then the rules of its tables.
func (pt *painter) page(p *layout.Page, c canvas) {
	for _, l := range p.Lines {
		for _, r := range l.Runs {
			pt.run(r, c)
		}
	}
	pt.run(p.Folio, c)
	for _, r := range p.Rules {
		c.line(stroke{r.X1, r.Y1, r.X2, r.Y2, r.Width})
	}
}

// blockSize is how many characters a block of painter holds.
const blockSize = 1024

// alloc returns empty slices with room for n characters and their x,
// which no other run shares.
func (pt *painter) alloc(n int) ([]rune, []float64) {
	if len(pt.textBlock)+n > cap(pt.textBlock) {
		pt.textBlock = make([]rune, 0, max(n, blockSize))
		pt.xBlock = make([]float64, 0, max(n, blockSize))
	}
	k := len(pt.textBlock)
	pt.textBlock = pt.textBlock[:k+n]
	pt.xBlock = pt.xBlock[:k+n]
	return pt.textBlock[k : k : k+n], pt.xBlock[k : k : k+n]
}

// run paints r onto c: each character in the font set.Glyph chooses for
// it, a .notdef box where no font has it, cut into segments where the
// font changes; each glyph at the run's X plus the advances (in the font
// that draws them) and the run's Spacing of the glyphs before it. Then
// the mark of a 对照表: what was put in is underlined, what was taken
// out struck through.
func (pt *painter) run(r layout.Run, c canvas) {
	st := style(r.Font)
	text, xs := pt.alloc(utf8.RuneCountInString(r.Text))
	x := r.X
	start := 0
	// The font of the last character, its set of runes and its use,
	// looked up again only when the font changes.
	var (
		last    fonts.Font
		lastSet map[rune]bool
		lastUse *FontUse
	)
	flush := func() {
		if len(text) > start {
			c.text(segment{font: last, size: r.Size, spacing: r.Spacing, y: r.Y, x: xs[start:len(xs):len(xs)], text: text[start:len(text):len(text)]})
		}
		start = len(text)
	}
	for _, ch := range r.Text {
		f, found, adv := pt.set.Glyph(st, ch)
		if !found && ch != ' ' {
			pt.missing[ch] = true
		}
		if len(text) == 0 || f != last {
			flush()
			last = f
			if lastSet = pt.runes[f]; lastSet == nil {
				lastSet = map[rune]bool{}
				pt.runes[f] = lastSet
			}
			lastUse = nil
		}
		if !lastSet[ch] { // a write costs more than a read
			lastSet[ch] = true
		}
		if found {
			if lastUse == nil {
				k := useKey{st, f}
				if lastUse = pt.uses[k]; lastUse == nil {
					lastUse = &FontUse{Style: st, Font: f, Fallback: f != pt.set.Primary(st)}
					pt.uses[k] = lastUse
				}
			}
			u := lastUse
			u.Chars++
			if u.Fallback && len(u.Samples) < 5 && !slices.Contains(u.Samples, ch) {
				u.Samples = append(u.Samples, ch)
			}
		}
		text = append(text, ch)
		xs = append(xs, x)
		x += float64(adv)*r.Size/1000 + r.Spacing
	}
	flush()
	end := x - r.Spacing
	switch r.Mark {
	case layout.Inserted:
		y := r.Y + underlineDepth*r.Size
		c.line(stroke{r.X, y, end, y, markWidth * r.Size})
	case layout.Deleted:
		y := r.Y - layout.EmBoxMiddle*r.Size
		c.line(stroke{r.X, y, end, y, markWidth * r.Size})
	}
}
