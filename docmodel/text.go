package docmodel

import (
	"strings"
	"unicode"
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
