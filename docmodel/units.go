package docmodel

import (
	"strings"
	"unicode/utf8"
)

// Labels of the task fields as plans print them.
const (
	labelLeadUnit = "牵头单位"
	labelPartners = "责任单位"
	labelDeadline = "完成时限"
)

// unitKeys maps the labels plans use to the field they fill.
var unitKeys = map[string]string{
	"牵头单位": labelLeadUnit, "牵头部门": labelLeadUnit,
	"责任单位": labelPartners, "配合单位": labelPartners, "参与单位": labelPartners, "协办单位": labelPartners,
	"完成时限": labelDeadline, "完成时间": labelDeadline, "时限": labelDeadline,
}

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

// ParseUnitsLine reads a line such as UnitsLine prints, also with
// half-width brackets and colons, 配合单位 for 责任单位 and 完成时间 for
// 完成时限. ok is false unless the whole line is such a list.
func ParseUnitsLine(s string) (lead string, partners []string, deadline string, ok bool) {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）"):
		s = strings.TrimSuffix(strings.TrimPrefix(s, "（"), "）")
	case strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")"):
		s = s[1 : len(s)-1]
	default:
		return "", nil, "", false
	}
	if !balanced(s) {
		return "", nil, "", false
	}
	seen := map[string]bool{}
	for _, seg := range splitTop(s, "；;") {
		key, value, found := cutAny(seg, "：:")
		field := unitKeys[strings.TrimSpace(key)]
		value = strings.TrimSpace(value)
		if !found || field == "" || value == "" || seen[field] {
			return "", nil, "", false
		}
		seen[field] = true
		switch field {
		case labelLeadUnit:
			lead = value
		case labelPartners:
			partners = SplitUnits(value)
		case labelDeadline:
			deadline = value
		}
	}
	return lead, partners, deadline, len(seen) > 0
}

// SplitUnits splits a list of units written with 、，, or ； — outside
// brackets, so that 市科技局（知识产权局、地震局） stays one unit — into the
// trimmed, non-empty names.
func SplitUnits(s string) []string {
	var out []string
	for _, u := range splitTop(s, "、，,；;") {
		if u = strings.TrimSpace(u); u != "" {
			out = append(out, u)
		}
	}
	return out
}

// SplitRecipients splits a line of recipients (主送机关) at the commas
// and semicolons that separate them, never at 、, which joins the parts of
// one recipient (各县、市人民政府; 市政府各委、办、局), and drops a colon
// that ends the line.
func SplitRecipients(s string) []string {
	var out []string
	for _, r := range splitTop(strings.TrimRight(strings.TrimSpace(s), "：:"), "，,；;：:") {
		if r = strings.TrimSpace(r); r != "" {
			out = append(out, r)
		}
	}
	return out
}

// cutAny splits s at the first of the separator runes.
func cutAny(s, seps string) (string, string, bool) {
	if i := strings.IndexAny(s, seps); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[:i], s[i+size:], true
	}
	return s, "", false
}

// splitTop splits s at the separator runes that are not inside brackets.
func splitTop(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case strings.ContainsRune(openBrackets, r):
			depth++
		case strings.ContainsRune(closeBrackets, r):
			depth--
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(out, s[start:])
}

const (
	openBrackets  = "（(〔【《["
	closeBrackets = "）)〕】》]"
)

// balanced reports whether the brackets of s open and close in pairs.
func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune(openBrackets, r):
			depth++
		case strings.ContainsRune(closeBrackets, r):
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// unitProblem says why s cannot be a task field that UnitsLine prints and
// ParseUnitsLine reads back, or "" if it can. seps are the separators the
// field may not contain outside brackets.
func unitProblem(s, seps string) string {
	if p := lineProblem(s); p != "" {
		return p
	}
	if s == "" {
		return "为空"
	}
	if !balanced(s) {
		return "括号不成对"
	}
	if len(splitTop(s, seps)) > 1 {
		return "含有括号外的分隔符（" + strings.Join(strings.Split(seps, ""), " ") + "）"
	}
	return ""
}
