// Package indicator reads quantitative targets (指标) out of the prose of a
// plan — "新认定高新技术企业25家以上", "R&D经费投入增长20%以上",
// "研发投入强度达到3.3%、争取3.4%" — and names them so that the same target
// can be found in the plans of other years.
//
// Extraction favours precision over recall: a number counts as a target
// only when a unit follows it and the target ends its clause, as targets do
// in plans ("……新增高新技术企业35家。"). Numbers in the middle of a phrase
// ("16条百亿产业链", "70%以上的企业") are left alone.
package indicator

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/hanzi"
)

// MaxNameRunes is the longest name an extracted indicator may have; a
// longer run of text before a number is a sentence, not a name.
const MaxNameRunes = 40

// units are the units a target may carry, longest first so that 个百分点
// wins over 个 and 万人次 over 万人. This list and the word lists below
// are sorted on first use, not at start-up.
var units = sync.OnceValue(func() []string {
	return sortedByLength([]string{
		"个百分点", "個百分點", "万平方米", "萬平方米", "平方公里", "万人次", "萬人次", "万千瓦", "萬千瓦",
		"平方米", "万亩", "萬畝", "万吨", "萬噸", "万元", "萬元", "亿元", "億元", "万人", "萬人", "万户", "萬戶",
		"人次", "千瓦", "兆瓦", "公里", "千米",
		"家", "个", "個", "项", "項", "件", "人", "名", "元", "吨", "噸", "亩", "畝", "套", "台", "臺", "所", "座",
		"条", "條", "批", "场", "場", "期", "户", "戶", "篇", "部", "辆", "輛", "颗", "顆", "种", "種", "门", "支",
		"倍", "%", "％", "‰",
	})
})

// Verbs that come right before the value. Each gives the kind of target
// and, for some, its bound.
type verb struct {
	word  string
	kind  docmodel.IndicatorKind
	bound docmodel.Bound
}

var verbs = sync.OnceValue(func() []verb {
	return longestFirst([]verb{
		{"提高到", docmodel.KindLevel, ""}, {"提升到", docmodel.KindLevel, ""}, {"增长到", docmodel.KindLevel, ""},
		{"增加到", docmodel.KindLevel, ""}, {"降低到", docmodel.KindLevel, ""}, {"下降到", docmodel.KindLevel, ""},
		{"减少到", docmodel.KindLevel, ""}, {"提高至", docmodel.KindLevel, ""}, {"提升至", docmodel.KindLevel, ""},
		{"降至", docmodel.KindLevel, ""}, {"达到", docmodel.KindLevel, ""}, {"达至", docmodel.KindLevel, ""},
		{"達到", docmodel.KindLevel, ""}, {"保持在", docmodel.KindLevel, ""}, {"稳定在", docmodel.KindLevel, ""},
		{"穩定在", docmodel.KindLevel, ""}, {"维持在", docmodel.KindLevel, ""}, {"控制在", docmodel.KindLevel, ""},
		{"保持", docmodel.KindLevel, ""}, {"达", docmodel.KindLevel, ""}, {"達", docmodel.KindLevel, ""},
		{"为", docmodel.KindLevel, ""}, {"為", docmodel.KindLevel, ""},
		{"超过", docmodel.KindLevel, docmodel.BoundAtLeast}, {"超過", docmodel.KindLevel, docmodel.BoundAtLeast},
		{"突破", docmodel.KindLevel, docmodel.BoundAtLeast}, {"不低于", docmodel.KindLevel, docmodel.BoundAtLeast},
		{"不低於", docmodel.KindLevel, docmodel.BoundAtLeast}, {"不少于", docmodel.KindLevel, docmodel.BoundAtLeast},
		{"不少於", docmodel.KindLevel, docmodel.BoundAtLeast}, {"高于", docmodel.KindLevel, docmodel.BoundAtLeast},
		{"不超过", docmodel.KindLevel, docmodel.BoundAtMost}, {"不超過", docmodel.KindLevel, docmodel.BoundAtMost},
		{"不高于", docmodel.KindLevel, docmodel.BoundAtMost}, {"低于", docmodel.KindLevel, docmodel.BoundAtMost},
		{"增长", docmodel.KindGrowth, ""}, {"增長", docmodel.KindGrowth, ""}, {"增加", docmodel.KindGrowth, ""},
		{"提高", docmodel.KindGrowth, ""}, {"提升", docmodel.KindGrowth, ""}, {"上升", docmodel.KindGrowth, ""},
		{"下降", docmodel.KindReduction, ""}, {"降低", docmodel.KindReduction, ""}, {"减少", docmodel.KindReduction, ""},
		{"減少", docmodel.KindReduction, ""}, {"压减", docmodel.KindReduction, ""},
	}, func(v verb) string { return v.word })
})

