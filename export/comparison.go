package export

import (
	"bytes"
	"strconv"
	"strings"

	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/usererr"
)

// ComparisonMarkdown writes the 修改对照表 of two versions as Markdown: a
// three-column table 原文 / 修改后 / 说明, one row per changed node, with
// deletions marked <del> in the original and insertions <ins> in the
// revision, then the table of indicator changes.
func ComparisonMarkdown(a, b *docmodel.Document, r compare.Result) []byte {
	var buf bytes.Buffer
	title := comparisonHeading(a, b)
	frontMatter{Title: title, Lang: "zh-CN"}.write(&buf)
	buf.WriteString("\n")
	buf.WriteString("# " + escapeText(title, false, true) + "\n\n")
	if len(r.Changes) == 0 {
		buf.WriteString(noChanges + "\n")
	} else {
		buf.WriteString("| 原文 | 修改后 | 说明 |\n| --- | --- | --- |\n")
		for _, c := range r.Changes {
			old, revised := ComparisonCells(c)
			buf.WriteString("| " + markCell(old, "del") + " | " + markCell(revised, "ins") + " | " + escapeText(ChangeNote(c), false, false) + " |\n")
		}
	}
	if rows := IndicatorCells(r); len(rows) > 0 {
		buf.WriteString("\n## 指标变化\n\n|")
		for _, h := range IndicatorHeader {
			buf.WriteString(" " + h + " |")
		}
		buf.WriteString("\n|" + strings.Repeat(" --- |", len(IndicatorHeader)) + "\n")
		for _, row := range rows {
			buf.WriteString("|")
			for _, cell := range row {
				buf.WriteString(" " + escapeText(cell, false, false) + " |")
			}
			buf.WriteString("\n")
		}
	}
	return buf.Bytes()
}

// noChanges says that two drafts do not differ.
const noChanges = "两稿内容一致，没有修改。"

// comparisonHeading is the heading of the 对照表 of a and b, named by
// the revision's title, else the original's.
func comparisonHeading(a, b *docmodel.Document) string {
	title := b.Meta.Title
	if title == "" {
		title = a.Meta.Title
	}
	if title == "" {
		return "修改对照表"
	}
	return "《" + title + "》修改对照表"
}

// IndicatorHeader heads the table of indicator changes, in the 对照表
// and in the compare view.
var IndicatorHeader = []string{"指标", "位置", "原目标", "新目标", "变化"}

// IndicatorCells are the rows of the table of indicator changes: the
// indicators whose target changed, under IndicatorHeader.
func IndicatorCells(r compare.Result) [][]string {
	var rows [][]string
	for _, row := range r.Indicators {
		if row.Change != compare.IndicatorSame {
			rows = append(rows, []string{row.Name, row.Place(), TargetText(row.A), TargetText(row.B), row.Change.Label()})
		}
	}
	return rows
}

// Span is a run of a comparison cell: kept text, or text that the change
// took out (in the original) or put in (in the revision).
type Span struct {
	Text    string
	Changed bool
}

// ComparisonCells returns the 原文 and 修改后 cells of a change as spans,
// each side keeping its own text, led by its number, and marking what
// differs.
func ComparisonCells(c compare.Change) (old, revised []Span) {
	old, revised = cellSpans(c)
	if len(old) > 0 {
		old = append([]Span{{lastStep(c.APath), false}}, old...)
	}
	if len(revised) > 0 {
		revised = append([]Span{{lastStep(c.BPath), false}}, revised...)
	}
	return old, revised
}

