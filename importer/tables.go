package importer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/plantext"
)

// taskTable is a task-division table (重点任务分工表) kept as rows of text
// until the tasks it describes are matched.
type taskTable struct {
	host *docmodel.Node // the node holding the rows' text; nil for the preamble
	// at holds, for each row, header first, the index of its paragraph in
	// the host's body (or the preamble), or -1 for an empty row.
	at   []int
	rows [][]string
	cols taskColumns
}

// taskColumns are the column indices of a task-division table, -1 when
// absent.
type taskColumns struct {
	task, lead, partners, deadline int
}

// table places a table read under the node host (nil before the first
// node). An indicator table (指标, 目标值 …) becomes the node's indicators;
// a task-division table is kept as text and matched with its tasks once
// the whole outline is known; any other table becomes one paragraph per
// row, cells separated by an ideographic space.
func (b *builder) table(host *docmodel.Node, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	if host != nil && len(rows) > 1 && isIndicatorHeader(rows[0]) {
		if inds, err := readIndicators(rows, "指标表", "indicator table"); err == nil {
			host.Indicators = append(host.Indicators, inds...)
			return
		}
	}
	t := taskTable{host: host, rows: rows}
	cols, isTasks := readTaskColumns(rows[0])
	for _, row := range rows {
		t.at = append(t.at, b.addRow(host, row))
	}
	if isTasks && len(rows) > 1 {
		t.cols = cols
		b.tables = append(b.tables, t)
	}
}

// addRow adds a table row as a paragraph of host and returns its index,
// or -1 if the row is empty.
func (b *builder) addRow(host *docmodel.Node, row []string) int {
	var cells []string
	for _, c := range row {
		if c = docmodel.CleanLine(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return -1
	}
	text := strings.Join(cells, "　")
	if host == nil {
		b.d.Preamble = append(b.d.Preamble, text)
		return len(b.d.Preamble) - 1
	}
	host.Body = append(host.Body, text)
	return len(host.Body) - 1
}

// readTaskColumns finds the columns of a task-division table from its
// header: a task column (工作任务, 重点任务, 主要任务, 工作内容 …) and at
// least one of 牵头单位, 责任单位 and 完成时限 or their variants.
func readTaskColumns(header []string) (taskColumns, bool) {
	c := taskColumns{-1, -1, -1, -1}
	for i, h := range header {
		h = strings.Join(strings.Fields(h), "")
		lead, partners, deadline, ok := plantext.ParseUnitsLine("（" + h + "：x）")
		switch {
		case ok && lead == "x":
			c.lead = i
		case ok && len(partners) > 0:
			c.partners = i
		case ok && deadline == "x":
			c.deadline = i
		case c.task < 0 && (strings.Contains(h, "任务") || strings.Contains(h, "任務") || strings.Contains(h, "工作内容") || strings.Contains(h, "事项")):
			c.task = i
		}
	}
	return c, c.task >= 0 && (c.lead >= 0 || c.partners >= 0 || c.deadline >= 0)
}

// matchTables gives each task of a task-division table the units and
// deadline of its row. A row matches the first task not yet matched whose
// heading or lead sentence (or, failing those, first paragraph) is the
// row's task, or begins it, or is begun by it. Units the text already gave
// a task are kept. The text of a matched row is removed only when nothing
// of it is lost: its task cell is the task's own words and its other cells
// are a serial number or the units the task now has. Other rows stay as
// paragraphs, and so does the header while any row does.
func (b *builder) matchTables() {
	if len(b.tables) == 0 {
		return
	}
	var nodes []*docmodel.Node
	var keys []string // matchKey of each node's task text
	b.d.Walk(func(e docmodel.Entry) bool {
		nodes = append(nodes, e.Node)
		keys = append(keys, matchKey(taskText(e.Node)))
		return true
	})
	matched := map[*docmodel.Node]bool{}
	drop := map[*docmodel.Node][]int{}
	var dropPreamble []int
	for _, t := range b.tables {
		if !anyRowMatches(t, nodes, keys) {
			removed := b.tasksFromTable(t)
			if t.host == nil {
				dropPreamble = append(dropPreamble, removed...)
			} else {
				drop[t.host] = append(drop[t.host], removed...)
			}
			continue
		}
		var removed []int
		for r, row := range t.rows[1:] {
			cells := docmodel.Node{LeadUnit: rowCell(row, t.cols.lead), Partners: nonEmpty(rowCell(row, t.cols.partners)), Deadline: rowCell(row, t.cols.deadline)}
			line := cells.UnitsLine()
			lead, partners, deadline, ok := plantext.ParseUnitsLine(line)
			if line != "" && !ok {
				continue // units the model cannot hold: the row stays text
			}
			n := findTask(nodes, keys, matched, rowCell(row, t.cols.task))
			if n == nil {
				continue
			}
			matched[n] = true
			taken := !n.HasTaskInfo() || n.LeadUnit == lead && slices.Equal(n.Partners, partners) && n.Deadline == deadline
			if !n.HasTaskInfo() {
				n.LeadUnit, n.Partners, n.Deadline = lead, partners, deadline
			}
			// The row's text goes only when the model now holds all of
			// it; a row with more (具体措施, a longer task) stays.
			if at := t.at[r+1]; at >= 0 && taken && accountedFor(row, t.cols, n) {
				removed = append(removed, at)
			}
		}
		if len(removed) == len(t.rows)-1 && t.at[0] >= 0 {
			removed = append(removed, t.at[0])
		}
		if t.host == nil {
			dropPreamble = append(dropPreamble, removed...)
		} else {
			drop[t.host] = append(drop[t.host], removed...)
		}
	}
	b.d.Preamble = without(b.d.Preamble, dropPreamble)
	for n, at := range drop {
		n.Body = without(n.Body, at)
	}
}

// accountedFor reports whether every cell of a matched row is held by the
// model: the task cell names node n exactly, the unit cells are its units,
// and any other cell is a serial number (序号).
func accountedFor(row []string, cols taskColumns, n *docmodel.Node) bool {
	for i := range row {
		cell := rowCell(row, i)
		switch {
		case cell == "", i == cols.lead, i == cols.partners, i == cols.deadline:
		case i == cols.task:
			if matchKey(cell) != matchKey(taskText(n)) {
				return false
			}
		case strings.TrimFunc(cell, unicode.IsDigit) != "":
			return false
		}
	}
	return true
}

func rowCell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return docmodel.CleanLine(row[i])
}

