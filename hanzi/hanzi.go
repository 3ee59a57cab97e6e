// Package hanzi folds Traditional Chinese characters to Simplified ones, so
// that the same text in either script compares equal: an issuer written
// 辦公廳 is 办公厅, a paragraph of a Traditional copy of last year's plan
// is that paragraph. Folding is character by character; it is a key for
// matching, not a conversion for display.
package hanzi

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// first and last bound the block of the characters that fold.
const first, last = 0x4E00, 0x9FFF

// foldTable maps a Traditional character, as an offset from first, to its
// Simplified form as an offset from first plus one; zero where the
// character does not fold.
type foldTable [last - first + 1]uint16

// folds builds the table on first use, not when a program that links the
// package starts.
var folds = sync.OnceValue(func() *foldTable {
	var t foldTable
	for _, pair := range strings.Fields(pairs) {
		from, size := utf8.DecodeRuneInString(pair)
		to, _ := utf8.DecodeRuneInString(pair[size:])
		t[from-first] = uint16(to - first + 1)
	}
	return &t
})

// fold returns the Simplified form of r by t, or r itself.
func (t *foldTable) fold(r rune) rune {
	if r >= first && r <= last {
		if to := t[r-first]; to != 0 {
			return rune(to) - 1 + first
		}
	}
	return r
}

// SimplifyRune returns the Simplified form of r, or r itself.
func SimplifyRune(r rune) rune {
	return folds().fold(r)
}

// Simplify returns s with each Traditional character replaced by its
// Simplified form; s itself when none is.
func Simplify(s string) string {
	t := folds()
	for i, r := range s {
		if t.fold(r) != r {
			return s[:i] + strings.Map(t.fold, s[i:])
		}
	}
	return s
}
