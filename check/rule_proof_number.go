package check

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"yaodian/indicator"
	"yaodian/lazyregexp"
)

var (
	// zeroAmongNumerals: 二0一二年, 二O一二年, 二○一二年.
	zeroAmongNumerals = lazyregexp.New(`[一二三四五六七八九〇零0０OoО○◯]{4}年`)
	// mixedWidth: digits of both widths in one number.
	mixedWidth = lazyregexp.New(`[0-9０-９][0-9０-９.．]*[0-9０-９]`)
	// estimate: 三、四个, 3、4个 — neighbouring numbers with a 顿号.
	estimate = lazyregexp.New(`([一二三四五六七八九1-9])、([一二三四五六七八九1-9])(个|天|次|家|项|人|名|种|倍|条|位|所|件|周|年|万|十|百|千)`)
	// quantityRange: 3-5个, 3～5家, 10%至20%, 3到5项 — a range of a
	// quantity with a unit (years are ranges of another kind: 2021—2025年).
	quantityRange = lazyregexp.New(`[0-9]+(?:\.[0-9]+)?%?\s*([-－~～—–]{1,2}|至|到)\s*[0-9]+(?:\.[0-9]+)?\s*(%|个|家|项|人|名|次|天|倍|条|所|件|万|亿|千|百|元|平方米|亩|公里|米|吨|台|套|篇|场|期|批|户|床)`)
)

const zeroNumeral = '〇'

// preferredRangeMarks orders the marks of a range, for a plan that uses
// two equally often: GB/T 15834-2011 (4.13) marks a range of values with
// the wave ～ and a span of time or places with the dash —; the hyphen
// joins words and codes.
const preferredRangeMarks = "～—至到-"

// rangeMarks are the marks a range of quantities is written with.
var rangeMarks = []string{"-", "－", "~", "～", "—", "–", "至", "到"}

