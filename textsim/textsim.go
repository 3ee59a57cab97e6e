// Package textsim measures how alike two pieces of Chinese text are, by
// the character pairs (bigrams) they share. Chinese has no spaces between
// words, and shared bigrams track shared words well.
package textsim

import "unicode"

// Set is the set of adjacent character pairs of a text.
type Set map[string]bool

// Bigrams returns the bigram set of s, ignoring spaces and punctuation. A
// one-character text is its own single gram.
func Bigrams(s string) Set {
	var rs []rune
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			rs = append(rs, r)
		}
	}
	set := make(Set, len(rs))
	if len(rs) == 1 {
		set[string(rs)] = true
	}
	for i := 0; i+1 < len(rs); i++ {
		set[string(rs[i:i+2])] = true
	}
	return set
}

// Dice is the Dice coefficient of two sets: 1 for the same grams, 0 for
// none in common or an empty set.
func Dice(x, y Set) float64 {
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	common := 0
	for g := range x {
		if y[g] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(x)+len(y))
}
