// Package layout sets a work-point plan in the official layout of
// GB/T 9704-2012: it turns the document model into pages of positioned
// lines and glyph runs, with Chinese line breaking to GB/T 15834 and lines
// justified to the text block. It draws nothing and reads no files: fonts
// reach it only as glyph widths through Metrics, so that a layout can be
// tested as structure, and the PDF writer in package export draws it.
//
// Coordinates are in points (1/72 inch) from the top-left corner of the
// page, y growing downwards; a run's y is its baseline.
package layout

// Font is the typeface a run prints in, named by its role in the layout.
type Font string

// The fonts of the official layout.
const (
	Title    Font = "title"     // 小标宋: the title
	Hei      Font = "hei"       // 黑体: 一、 headings
	Kai      Font = "kai"       // 楷体: （一） headings, task units
	Fang     Font = "fang"      // 仿宋: body, 1. and （1） headings
	FangBold Font = "fang-bold" // 仿宋, bold: lead sentences
	Song     Font = "song"      // 宋体: page numbers
)

// Metrics measures glyphs for the layout.
type Metrics interface {
	// Advance returns the advance width of r printed in f, in
	// thousandths of an em, as the glyph the PDF will draw has it.
	Advance(f Font, r rune) int
}

// Document is a laid-out document: its geometry and its pages.
type Document struct {
	Geometry Geometry
	Pages    []Page
}

// Page is one printed page.
type Page struct {
	Number int // from 1
	Lines  []Line
	// Rules are the lines of tables.
	Rules []Rule
	// Folio is the page number, "— N —".
	Folio Run
	// Landscape reports that the page is turned: its paper and text
	// block are those of Landscape(Geometry).
	Landscape bool
}

// Kind tells what a line prints.
type Kind string

// The kinds of line.
const (
	KindTitle     Kind = "title"
	KindHeading   Kind = "heading"   // a node's heading on a line of its own
	KindBody      Kind = "body"      // a paragraph of text, possibly starting with a number and lead sentence
	KindUnits     Kind = "units"     // （牵头单位：…；责任单位：…；完成时限：…）
	KindHeader    Kind = "header"    // a table's header cell
	KindCell      Kind = "cell"      // a table's body cell
	KindSignature Kind = "signature" // 发文机关署名
	KindDate      Kind = "date"      // 成文日期
)

// Line is one line of text.
type Line struct {
	Kind Kind
	// Slot is the line's place on the page's grid of Geometry.Lines
	// lines, from 0; -1 for a line inside a table.
	Slot int
	// Baseline is the y of the line's baseline.
	Baseline float64
	// Start and End are where the line's first glyph begins and its last
	// one ends (without the blank half of a squeezed punctuation mark).
	Start, End float64
	// Last reports whether the line ends its paragraph (or cell).
	Last bool
	// Node is the ID of the outline node the line belongs to, "" for
	// the title, preamble, signature and date.
	Node string
	Runs []Run
}

// Run is a sequence of glyphs in one font and size, set from X with
// Spacing points added after each glyph's advance.
type Run struct {
	Font    Font
	Size    float64
	X, Y    float64
	Spacing float64
	Text    string
	// Mark is how a 对照表 marks a change in the text: underlined where
	// it was put in, struck through where it was taken out.
	Mark Mark
}

// Mark is a change a run shows in a comparison.
type Mark string

// The marks.
const (
	Unmarked Mark = ""
	Inserted Mark = "inserted" // drawn bold and underlined
	Deleted  Mark = "deleted"  // drawn struck through
)

// Rule is a straight line of a table.
type Rule struct {
	X1, Y1, X2, Y2 float64
	Width          float64
}

// Text returns the characters the document prints, in reading order:
// each line's runs, page by page, then the page's number. It is what a
// text extractor should find in the PDF.
func (d *Document) Text() string {
	var b []byte
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				b = append(b, r.Text...)
			}
			b = append(b, '\n')
		}
		b = append(b, p.Folio.Text...)
		b = append(b, '\n')
	}
	return string(b)
}
