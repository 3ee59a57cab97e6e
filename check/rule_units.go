package check

import "yaodian/division"

// taskUnits says which key tasks name no lead unit, responsible units or
// deadline, in a plan that gives them for other tasks: their rows of the
// 重点任务分工表 are empty. A plan that names units for no task has no
// 分工 to complete, and gets no finding.
func taskUnits(in *Input) []Finding {
	rows := division.Rows(in.Draft.Doc)
	var missing []division.Row
	for _, r := range rows {
		if r.Empty() {
			missing = append(missing, r)
		}
	}
	if len(missing) == len(rows) {
		return nil
	}
	var out []Finding
	for _, r := range missing {
		out = append(out, Finding{Path: r.Path, NodeID: r.Node.ID,
			Message:  "这项任务没有写明牵头单位、责任单位和完成时限，分工表中该行为空",
			Evidence: r.Task})
	}
	return out
}
