package check

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/lazyregexp"
)

var (
	// latinRun is a run of Latin words.
	latinRun = lazyregexp.New(`[A-Za-z][A-Za-z'’-]*(\s+[A-Za-z][A-Za-z'’-]*)*`)
	// email is an e-mail address, whose letters are not stray.
	email = lazyregexp.New(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
)

// junkText finds what a web page left in a copied plan: addresses, the
// names and slogans of document sites, counters and buttons, spam, and
// runs of Latin letters or pinyin inside Chinese text. Acronyms (R&D, 5G,
// GDP), e-mail addresses, government and academic sites, and English
// names in brackets are left alone.
func junkText(in *Input) []Finding {
	var out []Finding
	for _, s := range in.spans(in.Draft.Doc) {
		var found, kept []junkMatch // junk, and addresses that are not
		maybe := junkKeys.get().candidates(s.text)
		for k, p := range junkPatterns {
			if !maybe[k] {
				continue
			}
			for _, m := range p.Pattern.FindAllStringSubmatchIndex(s.text, -1) {
				if len(m) > 2 {
					m = m[2:4] // the pattern marks the junk within its context
				}
				if p.What == "网址" && !junkAddress(s.text, m[0], m[1]) {
					kept = append(kept, junkMatch{i: m[0], j: m[1]})
					continue
				}
				if p.Sentence {
					m = sentenceBounds(s.text, m[0], m[1])
				}
				found = append(found, junkMatch{m[0], m[1], []string{p.What}})
			}
		}
		for _, g := range mergeJunk(s.text, found) {
			out = append(out, fixFinding(s, g.i, g.j,
				"混入了"+strings.Join(uniq(g.what), "、")+"“"+clip(strings.TrimSpace(s.text[g.i:g.j]), 40)+"”，应删除", ""))
		}
		if !hasLatinWord(s.text) || !mostlyChinese(s.text) {
			continue
		}
		if strings.Contains(s.text, "@") {
			for _, m := range email.FindAllStringIndex(s.text, -1) {
				kept = append(kept, junkMatch{i: m[0], j: m[1]})
			}
		}
		for _, m := range latinRun.FindAllStringIndex(s.text, -1) {
			if overlapsJunk(found, m[0], m[1]) || overlapsJunk(kept, m[0], m[1]) || !strayLatin(s.text, m[0], m[1]) {
				continue
			}
			out = append(out, proofFinding(s, m[0], m[1],
				"中文段落里夹着一串字母“"+clip(s.text[m[0]:m[1]], 30)+"”，可能是拼音或乱码"))
		}
	}
	return out
}

// sentenceBounds widens text[i:j] to the sentence around it, the mark
// that ends it included; web copies end sentences with ! and ? too.
func sentenceBounds(text string, i, j int) []int {
	const marks = "。！？!?\n"
	if k := strings.LastIndexAny(text[:i], marks); k >= 0 {
		_, size := utf8.DecodeRuneInString(text[k:])
		i = k + size
	} else {
		i = 0
	}
	if k := strings.IndexAny(text[j:], marks); k >= 0 {
		_, size := utf8.DecodeRuneInString(text[j+k:])
		j += k + size
	} else {
		j = len(text)
	}
	return []int{i, j}
}

// junkKeys finds which junkPatterns may match a text.
var junkKeys = lazy[*keyIndex]{build: func() *keyIndex {
	var keys [][]string
	for _, p := range junkPatterns {
		keys = append(keys, p.Keys)
	}
	return newKeyIndex(keys)
}}

// junkMatch is junk found at text[i:j], of the kinds named.
type junkMatch struct {
	i, j int
	what []string
}

// junkGap is the most characters between two pieces of junk that are
// reported as one, when at most one of them is Chinese.
const junkGap = 6

// mergeJunk joins the pieces of junk in text that overlap or stand
// within junkGap characters of each other, at most one of them Chinese
// (a watermark's stray 库).
func mergeJunk(text string, found []junkMatch) []junkMatch {
	sort.Slice(found, func(a, b int) bool { return found[a].i < found[b].i })
	var out []junkMatch
	for _, m := range found {
		if n := len(out); n > 0 && (m.i <= out[n-1].j || utf8.RuneCountInString(text[out[n-1].j:m.i]) <= junkGap && hanCount(text[out[n-1].j:m.i]) <= 1) {
			last := &out[n-1]
			last.j = max(last.j, m.j)
			last.what = append(last.what, m.what...)
			continue
		}
		out = append(out, m)
	}
	return out
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// junkAddress reports whether the address text[i:j] is junk: not an
// e-mail address, and not a government, academic or institutional site
// cited in a sentence.
func junkAddress(text string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	if before == '@' || strings.Contains(text[i:j], "@") {
		return false
	}
	host := strings.ToLower(text[i:j])
	host = strings.TrimPrefix(strings.TrimPrefix(host, "http://"), "https://")
	if k := strings.IndexByte(host, '/'); k >= 0 {
		host = host[:k]
	}
	for _, own := range []string{".gov.cn", ".edu.cn", ".ac.cn", ".org.cn"} {
		if strings.HasSuffix(host, own) || host == strings.TrimPrefix(own, ".") {
			// Cited in a sentence; a line of its own is page debris.
			return strings.TrimSpace(text[:i]+text[j:]) == ""
		}
	}
	return true
}

// hasLatinWord reports whether text holds two Latin letters in a row,
// before the slower search for runs.
func hasLatinWord(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if isLatinLetter(text[i]) && isLatinLetter(text[i+1]) {
			return true
		}
	}
	return false
}

func isLatinLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// mostlyChinese reports whether text is Chinese rather than Latin: a
// Chinese character says about as much as three letters.
func mostlyChinese(text string) bool {
	han, latin := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	return 3*han > latin
}

// strayLatin reports whether the Latin run text[i:j] is stray: a
// lower-case word of six letters or more that Chinese plans do not use,
// or three words or more mostly in lower case — and not an English name
// in brackets, whose words are capitalised.
func strayLatin(text string, i, j int) bool {
	words := strings.Fields(text[i:j])
	lower, long := 0, false
	for _, w := range words {
		if w == strings.ToLower(w) {
			lower++
			if len(w) >= 6 && !latinAllowed.get()[w] {
				long = true
			}
		}
	}
	if !long && (len(words) < 3 || 2*lower <= len(words)) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:i], " "))
	capitalised := len(words)-lower > len(words)/2
	return !(strings.ContainsRune("（(", before) && capitalised)
}

func overlapsJunk(found []junkMatch, i, j int) bool {
	for _, s := range found {
		if i < s.j && s.i < j {
			return true
		}
	}
	return false
}
