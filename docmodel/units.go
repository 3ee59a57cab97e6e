package docmodel

import "strings"

// Labels of the task fields as plans print them.
const (
	labelLeadUnit = "牵头单位"
	labelPartners = "责任单位"
	labelDeadline = "完成时限"
)

// UnitsLine prints a task's units and deadline the way plans append them
// to a task: （牵头单位：市科技局；责任单位：市财政局、市发展改革委；完成时限：2025年6月底）.
// It returns "" when the node has none of them.
func (n *Node) UnitsLine() string {
	var parts []string
	if n.LeadUnit != "" {
		parts = append(parts, labelLeadUnit+"："+n.LeadUnit)
	}
	if len(n.Partners) > 0 {
		parts = append(parts, labelPartners+"："+strings.Join(n.Partners, "、"))
	}
	if n.Deadline != "" {
		parts = append(parts, labelDeadline+"："+n.Deadline)
	}
	if len(parts) == 0 {
		return ""
	}
	return "（" + strings.Join(parts, "；") + "）"
}

// OpenBrackets and CloseBrackets are the brackets a unit name must close
// in pairs, and inside which separators do not split it; plantext reads
// units lines by the same pairs.
const (
	OpenBrackets  = "（(〔【《["
	CloseBrackets = "）)〕】》]"
)

// Brackets reads text a rune at a time and keeps count of the brackets
// (OpenBrackets and CloseBrackets) it is in. The zero value is at the
// start of a text.
type Brackets struct {
	depth     int  // brackets open; negative after a closing one too many
	unmatched bool // a closing bracket came with none open
}

// Read takes the next rune of the text and reports whether it stands
// outside brackets: it is no bracket and no bracket is open.
func (b *Brackets) Read(r rune) bool {
	switch {
	case strings.ContainsRune(OpenBrackets, r):
		b.depth++
	case strings.ContainsRune(CloseBrackets, r):
		b.depth--
		b.unmatched = b.unmatched || b.depth < 0
	default:
		return b.depth == 0
	}
	return false
}

// Balanced reports whether the brackets of the text read so far open and
// close in pairs, each closing bracket after its opening one.
func (b *Brackets) Balanced() bool {
	return b.depth == 0 && !b.unmatched
}

// unitProblem says why s cannot be a task field that UnitsLine prints and
// plantext.ParseUnitsLine reads back, or "" if it can. seps are the
// separators the field may not contain outside brackets.
func unitProblem(s, seps string) string {
	if p := lineProblem(s); p != "" {
		return p
	}
	if s == "" {
		return "为空"
	}
	var b Brackets
	outside := false
	for _, r := range s {
		if b.Read(r) && strings.ContainsRune(seps, r) {
			outside = true
		}
	}
	if !b.Balanced() {
		return "括号不成对"
	}
	if outside {
		return "含有括号外的分隔符（" + strings.Join(strings.Split(seps, ""), " ") + "）"
	}
	return ""
}
