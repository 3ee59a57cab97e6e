package export

import (
	"compress/zlib"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/signintech/gopdf"

	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/usererr"
)

// metrics measures the layout's glyphs with a font set.
type metrics struct {
	set *fonts.Set
}

// Advance returns the width of r as the font that will draw it has it.
func (m metrics) Advance(f layout.Font, r rune) int {
	return m.set.Advance(style(f), r)
}

// style returns the font set's style for a layout font.
func style(f layout.Font) fonts.Style {
	switch f {
	case layout.Title:
		return fonts.Style{Role: fonts.Title}
	case layout.Hei:
		return fonts.Style{Role: fonts.Hei}
	case layout.Kai:
		return fonts.Style{Role: fonts.Kai}
	case layout.FangBold:
		return fonts.Style{Role: fonts.Fang, Bold: true}
	case layout.Song:
		return fonts.Style{Role: fonts.Song}
	}
	return fonts.Style{Role: fonts.Fang}
}

// Metrics returns the glyph widths of set as the layout measures them.
func Metrics(set *fonts.Set) layout.Metrics {
	return metrics{set}
}

// Report says what a PDF export produced and with which fonts.
type Report struct {
	Pages int
	Bytes int
	// Uses lists, style by style, each font that drew glyphs and how
	// many; a style's first font comes first.
	Uses []FontUse
	// Missing are the characters no font has, drawn as boxes.
	Missing []rune
	// Notes are remarks on fonts found but not used.
	Notes []string
}

// FontUse is a font that drew glyphs of a style.
type FontUse struct {
	Style fonts.Style
	Font  fonts.Font
	// Chars is how many characters it drew.
	Chars int
	// Fallback reports that the font is not the style's first choice:
	// it drew characters the first one lacks.
	Fallback bool
	// Samples are a few of the characters a fallback font drew.
	Samples []rune
}

// Summary writes the report for the command line, in Chinese: the
// fonts used per style, the characters other fonts had to supply, the
// characters no font has, and the notes.
func (r *Report) Summary() string {
	var b strings.Builder
	var parts []string
	for _, u := range r.Uses {
		if !u.Fallback {
			parts = append(parts, u.Style.Label()+" "+u.Font.Label())
		}
	}
	b.WriteString("字体：" + strings.Join(parts, "；") + "\n")
	for _, u := range r.Uses {
		if u.Fallback {
			fmt.Fprintf(&b, "补字：%s缺少的 %d 个字改用 %s，如“%s”\n", u.Style.Label(), u.Chars, u.Font.Label(), string(u.Samples))
		}
	}
	if len(r.Missing) > 0 {
		var cs []string
		for _, c := range r.Missing {
			cs = append(cs, fmt.Sprintf("“%c”(U+%04X)", c, c))
		}
		fmt.Fprintf(&b, "缺字：所有字体都没有这 %d 个字，已印成方框：%s\n", len(r.Missing), strings.Join(cs, "、"))
	}
	for _, n := range r.Notes {
		b.WriteString("注意：" + n + "\n")
	}
	return b.String()
}

// PDF sets d in the official layout of geometry g and writes it as PDF
// with the fonts of set, embedding only the glyphs it uses.
func PDF(d *docmodel.Document, set *fonts.Set, g layout.Geometry) ([]byte, *Report, error) {
	return PDFWith(d, set, g, layout.Options{})
}

// PDFWith is PDF with the notice form and the 分工表 that opts ask for.
func PDFWith(d *docmodel.Document, set *fonts.Set, g layout.Geometry, opts layout.Options) ([]byte, *Report, error) {
	// The compressors of the font files are made on another processor
	// while the pages are laid out: the first export of a process would
	// otherwise make each as its font file is ready, and compressing the
	// body's font is the longest step of an export.
	go gopdf.PrepareCompressors(fontLevel, runtime.GOMAXPROCS(0))
	doc, err := layout.LayoutWith(d, Metrics(set), g, opts)
	if err != nil {
		return nil, nil, usererr.Wrap(err, "版面设置有误：页面、版心、行数或字号无效", "bad page geometry: "+err.Error())
	}
	return Draw(doc, d.Meta.Title, set)
}

// fontLevel is the compression level gopdf gives font files.
const fontLevel = zlib.DefaultCompression

// subsetTag is the six capital letters that name a font subset in a PDF
// (ABCDEF+FandolFang), made from the subset itself and its place among
// the document's fonts, so that the same document always gets the same
// tags and two subsets in one document never share one.
func subsetTag(i int, data []byte) string {
	h := fnv.New64a()
	h.Write([]byte{byte(i), byte(i >> 8)})
	h.Write(data)
	v := h.Sum64()
	tag := make([]byte, 6)
	for k := range tag {
		tag[k] = 'A' + byte(v%26)
		v /= 26
	}
	return string(tag)
}

// Draw writes a laid-out document as PDF with the fonts of set, which
// must be the fonts it was laid out with.
func Draw(doc *layout.Document, title string, set *fonts.Set) ([]byte, *Report, error) {
	out, rep, err := draw(doc, title, set)
	var ue *usererr.Error
	if err != nil && !errors.As(err, &ue) {
		return nil, nil, usererr.Wrap(err, "无法生成 PDF", "cannot write the PDF: "+err.Error())
	}
	return out, rep, err
}