// incrementVerbs open the name of a count added this year; the verb stays
// part of the name (新认定高新技术企业). The first few count anywhere in the
// name (城镇新增就业), the rest only at its start.
var (
	incrementAnywhere = []string{"新认定", "新認定", "新增", "新建", "新培育", "新引进", "新引進", "新开工", "新获批"}
	incrementAtStart  = []string{
		"培育", "引进", "引進", "认定", "認定", "建成", "建设", "建設", "完成", "实施", "實施", "组织", "組織",
		"举办", "舉辦", "开展", "開展", "推广", "推廣", "选认", "选派", "培训", "转化", "争创", "创建", "备案", "申报", "开发", "開發", "建立", "解决", "解決",
	}
)

// leadIns are words that open a clause before the indicator's name:
// 力争全年新增……, 确保2025年……, 到年底全市…….
var leadIns = sync.OnceValue(func() []string {
	return sortedByLength([]string{
		"力争", "力爭", "确保", "確保", "争取", "爭取", "努力", "全年", "年内", "年內", "今年", "明年", "当年",
		"到年底", "到年末", "年底前", "实现", "實現", "推动", "推動", "其中", "同时", "同時", "并", "並", "再",
		"使", "将", "將", "要", "共", "分别", "分別", "进一步", "進一步", "指导", "指導", "帮助", "幫助", "计划", "計劃",
	})
})

// comparators sit between a name and a growth verb: 较上年增长.
var comparators = sync.OnceValue(func() []string {
	return sortedByLength([]string{"较上年", "比上年", "较去年", "比去年", "同比", "較上年", "比上年度", "较上年度", "年均", "再", "进一步"})
})

// Extract returns the targets stated in text, in order. Name is the
// indicator as the text words it, without lead-ins such as 力争 or 2025年;
// Source is the clause it was read from.
func Extract(text string) []docmodel.Indicator {
	var out []docmodel.Indicator
	for _, sentence := range split(text, endsSentence) {
		out = append(out, extractSentence(sentence)...)
	}
	return out
}

// endsSentence reports whether r ends a sentence or a clause that states
// targets of its own: 。！？ and the semicolon.
func endsSentence(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';':
		return true
	}
	return false
}

// value is a number with its unit and bound, found at [start, end) of a
// clause.
type value struct {
	start, end int
	num        float64
	upper      *float64 // the upper end of a range such as 3至4家
	unit       string
	bound      docmodel.Bound
}

func extractSentence(sentence string) []docmodel.Indicator {
	var out []docmodel.Indicator
	for _, clause := range split(sentence, func(r rune) bool { return r == '，' || r == ',' || r == '：' || r == ':' }) {
		from := 0
		for _, v := range values(clause) {
			segment := clause[from:v.start]
			source := strings.TrimLeftFunc(clause[from:v.end], isSeparator)
			from = v.end
			if len(out) > 0 && isStretch(segment) {
				prev := &out[len(out)-1]
				if prev.Stretch == nil && sameUnit(prev.Unit, v.unit) {
					s := v.num
					prev.Stretch = &s
					prev.Source = joinSource(prev.Source, source)
				}
				continue
			}
			ind, ok := read(segment, v, out)
			if !ok {
				continue
			}
			ind.Source = source
			out = append(out, ind)
		}
	}
	return out
}

