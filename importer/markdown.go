package importer

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
	"yaodian/usererr"
)

// newMarkdown returns a reader of CommonMark with GFM tables, the only
// extension the exporter writes. Markdown uses one, built on first use
// (markdownReader).
func newMarkdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table))
}

// Markdown reads a plan written in Markdown: the YAML front matter for the
// meta data, numbered headings and paragraphs for the outline, units lines
// for tasks and indicator tables for indicators. Numbers are read only to
// find each node's depth; the document renumbers itself. Options the front
// matter does not set are inferred from the text as export.Markdown
// expects.
func Markdown(src []byte) (*docmodel.Document, error) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if !utf8.Valid(src) {
		return nil, usererr.New("Markdown 文件不是 UTF-8 编码", "the Markdown file is not UTF-8 encoded")
	}
	if err := checkNesting(src); err != nil {
		return nil, err
	}
	if err := checkMarkup(src); err != nil {
		return nil, err
	}
	if err := checkTables(src); err != nil {
		return nil, err
	}
	if err := checkLinks(src); err != nil {
		return nil, err
	}
	meta, opts, body, err := readFrontMatter(src)
	if err != nil {
		return nil, err
	}
	root := markdownReader().Parser().Parse(text.NewReader(body))
	r := &mdReader{src: body}
	if err := r.collect(root, 0); err != nil {
		return nil, err
	}
	d := docmodel.New()
	d.Meta = meta
	if d.Meta.Title == "" && len(r.blocks) > 0 {
		if b := r.blocks[0]; b.kind == blockHeading && b.level == 1 && b.marker == nil && plantext.InferRole(b.text) == docmodel.RoleInherit {
			d.Meta.Title = b.text
			r.blocks = r.blocks[1:]
		}
	}
	r.closeUpHeadings()
	d.Options = r.inferOptions(opts)
	if err := r.build(d, opts.Arabic == ""); err != nil {
		return nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, usererr.Prefix(err, "导入结果无效：", "the imported document is invalid: ")
	}
	return d, nil
}

// maxIndent and maxQuotes bound how deep Markdown may nest: columns of
// indentation, and quotations and list items opened on one line. A plan
// nests five levels; the parser's time grows much faster than the input
// with nesting depth, so thousands of nested lists would take minutes.
const (
	maxIndent = 64
	maxQuotes = 16
)

// checkNesting refuses Markdown nested deeper than any plan: a line
// indented more than maxIndent columns, or opening more than maxQuotes
// containers — quotations (>) and list items (- * + 1. 1)), which nest
// without any indentation (- - - x). goldmark slows sharply with nesting.
func checkNesting(src []byte) error {
	for n, line := range bytes.Split(src, []byte("\n")) {
		indent, containers := 0, 0
		for i := 0; i < len(line); i++ {
			switch c := line[i]; {
			case c == ' ':
				indent++
				continue
			case c == '\t':
				indent += 4
				continue
			case c == '>':
				containers++
				continue
			case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
				containers++
				continue
			case c >= '0' && c <= '9':
				j := i
				for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
					j++
				}
				if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
					containers++
					i = j
					continue
				}
			}
			break
		}
		if indent > maxIndent || containers > maxQuotes {
			return usererr.New(fmt.Sprintf("Markdown 第 %d 行嵌套过深（缩进超过 %d 列，或引用、列表超过 %d 层），不像是一份工作要点", n+1, maxIndent, maxQuotes),
				fmt.Sprintf("Markdown line %d is nested too deeply (indented more than %d columns, or more than %d quotations and lists) for a plan", n+1, maxIndent, maxQuotes))
		}
	}
	return nil
}

// maxMarkup is the most markup characters a Markdown file may hold. The
// parser keeps a node of some hundred bytes for each bracket, emphasis
// mark, table bar and the like, so five million brackets would take
// gigabytes; a long plan uses a few thousand.
const maxMarkup = 1 << 19

// checkMarkup refuses Markdown with more than maxMarkup markup characters.
func checkMarkup(src []byte) error {
	n := 0
	for _, c := range src {
		switch c {
		case '[', ']', '*', '_', '`', '<', '!', '&', '\\', '|', '~':
			n++
		}
	}
	if n > maxMarkup {
		return usererr.New(fmt.Sprintf("Markdown 文件中有 %d 个标记符号（[ * _ ` | 等），超过了 %d 个的上限，不像是一份工作要点", n, maxMarkup),
			fmt.Sprintf("the Markdown file holds %d markup characters ([ * _ ` | and the like), more than the %d a plan may have", n, maxMarkup))
	}
	return nil
}

