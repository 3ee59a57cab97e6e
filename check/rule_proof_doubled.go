package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// doubledWord finds a word or character written twice by accident
// (技术技术, 的的) and two words written over each other (力争争取),
// leaving correct reduplication (常常, 研究研究, 一个一个) alone: a
// doubled single character is reported only when it is one of
// neverDoubled, a doubled two-character word unless it is reduplicable.
func doubledWord(in *Input) []Finding {
	var out []Finding
	for _, s := range in.spans(in.Draft.Doc) {
		out = append(out, doubledIn(s)...)
	}
	return out
}

// doubledIn returns the doubled words of one span.
func doubledIn(s span) []Finding {
	var out []Finding
	text := s.text
	report := func(i, w int, word string) {
		out = append(out, fixFinding(s, i, i+2*w,
			fmt.Sprintf("“%s”重复写了两遍", word), word))
	}
	var prev rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if w := repeatedWord(text, i); w > 0 {
			report(i, w, text[i:i+w])
			prev, _ = utf8.DecodeLastRuneInString(text[:i+2*w])
			i += 2 * w
			continue
		}
		if strings.HasPrefix(text[i+size:], text[i:i+size]) {
			if ctx, ok := neverDoubled.get()[text[i:i+size]]; ok && !strings.ContainsRune(ctx.before, prev) {
				after, _ := utf8.DecodeRuneInString(text[i+2*size:])
				if !strings.ContainsRune(ctx.after, after) {
					report(i, size, text[i:i+size])
					prev = r
					i += 2 * size
					continue
				}
			}
		}
		prev = r
		i += size
	}
	maybe := overlapKeys.get().candidates(text)
	for k, o := range overlaps {
		if !maybe[k] {
			continue
		}
		wrong, right := o[0], o[1]
		for from := 0; ; {
			j := strings.Index(text[from:], wrong)
			if j < 0 {
				break
			}
			j += from
			out = append(out, fixFinding(s, j, j+len(wrong),
				fmt.Sprintf("“%s”两个词叠在一起，应为“%s”", wrong, right), right))
			from = j + len(wrong)
		}
	}
	return out
}

// overlapKeys finds which overlaps a text may hold.
var overlapKeys = lazy[*keyIndex]{build: func() *keyIndex {
	var keys [][]string
	for _, o := range overlaps {
		keys = append(keys, []string{o[0]})
	}
	return newKeyIndex(keys)
}}

// repeatedWord returns the byte width w when the Chinese word of three
// or two characters at text[i:] is written twice in a row (text[i:i+w] ==
// text[i+w:i+2w]) and is not a correct reduplication; 0 otherwise.
func repeatedWord(text string, i int) int {
	first := text[i : i+min(runeWidth(text[i]), len(text)-i)]
	for _, n := range []int{3, 2} {
		w := 0
		for k := 0; k < n && i+w < len(text); k++ {
			w += runeWidth(text[i+w])
		}
		if i+2*w > len(text) || !strings.HasPrefix(text[i+w:], first) || text[i:i+w] != text[i+w:i+2*w] {
			continue
		}
		word := []rune(text[i : i+w])
		if len(word) != n || !allHan(word) || strings.ContainsRune("一二三四五六七八九十两几", word[0]) || word[0] == word[1] {
			return 0
		}
		if n == 2 && reduplicable.get()[string(word)] {
			return 0
		}
		return w
	}
	return 0
}

// runeWidth is the byte length of the UTF-8 character that starts with b.
func runeWidth(b byte) int {
	switch {
	case b < 0xC0:
		return 1
	case b < 0xE0:
		return 2
	case b < 0xF0:
		return 3
	}
	return 4
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
