package layout

import (
	"slices"

	"yaodian/docmodel"
)

// Table cell geometry, in points.
const (
	cellPadX  = 4
	cellPadY  = 4
	ruleWidth = 0.5
)

// table is an indicator table set in its columns, ready to be placed.
type table struct {
	x      []float64 // column edges, len(columns)+1
	header row
	rows   []row
	// top sets the body cells' text at the top of the row rather than
	// centred in its height: in a table whose rows run over pages, a
	// centred short cell would stand pages away from where its row starts.
	// Such a table's rows are also split wherever a page ends, rather
	// than moved whole to the next page, so that long rows leave no
	// half-empty pages.
	top bool
}

// row is a table row: its cells' lines, positioned from the row's top
// (their baselines are offsets from it), and its height.
type row struct {
	lines  []Line
	height float64
}

// IndicatorCells returns the rows of an indicator table under
// docmodel.IndicatorColumns, and the columns to print: those some
// indicator fills, and always the name and the value. The PDF and the
// Word file print the same columns.
func IndicatorCells(inds []docmodel.Indicator) (cols []int, rows [][]string) {
	rows = make([][]string, len(inds))
	for r, ind := range inds {
		rows[r] = ind.Row()
	}
	for c := range docmodel.IndicatorColumns {
		used := c == 0 || c == 2
		for _, row := range rows {
			used = used || row[c] != ""
		}
		if used {
			cols = append(cols, c)
		}
	}
	return cols, rows
}

// indicatorTable sets a node's indicators as a table headed by
// docmodel.IndicatorColumns, in 黑体 above and 仿宋 below at TableSize,
// leaving out the columns no indicator fills (the name and the value
// always show). Names and source texts are set flush left, the short
// columns centred; columns share the block's width by their content.
func (b *builder) indicatorTable(node string, inds []docmodel.Indicator) *table {
	g := b.g
	cols, full := IndicatorCells(inds)
	header := make([]string, len(cols))
	cells := make([][]string, len(inds))
	for i, c := range cols {
		header[i] = docmodel.IndicatorColumns[c]
	}
	for r := range inds {
		cells[r] = make([]string, len(cols))
		for i, c := range cols {
			cells[r][i] = full[r][c]
		}
	}
	left := func(i int) bool { return cols[i] == 0 || cols[i] == len(docmodel.IndicatorColumns)-1 }

	// Natural widths: each column as wide as its longest cell on one
	// line; no narrower than its header.
	shapeCell := func(text string, f Font) []glyph { return shape(b.m, []span{{text: text, font: f}}, g.TableSize) }
	natural := make([]float64, len(cols))
	least := make([]float64, len(cols))
	width := func(gs []glyph) float64 {
		w := 0.0
		for _, gl := range gs {
			w += gl.adv
		}
		return w + 2*cellPadX
	}
	for i := range cols {
		least[i] = width(shapeCell(header[i], Hei))
		natural[i] = least[i]
		for _, r := range cells {
			natural[i] = max(natural[i], width(shapeCell(r[i], Fang)))
		}
	}
	widths := share(natural, least, g.Width)
	t := &table{x: make([]float64, len(cols)+1)}
	t.x[0] = g.Left
	for i, w := range widths {
		t.x[i+1] = t.x[i] + w
	}
	setRow := func(texts []string, f Font, kind Kind) row {
		cells := make([]cell, len(texts))
		for i, text := range texts {
			cells[i] = cell{{{text: text, font: f}}}
		}
		return b.tableRow(t, node, cells, kind, left)
	}
	t.header = setRow(header, Hei, KindHeader)
	for _, r := range cells {
		t.rows = append(t.rows, setRow(r, Fang, KindCell))
	}
	return t
}

// cell is a table cell: its paragraphs, each a list of spans.
type cell [][]span

// tableRow sets one row of t at TableSize: each cell's paragraphs broken
// into lines in its column, the cell centred vertically in the row, its
// lines flush left where left says so and centred otherwise (a header is
// always centred).
func (b *builder) tableRow(t *table, node string, cells []cell, kind Kind, left func(col int) bool) row {
	g := b.g
	var cellsLines [][]setLine
	most := 0
	for i, c := range cells {
		var ls []setLine
		for _, p := range c {
			ls = append(ls, breakLines(para{glyphs: shape(b.m, p, g.TableSize), width: t.x[i+1] - t.x[i] - 2*cellPadX})...)
		}
		cellsLines = append(cellsLines, ls)
		most = max(most, len(ls))
	}
	lead := g.TableSize * 1.5
	r := row{height: float64(max(most, 1))*lead + 2*cellPadY}
	for i, ls := range cellsLines {
		top := (r.height - float64(len(ls))*lead) / 2
		if t.top && kind != KindHeader {
			top = cellPadY
		}
		for k, sl := range ls {
			x := t.x[i] + cellPadX
			if kind == KindHeader || !left(i) {
				x = t.x[i] + (t.x[i+1]-t.x[i]-sl.end)/2
			}
			base := top + float64(k)*lead + (lead-g.TableSize)/2 + ideographic*g.TableSize
			r.lines = append(r.lines, Line{Kind: kind, Slot: -1, Baseline: base, Start: x, End: x + sl.end, Last: sl.last, Node: node, Runs: sl.runs(x)})
		}
	}
	return r
}

// share divides total among columns: each gets its natural width and
// the rest goes to all in proportion when they fit; when they do not,
// the widest columns are narrowed to a common width (never below their
// least width) until they do.
func share(natural, least []float64, total float64) []float64 {
	sum := 0.0
	for _, w := range natural {
		sum += w
	}
	out := make([]float64, len(natural))
	if sum <= total {
		for i, w := range natural {
			out[i] = w * total / sum
		}
		return out
	}
	capped := func(c float64) float64 {
		s := 0.0
		for i, w := range natural {
			s += max(least[i], min(w, c))
		}
		return s
	}
	// The cap is found by bisection between 0 and the widest column.
	lo, hi := 0.0, slices.Max(natural)
	for range 60 {
		mid := (lo + hi) / 2
		if capped(mid) > total {
			hi = mid
		} else {
			lo = mid
		}
	}
	s := 0.0
	for i, w := range natural {
		out[i] = max(least[i], min(w, lo))
		s += out[i]
	}
	// Least widths alone may not fit: then every column shrinks alike.
	for i := range out {
		out[i] *= total / s
	}
	return out
}

// ShareWidths divides total among columns as the layout's tables do:
// each column gets its natural width and the rest in proportion when
// they fit, and otherwise the widest are narrowed alike, never below
// their least width unless even those do not fit. The Word writer sizes
// its tables with it.
func ShareWidths(natural, least []float64, total float64) []float64 {
	return share(natural, least, total)
}
