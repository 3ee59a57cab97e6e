package plantext

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
)

// Marker is a numbering marker read from the start of a line, such as
// "一、", "（一）", "1．", "(1)" or "①".
type Marker struct {
	Style  docmodel.MarkerStyle
	Number int
	// Text is the marker exactly as written, with any spaces after it.
	Text string
	// Canonical is true when Text is what Format prints for Style and
	// Number; "1、" and "(一)" are readable but not canonical.
	Canonical bool
}

// ParseMarker reads the numbering marker at the start of s. It accepts the
// variants found in real plans (1、 1. (一) （一）、 1) ⑴ ⒈) and reports
// whether the marker was written canonically. Digit runs that continue
// (1.5, 1、2、3) and four-digit years are not markers.
func ParseMarker(s string) (Marker, string, bool) {
	for _, p := range []func(string) (Marker, int, bool){parseParen, parseChinese, parseArabic, parseSymbol} {
		if m, size, ok := p(s); ok {
			rest := s[size:]
			trimmed := strings.TrimLeft(rest, " \u3000")
			m.Text = s[:len(s)-len(trimmed)]
			m.Canonical = m.Text == m.Style.Format(m.Number)
			return m, trimmed, true
		}
	}
	return Marker{}, s, false
}

// parseParen reads （一） and （1） with full- or half-width brackets, and
// 1） 1) without an opening one.
func parseParen(s string) (Marker, int, bool) {
	i := 0
	open := false
	if r, size := utf8.DecodeRuneInString(s); r == '（' || r == '(' {
		i, open = size, true
	}
	style := docmodel.MarkerArabicParen
	n, size := readArabic(s[i:])
	if size == 0 {
		if !open {
			return Marker{}, 0, false
		}
		style = docmodel.MarkerChineseParen
		n, size = readChinese(s[i:])
		if size == 0 {
			return Marker{}, 0, false
		}
	}
	i += size
	r, size := utf8.DecodeRuneInString(s[i:])
	if r != '）' && r != ')' {
		return Marker{}, 0, false
	}
	i += size
	// A stray separator after the bracket, as in （一）、, belongs to the marker.
	if r, size := utf8.DecodeRuneInString(s[i:]); r == '、' || r == '.' || r == '．' {
		i += size
	}
	return Marker{Style: style, Number: n}, i, true
}

// parseChinese reads 一、 and its variants 一. 一． 一，.
func parseChinese(s string) (Marker, int, bool) {
	n, i := readChinese(s)
	if i == 0 {
		return Marker{}, 0, false
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '、', '.', '．', '，':
		return Marker{Style: docmodel.MarkerChinese, Number: n}, i + size, true
	}
	return Marker{}, 0, false
}

// parseArabic reads 1． and its variants 1. 1、 1，, but not 1.5 or 1、2.
func parseArabic(s string) (Marker, int, bool) {
	n, i := readArabic(s)
	if i == 0 {
		return Marker{}, 0, false
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '．', '.', '、', '，':
	default:
		return Marker{}, 0, false
	}
	if next, _ := utf8.DecodeRuneInString(s[i+size:]); next >= '0' && next <= '9' || next >= '０' && next <= '９' {
		return Marker{}, 0, false
	}
	return Marker{Style: docmodel.MarkerArabic, Number: n}, i + size, true
}

// parseSymbol reads the one-character markers ① ⑴ ⒈.
func parseSymbol(s string) (Marker, int, bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r >= 0x2460 && r <= 0x2473:
		return Marker{Style: docmodel.MarkerCircled, Number: int(r-0x2460) + 1}, size, true
	case r >= 0x3251 && r <= 0x325F:
		return Marker{Style: docmodel.MarkerCircled, Number: int(r-0x3251) + 21}, size, true
	case r >= 0x32B1 && r <= 0x32BF:
		return Marker{Style: docmodel.MarkerCircled, Number: int(r-0x32B1) + 36}, size, true
	case r >= 0x2474 && r <= 0x2487:
		return Marker{Style: docmodel.MarkerArabicParen, Number: int(r-0x2474) + 1}, size, true
	case r >= 0x2488 && r <= 0x249B:
		return Marker{Style: docmodel.MarkerArabic, Number: int(r-0x2488) + 1}, size, true
	}
	return Marker{}, 0, false
}

// readArabic reads one to three ASCII or full-width digits without a
// leading zero and returns their value and byte length.
func readArabic(s string) (int, int) {
	n, i, count := 0, 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		default:
			return finishArabic(n, i, count)
		}
		if count == 0 && d == 0 {
			return 0, 0
		}
		n = n*10 + d
		i += size
		count++
		if count > 3 {
			return 0, 0
		}
	}
	return finishArabic(n, i, count)
}

