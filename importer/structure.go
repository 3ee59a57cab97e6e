package importer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
	"yaodian/usererr"
)

// para is one paragraph of a plain text or Word document as the structure
// builder reads it. The text and Word readers differ only in what they can
// say about a paragraph: a Word paragraph may carry a heading style, an
// automatic number and bold runs; a text line carries only its words.
type para struct {
	// text is the paragraph on one line, with any typed numbering marker,
	// without the indentation before it.
	text string
	// auto is the marker Word's automatic numbering shows before text.
	auto *mark
	// level is the outline level of a heading style, 1 for the top; 0 for
	// body text.
	level int
	// title marks the paragraph styled or tagged as the document's title.
	title bool
	// bold holds the byte ranges of text set in bold, in order.
	bold [][2]int
	// rows is a table, row by row, header first; text is then empty.
	rows [][]string
}

// family is a family of numbering markers: the docmodel marker styles, and
// 第一， which the model has no style for.
type family int

const famOrdinal family = 100

// mark is a numbering marker at the start of a paragraph.
type mark struct {
	family family
	number int
	// text is the marker exactly as the source wrote it (or as Word's
	// numbering renders it), without the spaces after it.
	text string
}

// headingMaxRunes is the longest text after a number that is taken for a
// heading of its own when it has no sentence punctuation.
const headingMaxRunes = 50

