package indicator

import (
	"strings"
	"unicode"

	"yaodian/hanzi"
)

// Normalize returns the key under which an indicator's name matches the
// same indicator in another plan, or in another part of the same plan.
// Plans word a target differently from year to year: 新认定高新技术企业,
// 新增高新技术企业 and 培育国家高新技术企业 count the same firms;
// R&D经费投入强度, 研发投入强度 and 全社会研发经费投入占GDP比重 are one
// ratio. The key drops what does not change the meaning — scope words
// (全市, 全社会), the verb of a count, 的, brackets, spaces and quotation
// marks — folds full-width letters and Traditional characters, and
// rewrites the usual synonyms to one form. It is a matching key, not text
// to show.
func Normalize(name string) string {
	var b strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '（' || r == '(' || r == '〔' || r == '[':
			depth++
			continue
		case (r == '）' || r == ')' || r == '〕' || r == ']') && depth > 0:
			depth--
			continue
		case depth > 0 || unicode.IsSpace(r) || strings.ContainsRune("“”‘’\"'《》「」『』·", r):
			continue
		case r >= '！' && r <= '～':
			r = r - '！' + '!'
		}
		b.WriteRune(unicode.ToLower(hanzi.SimplifyRune(r)))
	}
	s := b.String()
	for _, rw := range rewrites {
		s = strings.ReplaceAll(s, rw[0], rw[1])
	}
	for {
		before := s
		for _, p := range droppedPrefixes {
			s = strings.TrimPrefix(s, p)
		}
		if s == before {
			break
		}
	}
	s = strings.ReplaceAll(s, "的", "")
	for _, rw := range synonyms {
		s = strings.ReplaceAll(s, rw[0], rw[1])
	}
	return s
}

// rewrites put the spellings of one notion into one form before anything
// is dropped.
var rewrites = [][2]string{
	{"r&d", "研发"}, {"研究与试验发展", "研发"}, {"研究和试验发展", "研发"}, {"研究与开发", "研发"}, {"研究和开发", "研发"},
	{"国内生产总值", "gdp"}, {"地区生产总值", "gdp"}, {"生产总值", "gdp"},
	{"国家高新技术企业", "高新技术企业"}, {"高企", "高新技术企业"},
}

// droppedPrefixes are scope words and the verbs of a count, which do not
// change which indicator a name is.
var droppedPrefixes = []string{
	"全社会", "全市", "全省", "全州", "全县", "全区", "全国", "我市", "我省", "我州", "我县", "我区", "本市",
	"新认定", "新增", "新培育", "新引进", "认定", "培育", "引进", "新建", "建成",
}

// synonyms are applied last, to the key without 的.
var synonyms = [][2]string{
	{"经费投入经费", "经费投入"}, {"经费支出", "经费投入"}, {"研发经费投入", "研发投入"}, {"研发经费", "研发投入"},
	{"研发投入占gdp比重", "研发投入强度"}, {"研发投入占gdp比例", "研发投入强度"},
	{"申请数量", "申请"}, {"申请量", "申请"}, {"申请数", "申请"}, {"授权量", "授权"}, {"拥有量", "拥有"},
}