func draw(doc *layout.Document, title string, set *fonts.Set) ([]byte, *Report, error) {
	g := doc.Geometry
	rep := &Report{Pages: len(doc.Pages), Notes: set.Notes()}
	// Every page painted first, so that each font is embedded with the
	// glyphs the pages use before a page is written.
	pt := newPainter(set)
	pc := &pdfCanvas{pages: make([][]pdfOp, len(doc.Pages))}
	for i := range doc.Pages {
		p := &doc.Pages[i]
		pc.begin(i, ops(p))
		pt.page(p, pc)
	}

	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: g.PageWidth, H: g.PageHeight}})
	// Page contents are a few kilobytes of text operators: the fastest
	// compression shrinks them nearly as well as the default.
	pdf.SetCompressLevel(zlib.BestSpeed)
	pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "要点 Yaodian", Producer: "要点 Yaodian"})
	// Embed each font cut down to its glyphs, in a fixed order so that
	// the same document gives the same file.
	used := slices.SortedFunc(maps.Keys(pt.runes), func(a, b fonts.Font) int { return strings.Compare(a.Name(), b.Name()) })
	names := map[fonts.Font]string{}
	for i, f := range used {
		data, err := f.Subset(slices.Sorted(maps.Keys(pt.runes[f])))
		if err != nil {
			return nil, nil, usererr.Wrap(err, "无法读取字体“"+f.Label()+"”：字体文件已损坏或不是可用的 TrueType 字体", "cannot read font "+f.Face.Family+": "+err.Error())
		}
		names[f] = subsetTag(i, data) + "+" + f.Name()
		// The subset holds exactly the glyphs drawn: gopdf embeds it
		// whole, compressing it while the pages are drawn.
		opt := gopdf.TtfOption{Style: gopdf.Regular, OnGlyphNotFoundSubstitute: gopdf.DefaultOnGlyphNotFoundSubstitute, Subset: true}
		if err := pdf.AddTTFFontDataWithOption(names[f], data, opt); err != nil {
			return nil, nil, usererr.Wrap(err, "无法嵌入字体“"+f.Label()+"”：字体文件已损坏或不是可用的 TrueType 字体", "cannot embed font "+f.Face.Family+": "+err.Error())
		}
	}
	pdf.SetLineWidth(0.5)
	turned := gopdf.PageOption{PageSize: &gopdf.Rect{W: g.PageHeight, H: g.PageWidth}}
	for i, p := range doc.Pages {
		if p.Landscape {
			pdf.AddPageWithOption(turned)
		} else {
			pdf.AddPage()
		}
		if err := pc.write(pdf, i, names); err != nil {
			return nil, nil, err
		}
	}
	out, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, nil, err
	}
	rep.Bytes = len(out)
	rep.Missing = slices.Sorted(maps.Keys(pt.missing))
	for _, u := range pt.uses {
		rep.Uses = append(rep.Uses, *u)
	}
	order := map[fonts.Style]int{}
	for i, s := range fonts.Styles {
		order[s] = i
	}
	sort.Slice(rep.Uses, func(i, j int) bool {
		a, b := rep.Uses[i], rep.Uses[j]
		if a.Style != b.Style {
			return order[a.Style] < order[b.Style]
		}
		if a.Fallback != b.Fallback {
			return !a.Fallback
		}
		return a.Font.Name() < b.Font.Name()
	})
	return out, rep, nil
}

// ops returns how many operations painting p takes when no run changes
// font: a text segment per run and a line per rule or mark.
func ops(p *layout.Page) int {
	n := 1 + len(p.Rules)
	for _, l := range p.Lines {
		for _, r := range l.Runs {
			n++
			if r.Mark != layout.Unmarked {
				n++
			}
		}
	}
	return n
}

// pdfCanvas is the canvas of the PDF writer. It keeps what is painted,
// page by page, until the fonts are embedded, and then writes it.
type pdfCanvas struct {
	pages [][]pdfOp
	// page is the page being painted, from 0.
	page int
	// The font and size last given to the PDF writer, which keeps them
	// from one text to the next and one page to the next: they are set
	// again only when they change, since setting a font looks it up
	// among all the writer's objects. Embedded fonts' names are never
	// empty, so an empty font means none set yet.
	font string
	size float64
}

// pdfOp is a text segment, or a line when seg has no text.
type pdfOp struct {
	seg  segment
	line stroke
}

// begin starts painting page i, with room for n operations.
func (c *pdfCanvas) begin(i, n int) {
	c.page = i
	c.pages[i] = make([]pdfOp, 0, n)
}

func (c *pdfCanvas) text(s segment) {
	c.pages[c.page] = append(c.pages[c.page], pdfOp{seg: s})
}

func (c *pdfCanvas) line(l stroke) {
	c.pages[c.page] = append(c.pages[c.page], pdfOp{line: l})
}

// write writes page i onto the current page of pdf, whose fonts are
// embedded under names: a segment as a text object at its first glyph,
// in which the PDF viewer sets each glyph at its advance plus the
// character spacing.
func (c *pdfCanvas) write(pdf *gopdf.GoPdf, i int, names map[fonts.Font]string) error {
	for _, op := range c.pages[i] {
		s := op.seg
		if len(s.text) == 0 {
			l := op.line
			pdf.SetLineWidth(l.width)
			pdf.Line(l.x1, l.y1, l.x2, l.y2)
			continue
		}
		if name := names[s.font]; name != c.font || s.size != c.size {
			if err := pdf.SetFont(name, "", s.size); err != nil {
				return err
			}
			c.font, c.size = name, s.size
		}
		if err := pdf.SetCharSpacing(s.spacing); err != nil {
			return err
		}
		pdf.SetXY(s.x[0], s.y)
		if err := pdf.Text(string(s.text)); err != nil {
			return err
		}
	}
	return nil
}
