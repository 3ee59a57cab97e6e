package layout

import (
	"math"
	"slices"
	"strconv"
)

// EmBoxMiddle is how far above the baseline the middle of the ideographic
// em box lies, in ems: where the dashes of a page number sit, and where a
// strike through Chinese text is drawn.
const EmBoxMiddle = 0.38

// paginate places the flow on pages. Grid lines go on the next free line
// of the page's grid; tables go where the grid leaves off, row by row,
// with the header repeated on every page the table reaches. A chain of
// items that keep together (a heading and its first line of text, the
// title, the signature block) moves to the next page whole when it does
// not fit, unless it is longer than a page. An empty line is never put
// at the top of a page.
func (b *builder) paginate() []Page {
	g := b.g
	pitch := g.Pitch()
	var pages []Page
	cursor := 0.0 // how far down the text block the page is filled
	page := func() *Page { return &pages[len(pages)-1] }
	newPage := func() {
		// Room for a page of grid lines at once: appended line by line,
		// a page's lines were copied five times over.
		pages = append(pages, Page{Number: len(pages) + 1, Lines: make([]Line, 0, g.Lines)})
		cursor = 0
	}
	newPage()
	slot := func(c float64) int { return int(math.Ceil(c/pitch - 1e-9)) }
	fitsLine := func(c float64, slots int) bool { return float64(slot(c)+slots)*pitch <= g.Height+eps }
	// after returns where the page is filled to once it is placed from
	// c on, or +Inf if it does not fit; a table counts its header and
	// first row only, which are never parted.
	after := func(it item, c float64) float64 {
		if it.table == nil {
			if !fitsLine(c, it.slots) {
				return math.Inf(1)
			}
			return float64(slot(c)+it.slots) * pitch
		}
		c += it.table.header.height
		if len(it.table.rows) > 0 {
			c += it.table.rows[0].height
		}
		if c > g.Height+eps {
			return math.Inf(1)
		}
		return c
	}
	for i := 0; i < len(b.items); i++ {
		if i == 0 || !b.items[i-1].keep {
			// The start of a chain: see whether the whole chain fits.
			c := cursor
			for j := i; j < len(b.items) && c < math.Inf(1); j++ {
				c = after(b.items[j], c)
				if !b.items[j].keep {
					break
				}
			}
			if math.IsInf(c, 1) && cursor > 0 {
				newPage()
			}
		}
		it := b.items[i]
		if it.pageBreak && cursor > 0 {
			newPage()
		}
		switch {
		case it.table != nil:
			b.placeTable(it.table, &pages, &cursor, newPage)
		case it.line == nil:
			if cursor > 0 && fitsLine(cursor, 1) {
				cursor = float64(slot(cursor)+1) * pitch
			}
		default:
			if !fitsLine(cursor, it.slots) {
				newPage()
			}
			k := slot(cursor)
			l := it.line
			l.Slot = k
			size := lineSize(l)
			l.Baseline = g.Top + float64(k)*pitch + (float64(it.slots)*pitch-size)/2 + ideographic*size
			for r := range l.Runs {
				l.Runs[r].Y = l.Baseline
			}
			page().Lines = append(page().Lines, *l)
			cursor = float64(k+it.slots) * pitch
		}
	}
	return pages
}

// placeTable places a table's rows from the cursor on, starting a new
// page (and repeating the header) when a row does not fit, splitting a
// row taller than a page between its lines — any row, in a table set
// from the top — and draws the rules around every cell.
func (b *builder) placeTable(t *table, pages *[]Page, cursor *float64, newPage func()) {
	g := b.g
	onPage := 0
	place := func(r row) {
		p := &(*pages)[len(*pages)-1]
		top := g.Top + *cursor
		for _, l := range r.lines {
			l.Baseline += top
			// A header is placed on every page the table reaches: each
			// placement gets runs of its own.
			l.Runs = slices.Clone(l.Runs)
			for k := range l.Runs {
				l.Runs[k].Y = l.Baseline
			}
			p.Lines = append(p.Lines, l)
		}
		left, right := t.x[0], t.x[len(t.x)-1]
		bottom := top + r.height
		if onPage == 0 {
			p.Rules = append(p.Rules, Rule{left, top, right, top, ruleWidth})
		}
		p.Rules = append(p.Rules, Rule{left, bottom, right, bottom, ruleWidth})
		for _, x := range t.x {
			p.Rules = append(p.Rules, Rule{x, top, x, bottom, ruleWidth})
		}
		*cursor += r.height
		onPage++
	}
	for _, r := range t.rows {
		for {
			head := 0.0
			if onPage == 0 {
				head = t.header.height
			}
			if *cursor+head+r.height <= g.Height+eps {
				break // it fits
			}
			if *cursor > 0 && head+r.height <= g.Height+eps && !t.top {
				newPage() // a row is not split when a page can hold it
				onPage = 0
				continue
			}
			// A row taller than a page: what fits goes here, the rest of
			// its lines carry on under the header of the next page.
			first, rest, ok := splitRow(r, g.Height-*cursor-head)
			if !ok {
				if *cursor > 0 {
					newPage()
					onPage = 0
					continue
				}
				break // not a line fits an empty page: it goes whole
			}
			if onPage == 0 {
				place(t.header)
			}
			place(first)
			r = rest
			newPage()
			onPage = 0
		}
		if onPage == 0 {
			place(t.header)
		}
		place(r)
	}
}

// splitRow cuts a table row whose lines do not all fit in room points:
// first holds the lines that fit and fills room, rest the others moved up
// to start below the cell padding. ok is false when no line fits.
func splitRow(r row, room float64) (first, rest row, ok bool) {
	limit := room - cellPadY
	cut := 0.0 // the top of the first line that does not fit
	for _, l := range r.lines {
		if top, bottom := lineBox(l); bottom > limit+eps {
			if cut == 0 || top < cut {
				cut = top
			}
		}
	}
	if cut <= cellPadY+eps {
		return row{}, row{}, false
	}
	first.height = room
	shift := cut - cellPadY
	for _, l := range r.lines {
		if top, _ := lineBox(l); top < cut-eps {
			first.lines = append(first.lines, l)
			continue
		}
		l.Baseline -= shift
		rest.lines = append(rest.lines, l)
	}
	rest.height = r.height - shift
	return first, rest, true
}

// lineBox returns the top and bottom of a table line's slot: a table line
// is set on a leading of 1.5 times its size, its baseline where tableRow
// puts it.
func lineBox(l Line) (top, bottom float64) {
	size := lineSize(&l)
	lead := 1.5 * size
	top = l.Baseline - (lead-size)/2 - ideographic*size
	return top, top + lead
}

// folios numbers the pages: "— N —" in 宋体, its dashes FolioGap below
// the text block, one character in from the right edge on odd pages and
// from the left edge on even ones.
func (b *builder) folios(pages []Page) {
	g := b.g
	for i := range pages {
		text := "— " + strconv.Itoa(pages[i].Number) + " —"
		l := b.centred(KindBody, shape(b.m, []span{{text: text, font: Song}}, g.FolioSize), 0, 0)
		w := l.End - l.Start
		x := g.Left + g.CharPitch()
		if pages[i].Number%2 == 1 {
			x = g.Right() - g.CharPitch() - w
		}
		r := l.Runs[0]
		r.X += x - l.Start
		r.Y = g.Top + g.Height + g.FolioGap + EmBoxMiddle*g.FolioSize
		pages[i].Folio = r
	}
}
