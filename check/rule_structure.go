package check

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
)

var (
	claimPattern = lazyregexp.New(`(以下|下列|如下)?([一二三四五六七八九十两]{1,3}|[0-9]{1,2})(项|个|大|条|类|件|方面|点)(重点|主要|重大|核心|具体)?(工作|任务|工程|方面|措施|行动|举措|内容|领域|专项)`)
	inlineItem   = lazyregexp.New(`([一二三四五六七八九十]{1,2})是`)
)

// countClaim checks that "以下七项工作", "十大工程", "三个方面" match the items
// that follow — the node's children, or the 一是、二是 of its paragraph.
func countClaim(in *Input) []Finding {
	var out []Finding
	// A claim with 以下 closing the preamble counts the sections:
	// 主要推进以下七项重点任务：一、…七、.
	if pre := in.Draft.Doc.Preamble; len(pre) > 0 && len(in.Draft.Doc.Sections) > 0 {
		last := pre[len(pre)-1]
		if m := lastClaim(last); m != nil && m[2] >= 0 {
			if claimed, items := count(last[m[4]:m[5]]), len(in.Draft.Doc.Sections); claimed >= 2 && claimed != items {
				out = append(out, Finding{Path: docmodel.PathPreamble,
					Message:  fmt.Sprintf("写明“%s”，实际分为 %d 个部分", last[m[0]:m[1]], items),
					Evidence: sentenceAround(last, m[0])})
			}
		}
	}
	for _, e := range in.entries(in.Draft.Doc) {
		n := e.Node
		texts := append([]string{n.Heading}, n.Paragraphs()...)
		for i, text := range texts {
			m := lastClaim(text)
			if m == nil {
				continue
			}
			claimed := count(text[m[4]:m[5]])
			if claimed < 2 {
				continue
			}
			// Inline items in the same paragraph, after the claim.
			items := inlineItems(text[m[1]:])
			what := "列出"
			if items == 0 {
				if len(n.Children) == 0 || i > 0 && i < len(texts)-1 {
					continue // nothing follows that could be counted
				}
				items, what = len(n.Children), "下设"
			}
			if items != claimed {
				out = append(out, Finding{Path: e.Path, NodeID: n.ID,
					Message:  fmt.Sprintf("写明“%s”，实际%s %d 项", text[m[0]:m[1]], what, items),
					Evidence: sentenceAround(text, m[0])})
			}
			break
		}
	}
	return out
}

