package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"yaodian/lazyregexp"
)

// phraseIndex is fixedPhrases indexed for the search of near misses.
type phraseIndex struct {
	byFirst  map[rune][]indexedPhrase // the phrases by their first character
	firsts   runeSet                  // the first characters of the phrases
	maxRunes int                      // the length of the longest phrase
}

// fixedPhraseIndex is built on first use, not at start-up: a command that
// runs no check does not pay for it.
var fixedPhraseIndex = lazy[*phraseIndex]{build: func() *phraseIndex {
	x := &phraseIndex{byFirst: map[rune][]indexedPhrase{}}
	for _, p := range fixedPhrases.get() {
		r, _ := utf8.DecodeRuneInString(p.Text)
		x.byFirst[r] = append(x.byFirst[r], indexedPhrase{p, []rune(p.Text)})
		x.firsts.add(r)
		x.maxRunes = max(x.maxRunes, utf8.RuneCountInString(p.Text))
	}
	return x
}}

// indexedPhrase is a fixed phrase with its characters.
type indexedPhrase struct {
	officialPhrase
	runes []rune
}

var (
	// ordinalPlenum: 十九届五中全会, with the ordinals in any numerals
	// and 中 perhaps mistyped (种全会).
	ordinalPlenum = lazyregexp.New(`([一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾0-9０-９]{1,3})届([一二三四五六七八九壹贰叁肆伍陆柒捌玖0-9０-９])(中|种|终|忠)全会`)
	// ordinalCongress: 党的二十大, 党的20大.
	ordinalCongress = lazyregexp.New(`党的([一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾0-9０-９]{2,3})大`)
)

// fixedPhrase finds fixed official expressions (phrases.go) written one
// character off — a character dropped, added, replaced, or two swapped —
// or used before they existed; the ordinals of Congresses and plenums
// written in the wrong numerals, or naming a plenum that never met or a
// Congress or plenum that had not met by the plan's date; and
// anniversaries miscounted (2021年是中国共产党成立101周年).
func fixedPhrase(in *Input) []Finding {
	d := in.Draft.Doc
	latest := latestDate(in.Draft)
	var out []Finding
	for _, s := range in.spans(d) {
		if traditional(s.text) {
			continue
		}
		out = append(out, nearMisses(s, latest)...)
		out = append(out, ordinals(s, latest)...)
		out = append(out, anniversaryYears(s)...)
		out = append(out, wrongVerbs(s)...)
	}
	return out
}

// latestDate is the latest day a plan can have been written: its 成文日期,
// else the end of its year; zero when neither is known.
func latestDate(p Plan) time.Time {
	if t, err := time.Parse("2006-01-02", p.Doc.Meta.Date); err == nil {
		return t
	}
	if p.Year != 0 {
		return yearStart(p.Year + 1)
	}
	return time.Time{}
}

// nearMisses finds the fixed phrases of span s written one character off,
// and those used before they existed.
func nearMisses(s span, latest time.Time) []Finding {
	var out []Finding
	phrases := fixedPhraseIndex.get()
	var window []rune // the characters from a candidate's start
	var offsets []int // their byte offsets in s.text, and the end's
	for i := 0; i < len(s.text); {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		if !phrases.firsts.has(r) {
			i += size
			continue
		}
		if !nearStart(s.text[i+size:], phrases.byFirst[r]) {
			i += size
			continue
		}
		window, offsets = window[:0], offsets[:0]
		j := i
		for j < len(s.text) && len(window) < phrases.maxRunes+1 {
			r, size := utf8.DecodeRuneInString(s.text[j:])
			window, offsets = append(window, r), append(offsets, j)
			j += size
		}
		offsets = append(offsets, j)
		next := i + size
		for _, p := range phrases.byFirst[r] {
			want := p.runes
			n := len(want)
			if n <= len(window) && slices.Equal(window[:n], want) {
				if !p.Since.IsZero() && !latest.IsZero() && latest.Before(p.Since) {
					out = append(out, proofFinding(s, i, offsets[n],
						fmt.Sprintf("“%s”是%d年%d月才提出的，本计划的日期早于此：年份或提法有误", p.Text, p.Since.Year(), p.Since.Month())))
				}
				next = offsets[n]
				break
			}
			if end, ok := oneOff(window, 0, want, p.Variants); ok {
				got := string(window[:end])
				out = append(out, fixFinding(s, i, offsets[end],
					fmt.Sprintf("固定提法“%s”误写为“%s”", p.Text, got), p.Text))
				next = offsets[end]
				break
			}
		}
		i = next
	}
	return out
}

