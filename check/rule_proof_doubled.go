package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// doubledWord finds a word or character written twice by accident
// (技术技术, 的的) and two words written over each other (力争争取),
// leaving correct reduplication (常常, 研究研究, 一个一个) alone: a
// doubled single character is reported only when it is one of
// neverDoubled, a doubled two-character word unless it is reduplicable.
type doubledWord struct{}

func (doubledWord) ID() string { return "doubled-word" }

func (doubledWord) Check(in *Input) []Finding {
	var out []Finding
	for _, s := range in.spans(in.Draft.Doc) {
		out = append(out, doubledIn(s)...)
	}
	return out
}

// doubledIn returns the doubled words of one span.
func doubledIn(s span) []Finding {
	var out []Finding
	rs := []rune(s.text)
	offsets := make([]int, len(rs)+1)
	for i, r := range rs {
		offsets[i+1] = offsets[i] + utf8.RuneLen(r)
	}
	report := func(i, n int, word string) {
		out = append(out, fixFinding("doubled-word", Warning, s, offsets[i], offsets[i+2*n],
			fmt.Sprintf("“%s”重复写了两遍", word), word))
	}
	for i := 0; i < len(rs); i++ {
		if n := repeatedWord(rs, i); n > 0 {
			report(i, n, string(rs[i:i+n]))
			i += 2*n - 1
			continue
		}
		if i+1 < len(rs) && rs[i] == rs[i+1] {
			if ctx, ok := neverDoubled[string(rs[i])]; ok &&
				(i == 0 || !strings.ContainsRune(ctx.before, rs[i-1])) &&
				(i+2 >= len(rs) || !strings.ContainsRune(ctx.after, rs[i+2])) {
				report(i, 1, string(rs[i]))
				i++
			}
		}
	}
	for _, o := range overlaps {
		wrong, right := o[0], o[1]
		for from := 0; ; {
			j := strings.Index(s.text[from:], wrong)
			if j < 0 {
				break
			}
			j += from
			out = append(out, fixFinding("doubled-word", Warning, s, j, j+len(wrong),
				fmt.Sprintf("“%s”两个词叠在一起，应为“%s”", wrong, right), right))
			from = j + len(wrong)
		}
	}
	return out
}

// repeatedWord returns n when the Chinese word of n = 3 or 2 characters
// at rs[i] is written twice in a row, and it is not a correct
// reduplication; 0 otherwise.
func repeatedWord(rs []rune, i int) int {
	for _, n := range []int{3, 2} {
		if i+2*n > len(rs) || !slices.Equal(rs[i:i+n], rs[i+n:i+2*n]) {
			continue
		}
		word := rs[i : i+n]
		if !allHan(word) || strings.ContainsRune("一二三四五六七八九十两几", word[0]) || word[0] == word[1] {
			return 0
		}
		if n == 2 && reduplicable[string(word)] {
			return 0
		}
		return n
	}
	return 0
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