// lastClaim returns the submatch indexes of the claim of text nearest to
// what follows it: one with 以下, else the last.
func lastClaim(text string) []int {
	all := claimPattern.FindAllStringSubmatchIndex(text, -1)
	for _, m := range all {
		if m[2] >= 0 {
			return m
		}
	}
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

// inlineItems counts the 一是、二是 … that run 1, 2, 3 in order in text,
// or 0 when there are fewer than two.
func inlineItems(text string) int {
	next := 1
	for _, m := range inlineItem.FindAllStringSubmatch(text, -1) {
		if count(m[1]) == next {
			next++
		}
	}
	if next-1 < 2 {
		return 0
	}
	return next - 1
}

// numbering checks that the markers an imported document was written with run
// 1, 2, 3 without gaps or repeats, and in the form GB/T 9704 prescribes
// (1． or 1. — not 1、 1) 1）; （一） not (一)、), one form to a level; a flat
// list of items may be numbered 1． 2． …. Only imported documents carry
// their original markers.
//
// The export numbers the outline afresh, in the form of each level, so a
// marker written in the wrong form, two right forms mixed, or a number
// repeated is corrected on export: those findings are Info and say so. A
// gap, a number out of order or two kinds of marker at one level may mean
// an item lost or a level misread, which renumbering would hide: those
// stay warnings.
func numbering(in *Input) []Finding {
	d := in.Draft.Doc
	var out []Finding
	type variant struct {
		style docmodel.MarkerStyle
		form  string
	}
	// A plan written as one flat list of items may number them 1． 2． …
	// (GB/T 9704 lets the markers be used, not all four levels).
	flat := isFlat(d)
	// In a text that never uses full-width brackets, (一) for （一） is the
	// half-width habit the punctuation rule reports once, not a
	// numbering mistake of its own.
	halfBrackets := !usesFullBrackets(in)
	firstOf := map[variant]docmodel.Entry{}
	count := map[variant]int{}
	var order []variant
	runOn := 0 // the last Arabic number read, for run-on numbering
	// The right forms each depth was written in (1. and 1．), with the
	// first node and the count of each, to tell a mix.
	type written struct {
		first docmodel.Entry
		n     int
	}
	forms := map[int]map[string]*written{}
	byParent := map[*docmodel.Node][]docmodel.Entry{}
	var parents []*docmodel.Node
	for _, e := range in.entries(d) {
		if e.Node.SourceMarker == "" {
			continue
		}
		if _, seen := byParent[e.Parent]; !seen {
			parents = append(parents, e.Parent)
		}
		byParent[e.Parent] = append(byParent[e.Parent], e)
	}
	for _, p := range parents {
		prev := 0
		var prevStyle docmodel.MarkerStyle
		for _, e := range byParent[p] {
			m, _, ok := plantext.ParseMarker(e.Node.SourceMarker)
			if !ok {
				continue
			}
			// The form this level takes in the official numbering: 1、 is
			// wrong as 1．, and wrong again where the level is （一）.
			want := d.Options.StyleAt(e.Depth)
			if flat && m.Style == docmodel.MarkerArabic {
				want = docmodel.MarkerArabic // a flat list numbered 1． 2． …
			}
			if !rightMarker(m, want) && !(halfBrackets && m.Style == want && rightMarker(fullBrackets(m), want)) {
				v := variant{want, markerForm(m.Text)}
				if count[v] == 0 {
					firstOf[v] = e
					order = append(order, v)
				}
				count[v]++
			} else {
				form := markerForm(m.Text)
				if forms[e.Depth] == nil {
					forms[e.Depth] = map[string]*written{}
				}
				if w := forms[e.Depth][form]; w != nil {
					w.n++
				} else {
					forms[e.Depth][form] = &written{e, 1}
				}
			}
			if again, _, ok := plantext.ParseMarker(e.Node.Title()); ok && again.Style == m.Style && again.Number == m.Number {
				// （三）（三）: the marker typed twice; the export numbers
				// the node but keeps the second marker in its text.
				out = append(out, numberingFinding(e, fmt.Sprintf("编号“%s”连写了两遍，请删去多余的一个", strings.TrimSpace(m.Text))))
			}
			if prevStyle != 0 && m.Style != prevStyle {
				out = append(out, numberingFinding(e, fmt.Sprintf("同级编号混用了“%s”和“%s”两种形式，请核对层级是否正确", prevStyle.Format(1), m.Style.Format(1))))
			}
			expected := prev + 1
			if m.Style == docmodel.MarkerArabic && d.Options.Arabic == docmodel.ArabicRunOn {
				if prev == 0 {
					expected = runOn + 1
				}
				runOn = m.Number
			}
			switch {
			case prevStyle != 0 && m.Style != prevStyle:
			case m.Number == expected:
			case m.Number == prev && prev > 0:
				out = append(out, exportFixes(numberingFinding(e, fmt.Sprintf("编号“%s”与上一项重复；导出时按顺序重新编号", strings.TrimSpace(m.Text)))))
			case m.Number > expected && prev == 0 && expected == 1:
				out = append(out, numberingFinding(e, fmt.Sprintf("编号从 %d 开始，缺少 %s；导出时虽按顺序重新编号，请核对原文是否漏了内容", m.Number, missingRange(1, m.Number-1))))
			case m.Number > expected:
				out = append(out, numberingFinding(e, fmt.Sprintf("编号从 %d 跳到了 %d，缺少 %s；导出时虽按顺序重新编号，请核对原文是否漏了内容", expected-1, m.Number, missingRange(expected, m.Number-1))))
			default:
				out = append(out, numberingFinding(e, fmt.Sprintf("编号“%s”顺序不对，应为 %d", strings.TrimSpace(m.Text), expected)))
			}
			prev, prevStyle = m.Number, m.Style
		}
	}
	for _, v := range order {
		e := firstOf[v]
		m, _, _ := plantext.ParseMarker(e.Node.SourceMarker)
		msg := fmt.Sprintf("编号写作“%s”，这一层规范写法为“%s”", strings.TrimSpace(m.Text), v.style.Format(m.Number))
		if count[v] > 1 {
			msg = fmt.Sprintf("有 %d 处编号写作“%s”式（如“%s”），这一层规范写法为“%s”", count[v], v.form, strings.TrimSpace(m.Text), v.style.Format(m.Number))
		}
		out = append(out, exportFixes(numberingFinding(e, msg+"；导出时自动按规范编号")))
	}
	for depth := 1; depth <= d.Options.MaxDepth(); depth++ {
		if len(forms[depth]) < 2 {
			continue
		}
		// Both 1. and 1．: the less used form is the one to change.
		var all []string
		var fewest *written
		for form, w := range forms[depth] {
			all = append(all, fmt.Sprintf("“%s”%d 处", form, w.n))
			if fewest == nil || w.n < fewest.n || w.n == fewest.n && w.first.Path > fewest.first.Path {
				fewest = w
			}
		}
		sort.Strings(all)
		out = append(out, exportFixes(numberingFinding(fewest.first, "同一层编号写法不统一："+strings.Join(all, "，")+"；导出时统一按规范编号")))
	}
	return out
}

// usesFullBrackets reports whether a plan writes a full-width bracket
// anywhere, in its text or its markers.
func usesFullBrackets(in *Input) bool {
	for _, s := range in.spans(in.Draft.Doc) {
		if strings.ContainsAny(s.text, "（）") {
			return true
		}
	}
	for _, e := range in.entries(in.Draft.Doc) {
		if strings.ContainsAny(e.Node.SourceMarker, "（）") {
			return true
		}
	}
	return false
}

// fullBrackets returns m written with full-width brackets: (一) as （一）.
func fullBrackets(m plantext.Marker) plantext.Marker {
	m.Text = strings.NewReplacer("(", "（", ")", "）").Replace(m.Text)
	return m
}

// isFlat reports whether a plan's outline is one list of items: sections
// and nothing below them.
func isFlat(d *docmodel.Document) bool {
	for _, n := range d.Sections {
		if len(n.Children) > 0 {
			return false
		}
	}
	return true
}

// isList reports whether a plan is written as a list of items: a flat
// outline whose sections each say one short thing (开展……的做法及成效。),
// not the parts of a plan.
func isList(d *docmodel.Document) bool {
	if !isFlat(d) {
		return false
	}
	for _, n := range d.Sections {
		paras := n.Paragraphs()
		if len(paras) > 1 || len(paras) == 1 && utf8.RuneCountInString(paras[0]) > 60 {
			return false
		}
	}
	return true
}

// rightMarker reports whether marker m is written as GB/T 9704 prescribes
// for a level numbered in style want. The Arabic level may end in the
// full stop of either width, 1． or 1., as both are printed in official
// documents.
func rightMarker(m plantext.Marker, want docmodel.MarkerStyle) bool {
	text := strings.TrimSpace(m.Text)
	if text == want.Format(m.Number) {
		return true
	}
	return want == docmodel.MarkerArabic && m.Style == docmodel.MarkerArabic && text == strconv.Itoa(m.Number)+"."
}

// numberingFinding reports a numbering problem of e, with its marker as
// the source wrote it.
func numberingFinding(e docmodel.Entry, message string) Finding {
	return Finding{Path: e.Path, NodeID: e.Node.ID,
		Message: message, Evidence: e.Node.SourceMarker + e.Node.Summary()}
}

// exportFixes marks a numbering finding that the export corrects by
// itself: for the reviewer's information.
func exportFixes(f Finding) Finding {
	f.Severity = Info
	return f
}

// markerForm writes a marker with its number replaced by N (Arabic) or
// 一 (Chinese), to group the markers written the same way.
func markerForm(text string) string {
	text = strings.TrimSpace(text)
	var b strings.Builder
	inNumber := false
	for _, r := range text {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			if !inNumber {
				b.WriteString("1")
			}
			inNumber = true
		case strings.ContainsRune("一二三四五六七八九十", r):
			if !inNumber {
				b.WriteString("一")
			}
			inNumber = true
		default:
			b.WriteRune(r)
			inNumber = false
		}
	}
	return b.String()
}