// nearStart reports whether rest, the text after a phrase's first
// character, can begin one of phrases one character off: its first or
// second character is the phrase's second or third. It spares decoding a
// whole window after every common character.
func nearStart(rest string, phrases []indexedPhrase) bool {
	r1, size := utf8.DecodeRuneInString(rest)
	r2, _ := utf8.DecodeRuneInString(rest[size:])
	for _, p := range phrases {
		if len(p.runes) < 3 {
			return true
		}
		a, b := p.runes[1], p.runes[2]
		if r1 == a || r1 == b || r2 == a || r2 == b {
			return true
		}
	}
	return false
}

// oneOff reports whether the text rs, from k, holds want one character off
// — and not a variant — keeping want's first and last characters, and
// where that text ends. A difference in punctuation or in a numeral does
// not count: it makes another expression, not a slip.
func oneOff(rs []rune, k int, want []rune, variants []string) (int, bool) {
	n := len(want)
	for _, size := range []int{n, n - 1, n + 1} {
		if k+size > len(rs) || rs[k+size-1] != want[n-1] {
			continue
		}
		got := rs[k : k+size]
		changed, ok := oneEdit(want, got)
		if !ok || slices.Contains(variants, string(got)) {
			continue
		}
		if strings.IndexFunc(changed, func(r rune) bool {
			return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) || strings.ContainsRune("一二三四五六七八九十百千万零〇两", r)
		}) >= 0 {
			continue
		}
		return k + size, true
	}
	return 0, false
}

// oneEdit reports whether got is want with one character dropped, added
// or replaced, or two neighbours swapped, and returns the characters
// involved.
func oneEdit(want, got []rune) (string, bool) {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	switch len(got) - len(want) {
	case 0:
		if i == len(want) {
			return "", false
		}
		if string(want[i+1:]) == string(got[i+1:]) {
			return string([]rune{want[i], got[i]}), true
		}
		if i+1 < len(want) && want[i] == got[i+1] && want[i+1] == got[i] && string(want[i+2:]) == string(got[i+2:]) {
			return string(want[i : i+2]), true
		}
	case 1:
		if string(want[i:]) == string(got[i+1:]) {
			return string(got[i]), true
		}
	case -1:
		if string(want[i+1:]) == string(got[i:]) {
			return string(want[i]), true
		}
	}
	return "", false
}

// ordinals finds Congress and plenum ordinals in the wrong numerals (叁中全会,
// 党的20大) or with 中 mistyped, plenums that never met (十九届八中全会),
// plenums held after the plan's date, and the guidance of a Congress not
// yet held (党的二十一大精神 in a plan of 2025).
func ordinals(s span, latest time.Time) []Finding {
	var out []Finding
	for _, m := range findAround(s.text, occurrences(s.text, []string{"全会"}, nil), 24, 6, ordinalPlenum) {
		committee, session := s.text[m[2]:m[3]], s.text[m[4]:m[5]]
		right := chineseOrdinal(committee) + "届" + chineseOrdinal(session) + "中全会"
		written := s.text[m[0]:m[1]]
		if right != written {
			out = append(out, fixFinding(s, m[0], m[1],
				fmt.Sprintf("全会名称“%s”应写作“%s”", written, right), right))
			continue
		}
		if localCommittee(s.text[:m[0]]) {
			continue // 省委十一届八中全会: a local committee's plenum
		}
		c, n := count(chineseOrdinal(committee)), count(chineseOrdinal(session))
		last := 0
		for _, p := range plenums.get() {
			if p.Congress == c && p.Session > last {
				last = p.Session
			}
		}
		p, held := plenum(c, n)
		switch {
		case c >= 17 && c < congresses.get()[len(congresses.get())-1].Number && !held:
			out = append(out, proofFinding(s, m[0], m[1],
				fmt.Sprintf("第%d届中央委员会只开过%d次全会，没有“%s”", c, last, written)))
		case held && !latest.IsZero() && latest.Before(p.Opened) && asGuidance(sentenceAround(s.text, m[0])):
			out = append(out, proofFinding(s, m[0], m[1],
				fmt.Sprintf("%s于%d年%d月召开，晚于本计划的成文日期：年份或提法有误", p.Name, p.Opened.Year(), p.Opened.Month())))
		}
	}
	for _, m := range findAround(s.text, occurrences(s.text, []string{"党的"}, nil), 0, 24, ordinalCongress) {
		written := s.text[m[2]:m[3]]
		if right := chineseOrdinal(written); right != written && count(right) >= 1 {
			out = append(out, fixFinding(s, m[0], m[1],
				fmt.Sprintf("“%s”应写作“党的%s大”", s.text[m[0]:m[1]], right), "党的"+right+"大"))
			continue
		}
		last := congresses.get()[len(congresses.get())-1]
		sentence := sentenceAround(s.text, m[0])
		if n := count(written); n > last.Number && !latest.IsZero() && latest.Before(congressesKnownUntil.get()) &&
			asGuidance(sentence) && !containsAny(sentence, []string{"迎接", "召开", "筹备", "胜利"}) {
			out = append(out, proofFinding(s, m[0], m[1],
				fmt.Sprintf("本计划成文时还没有“党的%s大”：最近一次是%d年%d月的党的%s", written, last.Opened.Year(), last.Opened.Month(), last.Name)))
		}
	}
	return out
}