// lastStep is the node's own number in a path such as 二、/（一）/3．.
func lastStep(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

func cellSpans(c compare.Change) (old, revised []Span) {
	switch {
	case c.Kind == compare.Added:
		return nil, []Span{{c.BText, false}}
	case c.Kind == compare.Removed:
		return []Span{{c.AText, false}}, nil
	case len(c.Diff) == 0:
		return []Span{{c.AText, false}}, []Span{{c.BText, false}}
	}
	for _, op := range c.Diff {
		switch op.Op {
		case "=":
			old = append(old, Span{op.Text, false})
			revised = append(revised, Span{op.Text, false})
		case "-":
			old = append(old, Span{op.Text, true})
		case "+":
			revised = append(revised, Span{op.Text, true})
		}
	}
	return old, revised
}

// ChangeNote is the 说明 of a change: what happened, and where.
func ChangeNote(c compare.Change) string {
	switch c.Kind {
	case compare.Added:
		return withCount("新增 "+c.BPath, c.Descendants)
	case compare.Removed:
		return withCount("删除 "+c.APath, c.Descendants)
	case compare.Moved:
		note := "由 " + c.APath + " 移至 " + c.BPath
		if len(c.Diff) > 0 {
			note += "，并修改文字"
		}
		return note
	}
	if c.APath == c.BPath {
		return "修改 " + c.BPath
	}
	return "修改 " + c.BPath + "（原 " + c.APath + "）"
}

func withCount(note string, descendants int) string {
	if descendants > 0 {
		return note + "（含下级 " + strconv.Itoa(descendants) + " 项）"
	}
	return note
}

// TargetText prints an indicator target as 增长3.3%以上（争取3.4%）, or
// "—" where the version has none.
func TargetText(t *compare.Target) string {
	if t == nil {
		return "—"
	}
	return t.Describe()
}

// markCell writes spans as a table cell: changed runs inside <tag>, line
// breaks as <br>.
func markCell(spans []Span, tag string) string {
	if len(spans) == 0 {
		return "—"
	}
	var b strings.Builder
	for _, s := range spans {
		for i, line := range strings.Split(s.Text, "\n") {
			if i > 0 {
				b.WriteString("<br>")
			}
			if line == "" {
				continue
			}
			text := escapeText(line, false, false)
			if s.Changed {
				text = "<" + tag + ">" + text + "</" + tag + ">"
			}
			b.WriteString(text)
		}
	}
	return b.String()
}

// ComparisonPDF writes the 修改对照表 of two versions as a PDF in the
// official layout: the changes in a three-column table (原文 / 修改后 /
// 说明) whose header repeats on every page, taken-out text struck
// through and put-in text bold and underlined, then the indicator
// changes.
func ComparisonPDF(a, b *docmodel.Document, r compare.Result, set *fonts.Set, g layout.Geometry) ([]byte, *Report, error) {
	c := layout.Comparison{
		Title: comparisonHeading(a, b),
		Intro: []string{"原文中删去的文字加删除线，修改后新增的文字加粗并加下划线。"},
	}
	if len(r.Changes) == 0 {
		c.Intro = []string{noChanges}
	}
	for _, ch := range r.Changes {
		old, revised := ComparisonCells(ch)
		c.Rows = append(c.Rows, layout.ComparisonRow{Old: paragraphs(old, layout.Deleted), New: paragraphs(revised, layout.Inserted), Note: ChangeNote(ch)})
	}
	c.IndicatorHeader, c.Indicators = IndicatorHeader, IndicatorCells(r)
	doc, err := layout.LayoutComparison(c, Metrics(set), g)
	if err != nil {
		return nil, nil, usererr.Wrap(err, "版面设置有误：页面、版心、行数或字号无效", "bad page geometry: "+err.Error())
	}
	return Draw(doc, c.Title, set)
}

// paragraphs splits a cell's spans at line breaks into paragraphs of
// pieces, the changed spans marked with mark.
func paragraphs(spans []Span, mark layout.Mark) [][]layout.Piece {
	if len(spans) == 0 {
		return nil
	}
	paras := [][]layout.Piece{nil}
	for _, s := range spans {
		for i, text := range strings.Split(s.Text, "\n") {
			if i > 0 {
				paras = append(paras, nil)
			}
			if text == "" {
				continue
			}
			p := layout.Piece{Text: text}
			if s.Changed {
				p.Mark = mark
			}
			paras[len(paras)-1] = append(paras[len(paras)-1], p)
		}
	}
	return paras
}