func missingRange(from, to int) string {
	if from == to {
		return strconv.Itoa(from)
	}
	return strconv.Itoa(from) + "–" + strconv.Itoa(to)
}

var goalsParagraph = lazyregexp.New(`^(主要目标|工作目标|发展目标|总体目标|主要指标|主要预期目标|预期目标|目标任务|年度目标|主要目標|工作目標|發展目標|總體目標|主要指標|預期目標)[：:]`)

// safeguardHeading: a section heading that names how the plan is carried
// out — 加强组织领导, 强化工作保障, 抓好督促落实 — even without the word 保障措施.
var safeguardHeading = lazyregexp.New(`保障|组织领导|組織領導|组织实施|組織實施|督查|督促|考核|(抓好|狠抓|推动|推進|推进|确保|確保)[^，。]{0,4}落实$`)

// targetKinds are the words of a title that name work measured by targets:
// the economy, science and technology, industry. targetlessKinds override
// them: 科学技术普及 is 科普.
var (
	targetKinds     = []string{"科技", "科学技术", "經濟", "经济", "发展", "發展", "工业", "工業", "产业", "產業", "招商", "农业", "農業", "商务", "商務"}
	targetlessKinds = []string{"科普", "普及", "科学素质", "科學素質", "政务公开", "政務公開", "信息公开", "信息公開", "宣传", "宣傳", "党建", "黨建", "党风廉政", "普法"}
)

// national: a title or issuer of a national body — a ministry's or the
// State Council's plan directs work rather than setting local targets.
var national = lazyregexp.New(`^(国务院|國務院|国家|國家|中国|中國|中华人民共和国|中華人民共和國|中共中央|[^省市县区州縣區]{2,10}部([0-9０-９]{4}年|办公厅$|辦公廳$|$))`)

