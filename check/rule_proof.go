package check

import (
	"strings"
	"unicode/utf8"
)

// The proofreading rules (fixed-phrase, confusable, doubled-word,
// junk-text, number-usage) read the draft's text, never the prior plans,
// and report each mistake with a short exact quote and, where it is safe,
// the quote corrected (Finding.Fix).

// proofContext is how many characters of the sentence the quote of a
// proofreading finding keeps on each side of the mistake.
const proofContext = 12

// excerpt returns the part of text around the match text[i:j], within its
// sentence and at most proofContext characters on each side, quoted
// exactly, and its byte offset in text.
func excerpt(text string, i, j int) (string, int) {
	start := i
	for n := 0; start > 0 && n < proofContext; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if strings.ContainsRune("。；！？\n", r) {
			break
		}
		start -= size
	}
	end := j
	for n := 0; end < len(text) && n < proofContext; n++ {
		r, size := utf8.DecodeRuneInString(text[end:])
		end += size
		if strings.ContainsRune("。；！？\n", r) {
			break
		}
	}
	return text[start:end], start
}

// proofFinding reports the match text[i:j] of span s, quoting it with its
// context, with no fix.
func proofFinding(rule string, sev Severity, s span, i, j int, message string) Finding {
	ev, _ := excerpt(s.text, i, j)
	return Finding{Rule: rule, Severity: sev, Path: s.path, NodeID: s.nodeID, Message: message, Evidence: ev}
}

// fixFinding is proofFinding with the fix that replaces the match by
// repl; when nothing but space would be left of the quote, it offers no
// fix.
func fixFinding(rule string, sev Severity, s span, i, j int, message, repl string) Finding {
	f := proofFinding(rule, sev, s, i, j, message)
	_, at := excerpt(s.text, i, j)
	if fix := f.Evidence[:i-at] + repl + f.Evidence[j-at:]; strings.TrimSpace(fix) != "" {
		f.Fix = fix
	}
	return f
}

// traditionalOnly are frequent characters that occur only in Traditional
// script.
const traditionalOnly = "們個與為發經區國學會這對業開時來於產實進動關際設計務體當點總結"

// traditional reports whether text is in Traditional script: two or more
// of traditionalOnly. The phrase and word tables are in Simplified script,
// and a Traditional character is not a slip.
func traditional(text string) bool {
	n := 0
	for _, r := range traditionalOnly {
		if strings.ContainsRune(text, r) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}
