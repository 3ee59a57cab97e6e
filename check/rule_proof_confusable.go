package check

import (
	"sort"
	"strings"
)

// confusable finds a word written for a similar one (截止 for 截至, 布署
// for 部署, 扎实的推进 for 扎实地推进) where the context decides which is
// meant; the patterns are in confusables. A paragraph's findings come in
// the order of the text.
func confusable(in *Input) []Finding {
	var out []Finding
	for _, s := range in.spans(in.Draft.Doc) {
		if traditional(s.text) {
			continue
		}
		type placed struct {
			at int
			f  Finding
		}
		var found []placed
		maybe := confusableKeys.get().candidates(s.text)
		for k, c := range confusables.get() {
			if !maybe[k] {
				continue
			}
			for _, m := range c.Pattern.FindAllStringSubmatchIndex(s.text, -1) {
				before, after := s.text[:m[0]], s.text[m[1]:]
				if endsWithAny(before, c.NotBefore) || startsWithAny(after, c.NotAfter) {
					continue
				}
				wrong := s.text[m[2]:m[3]]
				found = append(found, placed{m[2], fixFinding(s, m[2], m[3],
					"“"+wrong+"”应为“"+c.Right+"”："+c.Why, c.Right)})
			}
		}
		sort.SliceStable(found, func(a, b int) bool { return found[a].at < found[b].at })
		for _, p := range found {
			out = append(out, p.f)
		}
	}
	return out
}

// confusableKeys finds which confusables may match a text.
var confusableKeys = lazy[*keyIndex]{build: func() *keyIndex {
	var keys [][]string
	for _, c := range confusables.get() {
		keys = append(keys, c.Keys)
	}
	return newKeyIndex(keys)
}}

func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
