package layout

import (
	"fmt"
	"strings"

	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/plantext"
)

// Options choose what LayoutWith sets besides the plan.
type Options struct {
	// Notice, when set, is the notice that issues the plan (印发通知),
	// set first as GB/T 9704-2012 lays it out; the plan follows on a new
	// page as its attachment. NoticeFor makes one for a plan.
	Notice *docmodel.Notice
	// Division adds the 重点任务分工表 as an attachment on landscape pages.
	Division bool
}

// DivisionTitle is the title of the task-division table.
const DivisionTitle = "重点任务分工表"

// NoticeFor returns the notice that issues d: its own, or when it has
// none, the plain one an office writes — "X关于印发《Y》的通知", "现将《Y》
// 印发给你们，请结合实际，认真贯彻落实。" and the plan as the attachment.
func NoticeFor(d *docmodel.Document) docmodel.Notice {
	var n docmodel.Notice
	if d.Notice != nil {
		n = *d.Notice
	}
	title := d.Meta.Title
	if n.Title == "" {
		n.Title = d.Meta.Issuer + "关于印发《" + title + "》的通知"
	}
	if len(n.Body) == 0 {
		n.Body = []string{"现将《" + title + "》印发给你们，请结合实际，认真贯彻落实。"}
	}
	if len(n.Attachments) == 0 && title != "" {
		n.Attachments = []string{title}
	}
	return n
}

// Attachments returns the names the notice's 附件 line lists: the
// notice's own, and the 分工表 when it is added and not among them.
func Attachments(n docmodel.Notice, withDivision bool) []string {
	names := n.Attachments
	if withDivision && !hasDivision(names) {
		names = append(names[:len(names):len(names)], DivisionTitle)
	}
	return names
}

func hasDivision(names []string) bool {
	for _, n := range names {
		if strings.Contains(n, "分工") {
			return true
		}
	}
	return false
}

// AttachmentMarks returns the marks printed at the top left of the plan
// and of the 分工表: 附件 alone for a single attachment, 附件1 and 附件2
// for two. The plan has none when it is not an attachment.
func AttachmentMarks(opts Options, names int) (plan, div string) {
	switch {
	case opts.Notice != nil && names > 1:
		return "附件1", "附件2"
	case opts.Notice != nil:
		return "附件", "附件"
	}
	return "", "附件"
}

// LayoutWith sets d on pages of geometry g, measuring glyphs with m, with
// the notice and the 分工表 that opts ask for.
func LayoutWith(d *docmodel.Document, m Metrics, g Geometry, opts Options) (*Document, error) {
	if err := g.Check(); err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	b := &builder{m: m, g: g, opts: d.Options}
	names := 1
	if opts.Notice != nil {
		list := Attachments(*opts.Notice, opts.Division)
		names = len(list)
		b.notice(*opts.Notice, d.Meta, list)
	}
	planMark, divMark := AttachmentMarks(opts, names)
	if planMark != "" {
		b.mark(planMark, true)
	}
	b.plan(d, opts.Notice == nil)
	out := &Document{Geometry: g, Pages: b.paginate()}
	b.folios(out.Pages)
	if opts.Division {
		out.Pages = append(out.Pages, divisionPages(d, m, g, divMark, len(out.Pages))...)
	}
	return out, nil
}

// plan adds the plan: its title, number and recipients, preamble,
// outline and, when sign is set, the signature and date.
func (b *builder) plan(d *docmodel.Document, sign bool) {
	m := d.Meta
	if !sign {
		// Inside a notice, the number and recipients are the notice's.
		m.Number, m.Recipients = "", nil
	}
	b.head(d.Meta.Title, m)
	for _, p := range d.Preamble {
		b.paragraph(KindBody, "", []span{{text: p, font: Fang}}, false)
	}
	d.Walk(func(e docmodel.Entry) bool {
		b.node(e)
		return true
	})
	if sign {
		b.signature(d.Meta.Issuer, d.Meta.Date)
	}
}

// head adds the title with the blank line below it, then the document
// number centred under it with a blank line of its own, and the
// recipients (主送机关) flush left — each only when set.
func (b *builder) head(title string, m docmodel.Meta) {
	b.title(title)
	if m.Number != "" {
		g := b.g
		b.add(b.centred(KindBody, shape(b.m, []span{{text: m.Number, font: Fang}}, g.BodySize), g.Left, g.Width), true)
		b.blank()
	}
	if line := m.RecipientsLine(); line != "" {
		b.flush(KindBody, line, Fang, 0, 0)
	}
}

// flush adds text in lines of the block, the first indented by first
// characters and the others by rest, justified.
func (b *builder) flush(kind Kind, text string, f Font, first, rest int) {
	g := b.g
	p := para{
		glyphs:   shape(b.m, []span{{text: text, font: f}}, g.BodySize),
		width:    g.Width - float64(rest)*g.CharPitch(),
		indent:   float64(first-rest) * g.CharPitch(),
		tracking: g.Tracking(),
		justify:  true,
	}
	for _, sl := range breakLines(p) {
		x := g.Left + float64(rest)*g.CharPitch() + sl.indent
		b.add(&Line{Kind: kind, Start: x, End: x + sl.end, Last: sl.last, Runs: sl.runs(x)}, false)
	}
}