// maxTableColumns is the most columns a Markdown table may have. A plan's
// widest table, the task division, has six; the parser keeps a node for
// every cell, so a million columns would take gigabytes.
const maxTableColumns = 64

// checkTables refuses a table wider than maxTableColumns, found by its
// delimiter row (| --- | :-: |), before the parser builds it.
func checkTables(src []byte) error {
	for n, line := range bytes.Split(src, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) < 2*maxTableColumns || strings.Trim(string(line), "|-: \t") != "" {
			continue
		}
		cols := len(bytes.FieldsFunc(line, func(r rune) bool { return r == '|' }))
		if cols > maxTableColumns {
			return usererr.New(fmt.Sprintf("Markdown 第 %d 行的表格有 %d 列，超过了 %d 列的上限，不像是一份工作要点", n+1, cols, maxTableColumns),
				fmt.Sprintf("the Markdown table at line %d has %d columns, more than the %d a plan may have", n+1, cols, maxTableColumns))
		}
	}
	return nil
}

// maxLinkScan bounds the bytes the parser may scan for link destinations.
// For each "](" it reads on to the end of the destination, and a line of
// thousands of unclosed "[a](" makes it read the rest of the line each
// time: quadratic work that would take minutes.
const maxLinkScan = 32 << 20

// checkLinks refuses Markdown whose link destinations would take the
// parser more than maxLinkScan bytes of scanning. It scans as the parser
// does — to a space, the line's end or an unbalanced parenthesis, or to
// the > that closes a destination in angle brackets — and stops counting
// at the limit, so its own work stays linear.
func checkLinks(src []byte) error {
	total := 0
	for i := 0; i+1 < len(src); i++ {
		if src[i] != ']' || src[i+1] != '(' {
			continue
		}
		j := i + 2
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j < len(src) && src[j] == '<' {
			for j < len(src) && src[j] != '>' && src[j] != '\n' {
				j++
			}
		} else {
			for opened := 0; j < len(src) && src[j] != ' ' && src[j] != '\t' && src[j] != '\n' && src[j] != '\r'; j++ {
				if src[j] == '(' {
					opened++
				} else if src[j] == ')' {
					if opened--; opened < 0 {
						break
					}
				}
			}
		}
		if total += j - i; total > maxLinkScan {
			line := bytes.Count(src[:i], []byte("\n")) + 1
			return usererr.New(fmt.Sprintf("Markdown 第 %d 行起有大量未闭合的链接标记“](”，无法读取；请检查文件是否损坏", line),
				fmt.Sprintf("from line %d the Markdown holds masses of unclosed link marks \"](\" and cannot be read; is the file damaged?", line))
		}
	}
	return nil
}

type blockKind int

const (
	blockHeading blockKind = iota + 1
	blockParagraph
	blockTable
	blockRole
)

// mdBlock is one block of the Markdown in reading order, reduced to what
// the outline needs.
type mdBlock struct {
	kind   blockKind
	level  int              // heading level
	marker *plantext.Marker // numbering marker at the start, if any
	text   string           // text after the marker
	strong string           // bold text right after the marker, if any
	after  string           // text after the bold text
	units  bool             // the paragraph is a units line
	rows   [][]string       // table cells, header first
	role   docmodel.Role    // for blockRole
	line   int              // source line, for messages
}

type mdReader struct {
	src    []byte
	blocks []mdBlock
}

// collect flattens the block tree under n into r.blocks.
func (r *mdReader) collect(n ast.Node, listDepth int) error {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if err := r.collectBlock(c, listDepth); err != nil {
			return err
		}
	}
	return nil
}

