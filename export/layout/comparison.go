package layout

import "fmt"

// Piece is a run of a comparison cell's text: kept, or marked as put in
// or taken out.
type Piece struct {
	Text string
	Mark Mark
}

// ComparisonRow is one row of a 修改对照表: the text as it was and as it
// is, each a list of paragraphs of pieces (nil where the node did not
// exist), and the note saying what changed where.
type ComparisonRow struct {
	Old, New [][]Piece
	Note     string
}

// Comparison is a 修改对照表 to lay out: a title, paragraphs under it, the
// rows of changes and a table of indicator changes.
type Comparison struct {
	Title string
	Intro []string
	Rows  []ComparisonRow
	// IndicatorHeader and Indicators are the table of indicator changes;
	// it is left out when there are no rows.
	IndicatorHeader []string
	Indicators      [][]string
}

// Column shares of the 对照表: the two texts side by side, the note
// narrower.
var comparisonShares = []float64{0.4, 0.4, 0.2}

// LayoutComparison sets a 修改对照表 on pages of geometry g: the title,
// the intro, then the table 原文 / 修改后 / 说明 at TableSize with its
// header repeated on every page and its cells set from the top, what was
// taken out struck through in the original and what was put in bold and
// underlined in the revision; then the indicator changes under a heading.
// Pages are numbered as in a plan.
func LayoutComparison(c Comparison, m Metrics, g Geometry) (*Document, error) {
	if err := g.Check(); err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	b := &builder{m: m, g: g}
	b.title(c.Title)
	for _, p := range c.Intro {
		b.paragraph(KindBody, "", []span{{text: p, font: Fang}}, false)
	}
	t := &table{x: columns(g, comparisonShares), top: true}
	header := []cell{{{{text: "原文", font: Hei}}}, {{{text: "修改后", font: Hei}}}, {{{text: "说明", font: Hei}}}}
	t.header = b.tableRow(t, "", header, KindHeader, nil)
	for _, r := range c.Rows {
		cells := []cell{pieces(r.Old), pieces(r.New), {{{text: r.Note, font: Fang}}}}
		t.rows = append(t.rows, b.tableRow(t, "", cells, KindCell, func(int) bool { return true }))
	}
	if len(t.rows) > 0 {
		b.items = append(b.items, item{table: t})
	}
	if len(c.Indicators) > 0 {
		b.paragraph(KindHeading, "", []span{{text: "指标变化", font: Hei}}, true)
		n := len(c.IndicatorHeader)
		shares := make([]float64, n)
		for i := range shares {
			shares[i] = 1 / float64(n)
		}
		it := &table{x: columns(g, shares)}
		hc := make([]cell, n)
		for i, h := range c.IndicatorHeader {
			hc[i] = cell{{{text: h, font: Hei}}}
		}
		it.header = b.tableRow(it, "", hc, KindHeader, nil)
		for _, row := range c.Indicators {
			rc := make([]cell, n)
			for i, text := range row {
				rc[i] = cell{{{text: text, font: Fang}}}
			}
			it.rows = append(it.rows, b.tableRow(it, "", rc, KindCell, func(col int) bool { return col == 0 }))
		}
		b.items = append(b.items, item{table: it})
	}
	out := &Document{Geometry: g, Pages: b.paginate()}
	b.folios(out.Pages)
	return out, nil
}

// columns returns the edges of columns that share the text block's width.
func columns(g Geometry, shares []float64) []float64 {
	x := []float64{g.Left}
	for _, s := range shares {
		x = append(x, x[len(x)-1]+s*g.Width)
	}
	return x
}

// pieces turns the paragraphs of a comparison cell into a cell: kept and
// removed text in 仿宋, inserted text in bold 仿宋; "—" for a cell with no
// text.
func pieces(paras [][]Piece) cell {
	if len(paras) == 0 {
		return cell{{{text: "—", font: Fang}}}
	}
	var c cell
	for _, p := range paras {
		var spans []span
		for _, pc := range p {
			f := Fang
			if pc.Mark == Inserted {
				f = FangBold
			}
			spans = append(spans, span{text: pc.Text, font: f, mark: pc.Mark})
		}
		c = append(c, spans)
	}
	return c
}
