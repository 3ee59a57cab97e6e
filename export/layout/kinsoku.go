package layout

import (
	"sync"
	"unicode"
)

// The line-breaking rules of GB/T 15834-2011 (标点符号用法) and of
// Chinese typesetting practice, as character classes.
const (
	// noStart are the marks that never begin a line: closing
	// punctuation, the second halves of paired marks, and the halves of
	// —— and ……, which are never split.
	noStart = "。，、；：？！）》」』】〕〉〗］｝”’…—％‰℃°．·・" + ",.;:?!)]}%"
	// noEnd are the marks that never end a line: opening punctuation and
	// currency signs, which belong to what follows.
	noEnd = "（《「『【〔〈〖［｛“‘￥＄" + "([{$"
	// joiners join two word characters into one unbreakable word: 3.3,
	// 1,000, R&D, 10:30, 2025-2027.
	joiners = ".,:/&'_+-#@"
)

// Character class bits.
const (
	classNoStart = 1 << iota
	classNoEnd
	classJoiner
	classSqueezeRight
	classSqueezeLeft
)

// classes holds the class bits of the characters the rules name. It is
// built on first use (buildClasses), so that a program that breaks no
// line does not pay for it at start-up.
var (
	classesOnce sync.Once
	classes     map[rune]uint8
)

func buildClasses() {
	classes = map[rune]uint8{}
	for _, set := range []struct {
		chars string
		bit   uint8
	}{
		{noStart, classNoStart}, {noEnd, classNoEnd}, {joiners, classJoiner},
		{"。，、；：）》」』】〕〉〗］｝”’", classSqueezeRight}, {"（《「『【〔〈〖［｛“‘", classSqueezeLeft},
	} {
		for _, r := range set.chars {
			classes[r] |= set.bit
		}
	}
}

// class returns the class bits of r. The rules name punctuation only:
// a CJK ideograph, most of what is set, is told without a look-up.
func class(r rune) uint8 {
	if r >= 0x3400 && r <= 0x9FFF {
		return 0
	}
	classesOnce.Do(buildClasses)
	return classes[r]
}

func is(r rune, bit uint8) bool {
	return class(r)&bit != 0
}

// isWord reports whether r belongs to a Latin word or a digit run, which
// stay whole on a line.
func isWord(r rune) bool {
	switch {
	case r < 0x80:
		return r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z'
	case r >= 0x2E80 && r < 0xFF00:
		return false // CJK, the common case
	case r >= 0x2000 && r < 0x2070:
		return false // General Punctuation (—, “, …)
	case r >= 0xFF00 && r < 0xFFF0:
		// The full-width forms (，), whose only Latin letters and digits
		// are the full-width ones.
		return fullWidthWord(r)
	}
	return fullWidthWord(r) || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) && unicode.IsLetter(r)
}

// fullWidthWord reports whether r is a full-width digit or Latin letter.
func fullWidthWord(r rune) bool {
	return r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

// Breakable reports whether a line may break between a and b, the
// characters before and after, given the character after b (0 at the
// end) and the one before a (0 at the start) to recognise joined words.
func Breakable(prev, a, b, next rune) bool {
	switch {
	case a == ' ' || b == ' ':
		return true
	case is(b, classNoStart) && !(b < 0x80 && isWord(next) && isWord(a) && is(b, classJoiner)):
		return false
	case is(a, classNoEnd):
		return false
	case isWord(a) && isWord(b):
		return false
	case isWord(a) && is(b, classJoiner) && isWord(next),
		is(a, classJoiner) && isWord(prev) && isWord(b):
		return false
	}
	return true
}

// stretchable reports whether justification may widen the gap between a
// and b: not inside Latin text or a number (only at its spaces), nor
// inside a —— or …… pair.
func stretchable(a, b rune) bool {
	latin := func(r rune) bool { return r < 0x80 || isWord(r) }
	switch {
	case a == b && (a == '—' || a == '…'):
		return false
	case a == ' ' || b == ' ':
		return true
	case latin(a) && latin(b):
		return false
	}
	return true
}

// squeeze describes the blank half of a full-width punctuation mark,
// which may be removed to fit a line (标点挤压): in a mainland Chinese
// font the marks 。，、；： and closing brackets and quotes sit in the left
// half of their em, opening ones in the right half.
func squeeze(r rune) (side int) {
	switch c := class(r); {
	case c&classSqueezeRight != 0:
		return +1 // blank on the right
	case c&classSqueezeLeft != 0:
		return -1 // blank on the left
	}
	return 0
}
