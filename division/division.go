// Package division draws up a plan's task-division table (重点任务分工表):
// one row per key task with its lead unit (牵头单位), responsible units
// (责任单位) and deadline (完成时限), numbered 1, 2, 3 …. The PDF, Word and
// spreadsheet writers print the same rows, and the checker asks which
// tasks have no units.
package division

import (
	"strconv"
	"strings"

	"yaodian/docmodel"
)

// Columns are the column names of the table, in the order Row.Cells gives
// them.
var Columns = []string{"序号", "重点任务", "牵头单位", "责任单位", "完成时限"}

// Row is one task of the table.
type Row struct {
	// Seq is the row's number, from 1.
	Seq int
	// Path is where the task stands in the outline: 二、/（一）/3．.
	Path string
	Node *docmodel.Node
	// Task names the task: its heading or lead sentence without the
	// closing full stop, or the start of its first paragraph.
	Task     string
	Lead     string
	Partners []string
	Deadline string
}

// Cells returns the row's cells under Columns, the responsible units
// joined by 、.
func (r Row) Cells() []string {
	return []string{strconv.Itoa(r.Seq), r.Task, r.Lead, strings.Join(r.Partners, "、"), r.Deadline}
}

// Empty reports whether the task has neither units nor a deadline.
func (r Row) Empty() bool {
	return r.Lead == "" && len(r.Partners) == 0 && r.Deadline == ""
}

// Rows returns the tasks of d in reading order. A task is a node that
// names units or a deadline, or, within a part whose role is tasks, a
// node without children that no enclosing node already gave units to —
// the smallest items of the 重点任务, which a 分工表 lists one by one.
// A plan with no task role and no units has no rows.
func Rows(d *docmodel.Document) []Row {
	var rows []Row
	// covered holds the depth of the nearest enclosing node with units,
	// 0 when there is none.
	covered := 0
	d.Walk(func(e docmodel.Entry) bool {
		if covered >= e.Depth {
			covered = 0
		}
		n := e.Node
		switch {
		case n.HasTaskInfo():
			if covered == 0 {
				covered = e.Depth
			}
		case covered != 0 || e.Role != docmodel.RoleTasks || len(n.Children) > 0:
			return true
		}
		rows = append(rows, Row{
			Seq: len(rows) + 1, Path: e.Path, Node: n, Task: taskName(n),
			Lead: n.LeadUnit, Partners: n.Partners, Deadline: n.Deadline,
		})
		return true
	})
	return rows
}

// taskName is the text the table names a task by.
func taskName(n *docmodel.Node) string {
	if t := n.Title(); t != "" {
		return strings.TrimRight(t, "。；;.")
	}
	return strings.TrimSuffix(n.Summary(), "。")
}

// Missing returns the rows of tasks that have neither units nor a
// deadline.
func Missing(d *docmodel.Document) []Row {
	var out []Row
	for _, r := range Rows(d) {
		if r.Empty() {
			out = append(out, r)
		}
	}
	return out
}
