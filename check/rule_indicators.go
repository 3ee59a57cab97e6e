package check

import (
	"fmt"
	"slices"
	"strings"

	"yaodian/docmodel"
	"yaodian/indicator"
)

// evidence quotes what states a target: its source text, or its name and
// value.
func evidence(t indicator.Located) string {
	if t.Source != "" {
		return t.Source
	}
	return t.Name + t.Describe()
}

// internalConflict finds the same indicator stated with different values in the
// goals and in the tasks.
type internalConflict struct{}

func (internalConflict) ID() string { return "internal-conflict" }

func (internalConflict) Check(in *Input) []Finding {
	ts := in.targets(in.Draft.Doc)
	var out []Finding
	for _, task := range ts {
		if task.Role != docmodel.RoleTasks {
			continue
		}
		for _, goal := range ts {
			if goal.Role == docmodel.RoleGoals && goal.Key == task.Key && goal.SameMeasure(task) && goal.Value != task.Value {
				out = append(out, Finding{Rule: "internal-conflict", Severity: Error, Path: task.Path, NodeID: task.NodeID,
					Message:  fmt.Sprintf("“%s”在%s写的是%s，这里是%s", task.Name, place(goal.Path), goal.Describe(), task.Describe()),
					Evidence: evidence(task)})
				break
			}
		}
	}
	return out
}

// targetRegression finds an indicator whose target is less ambitious than the
// nearest earlier year's — lower, or for a ceiling (以内) higher.
type targetRegression struct{}

func (targetRegression) ID() string { return "target-regression" }

func (targetRegression) Check(in *Input) []Finding {
	prior := in.Nearest()
	if prior == nil {
		return nil
	}
	draft := in.targets(in.Draft.Doc)
	var out []Finding
	for _, t := range draft {
		p, ok := counterpart(in.targets(prior.Doc), draft, t, true)
		if !ok || indicator.Ambition(p.Indicator, t.Indicator) >= 0 {
			continue
		}
		out = append(out, Finding{Rule: "target-regression", Severity: Error, Path: t.Path, NodeID: t.NodeID,
			Message:  fmt.Sprintf("“%s”的目标由%d年的%s降为%s%s", t.Name, prior.Year, p.Describe(), t.Describe(), in.history(t)),
			Evidence: evidence(t), Prior: &PriorRef{Year: prior.Year, File: prior.File, Path: p.Path, Quote: evidence(p)}})
	}
	return out
}

// history lists an indicator's values in every prior year that has it,
// for the message: （历年：2019年20家、2020年25家）.
func (in *Input) history(t indicator.Located) string {
	var parts []string
	for _, p := range in.Priors {
		if h, ok := counterpart(in.targets(p.Doc), nil, t, true); ok {
			parts = append(parts, fmt.Sprintf("%d年%s", p.Year, docmodel.FormatNumber(h.Value)+h.Unit))
		}
	}
	if len(parts) < 2 {
		return ""
	}
	return "（历年：" + strings.Join(parts, "、") + "）"
}

// counterpart finds in a prior year's targets the one that t, a target of
// the draft's targets, continues: the same name (and measure, if asked)
// stated once in each plan, or at the same place. A name stated several
// times with no match in place is ambiguous — 解决实际困难 in five tasks
// are five targets — and gives no counterpart rather than a false alarm.
func counterpart(prior, draft []indicator.Located, t indicator.Located, sameMeasure bool) (indicator.Located, bool) {
	var found []indicator.Located
	for _, o := range prior {
		if o.Key == t.Key && (!sameMeasure || o.SameMeasure(t)) {
			if o.Path == t.Path && o.Seq == t.Seq {
				return o, true
			}
			found = append(found, o)
		}
	}
	if len(found) != 1 {
		return indicator.Located{}, false
	}
	for _, o := range draft {
		if o.Key == t.Key && (o.Path != t.Path || o.Seq != t.Seq) {
			return indicator.Located{}, false // the draft states it more than once
		}
	}
	return found[0], true
}

// indicatorDropped finds an indicator of the nearest earlier year that this
// draft no longer mentions.
type indicatorDropped struct{}

func (indicatorDropped) ID() string { return "indicator-dropped" }

func (indicatorDropped) Check(in *Input) []Finding {
	prior := in.Nearest()
	if prior == nil {
		return nil
	}
	draft := in.targets(in.Draft.Doc)
	var out []Finding
	reported := map[string]bool{}
	for _, p := range in.targets(prior.Doc) {
		if reported[p.Key] || slices.ContainsFunc(draft, func(o indicator.Located) bool { return o.Key == p.Key }) {
			continue
		}
		reported[p.Key] = true
		out = append(out, Finding{Rule: "indicator-dropped", Severity: Warning, Path: docmodel.PathWhole,
			Message:  fmt.Sprintf("%d年的指标“%s”（%s）在本稿中没有出现", prior.Year, p.Name, p.Describe()),
			Evidence: evidence(p), Prior: &PriorRef{Year: prior.Year, File: prior.File, Path: p.Path, Quote: evidence(p)}})
	}
	return out
}

// unitChange finds the same indicator measured in another unit or on another
// basis than the nearest earlier year (家 and 个, % and 个百分点, a level
// and a growth rate).
type unitChange struct{}

func (unitChange) ID() string { return "unit-change" }

func (unitChange) Check(in *Input) []Finding {
	prior := in.Nearest()
	if prior == nil {
		return nil
	}
	draft, earlier := in.targets(in.Draft.Doc), in.targets(prior.Doc)
	var out []Finding
	for _, t := range draft {
		if _, same := counterpart(earlier, draft, t, true); same {
			continue
		}
		p, ok := counterpart(earlier, draft, t, false)
		if !ok || p.SameMeasure(t) {
			continue
		}
		out = append(out, Finding{Rule: "unit-change", Severity: Warning, Path: t.Path, NodeID: t.NodeID,
			Message:  fmt.Sprintf("“%s”%d年为%s，本稿为%s：单位或口径变了，无法直接比较", t.Name, prior.Year, p.Describe(), t.Describe()),
			Evidence: evidence(t), Prior: &PriorRef{Year: prior.Year, File: prior.File, Path: p.Path, Quote: evidence(p)}})
	}
	return out
}