// read makes an indicator of the value v and the segment of text before
// it. earlier holds the indicators already read from the sentence, whose
// name or verb a nameless segment (较上年增长15%以上) takes over.
func read(segment string, v value, earlier []docmodel.Indicator) (docmodel.Indicator, bool) {
	ind := docmodel.Indicator{Kind: docmodel.KindLevel, Value: v.num, Unit: normalUnit(v.unit), Bound: v.bound, Stretch: v.upper}
	name := strings.TrimFunc(segment, isSeparator)
	name, vb, hasVerb := cutVerb(name)
	if hasVerb {
		ind.Kind = vb.kind
		if ind.Bound == docmodel.BoundExact {
			ind.Bound = vb.bound
		}
		if vb.kind == docmodel.KindGrowth && ind.Unit != "%" && ind.Unit != "个百分点" {
			ind.Kind = docmodel.KindIncrement
		}
	}
	name = trimComparators(trimLeadIns(name))
	if ind.Kind == docmodel.KindLevel && startVerb(name) != "" {
		// 新认定高新技术企业达到25家: a count added, however phrased.
		ind.Kind = docmodel.KindIncrement
	}
	switch {
	case name == "" && len(earlier) > 0 && hasVerb:
		name = earlier[len(earlier)-1].Name
	case name == "":
		return ind, false
	case !hasVerb && isIncrement(name):
		ind.Kind = docmodel.KindIncrement
	case !hasVerb && len(earlier) > 0 && earlier[len(earlier)-1].Kind == docmodel.KindIncrement && strings.HasPrefix(strings.TrimLeftFunc(segment, unicode.IsSpace), "、"):
		// 认定民营科技企业10家、高新技术企业5家: the verb is shared.
		ind.Kind = docmodel.KindIncrement
		name = startVerb(earlier[len(earlier)-1].Name) + name
	}
	if utf8.RuneCountInString(name) > MaxNameRunes || !hasLetter(name) {
		return ind, false
	}
	ind.Name = docmodel.CleanLine(name)
	return ind, ind.Name != ""
}

// values finds the numbers of a clause that carry a unit and end a
// target: what follows them is the end of the clause, a bound word, or a
// separator before the next target.
func values(clause string) []value {
	var out []value
	for i := 0; i < len(clause); {
		r, size := utf8.DecodeRuneInString(clause[i:])
		if !isDigit(r) || i > 0 && continuesWord(clause[:i]) {
			i += size
			continue
		}
		v, ok := readValue(clause, i)
		if !ok {
			// Skip the whole digit run, so that 2021 is not read again as 021.
			for i < len(clause) {
				r, size := utf8.DecodeRuneInString(clause[i:])
				if !isDigit(r) && r != '.' && r != '．' {
					break
				}
				i += size
			}
			continue
		}
		out = append(out, v)
		i = v.end
	}
	return out
}

// continuesWord reports whether a number starting after before belongs to
// a word such as 5G or R2 rather than standing alone.
func continuesWord(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '.' || r == '．'
}

func readValue(clause string, start int) (value, bool) {
	v := value{start: start}
	num, i, ok := readNumber(clause, start)
	if !ok {
		return v, false
	}
	v.num = num
	// A range: 3至4家, 10-20名.
	for _, sep := range []string{"至", "到", "-", "—", "~", "～", "－"} {
		if strings.HasPrefix(clause[i:], sep) {
			if upper, j, ok := readNumber(clause, i+len(sep)); ok && upper > num {
				v.upper, i = &upper, j
			}
			break
		}
	}
	for _, u := range units() {
		if strings.HasPrefix(clause[i:], u) {
			v.unit = u
			i += len(u)
			break
		}
	}
	if v.unit == "" {
		return v, false
	}
	for _, b := range []struct {
		word  string
		bound docmodel.Bound
	}{{"以上", docmodel.BoundAtLeast}, {"左右", docmodel.BoundAbout}, {"以内", docmodel.BoundAtMost}, {"以下", docmodel.BoundAtMost}, {"以內", docmodel.BoundAtMost}} {
		if strings.HasPrefix(clause[i:], b.word) {
			v.bound = b.bound
			i += len(b.word)
			break
		}
	}
	v.end = i
	rest := strings.TrimLeftFunc(clause[i:], unicode.IsSpace)
	if rest == "" {
		return v, true
	}
	for _, next := range []string{"、", "和", "及", "与", "與", "（", "(", "）", ")"} {
		if strings.HasPrefix(rest, next) {
			return v, true
		}
	}
	return v, false
}

// readNumber reads digits with an optional decimal part, in ASCII or
// full-width, at clause[i:].
func readNumber(clause string, i int) (float64, int, bool) {
	var b strings.Builder
	dot := false
	j := i
	for j < len(clause) {
		r, size := utf8.DecodeRuneInString(clause[j:])
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune(r - '０' + '0')
		case (r == '.' || r == '．') && !dot && b.Len() > 0:
			next, _ := utf8.DecodeRuneInString(clause[j+size:])
			if !isDigit(next) {
				return finishNumber(b.String(), j)
			}
			dot = true
			b.WriteByte('.')
		default:
			return finishNumber(b.String(), j)
		}
		j += size
		if b.Len() > 16 {
			return 0, i, false
		}
	}
	return finishNumber(b.String(), j)
}

