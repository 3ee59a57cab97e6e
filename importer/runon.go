package importer

import (
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/plantext"
)

// splitRunOn restores the line breaks a copy lost: a paragraph that holds
// a plan's numbered parts one after another ("…顺利完成。 一、坚持…（一）…
// 1.加强…") is split before each marker that stands after the end of a
// sentence or a space and continues the numbering — 二、 after 一、, （一）
// or 1. opening a list or continuing its own. Markers inside a sentence
// (第一、二季度, 1.5倍, 二、三产业) never split. A short title that opens
// such a paragraph, followed by a space, is split off too.
func splitRunOn(paras []para) []para {
	last := map[family]int{}
	var out []para
	for i, p := range paras {
		if p.rows != nil || p.auto != nil || p.level > 0 || p.bold != nil || p.title {
			out = append(out, p)
			continue
		}
		pieces := runOnPieces(p.text, last)
		if len(pieces) > 1 && i < frontScan {
			if head, rest, ok := cutTitle(pieces[0]); ok {
				pieces = append([]string{head, rest}, pieces[1:]...)
			}
		}
		if len(pieces) > 1 {
			pieces = splitHeadings(pieces)
		}
		for _, s := range pieces {
			q := para{text: s}
			if it := readItem(q); it.mark != nil {
				last[it.mark.family] = it.mark.number
			}
			out = append(out, q)
		}
	}
	return out
}

// runOnFamilies are the marker families that split a run-on paragraph:
// the four levels of official numbering. Inline lists (①, 一是) stay.
var runOnFamilies = []family{family(docmodel.MarkerChinese), family(docmodel.MarkerChineseParen), family(docmodel.MarkerArabic), family(docmodel.MarkerArabicParen)}

// runOnPieces returns s split before each marker that continues the
// numbering; last holds the number each family reached so far and is
// updated as markers are accepted.
func runOnPieces(s string, last map[family]int) []string {
	var pieces []string
	start := 0
	opener := family(-1)
	if it := readItem(para{text: s}); it.mark != nil {
		last[it.mark.family] = it.mark.number
		opener = it.mark.family
	}
	headEnd := -1 // where the last heading marker accepted ends
	var headFamily family
	prev, size := utf8.DecodeRuneInString(s)
	for i := size; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		before := prev
		prev = r
		circled := r >= 0x2460 && r <= 0x2473 && opener == family(docmodel.MarkerCircled)
		if !circled && !markerStart(r) {
			i += size
			continue
		}
		bound := boundaryRune(before)
		colon := before == '：' || before == ':'
		if !circled && !bound && !colon && (headEnd < 0 || i-headEnd > 3*headingMaxRunes) {
			i += size
			continue
		}
		m, rest, ok := plantext.ParseMarker(s[i:])
		if !ok || rest == "" || numeralList(m, rest) || !splitting(m, last, opener) ||
			colon && !listAfterColon(s[i:], m) ||
			!bound && !colon && !circled && !firstUnderHeading(s, headEnd, i, headFamily, m) {
			i += size
			continue
		}
		if piece := strings.TrimSpace(s[start:i]); piece != "" {
			pieces = append(pieces, piece)
		}
		last[family(m.Style)] = m.Number
		start = i
		i += len(m.Text)
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
		if m.Style == docmodel.MarkerChinese || m.Style == docmodel.MarkerChineseParen {
			headEnd, headFamily = i, family(m.Style)
		}
	}
	if len(pieces) == 0 {
		return []string{s}
	}
	return append(pieces, strings.TrimSpace(s[start:]))
}

// markerStart reports whether r may begin a numbering marker of the
// official levels.
func markerStart(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return true
	}
	switch r {
	case '（', '(', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// firstUnderHeading reports whether a marker at s[i:] that follows no
// sentence end opens the first item under a heading that runs into it —
// "一、大力搞好产业开展1、制定……": the marker is number 1 of another family
// than the heading's, continuing its own numbering or starting it, and
// the heading between is short and no sentence.
func firstUnderHeading(s string, headEnd, i int, headFamily family, m plantext.Marker) bool {
	if headEnd < 0 || headEnd > i || family(m.Style) == headFamily {
		return false
	}
	head := s[headEnd:i]
	return utf8.RuneCountInString(head) <= headingMaxRunes && !strings.ContainsAny(head, "。！？；;!?")
}

// boundaryBefore reports whether a marker at s[i:] stands where a part of
// a plan may begin: after a space, or right after the end of a sentence
// or a colon.
func boundaryBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return boundaryRune(r)
}

