package layout_test

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"yaodian/docmodel"
	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/importer"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden (read the diff before committing)")

const bench = "../../testdata/bench/workplan-20p.md"

// metrics returns the bundled fonts' widths: the same on every machine.
func metrics(t testing.TB) layout.Metrics {
	t.Helper()
	set, err := fonts.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return export.Metrics(set)
}

func load(t testing.TB, path string) *docmodel.Document {
	t.Helper()
	d, err := importer.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func lay(t testing.TB, d *docmodel.Document, g layout.Geometry) *layout.Document {
	t.Helper()
	out, err := layout.Layout(d, metrics(t), g)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// paragraph returns a document of one section whose body holds paras.
func paragraphs(title string, paras ...string) *docmodel.Document {
	d := docmodel.New()
	d.Meta.Title = title
	d.Preamble = paras
	return d
}

// The goldens hold the whole layout of the benchmark plan and of the
// hard cases, as Format writes it. After a deliberate change, run
// go test ./export/layout -update and read the diff of testdata/golden.
func TestGolden(t *testing.T) {
	cases := map[string]func(t *testing.T) *docmodel.Document{
		"bench":        func(t *testing.T) *docmodel.Document { return load(t, bench) },
		"full":         func(t *testing.T) *docmodel.Document { return load(t, "../../docmodel/testdata/full.yaodian") },
		"punctuation":  func(*testing.T) *docmodel.Document { return punctuationCases() },
		"numbers":      func(*testing.T) *docmodel.Document { return numberCases() },
		"latin":        func(*testing.T) *docmodel.Document { return latinCases() },
		"long-title":   func(*testing.T) *docmodel.Document { return paragraphs(longTitle, "正文。") },
		"page-bottom":  func(*testing.T) *docmodel.Document { return headingAtBottom() },
		"signature":    func(*testing.T) *docmodel.Document { return signed("××市科学技术局", "2025-01-05") },
		"long-date":    func(*testing.T) *docmodel.Document { return signed("科技局", "2025-12-25") },
		"empty":        func(*testing.T) *docmodel.Document { return docmodel.New() },
		"indicator-4p": func(*testing.T) *docmodel.Document { return longTable() },
	}
	for name, make := range cases {
		t.Run(name, func(t *testing.T) {
			got := lay(t, make(t), layout.Default()).Format()
			path := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("layout differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// longTitle has 60 characters.
const longTitle = "关于印发××市人民政府办公室2025年度科学技术创新驱动高质量发展重点工作任务分工方案和年度目标责任考核实施办法补充通知"

// punctuationCases puts every closing mark where it would start a line
// — once on a line whose enumeration commas can be squeezed to keep it
// (推入), once on a line of plain characters, where the character before
// it goes down with it (推出) — every opening mark where it would end a
// line, and —— and …… across the line end. The first line holds 26
// characters after the two-character indent.
func punctuationCases() *docmodel.Document {
	var paras []string
	fill := strings.Repeat("字", 26)
	for _, c := range closing {
		paras = append(paras, strings.Repeat("字、", 13)+c+"其后的文字。", fill+c+"其后的文字。")
	}
	for _, c := range []string{"（", "《", "“", "‘"} {
		paras = append(paras, fill[:len(fill)-len("字")]+c+"括号里的文字）。")
	}
	// Closing marks in a row after a full line, and marks at both ends.
	paras = append(paras, fill+"。”）其后。", "“"+fill+"”，（其后）。")
	return paragraphs("标点测试", paras...)
}

var closing = []string{"。", "，", "、", "；", "：", "？", "！", "）", "》", "”", "’", "……", "——", "％"}

// numberCases puts digit runs and decimals across the line end and a
// number longer than a line.
func numberCases() *docmodel.Document {
	fill := strings.Repeat("字", 24)
	return paragraphs("数字测试",
		fill+"投资123456亿元。",
		fill+"增长12.5%以上。",
		fill+"达到1,234,567.89万元。",
		"编号"+strings.Repeat("1234567890", 7)+"结束。",
		fill+"２０２５年全角数字。",
	)
}

// latinCases mixes Latin words with Chinese across the line end.
func latinCases() *docmodel.Document {
	fill := strings.Repeat("字", 23)
	return paragraphs("西文测试",
		fill+"推进R&D投入，建设5G基站。",
		fill+"支持AI for Science平台。",
		fill+"开展Open Source社区活动，参与GitHub项目。",
		"引用URL：https://example.org/a/very/long/path/that/does/not/fit/on/one/line/of/text。",
	)
}

// headingAtBottom fills a page so that a heading falls on its last line.
func headingAtBottom() *docmodel.Document {
	d := docmodel.New()
	d.Meta.Title = "分页测试"
	// The title and its blank line take 2 lines; 19 single-line
	// paragraphs leave the heading for line 22.
	for i := 0; i < 19; i++ {
		d.Preamble = append(d.Preamble, fmt.Sprintf("第%02d段。", i+1))
	}
	d.Sections = []*docmodel.Node{{ID: "n1", Heading: "总体要求", Body: []string{"正文紧随标题。"}}}
	return d
}

func signed(issuer, date string) *docmodel.Document {
	d := paragraphs("署名测试", "正文。")
	d.Meta.Issuer, d.Meta.Date = issuer, date
	return d
}

// longTable gives a goal 60 indicators, a table over several pages.
func longTable() *docmodel.Document {
	d := docmodel.New()
	d.Meta.Title = "指标测试"
	n := &docmodel.Node{ID: "n1", Role: docmodel.RoleGoals, Heading: "主要目标", Body: []string{"主要指标如下。"}}
	for i := 0; i < 60; i++ {
		v := float64(i) + 0.5
		n.Indicators = append(n.Indicators, docmodel.Indicator{
			Name: fmt.Sprintf("第%d项指标的名称", i+1), Kind: docmodel.KindGrowth, Value: v, Unit: "%",
			Bound: docmodel.BoundAtLeast, Source: fmt.Sprintf("第%d项指标增长%g%%以上", i+1, v),
		})
	}
	d.Sections = []*docmodel.Node{n}
	return d
}

// lineText is the text a line prints.
func lineText(l layout.Line) string {
	var b strings.Builder
	for _, r := range l.Runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// paragraphsOf groups a document's grid lines into paragraphs: runs of
// lines of the same kind and node, the last marked Last.
func paragraphsOf(doc *layout.Document) [][]layout.Line {
	var out [][]layout.Line
	var cur []layout.Line
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			if l.Slot < 0 {
				continue
			}
			cur = append(cur, l)
			if l.Last {
				out = append(out, cur)
				cur = nil
			}
		}
	}
	return out
}

// checkInvariants asserts the rules of GB/T 9704 and GB/T 15834 over a
// layout and returns how many lines it checked.
func checkInvariants(t *testing.T, doc *layout.Document) int {
	t.Helper()
	g := doc.Geometry
	lines := 0
	for _, p := range doc.Pages {
		slots := map[int]bool{}
		for _, l := range p.Lines {
			if l.Slot < 0 {
				continue
			}
			lines++
			if l.Slot >= g.Lines || slots[l.Slot] {
				t.Errorf("page %d: line %q on slot %d, outside the grid or taken twice", p.Number, lineText(l), l.Slot)
			}
			slots[l.Slot] = true
			want := g.Top + (float64(l.Slot)+0.5)*g.Pitch()
			if l.Kind != layout.KindTitle && math.Abs(l.Baseline-0.38*g.BodySize-want) > 0.6 {
				t.Errorf("page %d slot %d: baseline %.2f is not centred on its grid line (%.2f)", p.Number, l.Slot, l.Baseline, want)
			}
			if l.End > g.Right()+0.01 || l.Start < g.Left-0.01 {
				t.Errorf("page %d: line %q [%.2f, %.2f] leaves the text block", p.Number, lineText(l), l.Start, l.End)
			}
		}
	}
	for _, para := range paragraphsOf(doc) {
		for i, l := range para {
			text := []rune(lineText(l))
			if len(text) == 0 {
				t.Errorf("empty line in paragraph %q", lineText(para[0]))
				continue
			}
			first, last := text[0], text[len(text)-1]
			if i > 0 && strings.ContainsRune("。，、；：？！）》」』】〕〉”’…—％．", first) {
				t.Errorf("line starts with %q: %q", first, string(text))
			}
			if !l.Last && strings.ContainsRune("（《「『【〔〈“‘", last) {
				t.Errorf("line ends with %q: %q", last, string(text))
			}
			if !l.Last && l.Kind != layout.KindTitle && math.Abs(l.End-g.Right()) > 0.01 {
				t.Errorf("non-final line %q ends at %.3f, not at the right edge %.3f", string(text), l.End, g.Right())
			}
			if i+1 < len(para) {
				next := []rune(lineText(para[i+1]))
				// A word or number longer than a line has to be split.
				whole := wordLen(text, true) + wordLen(next, false)
				if (isDigit(last) && isDigit(next[0]) || isLetter(last) && isLetter(next[0])) && whole < 2*g.Chars {
					t.Errorf("a number or word is split: %q / %q", string(text), string(next))
				}
			}
		}
	}
	return lines
}

// wordLen counts the word characters at the end (or start) of a line.
func wordLen(line []rune, end bool) int {
	n := 0
	for i := range line {
		r := line[i]
		if end {
			r = line[len(line)-1-i]
		}
		if !isDigit(r) && !isLetter(r) && !strings.ContainsRune(".,:/&'_+-#@", r) {
			break
		}
		n++
	}
	return n
}

func isDigit(r rune) bool  { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
func isLetter(r rune) bool { return r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') }

// The benchmark plan: 22 lines on every page but the last, except where
// a heading moved to the next page; every rule of the invariants.
func TestBenchInvariants(t *testing.T) {
	doc := lay(t, load(t, bench), layout.Default())
	n := checkInvariants(t, doc)
	short := 0
	for i, p := range doc.Pages {
		if i+1 == len(doc.Pages) {
			continue
		}
		used := 0
		for _, l := range p.Lines {
			if l.Slot >= 0 {
				used = max(used, l.Slot+1)
			}
		}
		if used != 22 {
			next := doc.Pages[i+1].Lines[0]
			if next.Kind != layout.KindHeading || used != 21 {
				t.Errorf("page %d fills %d lines and the next page starts with %s %q", p.Number, used, next.Kind, lineText(next))
			}
			short++
		}
	}
	if len(doc.Pages) < 18 || n < 18*22 {
		t.Errorf("the benchmark plan takes %d pages, %d lines; it is about 20 pages", len(doc.Pages), n)
	}
	t.Logf("%d pages, %d lines, %d pages ended early to keep a heading with its text", len(doc.Pages), n, short)
}

// The hard cases keep every rule, and each case is set as it should be.
func TestHardCases(t *testing.T) {
	g := layout.Default()
	for _, tc := range []struct {
		name  string
		doc   *docmodel.Document
		check func(t *testing.T, paras [][]layout.Line)
	}{
		{"closing marks squeezed in or pushed down", punctuationCases(), func(t *testing.T, paras [][]layout.Line) {
			for i, c := range closing {
				in, out := paras[1+2*i], paras[2+2*i]
				inFirst, outFirst := lineText(in[0]), lineText(out[0])
				// The line's thirteen 、 give up to 6.5 em: enough for any
				// mark, even …… and ——, which have no blank half.
				if want := strings.Repeat("字、", 13) + c; inFirst != want {
					t.Errorf("%s: not squeezed in: %q", c, inFirst)
				}
				if want := strings.Repeat("字", 25); outFirst != want || !strings.HasPrefix(lineText(out[1]), "字"+c) {
					t.Errorf("%s: not pushed down with the character before it: %q / %q", c, outFirst, lineText(out[1]))
				}
			}
		}},
		{"opening marks pushed down", punctuationCases(), func(t *testing.T, paras [][]layout.Line) {
			for i, para := range paras[1+2*len(closing) : 5+2*len(closing)] {
				second := []rune(lineText(para[1]))
				if !strings.ContainsRune("（《“‘", second[0]) || len([]rune(lineText(para[0]))) != 25 {
					t.Errorf("case %d: %q / %q", i, lineText(para[0]), string(second))
				}
			}
		}},
		{"numbers whole", numberCases(), func(t *testing.T, paras [][]layout.Line) {
			if got := lineText(paras[1][1]); !strings.HasPrefix(got, "123456") {
				t.Errorf("123456 split: second line %q", got)
			}
			if got := lineText(paras[3][1]); !strings.HasPrefix(got, "1,234,567.89") {
				t.Errorf("1,234,567.89 split: second line %q", got)
			}
		}},
		{"latin words whole", latinCases(), func(t *testing.T, paras [][]layout.Line) {
			for _, l := range paras[2] {
				if s := lineText(l); strings.HasSuffix(s, "Sci") || strings.HasPrefix(s, "ence") {
					t.Errorf("Science split: %q", s)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := lay(t, tc.doc, g)
			checkInvariants(t, doc)
			tc.check(t, paragraphsOf(doc))
		})
	}
}

// A heading that would fall on a page's last line moves to the next page
// with its first line of text.
func TestHeadingKeptWithText(t *testing.T) {
	doc := lay(t, headingAtBottom(), layout.Default())
	if len(doc.Pages) != 2 {
		t.Fatalf("%d pages, want 2", len(doc.Pages))
	}
	p1, p2 := doc.Pages[0], doc.Pages[1]
	if last := p1.Lines[len(p1.Lines)-1]; last.Slot != 20 || last.Kind != layout.KindBody {
		t.Errorf("page 1 ends with %s on slot %d", last.Kind, last.Slot)
	}
	if h := p2.Lines[0]; h.Kind != layout.KindHeading || h.Slot != 0 || lineText(h) != "一、总体要求" || lineText(p2.Lines[1]) != "正文紧随标题。" {
		t.Errorf("page 2 starts with %s %q on slot %d", h.Kind, lineText(h), h.Slot)
	}
}

// A long title breaks into balanced lines, never inside a common word,
// centred in the block.
func TestTitleBalanced(t *testing.T) {
	g := layout.Default()
	for _, tc := range []struct {
		title string
		lines int
	}{
		{"2025年全市科技工作要点", 1},
		{"××市2025年经济社会发展重点工作计划", 1},
		{"关于印发××市2025年经济社会发展重点工作计划的通知", 2},
		{longTitle, 4},
		{"中共××市委办公室××市人民政府办公室关于印发《××市2025年经济社会发展重点工作计划》的通知", 3},
		{"××县科学技术局关于进一步加快推进城市更新行动和老旧小区改造工作2025年度实施方案的通知", 3},
		{"关于开展2025年度全市高新技术企业培育和科技型中小企业评价入库工作的通知", 2},
	} {
		if tc.title == longTitle && utf8.RuneCountInString(longTitle) != 60 {
			t.Fatalf("the long title has %d characters, not 60", utf8.RuneCountInString(longTitle))
		}
		doc := lay(t, paragraphs(tc.title, "正文。"), g)
		var titles []layout.Line
		for _, l := range doc.Pages[0].Lines {
			if l.Kind == layout.KindTitle {
				titles = append(titles, l)
			}
		}
		if len(titles) != tc.lines {
			t.Errorf("%q: %d lines, want %d", tc.title, len(titles), tc.lines)
			continue
		}
		joined, shortest, longest := "", g.Width, 0.0
		for _, l := range titles {
			s := lineText(l)
			joined += s
			shortest, longest = min(shortest, l.End-l.Start), max(longest, l.End-l.Start)
			if mid := (l.Start + l.End) / 2; math.Abs(mid-(g.Left+g.Width/2)) > 0.01 {
				t.Errorf("%q: line %q is not centred", tc.title, s)
			}
			if l.Runs[0].Size != g.TitleSize || l.Runs[0].Font != layout.Title {
				t.Errorf("%q: line %q set in %s %g", tc.title, s, l.Runs[0].Font, l.Runs[0].Size)
			}
		}
		if joined != tc.title || (longest-shortest)/g.TitleSize > 3 {
			t.Errorf("%q: lines of %.1f to %.1f em: %q", tc.title, shortest/g.TitleSize, longest/g.TitleSize, joined)
		}
		// A trapezoid or a diamond, never an hourglass: no line is
		// shorter than both its neighbours.
		for i := 1; i+1 < len(titles); i++ {
			w := func(k int) float64 { return titles[k].End - titles[k].Start }
			if w(i) < w(i-1)-g.TitleSize/4 && w(i) < w(i+1)-g.TitleSize/4 {
				t.Errorf("%q: line %d is the shortest of three: %q", tc.title, i+1, joinedLines(titles))
			}
		}
		for i := 1; i < len(titles); i++ {
			prev, next := []rune(lineText(titles[i-1])), []rune(lineText(titles[i]))
			if last := prev[len(prev)-1]; last >= '0' && last <= '9' {
				t.Errorf("%q: a number parted from its unit: %q", tc.title, joinedLines(titles))
			}
			pair := string(prev[len(prev)-1]) + string(next[0])
			for _, w := range []string{"工作", "通知", "方案", "科学", "技术", "印发", "考核", "实施", "办法", "年度", "目标", "责任", "驱动", "质量", "创新", "任务"} {
				if pair == w {
					t.Errorf("%q: broken inside %q", tc.title, w)
				}
			}
		}
	}
}

// joinedLines writes lines of text separated by |.
func joinedLines(ls []layout.Line) string {
	var parts []string
	for _, l := range ls {
		parts = append(parts, lineText(l))
	}
	return strings.Join(parts, "|")
}

// Fonts follow the levels: 一、 黑体, （一） 楷体, 1. 仿宋 (bold with its lead
// sentence when the document asks), units 楷体, body 仿宋, page numbers 宋体
// on the right of odd pages and the left of even ones.
func TestFontsAndFolios(t *testing.T) {
	d := load(t, "../../docmodel/testdata/full.yaodian")
	doc := lay(t, d, layout.Default())
	g := doc.Geometry
	first := map[string]layout.Run{}
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				for _, prefix := range []string{"一、总体", "（一）", "1．", "（牵头单位", "坚持以", "指标"} {
					if _, seen := first[prefix]; !seen && strings.HasPrefix(r.Text, prefix) {
						first[prefix] = r
					}
				}
			}
		}
	}
	for prefix, want := range map[string]layout.Font{"一、总体": layout.Hei, "（一）": layout.Kai, "1．": layout.FangBold, "（牵头单位": layout.Kai, "坚持以": layout.Fang, "指标": layout.Hei} {
		r, ok := first[prefix]
		size := g.BodySize
		if prefix == "指标" {
			size = g.TableSize
		}
		if !ok || r.Font != want || r.Size != size {
			t.Errorf("%q printed in %s %g, want %s %g", prefix, r.Font, r.Size, want, size)
		}
	}
	d.Options.Leads = docmodel.LeadsPlain
	for _, p := range lay(t, d, layout.Default()).Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				if r.Font == layout.FangBold {
					t.Errorf("plain leads, yet %q is bold", r.Text)
				}
			}
		}
	}
	doc = lay(t, load(t, bench), layout.Default())
	for _, p := range doc.Pages[:2] {
		f := p.Folio
		w := float64(len("— 1 —")) // any positive width
		if f.Font != layout.Song || f.Size != g.FolioSize || f.Text != fmt.Sprintf("— %d —", p.Number) || w <= 0 {
			t.Errorf("page %d folio %+v", p.Number, f)
		}
		base := g.Top + g.Height + g.FolioGap + 0.38*g.FolioSize
		if math.Abs(f.Y-base) > 0.01 {
			t.Errorf("page %d folio baseline %.2f, want %.2f", p.Number, f.Y, base)
		}
		if odd := p.Number%2 == 1; odd && f.X < g.Left+g.Width/2 || !odd && math.Abs(f.X-(g.Left+g.CharPitch())) > 0.01 {
			t.Errorf("page %d folio at x %.2f", p.Number, f.X)
		}
	}
}

// The signature block follows §7.3.5.2: issuer two characters from the
// right edge, date two characters right of the issuer's start, unless the
// date is longer.
func TestSignature(t *testing.T) {
	g := layout.Default()
	right := g.Right() - 2*g.CharPitch()
	for _, tc := range []struct {
		issuer, date, wantDate string
		dateLonger             bool
	}{
		{"××市科学技术局", "2025-01-05", "2025年1月5日", false},
		{"科技局", "2025-12-25", "2025年12月25日", true},
		{"科技局", "2025年底", "2025年底", true},
		{"××市科学技术局", "2025年底", "2025年底", false},
	} {
		doc := lay(t, signed(tc.issuer, tc.date), g)
		p := doc.Pages[len(doc.Pages)-1]
		is, dt := p.Lines[len(p.Lines)-2], p.Lines[len(p.Lines)-1]
		if lineText(is) != tc.issuer || lineText(dt) != tc.wantDate || dt.Slot != is.Slot+1 {
			t.Errorf("%q %q: got %q on %d, %q on %d", tc.issuer, tc.date, lineText(is), is.Slot, lineText(dt), dt.Slot)
			continue
		}
		if math.Abs(dt.Start-is.Start-2*g.CharPitch()) > 0.01 {
			t.Errorf("%q: date starts %.2f, issuer %.2f", tc.issuer, dt.Start, is.Start)
		}
		edge := is.End
		if tc.dateLonger {
			edge = dt.End
		}
		if math.Abs(edge-right) > 0.01 {
			t.Errorf("%q %q: right end %.2f, want %.2f", tc.issuer, tc.date, edge, right)
		}
	}
}

// A table longer than a page repeats its header on every page, and rows
// are never split.
func TestTableAcrossPages(t *testing.T) {
	doc := lay(t, longTable(), layout.Default())
	g := doc.Geometry
	pagesWithTable := 0
	for _, p := range doc.Pages {
		var headers, cells int
		for _, l := range p.Lines {
			switch l.Kind {
			case layout.KindHeader:
				headers++
			case layout.KindCell:
				cells++
				if l.Runs[0].Size > 14 || l.Baseline > g.Top+g.Height {
					t.Errorf("page %d: cell %q at %.1f in %g pt", p.Number, lineText(l), l.Baseline, l.Runs[0].Size)
				}
			}
		}
		if cells > 0 {
			pagesWithTable++
			if headers == 0 || len(p.Rules) == 0 {
				t.Errorf("page %d has table rows without the header or rules", p.Number)
			}
		}
	}
	if pagesWithTable < 2 {
		t.Errorf("60 indicators fill %d pages", pagesWithTable)
	}
	// Every run sits on its line's baseline, the repeated headers too:
	// each page's header is drawn where that page's table starts.
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, r := range l.Runs {
				if r.Y != l.Baseline {
					t.Fatalf("page %d: run %q drawn at y=%.2f, its line's baseline is %.2f", p.Number, r.Text, r.Y, l.Baseline)
				}
			}
		}
	}
}

// The grid is a setting: another number of lines and characters still
// fills the block.
func TestOtherGeometry(t *testing.T) {
	g := layout.Default()
	g.Lines, g.Chars = 20, 26
	doc := lay(t, load(t, bench), g)
	checkInvariants(t, doc)
	if doc.Pages[0].Lines[len(doc.Pages[0].Lines)-1].Slot != 19 {
		t.Error("a 20-line grid does not fill page 1")
	}
	bad := layout.Default()
	bad.Lines = 60
	if _, err := layout.Layout(docmodel.New(), metrics(t), bad); err == nil {
		t.Error("60 lines of 16 pt in 225 mm accepted")
	}
}

// The notice form sets the notice first — title, number, recipients,
// text, 附件 line, signature — then the plan on a new page under 附件1
// with its own title, then the 分工表 on landscape pages under 附件2,
// its header repeated, numbered on from the plan.
func TestNoticeForm(t *testing.T) {
	d := load(t, bench)
	d.Meta.Issuer, d.Meta.Date, d.Meta.Number = "××市人民政府", "2025-01-05", "×政发〔2025〕1号"
	d.Meta.Recipients = []string{"各县（市、区）人民政府", "市直各单位"}
	n := layout.NoticeFor(d)
	doc, err := layout.LayoutWith(d, metrics(t), layout.Default(), layout.Options{Notice: &n, Division: true})
	if err != nil {
		t.Fatal(err)
	}
	var first []string
	for _, l := range doc.Pages[0].Lines {
		first = append(first, lineText(l))
	}
	want := []string{"××市人民政府关于印发《××市2025年", "经济社会发展重点工作计划》的通知", "×政发〔2025〕1号", "各县（市、区）人民政府，市直各单位："}
	if !slices.Equal(first[:4], want) {
		t.Errorf("notice starts %q, want %q", first[:4], want)
	}
	if !slices.Contains(first, "附件：1．××市2025年经济社会发展重点工作计划") || !slices.Contains(first, "2．重点任务分工表") || first[len(first)-1] != "2025年1月5日" {
		t.Errorf("notice page %q", first)
	}
	p2 := doc.Pages[1]
	if lineText(p2.Lines[0]) != "附件1" || p2.Lines[0].Runs[0].Font != layout.Hei || p2.Lines[0].Start != doc.Geometry.Left || lineText(p2.Lines[1]) != d.Meta.Title {
		t.Errorf("page 2 starts %q %q", lineText(p2.Lines[0]), lineText(p2.Lines[1]))
	}
	var land []layout.Page
	for i, p := range doc.Pages {
		if p.Landscape {
			land = append(land, p)
			if p.Number != i+1 {
				t.Errorf("landscape page %d numbered %d", i+1, p.Number)
			}
		}
	}
	if len(land) < 2 || lineText(land[0].Lines[0]) != "附件2" || !doc.Pages[len(doc.Pages)-1].Landscape {
		t.Fatalf("%d landscape pages at the end", len(land))
	}
	for _, p := range land {
		if headers := slices.IndexFunc(p.Lines, func(l layout.Line) bool { return l.Kind == layout.KindHeader && lineText(l) == "责任单位" }); headers < 0 {
			t.Errorf("landscape page %d has no header row", p.Number)
		}
		for _, l := range p.Lines {
			if l.End > layout.Landscape(doc.Geometry).Right()+0.01 {
				t.Errorf("page %d: %q runs past the block", p.Number, lineText(l))
			}
		}
	}
}

// The layout prints every character of the document, in order.
func TestPrintsEverything(t *testing.T) {
	d := load(t, "../../docmodel/testdata/full.yaodian")
	doc := lay(t, d, layout.Default())
	var want strings.Builder
	want.WriteString(d.Meta.Title + d.Meta.Number + strings.Join(d.Meta.Recipients, "，") + "：")
	for _, p := range d.Preamble {
		want.WriteString(p)
	}
	d.Walk(func(e docmodel.Entry) bool {
		n := e.Node
		want.WriteString(e.Number + n.Heading + n.Lead + strings.Join(n.Body, "") + n.UnitsLine())
		if len(n.Indicators) > 0 {
			want.WriteString("指标类型目标值单位限定争取值原文")
			for _, ind := range n.Indicators {
				want.WriteString(strings.Join(ind.Row(), ""))
			}
		}
		return true
	})
	want.WriteString("××市科学技术局2025年1月5日")
	var got strings.Builder
	last := layout.Kind("")
	for _, p := range doc.Pages {
		for i, l := range p.Lines {
			// A table's header is repeated at the top of each page it
			// runs on to.
			if l.Kind == layout.KindHeader && last == layout.KindCell && l.Baseline < p.Lines[0].Baseline+20 && i < 8 {
				continue
			}
			got.WriteString(lineText(l))
		}
		if n := len(p.Lines); n > 0 {
			last = p.Lines[n-1].Kind
		}
	}
	strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if diff := cmp.Diff(strip(want.String()), strip(got.String())); diff != "" {
		t.Errorf("printed text differs (-want +got):\n%s", diff)
	}
}

func BenchmarkLayout(b *testing.B) {
	d := load(b, bench)
	m := metrics(b)
	g := layout.Default()
	for b.Loop() {
		if _, err := layout.Layout(d, m, g); err != nil {
			b.Fatal(err)
		}
	}
}

// A 对照表: three columns sharing the block, the header on every page the
// table reaches, the changed words marked and set bold where inserted,
// the indicator table after it.
func TestComparison(t *testing.T) {
	long := strings.Repeat("加强科技创新平台建设，完善考核评价办法。", 20)
	row := layout.ComparisonRow{
		Old:  [][]layout.Piece{{{Text: "力争新增院士专家工作站"}, {Text: "50", Mark: layout.Deleted}, {Text: "家以上。" + long}}},
		New:  [][]layout.Piece{{{Text: "力争新增院士专家工作站"}, {Text: "60", Mark: layout.Inserted}, {Text: "家以上。" + long}}},
		Note: "修改 二、/（一）/1．",
	}
	c := layout.Comparison{Title: "《2025年工作要点》修改对照表", Rows: []layout.ComparisonRow{row, row, row, row, row},
		IndicatorHeader: []string{"指标", "原目标", "新目标", "变化"}, Indicators: [][]string{{"院士专家工作站", "新增50家", "新增60家", "提高"}}}
	doc, err := layout.LayoutComparison(c, metrics(t), layout.Default())
	if err != nil {
		t.Fatal(err)
	}
	g := doc.Geometry
	var headers, withRows []int
	marks := map[layout.Mark]string{}
	indicatorRow := false
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			if l.Kind == layout.KindHeader && lineText(l) == "原文" {
				headers = append(headers, p.Number)
				if l.Start < g.Left || l.End > g.Left+0.4*g.Width {
					t.Errorf("page %d: 原文 header outside the first column", p.Number)
				}
			}
			for _, r := range l.Runs {
				if r.Mark != layout.Unmarked {
					marks[r.Mark] += r.Text
					if r.Mark == layout.Inserted && r.Font != layout.FangBold || r.Mark == layout.Deleted && r.Font != layout.Fang {
						t.Errorf("%s run %q in %s", r.Mark, r.Text, r.Font)
					}
				}
				if (l.Kind == layout.KindHeader || l.Kind == layout.KindCell) && r.Size > 14 {
					t.Errorf("page %d: table text %q in %g pt", p.Number, r.Text, r.Size)
				}
			}
			indicatorRow = indicatorRow || lineText(l) == "院士专家工作站"
			if l.Kind == layout.KindCell && strings.Contains(lineText(l), "加强科技") && !slices.Contains(withRows, p.Number) {
				withRows = append(withRows, p.Number)
			}
		}
	}
	if len(withRows) < 2 || !slices.Equal(headers, withRows) {
		t.Errorf("rows on pages %v, header on pages %v", withRows, headers)
	}
	if marks[layout.Deleted] != "5050505050" || marks[layout.Inserted] != "6060606060" || !indicatorRow {
		t.Errorf("marks %v, indicator row %v", marks, indicatorRow)
	}
}

