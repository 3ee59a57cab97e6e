package compare

import (
	"strconv"
	"strings"
)

// The wording of a comparison, shared by the 修改对照表 that export writes
// and the compare view of the editor.

// NoChanges says that two drafts do not differ.
const NoChanges = "两稿内容一致，没有修改。"

// IndicatorHeader heads the table of indicator changes, in the 对照表
// and in the compare view.
var IndicatorHeader = []string{"指标", "位置", "原目标", "新目标", "变化"}

// IndicatorCells are the rows of the table of indicator changes: the
// indicators whose target changed, under IndicatorHeader.
func IndicatorCells(r Result) [][]string {
	var rows [][]string
	for _, row := range r.Indicators {
		if row.Change != IndicatorSame {
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

// Cells returns the 原文 and 修改后 cells of a change as spans, each side
// keeping its own text, led by its number, and marking what differs.
func Cells(c Change) (old, revised []Span) {
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

func cellSpans(c Change) (old, revised []Span) {
	switch {
	case c.Kind == Added:
		return nil, []Span{{c.BText, false}}
	case c.Kind == Removed:
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
func ChangeNote(c Change) string {
	switch c.Kind {
	case Added:
		return withCount("新增 "+c.BPath, c.Descendants)
	case Removed:
		return withCount("删除 "+c.APath, c.Descendants)
	case Moved:
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
func TargetText(t *Target) string {
	if t == nil {
		return "—"
	}
	return t.Describe()
}
