// Package docx writes a plan as a Word document (.docx) in the official
// layout of GB/T 9704-2012, for offices whose systems take Word files:
// the red header, seal and number are applied there. The document is
// built from styles — title, the outline levels, body, task units, the
// signature, tables, page numbers — on a grid of 22 lines of 28
// characters, so that it opens the same in Word, WPS and LibreOffice and
// shows the official fonts where they are installed. It is written with
// the standard library alone.
package docx

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/export/opc"
)

// Options choose what the document holds besides the plan.
type Options struct {
	// Notice wraps the plan in the notice that issues it (印发通知): the
	// notice's title, number, recipients, text, 附件 line, signature and
	// date, then the plan as 附件 on a new page. The notice is the
	// document's own, or a plain one made from its meta data.
	Notice bool
	// Division adds the 重点任务分工表 as an attachment on landscape
	// pages.
	Division bool
}

// Write returns d as a .docx file.
func Write(d *docmodel.Document, opts Options) ([]byte, error) {
	body := document(d, opts)
	return opc.Pack([]opc.Part{
		{Name: "[Content_Types].xml", Data: contentTypes()},
		{Name: "_rels/.rels", Data: packageRels()},
		{Name: "word/document.xml", Data: body},
		{Name: "word/_rels/document.xml.rels", Data: documentRels()},
		{Name: "word/styles.xml", Data: styles()},
		{Name: "word/settings.xml", Data: settings()},
		{Name: "word/fontTable.xml", Data: fonts()},
		{Name: "word/footer1.xml", Data: footer(true)},
		{Name: "word/footer2.xml", Data: footer(false)},
		{Name: "docProps/core.xml", Data: core(d.Meta.Title, d.Meta.Issuer, d.Meta.Date)},
		{Name: "docProps/app.xml", Data: app()},
	})
}

// writer accumulates the body of word/document.xml.
type writer struct {
	b []byte
	// pPrEnd is where the properties of the last paragraph end, for a
	// section break to be put there; -1 when a table came last.
	pPrEnd int
	lead   bool // lead sentences in bold
}

// document writes word/document.xml.
func document(d *docmodel.Document, opts Options) string {
	w := &writer{b: make([]byte, 0, 64<<10), pPrEnd: -1, lead: d.Options.Leads == docmodel.LeadsBold}
	w.b = append(w.b, xmlHeader+`<w:document `+nsW+`><w:body>`...)
	var rows []division.Row
	if opts.Division {
		rows = division.Rows(d)
	}
	lo := layout.Options{Division: opts.Division}
	names := 1
	if opts.Notice {
		n := layout.NoticeFor(d)
		lo.Notice = &n
		names = len(w.notice(d, opts.Division))
	}
	planMark, divMark := layout.AttachmentMarks(lo, names)
	if planMark != "" {
		w.para(styleAttachMark, "", run(planMark, ""))
	}
	w.plan(d, !opts.Notice)
	if opts.Division {
		w.sectionBreak(portrait())
		w.para(styleAttachMark, `<w:pageBreakBefore w:val="0"/>`, run(divMark, ""))
		w.title(layout.DivisionTitle, landWidth)
		w.divisionTable(rows)
		w.b = append(w.b, landscape()...)
	} else {
		w.b = append(w.b, portrait()...)
	}
	w.b = append(w.b, `</w:body></w:document>`...)
	return string(w.b)
}

// sectPr writes section properties: the page, its margins, the footers
// and the document grid.
func sectPr(w, h, top, right, bottom, left int, orient string) string {
	o := ""
	if orient != "" {
		o = ` w:orient="` + orient + `"`
	}
	return fmt.Sprintf(`<w:sectPr><w:footerReference w:type="default" r:id="%s"/><w:footerReference w:type="even" r:id="%s"/>`+
		`<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="%d" w:gutter="0"/>`+
		`<w:pgNumType w:fmt="decimal"/><w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="%d" w:charSpace="%d"/></w:sectPr>`,
		relOddFooter, relEvenFooter, w, h, o, top, right, bottom, left, footerGap, linePitch, charSpace)
}