// boundaryRune reports whether a part of a plan may begin after r: a
// space or the end of a sentence. After ；a number continues an inline
// list, and after a colon it may open one (see listAfterColon).
func boundaryRune(r rune) bool {
	switch r {
	case ' ', '\u3000', '\t', '\u00a0', '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// listAfterColon reports whether a marker after a colon opens the parts
// of a plan rather than an inline list (原则：一、坚持A；二、坚持B): it is
// number 1, and its number 2 follows later after the end of a sentence
// or a space.
func listAfterColon(s string, m plantext.Marker) bool {
	if m.Number != 1 {
		return false
	}
	next := m.Style.Format(2)
	if m.Style == docmodel.MarkerChinese {
		next = "二、"
	}
	for rest := s; ; {
		k := strings.Index(rest, next)
		if k < 0 {
			return false
		}
		if k > 0 && boundaryRune(lastRune(rest[:k])) {
			return true
		}
		rest = rest[k+len(next):]
	}
}

// splitting reports whether a marker met inside a paragraph opens a part:
// its family is one of the official levels, it is written with the
// separator of a heading (一、 （一） 1. 1．), and its number follows the
// last one of its family — or starts a list, except at the top level.
//
// A paragraph that opens with ① and runs on ②… ③… is a list that lost its
// breaks too: ① splits, but only in such a paragraph.
func splitting(m plantext.Marker, last map[family]int, opener family) bool {
	f := family(m.Style)
	if f == family(docmodel.MarkerCircled) && f == opener {
		return m.Number == last[f]+1
	}
	if !inFamilies(f) || strings.HasSuffix(strings.TrimRight(m.Text, " \u3000"), "，") {
		return false
	}
	if m.Style == docmodel.MarkerArabicParen && !strings.ContainsAny(m.Text, "（(") {
		return false // 1) in prose is a range or a note, not a heading
	}
	switch {
	case m.Number == last[f]+1:
		return true
	case m.Number == 1:
		return f != family(docmodel.MarkerChinese)
	}
	return false
}

func inFamilies(f family) bool {
	for _, g := range runOnFamilies {
		if f == g {
			return true
		}
	}
	return false
}

// headingRunes is the longest heading splitHeadings splits from its text.
const headingRunes = 25

// splitHeadings splits the pieces of a run-on paragraph where a short
// heading is followed by a space and its text: "一、总体要求 坚持……" is
// the heading 一、总体要求 and the paragraph 坚持…….
func splitHeadings(pieces []string) []string {
	var out []string
	for _, s := range pieces {
		it := readItem(para{text: s})
		i := strings.IndexAny(it.rest, " \u3000")
		if it.mark == nil || i <= 0 {
			out = append(out, s)
			continue
		}
		head, rest := it.rest[:i], docmodel.CleanLine(it.rest[i:])
		if rest == "" || utf8.RuneCountInString(head) > headingRunes || strings.ContainsAny(head, "。！？；;，,：:") {
			out = append(out, s)
			continue
		}
		out = append(out, s[:it.shift]+head, rest)
	}
	return out
}

// cutTitle splits a title that opens a run-on paragraph, followed by a
// space, from what follows: "2024年全市科技工作要点 为深入贯彻……".
//
// Without the space, a title that names its year and ends in a word that
// ends titles is split off where that word ends: "2021年度XX市科普工作要点
// 2021年，全市……".
func cutTitle(s string) (string, string, bool) {
	if i := strings.IndexAny(s, " \u3000"); i > 0 {
		head := docmodel.CleanLine(s[:i])
		rest := docmodel.CleanLine(s[i:])
		if rest != "" && endsTitle(head) && titlePiece(para{text: head}) {
			return head, rest, true
		}
	}
	end := -1
	for _, w := range planEnds {
		i := strings.Index(s, w)
		if i < 0 || end >= 0 && i+len(w) >= end {
			continue
		}
		head, rest := s[:i+len(w)], s[i+len(w):]
		if strings.HasPrefix(rest, "的") || strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") ||
			!titlePiece(para{text: head}) || plantext.Year(head) == 0 || strings.TrimSpace(rest) == "" {
			continue
		}
		end = i + len(w)
	}
	if end < 0 {
		return "", s, false
	}
	return docmodel.CleanLine(s[:end]), docmodel.CleanLine(s[end:]), true
}

// planEnds are the words that end a plan's title.
var planEnds = []string{"要点", "要點", "工作计划", "工作計劃", "工作安排"}

// inlineList splits a paragraph that lists its items inline — ①…②…③…,
// or 一是…；二是…；三是… — into the text before the list and the items,
// each without its marker; ok is false unless at least two items follow
// one another in order.
func inlineList(s string) (intro string, items []string, ok bool) {
	type cut struct{ at, after int }
	var cuts []cut
	want := 1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if m, _, found := plantext.ParseMarker(s[i:]); found && m.Style == docmodel.MarkerCircled && r >= 0x2460 && r <= 0x2473 {
			if m.Number == want {
				cuts = append(cuts, cut{i, i + size})
				want++
			}
		} else if n, size2 := readShi(s[i:]); n == want && (i == 0 || boundaryBefore(s, i) || strings.ContainsRune("，,；;：:", lastRune(s[:i]))) {
			cuts = append(cuts, cut{i, i + size2})
			want++
		}
		i += size
	}
	if len(cuts) < 2 {
		return s, nil, false
	}
	intro = docmodel.CleanLine(s[:cuts[0].at])
	for k, c := range cuts {
		end := len(s)
		if k+1 < len(cuts) {
			end = cuts[k+1].at
		}
		item := docmodel.CleanLine(s[c.after:end])
		if item == "" {
			return s, nil, false
		}
		items = append(items, item)
	}
	return intro, items, true
}

// readShi reads the 一是 of an inline list and returns its number and
// byte length, or 0.
func readShi(s string) (int, int) {
	n, size := readChineseNumber(s)
	if size == 0 || !strings.HasPrefix(s[size:], "是") {
		return 0, 0
	}
	return n, size + len("是")
}

// readChineseNumber reads 一 to 十 at the start of s.
func readChineseNumber(s string) (int, int) {
	r, size := utf8.DecodeRuneInString(s)
	if i := strings.IndexRune("一二三四五六七八九十", r); i >= 0 {
		return i/len("一") + 1, size
	}
	return 0, 0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// splitGoalLists gives each item of an inline list in a goals paragraph
// (①…②…, 一是…二是…) a node of its own under the paragraph's node, or,
// where the numbering has no level left, a paragraph of its own, so that
// each goal and its indicators stand apart.
func (b *builder) splitGoalLists() {
	b.goalLists(b.d.Sections, 1, docmodel.RoleOther)
}

// goalLists is splitGoalLists for nodes at depth whose parent's role is
// role.
func (b *builder) goalLists(nodes []*docmodel.Node, depth int, role docmodel.Role) {
	for _, n := range nodes {
		r := role
		if n.Role != docmodel.RoleInherit {
			r = n.Role
		}
		if r == docmodel.RoleGoals {
			b.goalList(n, depth)
		}
		b.goalLists(n.Children, depth+1, r)
	}
}

// goalList splits the inline lists of one goals node's paragraphs.
func (b *builder) goalList(n *docmodel.Node, depth int) {
	var body, items []string
	for _, p := range n.Body {
		intro, list, ok := inlineList(p)
		if !ok {
			body = append(body, p)
			continue
		}
		if intro != "" {
			body = append(body, intro)
		}
		items = append(items, list...)
	}
	if len(items) == 0 {
		return
	}
	if depth >= b.d.Options.MaxDepth() || len(n.Children) > 0 {
		n.Body = append(body, items...)
		return
	}
	n.Body = body
	for _, item := range items {
		c := b.d.NewNode()
		c.Body = []string{item}
		n.Children = append(n.Children, c)
	}
}