// collectBlock adds one block. Block quotes are read through; ordered list
// items become numbered paragraphs, their nesting giving the marker style;
// bullet items become plain paragraphs; code lines become paragraphs.
func (r *mdReader) collectBlock(c ast.Node, listDepth int) error {
	switch c := c.(type) {
	case *ast.Heading:
		r.blocks = append(r.blocks, r.textBlock(c, blockHeading, c.Level, nil))
	case *ast.Paragraph, *ast.TextBlock:
		r.blocks = append(r.blocks, r.textBlock(c, blockParagraph, 0, nil))
	case *ast.List:
		return r.collectList(c, listDepth)
	case *ast.Blockquote:
		return r.collect(c, listDepth)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := c.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			if t := docmodel.CleanLine(string(seg.Value(r.src))); t != "" {
				r.blocks = append(r.blocks, mdBlock{kind: blockParagraph, text: t})
			}
		}
	case *ast.HTMLBlock:
		if role, ok := r.roleComment(c); ok {
			r.blocks = append(r.blocks, mdBlock{kind: blockRole, role: role})
		}
	case *east.Table:
		r.blocks = append(r.blocks, r.tableBlock(c))
	}
	return nil
}

func (r *mdReader) collectList(l *ast.List, listDepth int) error {
	style := []docmodel.MarkerStyle{docmodel.MarkerArabic, docmodel.MarkerArabicParen, docmodel.MarkerCircled}[min(listDepth, 2)]
	number := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				var m *plantext.Marker
				if c == item.FirstChild() && l.IsOrdered() {
					m = &plantext.Marker{Style: style, Number: number}
				}
				r.blocks = append(r.blocks, r.textBlock(c, blockParagraph, 0, m))
			default:
				if err := r.collectBlock(c, listDepth+1); err != nil {
					return err
				}
			}
		}
		number++
	}
	return nil
}

// textBlock reads a heading or paragraph. For a paragraph the marker is
// looked for in the raw source, so that text the exporter protected with a
// character reference (&#19968;、二季度) is not taken for a number.
func (r *mdReader) textBlock(n ast.Node, kind blockKind, level int, given *plantext.Marker) mdBlock {
	pieces := inlinePieces(n, r.src)
	full := joinPieces(pieces)
	b := mdBlock{kind: kind, level: level, marker: given}
	raw := ""
	if lines := n.Lines(); lines.Len() > 0 {
		seg := lines.At(0)
		raw = string(seg.Value(r.src))
	}
	skip := 0
	if given == nil {
		if m, ok := parseMarker(raw); ok && strings.HasPrefix(full, m.Text) {
			b.marker, skip = &m, len(m.Text)
			raw = raw[len(m.Text):]
		} else if kind == blockParagraph && !strings.HasPrefix(raw, "&") {
			_, _, _, b.units = plantext.ParseUnitsLine(full)
		}
	}
	// Drop the marker's bytes from the pieces, then see whether a bold run
	// opens what is left.
	for skip > 0 && len(pieces) > 0 {
		if len(pieces[0].text) <= skip {
			skip -= len(pieces[0].text)
			pieces = pieces[1:]
			continue
		}
		pieces[0].text = pieces[0].text[skip:]
		skip = 0
	}
	b.text = joinPieces(pieces)
	switch {
	case len(pieces) > 0 && pieces[0].strong && strings.TrimSpace(pieces[0].text) != "":
		b.strong = pieces[0].text
		b.after = b.text[len(b.strong):]
	case b.marker != nil && strings.HasPrefix(raw, "**"):
		// CommonMark leaves **加强协作。**调动 unparsed (punctuation
		// inside, a letter outside), but a writer plainly meant bold.
		if end := closingStars(raw); end > 2 {
			strong := unescape([]byte(raw[2:end]))
			if open := "**" + strong + "**"; strings.HasPrefix(b.text, open) {
				b.strong, b.after = strong, b.text[len(open):]
				b.text = b.strong + b.after
			}
		}
	}
	b.text = docmodel.CleanLine(b.text)
	return b
}