// anniversaryStatement: 2021年是中国共产党成立100周年.
var anniversaryStatement = lazyregexp.New(`([0-9]{4})\s*年(?:是|为|恰逢|正值)[^。；！？]{0,30}?(中国共产党成立|建党|中华人民共和国成立|新中国成立|中国人民抗日战争暨世界反法西斯战争胜利|抗日战争胜利|抗战胜利|改革开放)\s*([0-9]{1,3}|[一二三四五六七八九十百]{1,4})\s*周年`)

// anniversaryYears checks the arithmetic of "20XX年是……N周年".
func anniversaryYears(s span) []Finding {
	var out []Finding
	for _, m := range findAround(s.text, occurrences(s.text, []string{"周年"}, nil), 120, 6, anniversaryStatement) {
		year, name, written := count(s.text[m[2]:m[3]]), s.text[m[4]:m[5]], s.text[m[6]:m[7]]
		for _, a := range anniversaries {
			if !slices.Contains(a.Names, name) {
				continue
			}
			n, right := count(written), year-a.Year
			if n <= 0 || n == right || right <= 0 {
				continue
			}
			message := fmt.Sprintf("%d年是%s%d周年，文中写成%s周年", year, name, right, written)
			if written[0] <= '9' {
				out = append(out, fixFinding(s, m[6], m[7], message, strconv.Itoa(right)))
			} else {
				out = append(out, proofFinding(s, m[6], m[7], message))
			}
		}
	}
	return out
}

// wrongVerbs finds 增强“四个自信” and 坚定“四个意识”, the verbs of the
// two expressions swapped.
func wrongVerbs(s span) []Finding {
	var out []Finding
	for _, v := range phraseVerbs {
		for _, quoted := range []string{"“" + v.Object + "”", v.Object} {
			wrong := v.Wrong + quoted
			for _, i := range occurrences(s.text, []string{wrong}, nil) {
				out = append(out, fixFinding(s, i, i+len(v.Wrong),
					fmt.Sprintf("“%s%s”的“%s”应为“%s”：《中国共产党章程》写作增强“四个意识”、坚定“四个自信”", v.Wrong, v.Object, v.Wrong, v.Verb), v.Verb))
			}
		}
	}
	return out
}

// localCommittee reports whether the text before a plenum's name names a
// local Party committee (省委, 市委, 县委 …) as the one that held it.
func localCommittee(before string) bool {
	rs := []rune(before)
	tail := string(rs[max(0, len(rs)-3):])
	return strings.Contains(tail, "委")
}

// chineseOrdinal writes an ordinal given in financial numerals or digits
// (叁, 19) in ordinary numerals (三, 十九); ordinary numerals are kept.
func chineseOrdinal(s string) string {
	var b strings.Builder
	digits := ""
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits += string(r)
		case r >= '０' && r <= '９':
			digits += string(r - '０' + '0')
		default:
			if u, ok := upperNumerals.get()[r]; ok {
				r = u
			}
			b.WriteRune(r)
		}
	}
	if digits == "" {
		return b.String()
	}
	n := 0
	for _, r := range digits {
		n = n*10 + int(r-'0')
	}
	return b.String() + hanNumber(n)
}

// hanNumber writes 1 to 99 in Chinese numerals: 3 三, 19 十九, 20 二十.
func hanNumber(n int) string {
	const ones = "零一二三四五六七八九"
	digit := func(d int) string { return string([]rune(ones)[d]) }
	switch {
	case n < 10:
		return digit(n)
	case n < 20:
		if n == 10 {
			return "十"
		}
		return "十" + digit(n%10)
	case n < 100:
		s := digit(n/10) + "十"
		if n%10 != 0 {
			s += digit(n % 10)
		}
		return s
	}
	return fmt.Sprint(n)
}