// buildAll splits the paragraphs of a file into the documents it holds —
// compilations number them 第一篇：… 第二篇：… — and builds each.
func buildAll(paras []para) ([]Result, error) {
	starts, labels := partStarts(paras)
	if len(starts) == 0 {
		d, err := buildDocument("", paras, nil)
		if err != nil {
			return nil, err
		}
		return []Result{d}, nil
	}
	var docs []Result
	for i, start := range starts {
		end := len(paras)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		var before []para
		if i == 0 {
			before = paras[:start]
		}
		d, err := buildDocument(labels[i], paras[start+1:end], before)
		if err != nil {
			if len(starts) > 1 {
				return nil, usererr.Prefix(err, "第"+strconv.Itoa(i+1)+"篇：", "document "+strconv.Itoa(i+1)+": ")
			}
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

var partHeader = lazyregexp.New(`^第([一二三四五六七八九十]{1,3}|[0-9]{1,2})篇(?:\s*[:：、.．，,]\s*|\s+|$)(.*)$`)

// partStarts returns the indices of the 第N篇 lines that divide a
// compilation, numbered 1, 2, 3 … in order, and the title each gives.
func partStarts(paras []para) ([]int, []string) {
	var starts []int
	var labels []string
	for i, p := range paras {
		if p.rows != nil || p.auto != nil || utf8.RuneCountInString(p.text) > 80 {
			continue
		}
		m := partHeader.FindStringSubmatch(p.text)
		if m == nil {
			continue
		}
		n, ok := plantext.ParseCount(m[1])
		if !ok || n != len(starts)+1 {
			continue
		}
		starts = append(starts, i)
		labels = append(labels, docmodel.CleanLine(m[2]))
	}
	return starts, labels
}

// builder turns the paragraphs of one document into its outline.
type builder struct {
	d     *docmodel.Document
	marks map[*docmodel.Node]mark
	// boldLeads counts the nodes whose lead sentence was set in bold.
	boldLeads int
	// tables are the task-division tables waiting to be matched with the
	// tasks they describe.
	tables []taskTable
	// setAside are the lines of page debris kept out of the document.
	setAside []string
	// labelTitle is the title a site's information table states (名称：…,
	// 标题：…), taken when the text gives no title of its own.
	labelTitle string
}

// item is a paragraph with what the builder found in it.
type item struct {
	para
	mark  *mark
	rest  string // the text after a typed marker
	shift int    // bytes of text before rest
	depth int    // node depth, 0 for a paragraph that is not a node
}

// buildDocument builds one document from its paragraphs. label is the
// title a compilation's 第N篇 line gives it; before are paragraphs of the
// file that precede the first such line.
func buildDocument(label string, paras []para, before []para) (Result, error) {
	b := &builder{d: docmodel.New(), marks: map[*docmodel.Node]mark{}}
	for _, p := range before {
		b.addPreamble(p)
	}
	paras = splitRunOn(paras)
	paras = b.setAsideDebris(paras)
	paras, name := b.notice(paras)
	paras = b.front(label, name, paras)
	b.titleFromLabel()
	paras = b.signature(paras)
	items := make([]item, len(paras))
	for i, p := range paras {
		items[i] = readItem(p)
	}
	attachmentLists(items)
	assignDepths(items)
	b.chooseLevels(items)
	b.build(items)
	b.matchTables()
	b.chooseArabic()
	b.splitGoalLists()
	b.findYear()
	if b.d.Meta.Issuer == "" {
		b.d.Meta.Issuer = titleIssuer(b.d.Meta.Title)
	}
	if b.boldLeads > 0 {
		b.d.Options.Leads = docmodel.LeadsBold
	} else {
		b.d.Options.Leads = docmodel.LeadsPlain
	}
	if err := b.d.Validate(); err != nil {
		return Result{}, usererr.Prefix(err, "导入结果无效：", "the imported document is invalid: ")
	}
	return Result{Document: b.d, SetAside: b.setAside}, nil
}

// addPreamble adds a paragraph, with its automatic number, or a table,
// row by row, to the preamble.
func (b *builder) addPreamble(p para) {
	if p.rows != nil {
		for _, row := range p.rows {
			b.addRow(nil, row)
		}
		return
	}
	text := p.text
	if p.auto != nil {
		text = p.auto.text + text
	}
	if t := docmodel.CleanLine(text); t != "" {
		b.d.Preamble = append(b.d.Preamble, t)
	}
}

// readItem finds the numbering marker of a paragraph: Word's automatic
// number, or one typed at the start of the text.
func readItem(p para) item {
	it := item{para: p, rest: p.text}
	if p.rows != nil {
		return it
	}
	if p.auto != nil {
		it.mark = p.auto
		return it
	}
	if m, rest, ok := plantext.ParseMarker(p.text); ok && !numeralList(m, rest) {
		it.mark = &mark{family: family(m.Style), number: m.Number, text: strings.TrimRight(m.Text, " \u3000\t")}
		it.rest, it.shift = rest, len(p.text)-len(rest)
		return it
	}
	if m := ordinalMarker.FindStringSubmatch(p.text); m != nil && !numeralList(plantext.Marker{Style: docmodel.MarkerChinese, Text: m[0]}, p.text[len(m[0]):]) {
		if n, ok := plantext.ParseCount(m[1]); ok {
			rest := strings.TrimLeft(p.text[len(m[0]):], " \u3000\t")
			it.mark = &mark{family: famOrdinal, number: n, text: m[0]}
			it.rest, it.shift = rest, len(p.text)-len(rest)
		}
	}
	return it
}

var ordinalMarker = lazyregexp.New(`^第([一二三四五六七八九十]{1,3})[，,、：:．.]`)

// numeralList reports whether a Chinese marker is really a list of
// numerals: 一、二季度 is "the first and second quarters", not item one.
func numeralList(m plantext.Marker, rest string) bool {
	if m.Style != docmodel.MarkerChinese || !strings.HasSuffix(strings.TrimRight(m.Text, " \u3000"), "、") {
		return false
	}
	r, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("一二三四五六七八九十", r) {
		return false
	}
	next := rest[size:]
	for _, w := range []string{"季度", "、", "产", "等", "级", "类", "批", "期", "线", "号", "至", "年级", "月"} {
		if strings.HasPrefix(next, w) {
			return true
		}
	}
	return false
}

// attachmentLists keeps an attachment list — 附件： then 1.重点任务分工表
// 2.…, names without sentences — as text: its numbers are not the plan's.
func attachmentLists(items []item) {
	for i := 0; i < len(items); i++ {
		if items[i].rows != nil || !strings.Contains(items[i].text, "附") || !attachmentLabel.MatchString(docmodel.CleanLine(items[i].text)) {
			continue
		}
		for j := i + 1; j < len(items); j++ {
			it := &items[j]
			if it.mark == nil || it.mark.family != family(docmodel.MarkerArabic) || it.level > 0 || !titlePiece(para{text: it.rest}) {
				break
			}
			it.mark, it.rest, it.shift = nil, it.text, 0
		}
	}
}

// assignDepths gives each numbered paragraph and heading its depth. A
// marker family met for the first time within the open nodes opens a level
// below them; a family already open closes what was opened after it and
// continues its list. So 一、 → 1、 makes 1、 the second level, and a
// document may use 1、 under 一、 in one section and under （一） in the
// next. Headings styled with an outline level close the nodes at their
// level and below.
func assignDepths(items []item) {
	type open struct {
		key   string
		level int // the heading level, 0 for a numbered body paragraph
	}
	var stack []open
	for i := range items {
		it := &items[i]
		if it.rows != nil || it.mark == nil && it.level == 0 {
			continue
		}
		key := "h" + strconv.Itoa(it.level)
		if it.mark != nil {
			key = "m" + strconv.Itoa(int(it.mark.family))
		}
		found := -1
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].key == key {
				found = j
				break
			}
		}
		switch {
		case found >= 0:
			stack = stack[:found]
		case it.level > 0:
			for len(stack) > 0 && (stack[len(stack)-1].level == 0 || stack[len(stack)-1].level >= it.level) {
				stack = stack[:len(stack)-1]
			}
		}
		stack = append(stack, open{key: key, level: it.level})
		it.depth = len(stack)
	}
}

// chooseLevels picks the numbering scheme: compact (一、 1． （1）) when
// 1． items sit right under the sections and no （一） level is used,
// standard otherwise.
func (b *builder) chooseLevels(items []item) {
	paren, arabicAt2 := false, false
	for _, it := range items {
		if it.mark == nil {
			continue
		}
		switch {
		case it.mark.family == family(docmodel.MarkerChineseParen):
			paren = true
		case it.mark.family == family(docmodel.MarkerArabic) && it.depth == 2:
			arabicAt2 = true
		}
	}
	if arabicAt2 && !paren {
		b.d.Options.Levels = docmodel.LevelsCompact
	}
}

// build makes the outline: a numbered paragraph or heading opens a node
// at its depth, other paragraphs go to the body of the node open before
// them (or to the preamble), units lines fill in the open task, and tables
// become indicators, task units or rows of text.
func (b *builder) build(items []item) {
	maxDepth := b.d.Options.MaxDepth()
	var stack []*docmodel.Node
	current := func() *docmodel.Node {
		if len(stack) == 0 {
			return nil
		}
		return stack[len(stack)-1]
	}
	for _, it := range items {
		switch {
		case it.rows != nil:
			b.table(current(), it.rows)
		case it.depth == 0 || it.depth > maxDepth:
			// Deeper than the numbering can show: the paragraph stays
			// text, marker and all, in the deepest node.
			text := it.text
			if it.auto != nil {
				text = it.auto.text + text
			}
			b.addBody(current(), text)
		default:
			depth := min(it.depth, len(stack)+1)
			n := b.node(it)
			siblings := &b.d.Sections
			if depth > 1 {
				siblings = &stack[depth-2].Children
			}
			*siblings = append(*siblings, n)
			stack = append(stack[:depth-1], n)
		}
	}
}

// addBody adds a paragraph to the node n, or to the preamble when n is
// nil. A units line, or units closing the paragraph, fill in the node's
// task fields instead, unless they are filled already.
func (b *builder) addBody(n *docmodel.Node, text string) {
	text = docmodel.CleanLine(text)
	if text == "" {
		return
	}
	if n == nil {
		b.d.Preamble = append(b.d.Preamble, text)
		return
	}
	if lead, partners, deadline, ok := unitsLabelLine(text); ok && (lead == "" || n.LeadUnit == "") && (partners == nil || n.Partners == nil) && (deadline == "" || n.Deadline == "") {
		// 牵头单位：… / 责任单位：… / 完成时限：… on lines of their own.
		n.LeadUnit += lead
		n.Partners = append(n.Partners, partners...)
		n.Deadline += deadline
		return
	}
	if !n.HasTaskInfo() {
		if lead, partners, deadline, ok := plantext.ParseUnitsLine(text); ok {
			n.LeadUnit, n.Partners, n.Deadline = lead, partners, deadline
			return
		}
		text = takeUnits(n, text)
		if text == "" {
			return
		}
	}
	n.Body = append(n.Body, text)
}

// unitsLabelLine reads a line that states a task's units or deadline
// without brackets: 牵头单位：市科技局, or 牵头单位：市科技局；完成时限：6月底.
func unitsLabelLine(text string) (lead string, partners []string, deadline string, ok bool) {
	if !strings.HasPrefix(text, "牵头") && !strings.HasPrefix(text, "责任") && !strings.HasPrefix(text, "配合") &&
		!strings.HasPrefix(text, "参与") && !strings.HasPrefix(text, "协办") && !strings.HasPrefix(text, "完成") && !strings.HasPrefix(text, "时限") {
		return "", nil, "", false
	}
	return plantext.ParseUnitsLine("（" + strings.TrimRight(text, "。；;") + "）")
}

// takeUnits moves a units list that ends text — 加强平台建设。（牵头单位：
// 市科技局；完成时限：6月底） — into the task fields of n, and returns the
// text before it.
func takeUnits(n *docmodel.Node, text string) string {
	rest, lead, partners, deadline, ok := cutUnits(text)
	if !ok {
		return text
	}
	n.LeadUnit, n.Partners, n.Deadline = lead, partners, deadline
	return rest
}

// node makes the node a numbered paragraph or heading opens.
func (b *builder) node(it item) *docmodel.Node {
	n := b.d.NewNode()
	if it.mark != nil {
		n.SourceMarker = it.mark.text
		b.marks[n] = *it.mark
	}
	text := takeUnits(n, docmodel.CleanLine(it.rest))
	lead := boldLead(it)
	switch {
	case it.level > 0 && lead == "":
		if l, rest := plantext.SplitLead(text); l != "" && strings.TrimSpace(rest) != "" {
			// A whole paragraph in a heading style: its first sentence
			// leads, the rest is body.
			n.Lead = l
			n.Body = nonEmpty(docmodel.CleanLine(rest))
		} else {
			n.Heading = text
		}
	case lead != "":
		tail := strings.TrimLeftFunc(text[min(len(lead), len(text)):], isLeadTail)
		full := docmodel.CleanLine(text[:len(text)-len(tail)])
		if tail == "" && headingLike(full) {
			n.Heading = full
		} else {
			n.Lead = full
			n.Body = nonEmpty(docmodel.CleanLine(tail))
			b.boldLeads++
		}
	default:
		l, rest := plantext.SplitLead(text)
		if l == "" {
			l, rest = colonLead(text)
		}
		switch {
		case l != "":
			n.Lead, n.Body = l, nonEmpty(docmodel.CleanLine(rest))
		case headingLike(text):
			n.Heading = text
		default:
			n.Body = nonEmpty(text)
		}
	}
	n.Role = plantext.InferRole(n.Title())
	return n
}

// boldLead returns the bold text that opens the paragraph after its
// marker, trimmed, or "".
func boldLead(it item) string {
	start := it.shift
	for start < len(it.text) {
		r, size := utf8.DecodeRuneInString(it.text[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for _, span := range it.bold {
		if span[0] <= start && span[1] > start {
			return strings.TrimSpace(it.text[start:span[1]])
		}
	}
	return ""
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// headingLike reports whether the text after a number reads as a heading
// on a line of its own: short, and not a sentence.
func headingLike(s string) bool {
	return s != "" && utf8.RuneCountInString(s) <= headingMaxRunes && !strings.ContainsAny(s, "。！？；;!?")
}

// colonLead splits a label ending in a colon from what follows it, as in
// 总体思路：按照……, when the label is short, something follows, and the
// paragraph has no short first sentence.
func colonLead(s string) (string, string) {
	i := strings.IndexAny(s, "：:")
	if i <= 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	label := s[:i+size]
	if utf8.RuneCountInString(label) > 13 || strings.ContainsAny(s[:i], "，,、。；;") || strings.TrimSpace(s[i+size:]) == "" {
		return "", s
	}
	return label, s[i+size:]
}

// chooseArabic sets the Arabic numbering to run on when the source
// numbered a first 1． item under a later parent on from the items before
// it, more often than it restarted at 1.
func (b *builder) chooseArabic() {
	depth := b.d.Options.DepthOf(docmodel.MarkerArabic)
	seen, runOn, restart := 0, 0, 0
	b.d.Walk(func(e docmodel.Entry) bool {
		if e.Depth != depth {
			return true
		}
		if m, ok := b.marks[e.Node]; ok && m.family == family(docmodel.MarkerArabic) && e.Index == 0 && seen > 0 {
			switch m.number {
			case seen + 1:
				runOn++
			case 1:
				restart++
			}
		}
		seen++
		return true
	})
	if runOn > restart {
		b.d.Options.Arabic = docmodel.ArabicRunOn
	}
}

// cutUnits splits a bracketed units list off the end of s.
func cutUnits(s string) (rest, lead string, partners []string, deadline string, ok bool) {
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return s, "", nil, "", false
	}
	depth := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch r {
		case '）', ')':
			depth++
		case '（', '(':
			depth--
			if depth == 0 {
				lead, partners, deadline, ok = plantext.ParseUnitsLine(s[i:])
				if !ok {
					return s, "", nil, "", false
				}
				return docmodel.CleanLine(s[:i]), lead, partners, deadline, true
			}
		}
	}
	return s, "", nil, "", false
}