// parseMarker reads the numbering marker at the start of s as
// plantext.ParseMarker does, and also the Chinese numbers from 一百 up that
// the exporter writes for the hundredth section and beyond: 一百、 and
// （一百零一）, and the digits it falls back to past 9999: 10000、.
func parseMarker(s string) (plantext.Marker, bool) {
	if m, _, ok := plantext.ParseMarker(s); ok {
		return m, true
	}
	i, paren := 0, false
	if r, size := utf8.DecodeRuneInString(s); r == '（' || r == '(' {
		i, paren = size, true
	}
	digits := i
	for digits < len(s) {
		r, size := utf8.DecodeRuneInString(s[digits:])
		if !strings.ContainsRune("零一二三四五六七八九十百千", r) {
			break
		}
		digits += size
	}
	n := chineseNumber(s[i:digits])
	if digits == i && !paren {
		// Past 9999, ChineseNumeral writes digits: 10000、.
		for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
			digits++
		}
		n, _ = strconv.Atoi(s[i:digits])
	}
	if n < 100 || docmodel.ChineseNumeral(n) != s[i:digits] {
		return plantext.Marker{}, false
	}
	r, size := utf8.DecodeRuneInString(s[digits:])
	style := docmodel.MarkerChinese
	switch {
	case paren && (r == '）' || r == ')'):
		style = docmodel.MarkerChineseParen
	case !paren && n > 9999 && r == '、':
	case !paren && n <= 9999 && strings.ContainsRune("、.．，", r):
	default:
		return plantext.Marker{}, false
	}
	end := digits + size
	end = len(s) - len(strings.TrimLeft(s[end:], " \u3000"))
	m := plantext.Marker{Style: style, Number: n, Text: s[:end]}
	m.Canonical = m.Text == style.Format(n)
	return m, true
}

// chineseNumber reads a Chinese numeral such as 一百零五 or 二千三百, or
// returns 0. It does not check the form; parseMarker compares the result
// with how ChineseNumeral writes it.
func chineseNumber(s string) int {
	total, digit := 0, 0
	for _, r := range s {
		switch r {
		case '十', '百', '千':
			unit := map[rune]int{'十': 10, '百': 100, '千': 1000}[r]
			total += max(digit, 1) * unit
			digit = 0
		default:
			digit = strings.IndexRune("零一二三四五六七八九", r) / len("零")
		}
	}
	return total + digit
}

// closingStars returns the index of the ** that closes the one opening
// raw, skipping backslash escapes, or -1.
func closingStars(raw string) int {
	for i := 2; i+1 < len(raw); i++ {
		switch {
		case raw[i] == '\\':
			i++
		case raw[i] == '*' && raw[i+1] == '*':
			return i
		}
	}
	return -1
}

var roleComment = lazyregexp.New(`^<!--\s*role:\s*([a-z-]+)\s*-->\s*$`)

// roleComment reads the <!-- role: goals --> comment the exporter writes
// before a node whose heading does not imply its role.
func (r *mdReader) roleComment(h *ast.HTMLBlock) (docmodel.Role, bool) {
	var raw strings.Builder
	lines := h.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		raw.Write(seg.Value(r.src))
	}
	if h.HasClosure() {
		raw.Write(h.ClosureLine.Value(r.src))
	}
	m := roleComment.FindStringSubmatch(strings.TrimSpace(raw.String()))
	if m == nil {
		return "", false
	}
	if m[1] == "inherit" {
		return docmodel.RoleInherit, true
	}
	for _, role := range docmodel.Roles {
		if m[1] == string(role) {
			return role, true
		}
	}
	return "", false
}

func (r *mdReader) tableBlock(t *east.Table) mdBlock {
	b := mdBlock{kind: blockTable}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, docmodel.CleanLine(joinPieces(inlinePieces(cell, r.src))))
			if b.line == 0 && cell.Lines().Len() > 0 {
				b.line = r.lineOf(cell.Lines().At(0).Start)
			}
		}
		b.rows = append(b.rows, cells)
	}
	return b
}

func (r *mdReader) lineOf(offset int) int {
	return bytes.Count(r.src[:min(offset, len(r.src))], []byte("\n")) + 1
}

// closeUpHeadings shifts the levels of headings so that the highest one is
// level 1, as when a plan uses # for its title and ## for its sections.
func (r *mdReader) closeUpHeadings() {
	top := 0
	for _, b := range r.blocks {
		if b.kind == blockHeading && (top == 0 || b.level < top) {
			top = b.level
		}
	}
	for i := range r.blocks {
		if r.blocks[i].kind == blockHeading {
			r.blocks[i].level -= top - 1
		}
	}
}

// depthOf returns the depth a block opens a node at under opts, or 0 if
// the block is not a node.
func depthOf(b mdBlock, opts docmodel.Options) int {
	switch {
	case b.kind == blockHeading && b.marker != nil && opts.DepthOf(b.marker.Style) > 0:
		return opts.DepthOf(b.marker.Style)
	case b.kind == blockHeading:
		return b.level
	case b.kind == blockParagraph && b.marker != nil:
		return opts.DepthOf(b.marker.Style)
	}
	return 0
}

