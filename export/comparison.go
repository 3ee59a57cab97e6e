package export

import (
	"bytes"
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
		buf.WriteString(compare.NoChanges + "\n")
	} else {
		buf.WriteString("| 原文 | 修改后 | 说明 |\n| --- | --- | --- |\n")
		for _, c := range r.Changes {
			old, revised := compare.Cells(c)
			buf.WriteString("| " + markCell(old, "del") + " | " + markCell(revised, "ins") + " | " + escapeText(compare.ChangeNote(c), false, false) + " |\n")
		}
	}
	if rows := compare.IndicatorCells(r); len(rows) > 0 {
		buf.WriteString("\n## 指标变化\n\n|")
		for _, h := range compare.IndicatorHeader {
			buf.WriteString(" " + h + " |")
		}
		buf.WriteString("\n|" + strings.Repeat(" --- |", len(compare.IndicatorHeader)) + "\n")
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

// markCell writes spans as a table cell: changed runs inside <tag>, line
// breaks as <br>.
func markCell(spans []compare.Span, tag string) string {
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
		c.Intro = []string{compare.NoChanges}
	}
	for _, ch := range r.Changes {
		old, revised := compare.Cells(ch)
		c.Rows = append(c.Rows, layout.ComparisonRow{Old: paragraphs(old, layout.Deleted), New: paragraphs(revised, layout.Inserted), Note: compare.ChangeNote(ch)})
	}
	c.IndicatorHeader, c.Indicators = compare.IndicatorHeader, compare.IndicatorCells(r)
	doc, err := layout.LayoutComparison(c, Metrics(set), g)
	if err != nil {
		return nil, nil, usererr.Wrap(err, "版面设置有误：页面、版心、行数或字号无效", "bad page geometry: "+err.Error())
	}
	return Draw(doc, c.Title, set)
}

// paragraphs splits a cell's spans at line breaks into paragraphs of
// pieces, the changed spans marked with mark.
func paragraphs(spans []compare.Span, mark layout.Mark) [][]layout.Piece {
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