// taskText is the text of a node that a task table's row names: its
// heading or lead, else its first paragraph.
func taskText(n *docmodel.Node) string {
	if text := n.Title(); text != "" || len(n.Body) == 0 {
		return text
	}
	return n.Body[0]
}

// findTask returns the first node not yet matched whose text names the
// task of a table row; keys[i] is the matchKey of nodes[i]'s task text.
func findTask(nodes []*docmodel.Node, keys []string, matched map[*docmodel.Node]bool, task string) *docmodel.Node {
	want := matchKey(task)
	if utf8.RuneCountInString(want) < 2 {
		return nil
	}
	for i, n := range nodes {
		if matched[n] {
			continue
		}
		have := keys[i]
		if have == want || utf8.RuneCountInString(have) >= 4 && utf8.RuneCountInString(want) >= 4 && (strings.HasPrefix(have, want) || strings.HasPrefix(want, have)) {
			return n
		}
	}
	return nil
}

// matchKey is text without its numbering marker, spaces and punctuation.
func matchKey(s string) string {
	s = docmodel.CleanLine(s)
	if m, rest, ok := plantext.ParseMarker(s); ok && m.Number > 0 {
		s = rest
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// without returns list less the entries at the given indices.
func without(list []string, at []int) []string {
	if len(at) == 0 {
		return list
	}
	drop := make([]bool, len(list))
	for _, i := range at {
		if i >= 0 && i < len(list) {
			drop[i] = true
		}
	}
	var out []string
	for i, s := range list {
		if !drop[i] {
			out = append(out, s)
		}
	}
	return out
}

// anyRowMatches reports whether some row of a task table names a task of
// the outline.
func anyRowMatches(t taskTable, nodes []*docmodel.Node, keys []string) bool {
	for _, row := range t.rows[1:] {
		if findTask(nodes, keys, map[*docmodel.Node]bool{}, rowCell(row, t.cols.task)) != nil {
			return true
		}
	}
	return false
}

// tasksFromTable makes the rows of a task-division table that names no
// task of the outline into tasks of their own — the table is the plan's
// list of tasks — under the node that holds the table, or as sections
// when it stands before any. A row's task cell gives the task's text, its
// unit cells the task's units and deadline, and any other cell but a
// serial number a paragraph. The rows' text then goes. Rows whose units
// the model cannot hold stay text. It returns the indices of the rows'
// paragraphs to remove from the host's body (or the preamble).
func (b *builder) tasksFromTable(t taskTable) []int {
	siblings, depth := &b.d.Sections, 1
	if t.host != nil {
		b.d.Walk(func(e docmodel.Entry) bool {
			if e.Node == t.host {
				siblings, depth = &e.Node.Children, e.Depth+1
				return false
			}
			return true
		})
	}
	if depth > b.d.Options.MaxDepth() {
		return nil
	}
	var removed []int
	for r, row := range t.rows[1:] {
		task := rowCell(row, t.cols.task)
		cells := docmodel.Node{LeadUnit: rowCell(row, t.cols.lead), Partners: nonEmpty(rowCell(row, t.cols.partners)), Deadline: rowCell(row, t.cols.deadline)}
		lead, partners, deadline, ok := plantext.ParseUnitsLine(cells.UnitsLine())
		if task == "" || cells.HasTaskInfo() && !ok {
			continue
		}
		n := b.node(item{para: para{text: task}, rest: task})
		n.LeadUnit, n.Partners, n.Deadline = lead, partners, deadline
		for i := range row {
			cell := rowCell(row, i)
			if cell == "" || i == t.cols.task || i == t.cols.lead || i == t.cols.partners || i == t.cols.deadline || strings.TrimFunc(cell, unicode.IsDigit) == "" {
				continue
			}
			n.Body = append(n.Body, cell)
		}
		*siblings = append(*siblings, n)
		if at := t.at[r+1]; at >= 0 {
			removed = append(removed, at)
		}
	}
	if len(removed) == len(t.rows)-1 && t.at[0] >= 0 {
		removed = append(removed, t.at[0])
	}
	return removed
}
