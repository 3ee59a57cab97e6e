package check

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/plantext"
)

// span is a piece of a plan's text with its place in the plan.
type span struct {
	path   string // as in Finding.Path
	nodeID string
	text   string
	para   int             // paragraph number within the preamble or node body, from 1; 0 for headings
	entry  *docmodel.Entry // nil for the title and the preamble
	// field is the text of the document the span is, and lead the length
	// of the node's lead sentence that opens it (a body paragraph with the
	// lead run in); field is "" for the units line, which the document
	// holds as fields, not as this text.
	field docmodel.Field
	lead  int
}

// where names the span's place in a message: 前言第2段, 二、/（一） 第3段.
func (s span) where() string {
	w := place(s.path)
	if s.para > 0 && (s.entry == nil || len(s.entry.Node.Body) > 1) {
		w += "第" + strconv.Itoa(s.para) + "段"
	}
	return w
}

// spansOf lists the text of a plan, whose outline is entries, in reading
// order: the title, the preamble paragraphs, then for each node its
// heading, its paragraphs (the lead sentence joined to the first) and its
// units line.
func spansOf(d *docmodel.Document, entries []docmodel.Entry) []span {
	var out []span
	if d.Meta.Title != "" {
		out = append(out, span{path: docmodel.PathTitle, text: d.Meta.Title, field: docmodel.FieldTitle})
	}
	for i, p := range d.Preamble {
		out = append(out, span{path: docmodel.PathPreamble, text: p, para: i + 1, field: docmodel.FieldPreamble})
	}
	for _, e := range entries {
		n := e.Node
		add := func(text string, para int, field docmodel.Field, lead int) {
			out = append(out, span{path: e.Path, nodeID: n.ID, text: text, para: para, entry: &e, field: field, lead: lead})
		}
		if n.Heading != "" {
			add(n.Heading, 0, docmodel.FieldHeading, 0)
		}
		for i, p := range n.Paragraphs() {
			switch {
			case len(n.Body) == 0:
				add(p, i+1, docmodel.FieldLead, 0)
			case i == 0:
				add(p, i+1, docmodel.FieldBody, len(n.Lead))
			default:
				add(p, i+1, docmodel.FieldBody, 0)
			}
		}
		if line := n.UnitsLine(); line != "" {
			add(line, 0, "", 0)
		}
	}
	return out
}

// sentences splits a paragraph after each 。！？, keeping the mark.
func sentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		if r == '。' || r == '！' || r == '？' {
			end := i + utf8.RuneLen(r)
			if s := strings.TrimSpace(p[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// sentenceAround returns the sentence of p that contains byte offset i,
// cut to at most 80 characters around that offset, for evidence.
func sentenceAround(p string, i int) string {
	start, end := 0, len(p)
	for j, r := range p {
		if r == '。' || r == '！' || r == '？' || r == '；' {
			if j < i {
				start = j + utf8.RuneLen(r)
			} else {
				end = j + utf8.RuneLen(r)
				break
			}
		}
	}
	sentence := []rune(p[start:end])
	const width = 80
	if len(sentence) <= width {
		return strings.TrimSpace(string(sentence))
	}
	at := utf8.RuneCountInString(p[start:max(i, start)])
	from := min(max(at-width/3, 0), len(sentence)-width)
	out := string(sentence[from : from+width])
	if from > 0 {
		out = "…" + out
	}
	if from+width < len(sentence) {
		out += "…"
	}
	return strings.TrimSpace(out)
}

// clip shortens s to n characters with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// PlanYear is the year a plan is for: the year of its meta data, else the
// year its title names (titleYear); 0 if neither says.
func PlanYear(d *docmodel.Document) int {
	if d.Meta.Year != 0 {
		return d.Meta.Year
	}
	return titleYear(d.Meta.Title, 0)
}

// reviewWords mark a title that joins a review of one year to the plan of
// the next: 2024年工作总结和2025年工作计划.
var reviewWords = []string{"总结", "總結", "回顾", "回顧"}

// titleYear returns the year of the plan a title names, or 0: the first
// year it names, except in a title that joins a review to the plan, where
// it is the plan's year — the year the meta data gives (known, if not 0)
// when the title names it, else the last year the title names.
func titleYear(title string, known int) int {
	ys := plantext.Years(title)
	if len(ys) < 2 || !containsAny(title, reviewWords) {
		return plantext.Year(title)
	}
	if known != 0 && slices.Contains(ys, known) {
		return known
	}
	return ys[len(ys)-1]
}
