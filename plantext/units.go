package plantext

import (
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
)

// The fields of a task that a units line fills.
type unitField int

const (
	fieldLeadUnit unitField = iota + 1
	fieldPartners
	fieldDeadline
)

// unitKey returns the field a label plans use fills, or 0. A switch
// rather than a map, which was built at every start.
func unitKey(label string) unitField {
	switch label {
	case "牵头单位", "牵头部门":
		return fieldLeadUnit
	case "责任单位", "配合单位", "参与单位", "协办单位":
		return fieldPartners
	case "完成时限", "完成时间", "时限":
		return fieldDeadline
	}
	return 0
}

// ParseUnitsLine reads a line such as docmodel.Node.UnitsLine prints, also
// with half-width brackets and colons, 配合单位 for 责任单位 and 完成时间
// for 完成时限. ok is false unless the whole line is such a list.
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
	seen := map[unitField]bool{}
	for _, seg := range splitTop(s, "；;") {
		key, value, found := cutAny(seg, "：:")
		field := unitKey(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		if !found || field == 0 || value == "" || seen[field] {
			return "", nil, "", false
		}
		seen[field] = true
		switch field {
		case fieldLeadUnit:
			lead = value
		case fieldPartners:
			partners = SplitUnits(value)
		case fieldDeadline:
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
	var b docmodel.Brackets
	start := 0
	for i, r := range s {
		if b.Read(r) && strings.ContainsRune(seps, r) {
			out = append(out, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(out, s[start:])
}

// balanced reports whether the brackets of s open and close in pairs.
func balanced(s string) bool {
	var b docmodel.Brackets
	for _, r := range s {
		b.Read(r)
	}
	return b.Balanced()
}