// numberUsage applies GB/T 15835-2011 (出版物上数字用法): a year in
// Chinese numerals writes zero as 〇, never as 零, the digit 0 or the
// letter O (二〇一二年, § 4.1.1 and 5.2.1); a number is written in one width of
// digits; two neighbouring numbers that make an estimate are Chinese
// numerals with no 顿号 between them (三四个, § 4.1.1 b); and — so that
// a plan reads as one document — its ranges of quantities use one mark
// (3～5个 or 3—5个 or 3至5个 throughout).
func numberUsage(in *Input) []Finding {
	var out []Finding
	type rangeUse struct {
		s      span
		i, j   int // the mark
		mark   string
		at, to int // the range
	}
	var ranges []rangeUse
	for _, s := range in.spans(in.Draft.Doc) {
		text := s.text
		yearAfterNumerals := func(p int) bool {
			r, _ := utf8.DecodeLastRuneInString(text[:p])
			return strings.ContainsRune("一二三四五六七八九〇零0０OoО○◯", r)
		}
		for _, m := range findAround(text, occurrences(text, []string{"年"}, yearAfterNumerals), 12, 3, zeroAmongNumerals) {
			year := s.text[m[0]:m[1]]
			before, _ := utf8.DecodeLastRuneInString(s.text[:m[0]])
			if !strings.ContainsAny(year, "一二三四五六七八九") || !strings.ContainsAny(year, "0０OoО○◯零") ||
				strings.ContainsRune("一二三四五六七八九〇零十百千", before) {
				continue
			}
			right := strings.Map(func(r rune) rune {
				if strings.ContainsRune("0０OoО○◯零", r) {
					return zeroNumeral
				}
				return r
			}, year)
			out = append(out, fixFinding(s, m[0], m[1],
				fmt.Sprintf("“%s”中的零应写作汉字“〇”（GB/T 15835—2011）", year), right))
		}
		for _, m := range findAround(text, occurrences(text, []string{"\xef\xbc"}, func(p int) bool {
			return p+2 < len(text) && text[p+2] >= 0x90 && text[p+2] <= 0x99 // ０ to ９
		}), 24, 24, mixedWidth) {
			n := s.text[m[0]:m[1]]
			if strings.ContainsAny(n, "0123456789") {
				out = append(out, fixFinding(s, m[0], m[1],
					fmt.Sprintf("数字“%s”混用了全角和半角", n), indicator.NarrowDigits(n)))
			}
		}
		for _, m := range findAround(text, occurrences(text, []string{"、"}, func(p int) bool {
			r, _ := utf8.DecodeLastRuneInString(text[:p])
			return strings.ContainsRune("一二三四五六七八九123456789", r)
		}), 3, 12, estimate) {
			a, b := s.text[m[2]:m[3]], s.text[m[4]:m[5]]
			unit := s.text[m[6]:m[7]]
			if strings.HasSuffix(s.text[:m[0]], "第") || count(hanDigit(b)) != count(hanDigit(a))+1 ||
				unit == "年" && strings.HasPrefix(s.text[m[1]:], "级") || strings.HasPrefix(s.text[m[1]:], "类") {
				continue
			}
			right := estimateNumerals(hanDigit(a), hanDigit(b), unit) + unit
			out = append(out, fixFinding(s, m[0], m[1],
				fmt.Sprintf("相邻两数表示概数，应写作“%s”，中间不加顿号（GB/T 15835—2011）", right), right))
		}
		for _, m := range findAround(text, occurrences(text, rangeMarks, func(p int) bool {
			r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:p], " "))
			return r >= '0' && r <= '9' || r == '%'
		}), 24, 40, quantityRange) {
			if m[0] > 0 && strings.ContainsAny(s.text[m[0]-1:m[0]], "0123456789-./") {
				continue
			}
			ranges = append(ranges, rangeUse{s, m[2], m[3], rangeMark(s.text[m[2]:m[3]]), m[0], m[1]})
		}
	}
	// Ranges: the mark most used is the document's; each other is reported.
	uses := map[string]int{}
	for _, r := range ranges {
		uses[r.mark]++
	}
	if len(uses) < 2 {
		return out
	}
	marks := make([]string, 0, len(uses))
	for m := range uses {
		marks = append(marks, m)
	}
	sort.Slice(marks, func(i, j int) bool {
		if uses[marks[i]] != uses[marks[j]] {
			return uses[marks[i]] > uses[marks[j]]
		}
		return strings.Index(preferredRangeMarks, marks[i]) < strings.Index(preferredRangeMarks, marks[j])
	})
	main := marks[0]
	var used []string
	for _, m := range marks {
		used = append(used, fmt.Sprintf("“%s”%d处", m, uses[m]))
	}
	for _, r := range ranges {
		if r.mark == main {
			continue
		}
		f := fixFinding(r.s, r.i, r.j,
			fmt.Sprintf("数值范围的写法不统一（%s），宜统一用“%s”", strings.Join(used, "、"), main), main)
		f.Evidence, f.Fix = r.s.text[r.at:r.to], r.s.text[r.at:r.i]+main+r.s.text[r.j:r.to]
		out = append(out, f)
	}
	return out
}

// rangeMark names the mark of a range the way it is printed: - for the
// hyphens, ～ for the tildes, — for the dashes, and 至 or 到.
func rangeMark(m string) string {
	switch {
	case strings.ContainsAny(m, "-－"):
		return "-"
	case strings.ContainsAny(m, "~～"):
		return "～"
	case strings.ContainsAny(m, "—–"):
		return "—"
	}
	return m
}

// estimateNumerals writes neighbouring numerals a and b as one estimate
// before unit: 三四, and 两 for 二 before a measure word (一两个, 两三天,
// but 二三十).
func estimateNumerals(a, b, unit string) string {
	if !strings.Contains("十百千万", unit) {
		a, b = strings.ReplaceAll(a, "二", "两"), strings.ReplaceAll(b, "二", "两")
	}
	return a + b
}

// hanDigit writes a digit 1–9 as a Chinese numeral; a numeral is kept.
func hanDigit(s string) string {
	if len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		return hanNumber(int(s[0] - '0'))
	}
	return s
}