// carriesTargets reports whether a plan of this title, from this issuer,
// is of a kind that sets targets.
func carriesTargets(title, issuer string) bool {
	return containsAny(title, targetKinds) && !containsAny(title, targetlessKinds) &&
		!national.MatchString(strings.TrimSpace(title)) && !national.MatchString(strings.TrimSpace(issuer))
}

// goalsHeading: a section heading that names the plan's goals in other
// words than the roles know: 经济社会发展的主要预期目标, 年度工作目标.
var goalsHeading = lazyregexp.New(`(目标|目標)$|(预期|主要|工作|发展|總體|总体)(目标|目標)`)

// missingSection checks that a plan states its goals, its tasks and its
// safeguards. A goals paragraph inside another section counts, and so does
// any target the plan states; goals are asked for only where the kind of
// plan carries targets (a science bureau's plan, not a 政务公开 or 科普
// one). A text whose structure could not be read — no sections, or one —
// or that stops mid-sentence gives no finding: what is missing cannot be
// told from it; nor does a plan written as a short list of items
// (isList), which has no parts to miss.
func missingSection(in *Input) []Finding {
	entries := in.entries(in.Draft.Doc)
	if len(in.Draft.Doc.Sections) < 2 || isList(in.Draft.Doc) || endsMidSentence(entries) {
		return nil
	}
	has := map[docmodel.Role]bool{}
	for _, e := range entries {
		has[e.Role] = true
		if e.Depth == 1 && e.Role == docmodel.RoleOther {
			// A section whose heading names no part is itself one of the
			// plan's tasks (突出高新技术企业培育…, 开展产业关键共性技术攻关…),
			// or the plan's safeguards (加强组织领导).
			switch heading := strings.TrimRight(e.Node.Summary(), "。"); {
			case goalsHeading.MatchString(heading):
				has[docmodel.RoleGoals] = true
			case safeguardHeading.MatchString(heading):
				has[docmodel.RoleSafeguards] = true
			default:
				has[docmodel.RoleTasks] = true
			}
		}
	}
	for _, s := range in.spans(in.Draft.Doc) {
		if goalsParagraph.MatchString(s.text) {
			has[docmodel.RoleGoals] = true
		}
	}
	// A plan that states a target anywhere has goals, in whatever part
	// it states them (力争研发投入占比达2.35%，……).
	if meta := in.Draft.Doc.Meta; len(in.targets(in.Draft.Doc)) > 0 || !carriesTargets(meta.Title, meta.Issuer) {
		has[docmodel.RoleGoals] = true
	}
	sections := sectionNames(entries)
	var out []Finding
	for _, want := range []struct {
		role docmodel.Role
		name string
	}{{docmodel.RoleGoals, "主要目标"}, {docmodel.RoleTasks, "重点任务"}, {docmodel.RoleSafeguards, "保障措施"}} {
		if !has[want.role] {
			out = append(out, Finding{Path: docmodel.PathWhole,
				Message:  "没有找到“" + want.name + "”部分",
				Evidence: "各部分：" + sections, Subject: want.name})
		}
	}
	return out
}

// endsMidSentence reports whether the text of an outline stops short:
// its last node has no paragraph, or its last paragraph stops without
// the mark that ends a sentence — a page cut off or pasted in part, whose
// later parts cannot be known. Trailing label lines (来源：…, 责任编辑：…)
// are not the text.
func endsMidSentence(entries []docmodel.Entry) bool {
	if len(entries) == 0 {
		return false
	}
	paras := entries[len(entries)-1].Node.Paragraphs()
	for len(paras) > 0 && labelLine.MatchString(paras[len(paras)-1]) {
		paras = paras[:len(paras)-1]
	}
	if len(paras) == 0 {
		return true
	}
	text := strings.TrimSpace(paras[len(paras)-1])
	if trailingMarker.MatchString(text) {
		return true // the next item's marker, and then the cut: …解读。(二)
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune("。！？；…”’）)】》.!?;", last)
}

// trailingMarker: a numbering marker that ends a paragraph.
var trailingMarker = lazyregexp.New(`[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]$`)

// labelLine is a short "label：value" line of a page, such as 来源：…
var labelLine = lazyregexp.New(`^\s*[^，。,:：]{1,6}[：:][^，。]{0,30}$`)

// sectionNames lists the top-level sections of an outline, for evidence.
func sectionNames(entries []docmodel.Entry) string {
	var names []string
	for _, e := range entries {
		if e.Depth == 1 {
			names = append(names, e.Number+e.Node.Summary())
		}
	}
	if len(names) == 0 {
		return "（无）"
	}
	return strings.Join(names, "；")
}

// count reads a count such as 七, 十二, 两 or 12; 0 when s is none.
func count(s string) int {
	n, _ := plantext.ParseCount(s)
	return n
}
