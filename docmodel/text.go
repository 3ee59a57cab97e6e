package docmodel

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanLine turns arbitrary text into a valid single-line field: control
// characters and line breaks become spaces, and spaces at either end
// (including the ideographic space U+3000) go. Spaces inside are kept.
func CleanLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.TrimFunc(s, unicode.IsSpace)
}

// lineProblem says what makes s unfit for a single-line field, or "" if
// it is fit. It is the rule CleanLine establishes.
func lineProblem(s string) string {
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			return "含有换行"
		}
		if unicode.IsControl(r) {
			return "含有控制字符"
		}
	}
	if strings.TrimFunc(s, unicode.IsSpace) != s {
		return "首尾有空白"
	}
	return ""
}

// LeadMaxRunes is the longest first sentence SplitLead takes for a lead
// sentence; real lead sentences run to about 25 characters.
const LeadMaxRunes = 40

// SplitLead splits off the lead sentence of a numbered paragraph whose lead
// is not marked (not bold): a first sentence of 2 to LeadMaxRunes
// characters ending in 。！？, as in 加强创新平台建设。实施……. It returns ""
// and the whole text when there is none.
func SplitLead(s string) (lead, rest string) {
	i := strings.IndexAny(s, "。！？")
	if i < 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	lead = s[:i+size]
	if n := utf8.RuneCountInString(lead); n < 2 || n > LeadMaxRunes {
		return "", s
	}
	return lead, s[i+size:]
}
