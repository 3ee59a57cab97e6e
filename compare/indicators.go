package compare

import (
	"strconv"

	"yaodian/docmodel"
	"yaodian/indicator"
)

// IndicatorChange says how an indicator's target moved from A to B.
type IndicatorChange string

// The indicator changes. A ceiling (控制在5.5%以内) is tightened or
// loosened; any other target is raised or lowered.
const (
	IndicatorSame        IndicatorChange = "same"
	IndicatorAdded       IndicatorChange = "added"
	IndicatorRemoved     IndicatorChange = "removed"
	IndicatorRaised      IndicatorChange = "raised"
	IndicatorLowered     IndicatorChange = "lowered"
	IndicatorTightened   IndicatorChange = "tightened"
	IndicatorLoosened    IndicatorChange = "loosened"
	IndicatorUnitChanged IndicatorChange = "unit-changed"
)

// Label returns the Chinese name of the change.
func (c IndicatorChange) Label() string {
	switch c {
	case IndicatorSame:
		return "未变"
	case IndicatorAdded:
		return "新增"
	case IndicatorRemoved:
		return "删除"
	case IndicatorRaised:
		return "提高"
	case IndicatorLowered:
		return "降低"
	case IndicatorTightened:
		return "收紧"
	case IndicatorLoosened:
		return "放宽"
	case IndicatorUnitChanged:
		return "口径或单位变化"
	}
	return string(c)
}

// Target is an indicator's target in one version, with where it stands.
type Target struct {
	docmodel.Indicator
	Path string `json:"path"`
}

// IndicatorRow is one indicator in A and B; A or B is nil where the
// version does not have it.
type IndicatorRow struct {
	Name   string          `json:"name"`
	A      *Target         `json:"a"`
	B      *Target         `json:"b"`
	Change IndicatorChange `json:"change"`
}

// Place says where the row's indicator stands: its path in B, in A when
// B dropped it, or both when the task that states it moved.
func (r IndicatorRow) Place() string {
	switch {
	case r.B == nil:
		return r.A.Path
	case r.A == nil || r.A.Path == r.B.Path:
		return r.B.Path
	}
	return r.A.Path + " → " + r.B.Path
}

// indicatorRows pairs the targets of a and b, in B's reading order with
// A's targets that B dropped at the end. A target of B continues the
// target of A stated at its node's partner (as, bs are the aligned
// sides), or at the same place outside the outline (标题, 前言), with the
// same normalised name (新增 and 新认定高新技术企业 are one indicator)
// and the same rank among that name's mentions there. A name stated once
// in each version pairs wherever it stands, so a target survives a task
// that was rewritten past recognition.
func indicatorRows(a, b *docmodel.Document, as, bs []*item) []IndicatorRow {
	la, lb := indicator.Of(a), indicator.Of(b)
	partner := map[string]string{} // B node ID → A node ID
	for _, it := range bs {
		if it.match != nil {
			partner[it.e.Node.ID] = it.match.e.Node.ID
		}
	}
	place := func(l indicator.Located, node string) string {
		if node == "" {
			node = "@" + l.Path
		}
		return node + "|" + l.Key + "|" + strconv.Itoa(l.Seq)
	}
	inA := map[string]int{}
	countA, countB := map[string]int{}, map[string]int{}
	for i, l := range la {
		inA[place(l, l.NodeID)] = i
		countA[l.Key]++
	}
	for _, l := range lb {
		countB[l.Key]++
	}
	pairedA := make([]bool, len(la))
	pairedB := make([]int, len(lb)) // index into la plus one; 0 for none
	for j, l := range lb {
		node := l.NodeID
		if node != "" {
			if node = partner[node]; node == "" {
				continue
			}
		}
		if i, ok := inA[place(l, node)]; ok {
			pairedA[i], pairedB[j] = true, i+1
		}
	}
	for j, l := range lb {
		if pairedB[j] != 0 || countA[l.Key] != 1 || countB[l.Key] != 1 {
			continue
		}
		for i, o := range la {
			if o.Key == l.Key && !pairedA[i] {
				pairedA[i], pairedB[j] = true, i+1
			}
		}
	}
	rows := []IndicatorRow{}
	for j, l := range lb {
		row := IndicatorRow{Name: l.Name, B: target(l), Change: IndicatorAdded}
		if i := pairedB[j] - 1; i >= 0 {
			row.A, row.Change = target(la[i]), change(la[i], l)
		}
		rows = append(rows, row)
	}
	for i, l := range la {
		if !pairedA[i] {
			rows = append(rows, IndicatorRow{Name: l.Name, A: target(l), Change: IndicatorRemoved})
		}
	}
	return rows
}

func target(l indicator.Located) *Target {
	return &Target{Indicator: l.Indicator, Path: l.Path}
}

func change(a, b indicator.Located) IndicatorChange {
	ceiling := a.Bound == docmodel.BoundAtMost || b.Bound == docmodel.BoundAtMost
	switch ambition := indicator.Ambition(a.Indicator, b.Indicator); {
	case !a.SameMeasure(b):
		return IndicatorUnitChanged
	case ambition > 0 && ceiling:
		return IndicatorTightened
	case ambition < 0 && ceiling:
		return IndicatorLoosened
	case ambition > 0:
		return IndicatorRaised
	case ambition < 0:
		return IndicatorLowered
	}
	return IndicatorSame
}
