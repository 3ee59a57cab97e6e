package export

import (
	"compress/zlib"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
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
	doc, err := layout.LayoutWith(d, Metrics(set), g, opts)
	if err != nil {
		return nil, nil, usererr.Wrap(err, "版面设置有误：页面、版心、行数或字号无效", "bad page geometry: "+err.Error())
	}
	return Draw(doc, d.Meta.Title, set)
}

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

// Where the marks of a 对照表 are drawn, in ems of the run's size: an
// underline below the baseline (a strike goes through the middle of the
// em box, layout.EmBoxMiddle), both this thick.
const (
	underlineDepth = 0.15
	markWidth      = 0.05
)

// segment is the part of a run one font draws.
type segment struct {
	font fonts.Font
	x    float64
	text []rune
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
	type useKey struct {
		style fonts.Style
		font  fonts.Font
	}
	uses := map[useKey]*FontUse{}
	runes := map[fonts.Font]map[rune]bool{}
	missing := map[rune]bool{}
	// split cuts a run into segments by the font that draws each glyph,
	// and returns where the run ends.
	split := func(r layout.Run) ([]segment, float64) {
		st := style(r.Font)
		var segs []segment
		x := r.X
		// The font of the last character, its set of runes and its
		// use, looked up again only when the font changes.
		var (
			last     fonts.Font
			lastSet  map[rune]bool
			lastUse  *FontUse
			lastSeen bool
		)
		for _, c := range r.Text {
			f, found := set.Pick(st, c)
			if !found && c != ' ' {
				missing[c] = true
			}
			if !lastSeen || f != last {
				last, lastSeen = f, true
				if lastSet = runes[f]; lastSet == nil {
					lastSet = map[rune]bool{}
					runes[f] = lastSet
				}
				lastUse = nil
			}
			lastSet[c] = true
			if found {
				if lastUse == nil {
					k := useKey{st, f}
					if lastUse = uses[k]; lastUse == nil {
						lastUse = &FontUse{Style: st, Font: f, Fallback: f != set.Primary(st)}
						uses[k] = lastUse
					}
				}
				u := lastUse
				u.Chars++
				if u.Fallback && len(u.Samples) < 5 && !slices.Contains(u.Samples, c) {
					u.Samples = append(u.Samples, c)
				}
			}
			if n := len(segs); n > 0 && segs[n-1].font == f {
				segs[n-1].text = append(segs[n-1].text, c)
			} else {
				segs = append(segs, segment{font: f, x: x, text: []rune{c}})
			}
			x += float64(set.Advance(st, c))*r.Size/1000 + r.Spacing
		}
		return segs, x - r.Spacing
	}
	// Every run of every page (the page number last), cut into segments.
	type cut struct {
		run  layout.Run
		segs []segment
		end  float64
	}
	pages := make([][]cut, len(doc.Pages))
	for i, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				segs, end := split(r)
				pages[i] = append(pages[i], cut{r, segs, end})
			}
		}
		segs, end := split(p.Folio)
		pages[i] = append(pages[i], cut{p.Folio, segs, end})
	}

	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: g.PageWidth, H: g.PageHeight}})
	// Page contents are a few kilobytes of text operators: the fastest
	// compression shrinks them nearly as well as the default.
	pdf.SetCompressLevel(zlib.BestSpeed)
	pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "要点 Yaodian", Producer: "要点 Yaodian"})
	// Embed each font cut down to its glyphs, in a fixed order so that
	// the same document gives the same file.
	used := slices.SortedFunc(maps.Keys(runes), func(a, b fonts.Font) int { return strings.Compare(a.Name(), b.Name()) })
	names := map[fonts.Font]string{}
	for i, f := range used {
		data, err := f.Subset(slices.Sorted(maps.Keys(runes[f])))
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
		for _, c := range pages[i] {
			for _, s := range c.segs {
				if err := pdf.SetFont(names[s.font], "", c.run.Size); err != nil {
					return nil, nil, err
				}
				if err := pdf.SetCharSpacing(c.run.Spacing); err != nil {
					return nil, nil, err
				}
				pdf.SetXY(s.x, c.run.Y)
				if err := pdf.Text(string(s.text)); err != nil {
					return nil, nil, err
				}
			}
			// A 对照表 underlines what was put in and strikes through
			// what was taken out.
			switch c.run.Mark {
			case layout.Inserted:
				y := c.run.Y + underlineDepth*c.run.Size
				pdf.SetLineWidth(markWidth * c.run.Size)
				pdf.Line(c.run.X, y, c.end, y)
			case layout.Deleted:
				y := c.run.Y - layout.EmBoxMiddle*c.run.Size
				pdf.SetLineWidth(markWidth * c.run.Size)
				pdf.Line(c.run.X, y, c.end, y)
			}
		}
		for _, rule := range p.Rules {
			pdf.SetLineWidth(rule.Width)
			pdf.Line(rule.X1, rule.Y1, rule.X2, rule.Y2)
		}
	}
	out, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, nil, err
	}
	rep.Bytes = len(out)
	rep.Missing = slices.Sorted(maps.Keys(missing))
	for _, u := range uses {
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