func finishNumber(s string, end int) (float64, int, bool) {
	if s == "" {
		return 0, end, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, end, err == nil
}

// cutVerb removes the verb at the end of a name segment and returns it.
func cutVerb(s string) (string, verb, bool) {
	for _, v := range verbs() {
		if strings.HasSuffix(s, v.word) {
			return s[:len(s)-len(v.word)], v, true
		}
	}
	return s, verb{}, false
}

func trimLeadIns(s string) string {
	for {
		before := s
		s = strings.TrimLeftFunc(s, isSeparator)
		s = trimYear(s)
		for _, w := range leadIns() {
			s = strings.TrimPrefix(s, w)
		}
		if s == before {
			return s
		}
	}
}

// trimYear removes a leading year: 2021年, 2025年底, 到2025年.
func trimYear(s string) string {
	t := strings.TrimPrefix(s, "到")
	digits := 0
	for digits < len(t) && t[digits] >= '0' && t[digits] <= '9' {
		digits++
	}
	if digits != 4 || !strings.HasPrefix(t[digits:], "年") {
		return s
	}
	t = t[digits+len("年"):]
	for _, w := range []string{"底前", "年底", "底", "末", "度"} {
		t = strings.TrimPrefix(t, w)
	}
	return t
}

func trimComparators(s string) string {
	for {
		before := s
		for _, c := range comparators() {
			s = strings.TrimSuffix(s, c)
		}
		s = strings.TrimRightFunc(s, isSeparator)
		s = strings.TrimSuffix(s, "的")
		if s == before {
			return s
		}
	}
}

func isIncrement(name string) bool {
	for _, w := range incrementAnywhere {
		if strings.Contains(name, w) {
			return true
		}
	}
	return startVerb(name) != ""
}

// startVerb returns the increment verb that opens name, if any.
func startVerb(name string) string {
	for _, list := range [][]string{incrementAnywhere, incrementAtStart} {
		for _, w := range list {
			if strings.HasPrefix(name, w) {
				return w
			}
		}
	}
	return ""
}

// isStretch reports whether the text between two values marks the second
// as the higher value strived for: 达到3.3%、争取3.4%.
func isStretch(segment string) bool {
	s := strings.TrimFunc(segment, isSeparator)
	for _, w := range []string{"争取", "爭取", "力争", "力爭"} {
		if strings.HasPrefix(s, w) {
			rest := s[len(w):]
			_, _, isVerb := cutVerb(rest)
			return rest == "" || isVerb && len(rest) <= len("达到")*2
		}
	}
	return false
}

// sameUnit reports whether two units as written are one unit.
func sameUnit(a, b string) bool {
	return normalUnit(a) == normalUnit(b)
}

// normalUnit writes a unit in one form: Simplified characters (個 is 个,
// 萬元 is 万元) and the ASCII percent sign.
func normalUnit(u string) string {
	return strings.Map(func(r rune) rune {
		if r == '％' {
			return '%'
		}
		return hanzi.SimplifyRune(r)
	}, u)
}

func joinSource(a, b string) string {
	if strings.HasSuffix(a, "、") || strings.HasPrefix(b, "、") {
		return a + b
	}
	return a + "、" + b
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// NarrowDigits writes the full-width digits and decimal point of s (２０２５．５)
// half-width, as a number is read.
func NarrowDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '．':
			return '.'
		}
		return r
	}, s)
}

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("、，,：:；;", r)
}

// split splits s at the runes sep reports, dropping the separators and
// blank parts.
func split(s string, sep func(rune) bool) []string {
	var out []string
	start := 0
	for i, r := range s {
		if sep(r) {
			if part := s[start:i]; strings.TrimSpace(part) != "" {
				out = append(out, part)
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if part := s[start:]; strings.TrimSpace(part) != "" {
		out = append(out, part)
	}
	return out
}

// longestFirst returns items sorted by the length of their word, longest
// first, so that a longer word is tried before a word it starts with.
func longestFirst[T any](items []T, word func(T) string) []T {
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(a, b T) int { return len(word(b)) - len(word(a)) })
	return out
}

func sortedByLength(words []string) []string {
	return longestFirst(words, func(w string) string { return w })
}