func finishArabic(n, size, count int) (int, int) {
	if count == 0 {
		return 0, 0
	}
	return n, size
}

// readChinese reads a Chinese numeral from 一 to 九十九 and returns its
// value and byte length. It takes the longest prefix that is a well-formed
// numeral, so 一二 reads as 一.
func readChinese(s string) (int, int) {
	var vals, ends []int
	for i := 0; i < len(s) && len(vals) < 3; {
		r, size := utf8.DecodeRuneInString(s[i:])
		v := strings.IndexRune("一二三四五六七八九十", r)
		if v < 0 {
			break
		}
		i += size
		vals = append(vals, v/len("一")+1)
		ends = append(ends, i)
	}
	for k := len(vals); k >= 1; k-- {
		if n := chineseValue(vals[:k]); n > 0 {
			return n, ends[k-1]
		}
	}
	return 0, 0
}

// chineseValue returns the value of a numeral spelt as digit values (十 is
// 10), or 0 if it is not well formed.
func chineseValue(v []int) int {
	switch {
	case len(v) == 1:
		return v[0]
	case len(v) == 2 && v[0] == 10 && v[1] < 10:
		return 10 + v[1]
	case len(v) == 2 && v[0] >= 2 && v[0] < 10 && v[1] == 10:
		return v[0] * 10
	case len(v) == 3 && v[0] >= 2 && v[0] < 10 && v[1] == 10 && v[2] < 10:
		return v[0]*10 + v[2]
	}
	return 0
}

// ParseCount reads a count written whole as s: 七, 十二, 九十九, 两, or
// Arabic digits. It returns 0 and false for anything else.
func ParseCount(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n > 0
	}
	if s == "两" || s == "兩" {
		return 2, true
	}
	if n, size := readChinese(s); size == len(s) && size > 0 {
		return n, true
	}
	return 0, false
}

// yearPattern matches a year before 年: four ASCII or full-width digits,
// or four Chinese digits, with 〇 written also as ○, 零 or the digit 0 as
// real documents do (二〇二五年, 二○一二年, 二0一二年).
var yearPattern = lazyregexp.New(`([0-9０-９]{4}|[〇○零0０一二三四五六七八九]{4})\s*年`)

// Years returns the years s names, in order: 2011年, ２０１１年,
// 二〇二五年, 二0一二年. Numbers outside 1900–2999 before 年 are not years.
func Years(s string) []int {
	var out []int
	for _, m := range yearPattern.FindAllStringSubmatch(s, -1) {
		y := 0
		for _, r := range m[1] {
			switch {
			case r >= '0' && r <= '9':
				y = y*10 + int(r-'0')
			case r >= '０' && r <= '９':
				y = y*10 + int(r-'０')
			case r == '〇' || r == '○' || r == '零':
				y *= 10
			default:
				y = y*10 + strings.IndexRune("一二三四五六七八九", r)/len("一") + 1
			}
		}
		if y >= 1900 && y <= 2999 {
			out = append(out, y)
		}
	}
	return out
}

// YearAt returns the byte offset of the first year s names, or -1.
func YearAt(s string) int {
	for _, m := range yearPattern.FindAllStringSubmatchIndex(s, -1) {
		if Year(s[m[0]:m[1]]) != 0 {
			return m[0]
		}
	}
	return -1
}

// Year returns the first year s names, or 0.
func Year(s string) int {
	if ys := Years(s); len(ys) > 0 {
		return ys[0]
	}
	return 0
}

// planWords end the name of a plan in a title; reviewWords name a look
// back at the past year.
var (
	planWords   = []string{"要点", "要點", "计划", "計劃", "計畫", "安排", "思路", "任务", "任務", "方案"}
	reviewWords = []string{"总结", "總結", "回顾", "回顧"}
)

// TitleYear returns the year of the plan a title names, or 0. It is the
// first year, except in a title that joins a review to the plan
// (2024年工作总结和2025年工作计划), where it is the year of the plan.
func TitleYear(title string) int {
	ys := yearPattern.FindAllStringIndex(title, -1)
	if len(ys) < 2 {
		return Year(title)
	}
	review := -1
	for _, w := range reviewWords {
		if i := strings.Index(title, w); i >= 0 && (review < 0 || i < review) {
			review = i
		}
	}
	if review < 0 {
		return Year(title)
	}
	// The plan's year is the first one after the review word that a plan
	// word follows.
	for _, loc := range ys {
		if loc[0] < review {
			continue
		}
		for _, w := range planWords {
			if strings.Contains(title[loc[1]:], w) {
				return Year(title[loc[0]:loc[1]])
			}
		}
	}
	return Year(title)
}