// A row taller than a page is split between its lines: nothing runs past
// the text block, every page repeats the header, and every character is
// printed once.
func TestTallRowSplits(t *testing.T) {
	long := strings.Repeat("加强科技创新平台建设，完善考核评价办法，健全统计监测和评估机制。", 100)
	c := layout.Comparison{Title: "对照表", Rows: []layout.ComparisonRow{
		{Old: [][]layout.Piece{{{Text: "短。"}}}, New: [][]layout.Piece{{{Text: "短文。"}}}, Note: "修改 一、"},
		{Old: [][]layout.Piece{{{Text: long}}}, New: [][]layout.Piece{{{Text: long, Mark: layout.Inserted}}}, Note: "修改 二、"},
		{Old: [][]layout.Piece{{{Text: "原文三。"}}}, New: [][]layout.Piece{{{Text: "第三行起。" + long}}}, Note: "修改 三、"},
	}}
	doc, err := layout.LayoutComparison(c, metrics(t), layout.Default())
	if err != nil {
		t.Fatal(err)
	}
	g := doc.Geometry
	if len(doc.Pages) < 4 {
		t.Fatalf("%d pages for %d characters", len(doc.Pages), 2*len([]rune(long)))
	}
	for _, p := range doc.Pages {
		headers := 0
		for _, l := range p.Lines {
			if l.Kind == layout.KindHeader {
				headers++
			}
			if l.Baseline > g.Top+g.Height {
				t.Errorf("page %d: %q below the text block (%.1f > %.1f)", p.Number, lineText(l), l.Baseline, g.Top+g.Height)
			}
		}
		if headers != 3 {
			t.Errorf("page %d has %d header cells, want 3", p.Number, headers)
		}
		for _, r := range p.Rules {
			if r.Y1 > g.Top+g.Height+0.01 || r.Y2 > g.Top+g.Height+0.01 {
				t.Errorf("page %d: a rule reaches %.1f", p.Number, max(r.Y1, r.Y2))
			}
		}
	}
	// A row's short cells stand where the row starts, not pages further
	// down in the middle of its height.
	pageOf := func(prefix string) int {
		for _, p := range doc.Pages {
			for _, l := range p.Lines {
				if strings.HasPrefix(lineText(l), prefix) {
					return p.Number
				}
			}
		}
		return 0
	}
	for _, short := range []string{"原文三。", "修改 三、"} {
		if got, want := pageOf(short), pageOf("第三行起。"); got != want || want == 0 {
			t.Errorf("%q is on page %d, its row starts on page %d", short, got, want)
		}
	}
	// Each column, read page after page, holds its text whole.
	var columns [2]strings.Builder
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			if l.Kind == layout.KindCell && l.Start < g.Left+0.8*g.Width {
				columns[int((l.Start-g.Left)/(0.4*g.Width))].WriteString(lineText(l))
			}
		}
	}
	for i, col := range columns {
		if got := col.String(); !strings.Contains(got, long) {
			t.Errorf("column %d does not hold the long text whole (%d characters)", i+1, len([]rune(got)))
		}
	}
}

// Rows of a 对照表 split where a page ends, rather than moving whole to
// the next page: nine changes of over half a page each leave no page but the
// last less than nine-tenths full.
func TestComparisonRowsSplit(t *testing.T) {
	half := strings.Repeat("加强科技创新平台建设，完善考核评价办法，健全统计监测和评估机制。", 9)
	var rows []layout.ComparisonRow
	for i := range 9 {
		rows = append(rows, layout.ComparisonRow{Old: [][]layout.Piece{{{Text: half}}}, New: [][]layout.Piece{{{Text: half + "新增。"}}}, Note: fmt.Sprintf("修改 %d", i+1)})
	}
	doc, err := layout.LayoutComparison(layout.Comparison{Title: "对照表", Rows: rows}, metrics(t), layout.Default())
	if err != nil {
		t.Fatal(err)
	}
	g := doc.Geometry
	for _, p := range doc.Pages[:len(doc.Pages)-1] {
		bottom := 0.0
		for _, r := range p.Rules {
			bottom = max(bottom, r.Y1, r.Y2)
		}
		if filled := (bottom - g.Top) / g.Height; filled < 0.9 {
			t.Errorf("page %d of %d is %.0f%% full", p.Number, len(doc.Pages), 100*filled)
		}
	}
}
