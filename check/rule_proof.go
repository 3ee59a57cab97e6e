package check

import (
	"sort"
	"strings"
	"unicode/utf8"

	"yaodian/lazyregexp"
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
	// A quote never starts or ends inside a number or a Latin word
	// (“021年” for “2021年”).
	for start > 0 {
		before, size := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[start:])
		if !alnum(before) || !alnum(after) {
			break
		}
		start -= size
	}
	for end < len(text) {
		after, size := utf8.DecodeRuneInString(text[end:])
		before, _ := utf8.DecodeLastRuneInString(text[:end])
		if !alnum(before) || !alnum(after) {
			break
		}
		end += size
	}
	return text[start:end], start
}

// alnum reports whether r is an ASCII or full-width digit or letter: a
// part of a number or a Latin word.
func alnum(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '.':
		return true
	case r >= '０' && r <= '９', r >= 'ａ' && r <= 'ｚ', r >= 'Ａ' && r <= 'Ｚ':
		return true
	}
	return false
}

// proofFinding reports the match text[i:j] of span s, quoting it with its
// context, with no fix. The match is the finding's subject, so that two
// mistakes quoted alike (认真布署其它工作) are dismissed apart.
func proofFinding(s span, i, j int, message string) Finding {
	ev, _ := excerpt(s.text, i, j)
	return Finding{Path: s.path, NodeID: s.nodeID, Message: message, Evidence: ev, Subject: s.text[i:j], Spot: s.spot(i, j)}
}

// fixFinding is proofFinding with the fix that replaces the match by
// repl, as a quote and as an edit; when nothing but space would be left
// of the quote, it offers no fix.
func fixFinding(s span, i, j int, message, repl string) Finding {
	f := proofFinding(s, i, j, message)
	_, at := excerpt(s.text, i, j)
	if fix := f.Evidence[:i-at] + repl + f.Evidence[j-at:]; strings.TrimSpace(fix) != "" {
		f.Fix = fix
		if e, ok := s.edit(i, j, repl); ok {
			f.Edits = []Edit{e}
		}
	}
	return f
}

// traditionalOnly are frequent characters that occur only in Traditional
// script.
var traditionalOnly = lazy[*runeSet]{build: func() *runeSet {
	var s runeSet
	for _, r := range "們個與為發經區國學會這對業開時來於產實進動關際設計務體當點總結" {
		s.add(r)
	}
	return &s
}}

// traditional reports whether text is in Traditional script: two or more
// of traditionalOnly. The phrase and word tables are in Simplified script,
// and a Traditional character is not a slip.
func traditional(text string) bool {
	first := rune(-1)
	only := traditionalOnly.get()
	for _, r := range text {
		if r != first && only.has(r) {
			if first >= 0 {
				return true
			}
			first = r
		}
	}
	return false
}

// occurrences returns where in text the keys occur, in order, keeping
// only those at which keep (when not nil) holds.
func occurrences(text string, keys []string, keep func(p int) bool) []int {
	var at []int
	for _, k := range keys {
		for from := 0; ; {
			i := strings.Index(text[from:], k)
			if i < 0 {
				break
			}
			if keep == nil || keep(from+i) {
				at = append(at, from+i)
			}
			from += i + len(k)
		}
	}
	sort.Ints(at)
	return at
}

// findAround returns the matches of re in text that cover one of the
// byte offsets at, searching only a window of back bytes before and ahead
// bytes after each: an expression that would be slow over a whole
// paragraph runs over a few characters.
func findAround(text string, at []int, back, ahead int, re *lazyregexp.Regexp) [][]int {
	var out [][]int
	end := 0
	for _, p := range at {
		lo, hi := max(p-back, 0), min(p+ahead, len(text))
		for lo < p && !utf8.RuneStart(text[lo]) {
			lo++
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		for _, m := range re.FindAllStringSubmatchIndex(text[lo:hi], -1) {
			if m[0]+lo > p || m[1]+lo <= p || m[0]+lo < end {
				continue
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += lo
				}
			}
			out = append(out, m)
			end = m[1]
		}
	}
	return out
}

// runeSet is a set of characters of the Basic Multilingual Plane, tested
// in constant time.
type runeSet [1 << 16 / 64]uint64

func (s *runeSet) add(r rune) {
	if r < 1<<16 {
		s[r/64] |= 1 << (r % 64)
	}
}

func (s *runeSet) has(r rune) bool {
	return r < 1<<16 && s[r/64]&(1<<(r%64)) != 0
}

// keyIndex finds, in one pass over a text, which of several patterns may
// match it: each pattern has keys, words one of which any match
// contains.
type keyIndex struct {
	first  runeSet // the first characters of keys
	byRune map[rune][]patternKey
	n      int // the number of patterns
}

type patternKey struct {
	key     string
	pattern int
}

// newKeyIndex indexes the keys of each pattern; keys[i] are pattern i's.
func newKeyIndex(keys [][]string) *keyIndex {
	x := &keyIndex{byRune: map[rune][]patternKey{}, n: len(keys)}
	for i, ks := range keys {
		for _, k := range ks {
			r, _ := utf8.DecodeRuneInString(k)
			if r >= 1<<16 {
				panic("key beyond the BMP: " + k)
			}
			x.first.add(r)
			x.byRune[r] = append(x.byRune[r], patternKey{k, i})
		}
	}
	return x
}

// candidates reports, for each pattern, whether text holds one of its
// keys.
func (x *keyIndex) candidates(text string) []bool {
	found := make([]bool, x.n)
	for i, r := range text {
		if !x.first.has(r) {
			continue
		}
		for _, pk := range x.byRune[r] {
			if !found[pk.pattern] && strings.HasPrefix(text[i:], pk.key) {
				found[pk.pattern] = true
			}
		}
	}
	return found
}