// notice adds the notice: its title, number and recipients, its text,
// one blank line and the 附件 line (names after the first aligned under
// the first), and the signature and date.
func (b *builder) notice(n docmodel.Notice, m docmodel.Meta, names []string) {
	b.head(n.Title, m)
	for _, p := range n.Body {
		b.paragraph(KindBody, "", []span{{text: p, font: Fang}}, false)
	}
	if len(names) > 0 {
		b.blank()
	}
	for i, line := range docmodel.AttachmentLines(names) {
		switch {
		case len(names) == 1:
			b.flush(KindBody, line, Fang, 2, 5)
		case i == 0:
			b.flush(KindBody, line, Fang, 2, 7)
		default:
			b.flush(KindBody, line, Fang, 5, 7)
		}
	}
	b.signature(m.Issuer, m.Date)
}

// mark adds an attachment's mark, 附件 or 附件N in 3号黑体 at the top left
// of a new page when newPage is set.
func (b *builder) mark(text string, newPage bool) {
	g := b.g
	glyphs := shape(b.m, []span{{text: text, font: Hei}}, g.BodySize)
	p := para{glyphs: glyphs, width: g.Width, tracking: g.Tracking()}
	sl := p.set(glyphs, make([]float64, len(glyphs)), 0, g.Width, true)
	b.items = append(b.items, item{
		line:  &Line{Kind: KindHeading, Start: g.Left, End: g.Left + sl.end, Last: true, Runs: sl.runs(g.Left)},
		slots: 1, keep: true, pageBreak: newPage,
	})
}

// Landscape returns g turned a quarter: the paper and the text block on
// their sides, with as many lines of the same pitch as the block's new
// height holds.
func Landscape(g Geometry) Geometry {
	l := g
	l.PageWidth, l.PageHeight = g.PageHeight, g.PageWidth
	l.Top, l.Left = g.Left, g.Top
	l.Width, l.Height = g.Height, g.Width
	l.Lines = max(1, int(l.Height/g.Pitch()))
	l.Chars = max(2, int(l.Width/g.CharPitch()))
	return l
}

// divisionPages sets the 重点任务分工表 on landscape pages numbered on from
// the pages before them: its mark, its title and the table.
func divisionPages(d *docmodel.Document, m Metrics, g Geometry, mark string, before int) []Page {
	b := &builder{m: m, g: Landscape(g), opts: d.Options}
	b.mark(mark, false)
	b.title(DivisionTitle)
	b.items = append(b.items, item{table: b.divisionTable(division.Rows(d))})
	pages := b.paginate()
	for i := range pages {
		pages[i].Number += before
		pages[i].Landscape = true
	}
	b.folios(pages)
	return pages
}

// divisionTable sets the rows of the 分工表 under division.Columns, the
// task flush left and the rest centred. The unit columns are at least as
// wide as their longest name, and their names are packed into lines
// whole, so that no name is split where it fits on a line.
func (b *builder) divisionTable(rows []division.Row) *table {
	g := b.g
	width := func(text string, f Font) float64 {
		w := 0.0
		for _, gl := range shape(b.m, []span{{text: text, font: f}}, g.TableSize) {
			w += gl.adv
		}
		return w + 2*cellPadX
	}
	n := len(division.Columns)
	natural, least := make([]float64, n), make([]float64, n)
	for i, h := range division.Columns {
		least[i] = width(h, Hei)
		natural[i] = least[i]
	}
	units := make([][2][]string, len(rows))
	for r, row := range rows {
		units[r] = [2][]string{plantext.SplitUnits(row.Lead), row.Partners}
		cells := row.Cells()
		natural[0] = max(natural[0], width(cells[0], Fang))
		natural[1] = max(natural[1], width(cells[1], Fang))
		least[4] = max(least[4], width(cells[4], Fang))
		natural[4] = max(natural[4], least[4])
		for k, list := range units[r] {
			c := 2 + k
			for _, name := range list {
				least[c] = max(least[c], width(name+"、", Fang))
			}
			natural[c] = max(natural[c], least[c], width(strings.Join(list, "、"), Fang))
		}
	}
	least[0] = natural[0]
	least[1] = max(least[1], 8*g.TableSize+2*cellPadX)
	widths := share(natural, least, g.Width)
	t := &table{x: make([]float64, n+1), top: true}
	t.x[0] = g.Left
	for i, w := range widths {
		t.x[i+1] = t.x[i] + w
	}
	left := func(col int) bool { return col == 1 }
	header := make([]cell, n)
	for i, h := range division.Columns {
		header[i] = cell{{{text: h, font: Hei}}}
	}
	t.header = b.tableRow(t, "", header, KindHeader, left)
	for r, row := range rows {
		cells := row.Cells()
		c := []cell{{{{text: cells[0], font: Fang}}}, {{{text: cells[1], font: Fang}}}, nil, nil, {{{text: cells[4], font: Fang}}}}
		for k, list := range units[r] {
			inner := t.x[3+k] - t.x[2+k] - 2*cellPadX
			for _, line := range PackNames(list, inner, func(s string) float64 { return width(s, Fang) - 2*cellPadX }) {
				c[2+k] = append(c[2+k], []span{{text: line, font: Fang}})
			}
		}
		t.rows = append(t.rows, b.tableRow(t, row.Node.ID, c, KindCell, left))
	}
	return t
}

// PackNames fills lines no wider than inner, as width measures them,
// with whole names joined by 、, starting a new line rather than splitting
// a name: the unit cells of the 分工表, in the PDF and in Word.
func PackNames(names []string, inner float64, width func(string) float64) []string {
	var lines []string
	cur := ""
	for i, name := range names {
		if i < len(names)-1 {
			name += "、"
		}
		if cur != "" && width(cur+name) > inner+eps {
			lines = append(lines, cur)
			cur = ""
		}
		cur += name
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