// inferOptions completes the options the front matter set with what the
// text shows: compact levels when a 1． item comes right after a 一、
// section or is a level-2 heading, bold leads when a numbered paragraph
// opens with bold text.
func (r *mdReader) inferOptions(set docmodel.Options) docmodel.Options {
	opts := docmodel.DefaultOptions()
	if set.Levels != "" {
		opts.Levels = set.Levels
	} else {
		paren, compact := false, false
		prevDepth := 0
		for _, b := range r.blocks {
			if b.marker != nil && b.marker.Style == docmodel.MarkerChineseParen {
				paren = true
			}
			if b.marker != nil && b.marker.Style == docmodel.MarkerArabic &&
				(b.kind == blockHeading && b.level == 2 || b.kind == blockParagraph && prevDepth == 1) {
				compact = true
			}
			if d := depthOf(b, docmodel.DefaultOptions()); d > 0 {
				prevDepth = d
			}
		}
		if compact && !paren {
			opts.Levels = docmodel.LevelsCompact
		}
	}
	if set.Leads != "" {
		opts.Leads = set.Leads
	} else {
		opts.Leads = docmodel.LeadsPlain
		for _, b := range r.blocks {
			if b.kind == blockParagraph && b.marker != nil && b.strong != "" {
				opts.Leads = docmodel.LeadsBold
			}
		}
	}
	if set.Arabic != "" {
		opts.Arabic = set.Arabic
	}
	return opts
}

// build turns the blocks into the outline of d. When inferArabic is set,
// numbering runs on if a first 1． item under its parent was numbered
// other than 1.
func (r *mdReader) build(d *docmodel.Document, inferArabic bool) error {
	var stack []*docmodel.Node // the open node at each depth
	pendingRole, hasRole := docmodel.RoleInherit, false
	arabicDepth := d.Options.DepthOf(docmodel.MarkerArabic)
	arabicSeen := 0 // nodes read so far at the Arabic depth
	// Past ㊿ a circled number prints as （51）, like the level above it:
	// right after circled number n-1 it continues the circled list.
	circledDepth := d.Options.DepthOf(docmodel.MarkerCircled)
	lastCircled := 0
	for _, b := range r.blocks {
		if m := b.marker; m != nil && b.kind == blockParagraph && m.Style == docmodel.MarkerArabicParen && lastCircled >= 50 && m.Number == lastCircled+1 {
			circled := *m
			circled.Style = docmodel.MarkerCircled
			b.marker = &circled
		}
		var current *docmodel.Node
		if len(stack) > 0 {
			current = stack[len(stack)-1]
		}
		addBody := func(p string) {
			if p == "" {
				return
			}
			if current == nil {
				d.Preamble = append(d.Preamble, p)
			} else {
				current.Body = append(current.Body, p)
			}
		}
		switch b.kind {
		case blockRole:
			pendingRole, hasRole = b.role, true
			continue
		case blockTable:
			if current != nil && isIndicatorHeader(b.rows[0]) {
				inds, err := readIndicators(b.rows, fmt.Sprintf("第 %d 行起的指标表", b.line), fmt.Sprintf("indicator table at line %d", b.line))
				if err != nil {
					return err
				}
				current.Indicators = append(current.Indicators, inds...)
				continue
			}
			for _, row := range b.rows {
				addBody(docmodel.CleanLine(strings.Join(row, "　")))
			}
			continue
		}
		depth := depthOf(b, d.Options)
		if depth == 0 {
			if b.units && current != nil && !current.HasTaskInfo() {
				current.LeadUnit, current.Partners, current.Deadline, _ = plantext.ParseUnitsLine(b.text)
				continue
			}
			addBody(b.text)
			continue
		}
		depth = min(depth, len(stack)+1, d.Options.MaxDepth())
		n := d.NewNode()
		if b.kind == blockHeading {
			n.Heading = b.text
		} else {
			n.Lead, n.Body = splitLead(b, d.Options.Leads)
		}
		n.Role = plantext.InferRole(n.Title())
		if hasRole {
			n.Role, hasRole = pendingRole, false
		}
		// IDs from NewNode are fresh, so the node goes straight into its
		// parent rather than through Insert's checks.
		siblings := &d.Sections
		if depth > 1 {
			siblings = &stack[depth-2].Children
		}
		*siblings = append(*siblings, n)
		stack = append(stack[:depth-1], n)
		switch {
		case depth == circledDepth && b.marker != nil:
			lastCircled = b.marker.Number
		case depth < circledDepth:
			lastCircled = 0
		}
		if depth == arabicDepth {
			if inferArabic && b.marker != nil && b.marker.Number != 1 && len(*siblings) == 1 && arabicSeen > 0 {
				d.Options.Arabic = docmodel.ArabicRunOn
			}
			arabicSeen++
		}
	}
	return nil
}

