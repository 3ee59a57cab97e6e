package layout

import (
	"fmt"
	"time"

	"yaodian/docmodel"
)

// ideographic places glyphs on a line: the baseline lies 0.88 em below
// the top of the ideographic em box, which is centred on the grid line.
const ideographic = 0.88

// item is one piece of the flow the paginator places: a grid line, or a
// table.
type item struct {
	line  *Line
	table *table
	// slots is how many grid lines the line takes.
	slots int
	// keep holds the item on the same page as the next one.
	keep bool
	// pageBreak starts a new page before the item.
	pageBreak bool
}

// builder turns the document into the flow of items.
type builder struct {
	m     Metrics
	g     Geometry
	opts  docmodel.Options
	items []item
	// buf is lent to each body paragraph in turn.
	buf buffers
}

// Layout sets d on pages of geometry g, measuring glyphs with m.
func Layout(d *docmodel.Document, m Metrics, g Geometry) (*Document, error) {
	return LayoutWith(d, m, g, Options{})
}

// levelFont is the font of a numbering level: 一、 黑体, （一） 楷体, the
// deeper levels 仿宋.
func levelFont(s docmodel.MarkerStyle) Font {
	switch s {
	case docmodel.MarkerChinese:
		return Hei
	case docmodel.MarkerChineseParen:
		return Kai
	}
	return Fang
}

// node adds a node's own text: its heading line, or its numbered first
// paragraph with the lead sentence; its other paragraphs; its task units;
// and its indicator table.
func (b *builder) node(e docmodel.Entry) {
	n := e.Node
	f := levelFont(b.opts.StyleAt(e.Depth))
	body := n.Body
	if n.Heading != "" {
		b.paragraph(KindHeading, n.ID, []span{{text: e.Number + n.Heading, font: f}}, true)
	} else {
		// A lead sentence prints in its level's font; on the 仿宋 levels
		// it is bold when the document asks for bold leads, and the
		// number with it.
		lead := f
		if f == Fang && n.Lead != "" && b.opts.Leads == docmodel.LeadsBold {
			lead = FangBold
		}
		spans := []span{{text: e.Number, font: lead}, {text: n.Lead, font: lead}}
		if len(body) > 0 {
			spans = append(spans, span{text: body[0], font: Fang})
			body = body[1:]
		}
		b.paragraph(KindBody, n.ID, spans, false)
	}
	for _, p := range body {
		b.paragraph(KindBody, n.ID, []span{{text: p, font: Fang}}, false)
	}
	// Task units print in 楷体, set apart from the task's text as
	// government task lists (重点任务分工) print them.
	if u := n.UnitsLine(); u != "" {
		b.paragraph(KindUnits, n.ID, []span{{text: u, font: Kai}}, false)
	}
	if len(n.Indicators) > 0 {
		b.items = append(b.items, item{table: b.indicatorTable(n.ID, n.Indicators)})
	}
}

// paragraph breaks text into justified lines with a two-character
// indent and adds them; keep holds all of them with what follows, as for
// a heading.
func (b *builder) paragraph(kind Kind, node string, spans []span, keep bool) {
	g := b.g
	b.buf.glyphs = shapeInto(b.buf.glyphs, b.m, spans, g.BodySize)
	p := para{
		glyphs:   b.buf.glyphs,
		indent:   2 * g.CharPitch(),
		width:    g.Width,
		tracking: g.Tracking(),
		justify:  true,
		buf:      &b.buf,
	}
	for _, sl := range breakLines(p) {
		x := g.Left + sl.indent
		b.add(&Line{Kind: kind, Start: x, End: x + sl.end, Last: sl.last, Node: node, Runs: sl.runs(x)}, keep)
	}
}

// add appends a grid line to the flow.
func (b *builder) add(l *Line, keep bool) {
	slots := 1
	if size := lineSize(l); size > b.g.Pitch() {
		slots = 2
	}
	b.items = append(b.items, item{line: l, slots: slots, keep: keep})
}

// blank appends an empty grid line, kept with what follows.
func (b *builder) blank() {
	b.items = append(b.items, item{slots: 1, keep: true})
}

// title adds the title, centred in balanced lines, and the blank line
// below it.
func (b *builder) title(t string) {
	if t == "" {
		return
	}
	g := b.g
	for _, line := range titleLines(shape(b.m, []span{{text: t, font: Title}}, g.TitleSize), g.Width) {
		b.add(b.centred(KindTitle, line, g.Left, g.Width), true)
	}
	b.blank()
}

// centred sets glyphs at their natural widths, centred in [x, x+width].
func (b *builder) centred(kind Kind, g []glyph, x, width float64) *Line {
	l := setLine{glyphs: g, x: make([]float64, len(g)), last: true}
	for i, gl := range g {
		l.x[i] = l.end
		l.end += gl.adv
	}
	x += (width - l.end) / 2
	return &Line{Kind: kind, Start: x, End: x + l.end, Last: true, Runs: l.runs(x)}
}

// signature adds the issuing body (发文机关署名) and the date (成文日期)
// as GB/T 9704-2012 §7.3.5.2 places them without a seal: one blank line
// below the text, the issuer two characters from the right edge, the
// date on the next line starting two characters right of the issuer's
// first character — unless the date is longer, when the date ends two
// characters from the edge and the issuer moves left with it. The block
// never starts a page on its own: the last line of text goes with it.
func (b *builder) signature(issuer, date string) {
	if issuer == "" && date == "" {
		return
	}
	g := b.g
	date = chineseDate(date)
	set := func(kind Kind, text string) *Line {
		p := para{glyphs: shape(b.m, []span{{text: text, font: Fang}}, g.BodySize), width: g.Width, tracking: g.Tracking()}
		sl := p.set(p.glyphs, make([]float64, len(p.glyphs)), 0, g.Width, true)
		return &Line{Kind: kind, End: sl.end, Last: true, Runs: sl.runs(0)}
	}
	right := g.Right() - 2*g.CharPitch()
	at := func(l *Line, x float64) *Line { return moveTo(l, max(x, g.Left)) }
	var lines []*Line
	switch {
	case issuer != "" && date != "":
		is, dt := set(KindSignature, issuer), set(KindDate, date)
		isX := right - is.End
		dtX := isX + 2*g.CharPitch()
		if dtX+dt.End > right {
			dtX = right - dt.End
			isX = dtX - 2*g.CharPitch()
		}
		lines = []*Line{at(is, isX), at(dt, dtX)}
	case issuer != "":
		is := set(KindSignature, issuer)
		lines = []*Line{at(is, right-is.End)}
	default:
		dt := set(KindDate, date)
		lines = []*Line{at(dt, right-dt.End)}
	}
	if n := len(b.items); n > 0 {
		b.items[n-1].keep = true
	}
	b.blank()
	for i, l := range lines {
		b.add(l, i+1 < len(lines))
	}
}

// moveTo shifts a line set from 0 to start at x.
func moveTo(l *Line, x float64) *Line {
	for i := range l.Runs {
		l.Runs[i].X += x
	}
	l.Start, l.End = x, l.End+x
	return l
}

// chineseDate writes a date given as YYYY-MM-DD the way a document is
// dated: 2025年1月5日, without leading zeros. Other text is kept as is.
func chineseDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// lineSize is the largest font size on a line.
func lineSize(l *Line) float64 {
	size := 0.0
	for _, r := range l.Runs {
		size = max(size, r.Size)
	}
	return size
}