func portrait() string {
	return sectPr(pageW, pageH, marginT, marginR, marginB, marginL, "")
}

// landscape turns the page and the block: the grid's lines run along
// the long side.
func landscape() string {
	return sectPr(pageH, pageW, landTop, landRight, landBottom, landLeft, "landscape")
}

// sectionBreak ends the section so far with the properties given.
func (w *writer) sectionBreak(props string) {
	if w.pPrEnd < 0 {
		w.para(styleNormal, "")
	}
	at := w.pPrEnd
	w.b = append(w.b[:at], append([]byte(props), w.b[at:]...)...)
	w.pPrEnd = -1
}

// para writes a paragraph in a style, with more paragraph properties
// (before the section's) and its runs.
func (w *writer) para(style, pPr string, runs ...string) {
	w.b = append(w.b, `<w:p><w:pPr>`...)
	if style != styleNormal {
		w.b = append(w.b, `<w:pStyle w:val="`+style+`"/>`...)
	}
	w.b = append(w.b, pPr...)
	w.pPrEnd = len(w.b)
	w.b = append(w.b, `</w:pPr>`...)
	for _, r := range runs {
		w.b = append(w.b, r...)
	}
	w.b = append(w.b, `</w:p>`...)
}

// run writes text in a character style ("" for none).
func run(text, style string) string {
	if text == "" {
		return ""
	}
	rPr := ""
	if style != "" {
		rPr = `<w:rPr><w:rStyle w:val="` + style + `"/></w:rPr>`
	}
	return `<w:r>` + rPr + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

// lineBreak is a manual line break inside a paragraph.
const lineBreak = `<w:r><w:br/></w:r>`

// emMetrics measures a title as its face most likely sets it: Chinese
// characters one em wide, Latin letters and digits half an em.
type emMetrics struct{}

func (emMetrics) Advance(_ layout.Font, r rune) int {
	if r < 0x1100 {
		return 500
	}
	return 1000
}

// title writes a title in balanced lines, broken where the PDF breaks
// it, in a block of the given width in twips.
func (w *writer) title(t string, blockWidth int) {
	if t == "" {
		return
	}
	g := layout.Default()
	g.Width = float64(blockWidth) / 20
	var runs []string
	for i, l := range layout.TitleLines(t, emMetrics{}, g) {
		if i > 0 {
			runs = append(runs, lineBreak)
		}
		runs = append(runs, run(l, ""))
	}
	w.para(styleTitle, "", runs...)
}

// head writes the title, the document number under it, and the
// recipients (主送机关) — each only when set.
func (w *writer) head(title string, m docmodel.Meta) {
	w.title(title, width)
	if m.Number != "" {
		w.para(styleNumber, "", run(m.Number, ""))
	}
	if line := m.RecipientsLine(); line != "" {
		w.para(styleRecipients, "", run(line, ""))
	}
}

// plan writes the plan: its title, number and recipients, preamble,
// outline and, when sign is set, the signature and date.
func (w *writer) plan(d *docmodel.Document, sign bool) {
	m := d.Meta
	if !sign {
		// Inside a notice, the number and recipients are the notice's.
		m.Number, m.Recipients = "", nil
	}
	w.head(d.Meta.Title, m)
	for _, p := range d.Preamble {
		w.para(styleNormal, "", run(p, ""))
	}
	// headed[k] tells whether the node open at depth k+1 printed as a
	// heading: a heading style is given only to a heading whose
	// ancestors are all headings, since a styled heading closes the
	// numbered paragraphs above it in the outline Word shows.
	var headed []bool
	d.Walk(func(e docmodel.Entry) bool {
		headed = headed[:e.Depth-1]
		styled := e.Node.Heading != "" && !slices.Contains(headed, false)
		headed = append(headed, styled)
		w.node(d, e, styled)
		return true
	})
	if sign {
		w.signature(d.Meta.Issuer, d.Meta.Date)
	}
}

// node writes a node's heading or numbered first paragraph, its other
// paragraphs, its units line and its indicator table.
func (w *writer) node(d *docmodel.Document, e docmodel.Entry, styled bool) {
	n := e.Node
	body := n.Body
	switch {
	case styled:
		w.para(headingStyle(e.Depth), "", run(e.Number+n.Heading, ""))
	case n.Heading != "":
		w.para(styleNormal, "", run(e.Number+n.Heading, levelStyle(d, e.Depth)))
	default:
		// The number and lead sentence print in the level's face: 黑体
		// or 楷体 on the first two levels, bold 仿宋 below them when the
		// document's leads are bold.
		style := levelStyle(d, e.Depth)
		if style == "" && w.lead && n.Lead != "" {
			style = styleLead
		}
		first := ""
		if len(body) > 0 {
			first, body = body[0], body[1:]
		}
		w.para(styleNormal, "", run(e.Number+n.Lead, style), run(first, ""))
	}
	for _, p := range body {
		w.para(styleNormal, "", run(p, ""))
	}
	if u := n.UnitsLine(); u != "" {
		w.para(styleUnits, "", run(u, ""))
	}
	if len(n.Indicators) > 0 {
		w.indicatorTable(n.Indicators)
	}
}

// levelStyle is the character style of the numbers of depth d: 黑体 for
// 一、, 楷体 for （一）, none below.
func levelStyle(d *docmodel.Document, depth int) string {
	switch d.Options.StyleAt(depth) {
	case docmodel.MarkerChinese:
		return styleLevelHei
	case docmodel.MarkerChineseParen:
		return styleLevelKai
	}
	return ""
}

// signature writes the issuing body and the date as GB/T 9704-2012
// §7.3.5.2 places them without a seal: the issuer two characters from
// the right edge, the date below it starting two characters to the right
// of the issuer's first — unless the date is the longer, when the date
// ends two characters from the edge and the issuer moves left with it.
func (w *writer) signature(issuer, date string) {
	date = chineseDate(date)
	if issuer == "" && date == "" {
		return
	}
	li, ld := ems(issuer), ems(date)
	ri, rd := 2.0, 2.0
	if issuer != "" && date != "" {
		rd = ri + li - 2 - ld
		if rd < 2 {
			rd = 2
			ri = rd + ld + 2 - li
		}
	}
	if issuer != "" {
		w.para(styleSignature, rightIndent(ri), run(issuer, ""))
	}
	if date != "" {
		style := styleDate
		if issuer == "" {
			style = styleSignature
		}
		w.para(style, rightIndent(rd), run(date, ""))
	}
}

// gridChar is a character of the grid in twips: 156 mm over 28.
const gridChar = float64(width) / 28

func rightIndent(chars float64) string {
	return fmt.Sprintf(`<w:ind w:right="%d" w:rightChars="%d"/>`, int(chars*gridChar+0.5), int(chars*100+0.5))
}

// ems is the width of s in ems: Chinese characters one, Latin letters
// and digits half.
func ems(s string) float64 {
	n := 0.0
	for _, r := range s {
		if r < 0x1100 {
			n += 0.5
		} else {
			n++
		}
	}
	return n
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

// notice writes the notice that issues the plan and returns the names of
// its attachments.
func (w *writer) notice(d *docmodel.Document, withDivision bool) []string {
	n := layout.NoticeFor(d)
	names := layout.Attachments(n, withDivision)
	w.head(n.Title, d.Meta)
	for _, p := range n.Body {
		w.para(styleNormal, "", run(p, ""))
	}
	for i, line := range docmodel.AttachmentLines(names) {
		style := styleAttachNote
		if i > 0 {
			style = styleAttachMore
		}
		w.para(style, "", run(line, ""))
	}
	w.signature(d.Meta.Issuer, d.Meta.Date)
	return names
}

// esc escapes text for XML, leaving out the characters XML cannot hold.
func esc(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r >= 0x20 && r < 0xD800 || r >= 0xE000 && r < 0xFFFE || r >= 0x10000 && r <= utf8.MaxRune:
			b.WriteRune(r)
		}
	}
	return b.String()
}