// splitLead divides a numbered paragraph into lead sentence and body. A
// bold run right after the number is the lead, with the closing
// punctuation that follows it (the exporter writes **加强建设**。). Without
// one, in a document whose leads are plain, a short first sentence is the
// lead.
func splitLead(b mdBlock, style docmodel.LeadStyle) (string, []string) {
	var lead, rest string
	switch {
	case b.strong != "":
		tail := strings.TrimLeftFunc(b.after, isLeadTail)
		lead = b.strong + b.after[:len(b.after)-len(tail)]
		rest = tail
	case style == docmodel.LeadsPlain:
		lead, rest = plantext.SplitLead(b.text)
	default:
		rest = b.text
	}
	lead, rest = docmodel.CleanLine(lead), docmodel.CleanLine(rest)
	if rest == "" {
		return lead, nil
	}
	return lead, []string{rest}
}

// isLeadTail reports whether r belongs to the run after a bold lead that
// is still part of the lead: a space, or punctuation or a symbol that does
// not open a bracket or quotation (export writes **加强建设**。).
func isLeadTail(r rune) bool {
	return unicode.IsSpace(r) || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && !unicode.In(r, unicode.Ps, unicode.Pi)
}

func isIndicatorHeader(row []string) bool {
	has := map[string]bool{}
	for _, c := range row {
		has[c] = true
	}
	return has[docmodel.IndicatorColumns[0]] && has[docmodel.IndicatorColumns[2]]
}

// readIndicators reads the rows of an indicator table, header first; the
// columns may come in any order and all but 指标 and 目标值 may be
// missing. whereZh and whereEn name the table in messages.
func readIndicators(rows [][]string, whereZh, whereEn string) ([]docmodel.Indicator, error) {
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	cell := func(row []string, name string) string {
		if i, ok := col[name]; ok && i < len(row) {
			return row[i]
		}
		return ""
	}
	bad := func(row int, zh, en string) error {
		return usererr.New(fmt.Sprintf("%s第 %d 行：%s", whereZh, row, zh), fmt.Sprintf("%s, row %d: %s", whereEn, row, en))
	}
	var out []docmodel.Indicator
	names := docmodel.IndicatorColumns
	for i, row := range rows[1:] {
		ind := docmodel.Indicator{Name: cell(row, names[0]), Kind: docmodel.KindLevel, Unit: cell(row, names[3]), Source: cell(row, names[6])}
		if ind.Name == "" {
			return nil, bad(i+1, "指标名称为空", "the indicator has no name")
		}
		if k := cell(row, names[1]); k != "" {
			kind, ok := docmodel.KindFromLabel(k)
			if !ok {
				return nil, bad(i+1, "类型“"+k+"”应为 水平、新增、增长 或 下降", "unknown kind "+strconv.Quote(k))
			}
			ind.Kind = kind
		}
		v, err := strconv.ParseFloat(cell(row, names[2]), 64)
		if err != nil {
			return nil, bad(i+1, "目标值“"+cell(row, names[2])+"”不是数字", "target "+strconv.Quote(cell(row, names[2]))+" is not a number")
		}
		ind.Value = v
		bound, ok := docmodel.BoundFromLabel(cell(row, names[4]))
		if !ok {
			return nil, bad(i+1, "限定“"+cell(row, names[4])+"”应为 以上、左右、以内 或留空", "unknown bound "+strconv.Quote(cell(row, names[4])))
		}
		ind.Bound = bound
		if s := cell(row, names[5]); s != "" {
			sv, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, bad(i+1, "争取值“"+s+"”不是数字", "stretch value "+strconv.Quote(s)+" is not a number")
			}
			ind.Stretch = &sv
		}
		out = append(out, ind)
	}
	return out, nil
}
