package check

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"yaodian/hanzi"
	"yaodian/lazyregexp"
)

// SelectPriors keeps the candidate plans a draft is checked against: those
// of an earlier year from the draft's issuer, ordered by year, oldest
// first. Issuers match by IssuerKey, so 市政府办公室 and 市人民政府办公厅, or
// a Traditional copy, are one body. A plan whose issuer is unknown — or a
// draft whose issuer is unknown — is used only when the plans hold no
// other issuer, so that one body's plan is never held to another's.
//
// The other candidates are returned with the reason each was left out, one
// line a plan, so that no plan named for comparison is dropped without a
// word. A draft whose year is unknown is compared with none; the
// yearUnknown finding says once which checks that turns off.
//
// Where an issuer is unknown, the work a title names (its topic: 政务公开,
// 科技) ties the plans instead: a plan on other work is left out, and a
// draft that names neither its issuer nor its work — a new plan titled
// 2025年工作要点 — is compared with none, as nothing says which plans are
// its own.
func SelectPriors(draft Plan, candidates []Plan) (kept []Plan, left []string) {
	issuer, scope, topic := IssuerKey(draft.Doc.Meta.Issuer), scopeOf(draft.Doc.Meta.Title), topicOf(draft.Doc.Meta.Title)
	others := issuersOf(candidates, issuer)
	for _, c := range candidates {
		name := c.File
		if c.Doc.Meta.Title != "" {
			name += "（" + c.Doc.Meta.Title + "）"
		}
		other, otherScope, otherTopic := IssuerKey(c.Doc.Meta.Issuer), scopeOf(c.Doc.Meta.Title), topicOf(c.Doc.Meta.Title)
		switch {
		case draft.Year == 0:
			left = append(left, name+"：本稿年份不明，未参与对照")
		case c.Year == 0:
			left = append(left, name+"：看不出是哪一年的计划")
		case c.Year >= draft.Year:
			left = append(left, fmt.Sprintf("%s：是%d年的计划，不早于本稿的%d年", name, c.Year, draft.Year))
		case issuer != "" && other != "" && other != issuer:
			left = append(left, name+"：发文机关是“"+c.Doc.Meta.Issuer+"”，不是本稿的“"+draft.Doc.Meta.Issuer+"”")
		case issuer == "" && topic == "":
			left = append(left, name+"：本稿看不出发文机关，标题也没有写明是哪项工作，无法确定哪些是本机关的往年计划；写明发文机关或标题后即可对照")
		case issuer == "" && len(others) > 1:
			left = append(left, name+"：本稿看不出发文机关，而往年计划出自"+fmt.Sprint(len(others))+"个机关（"+strings.Join(others, "、")+"），无法确定哪些是本机关的")
		case issuer != "" && other == "" && len(others) > 0:
			left = append(left, name+"：看不出发文机关，而往年计划中有其他机关（"+strings.Join(others, "、")+"）的")
		case (issuer == "" || other == "") && scope != "" && otherScope != "" && scope != otherScope:
			// Without both issuers, the scope a title names (全省, 全州)
			// tells one level of government from another.
			left = append(left, name+"：是“"+otherScope+"”的计划，本稿是“"+scope+"”的")
		case (issuer == "" || other == "") && otherTopic != "" && !strings.Contains(topic, otherTopic) && !strings.Contains(otherTopic, topic):
			left = append(left, name+"：标题所说的工作与本稿的“"+strings.TrimSpace(draft.Doc.Meta.Title)+"”不同")
		default:
			kept = append(kept, c)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Year < kept[j].Year })
	return kept, left
}

// issuersOf lists the issuers the candidates name, as written, one per
// IssuerKey, other than the draft's (whose key is draft).
func issuersOf(candidates []Plan, draft string) []string {
	var names []string
	seen := map[string]bool{draft: true, "": true}
	for _, c := range candidates {
		if k := IssuerKey(c.Doc.Meta.Issuer); !seen[k] {
			seen[k] = true
			names = append(names, strings.TrimSpace(c.Doc.Meta.Issuer))
		}
	}
	return names
}

// scopes are the words a title names the level of its issuer with:
// 2013年全省科技工作要点, 2011年全州科技工作要点.
var scopes = []string{"全省", "全市", "全州", "全盟", "全县", "全区", "全旗", "全镇", "全乡"}

// scopeOf returns the first scope word of a title, in Simplified
// characters, or "".
func scopeOf(title string) string {
	title = hanzi.Simplify(title)
	at, scope := len(title), ""
	for _, w := range scopes {
		if i := strings.Index(title, w); i >= 0 && i < at {
			at, scope = i, w
		}
	}
	return scope
}

// yearWords are the years a title names: 2025年, 二〇二五年, 2021—2025年.
var yearWords = lazyregexp.New(`[0-9０-９]{4}\s*年度?|[〇○零一二三四五六七八九]{4}年度?`)

// titleWords are the words of a title that name no work: the kind of
// document, and the words that join a review to a plan.
var titleWords = lazy[*strings.Replacer]{build: func() *strings.Replacer {
	return strings.NewReplacer(
		"关于印发", "", "的通知", "",
		"工作要点", "", "工作计划", "", "工作总结", "", "工作安排", "", "工作方案", "",
		"要点", "", "计划", "", "总结", "", "安排", "", "方案", "", "工作", "",
		"和", "", "及", "", "暨", "",
	)
}}

// topicOf returns the work a title names, in Simplified Han characters:
// 政务公开 of 2022年政務公開工作要點, 北京市政务公开 of
// 北京市2016年政务公开工作要点, with the spellings IssuerKey folds folded
// (科学技术 is 科技); "" for a title that names only a year and the kind
// of document (2025年工作要点), or none.
func topicOf(title string) string {
	title = yearWords.ReplaceAllString(hanzi.Simplify(title), "")
	title = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Han, r) {
			return r
		}
		return -1
	}, title)
	for _, w := range scopes {
		title = strings.ReplaceAll(title, w, "")
	}
	return issuerWords.get().Replace(titleWords.get().Replace(title))
}

// IssuerNote says what SelectPriors had to assume about issuers to keep
// the plans it kept, or "" when the draft and every plan kept name the
// same issuer.
func IssuerNote(draft Plan, kept []Plan) string {
	if len(kept) == 0 {
		return ""
	}
	unnamed := 0
	name := ""
	for _, p := range kept {
		if IssuerKey(p.Doc.Meta.Issuer) == "" {
			unnamed++
		} else if name == "" {
			name = strings.TrimSpace(p.Doc.Meta.Issuer)
		}
	}
	switch {
	case IssuerKey(draft.Doc.Meta.Issuer) == "" && name != "" && unnamed > 0:
		return "本稿和部分往年计划看不出发文机关；写明发文机关的往年计划都出自“" + name + "”，按同一机关的计划对照"
	case IssuerKey(draft.Doc.Meta.Issuer) == "" && name != "":
		return "本稿看不出发文机关；往年计划都出自“" + name + "”，按同一机关的计划对照"
	case IssuerKey(draft.Doc.Meta.Issuer) == "":
		return "本稿和往年计划都看不出发文机关；往年计划中没有其他机关的，按同一机关的计划对照"
	case unnamed > 0:
		return fmt.Sprintf("有 %d 份往年计划看不出发文机关；往年计划中没有其他机关的，按本机关的计划对照", unnamed)
	}
	return ""
}

// issuerWords are the spellings of one body that IssuerKey folds to one
// form: a government's office is its 办公厅 or 办公室, 人民政府 is 政府,
// 科学技术局 is 科技局.
var issuerWords = lazy[*strings.Replacer]{build: func() *strings.Replacer {
	return strings.NewReplacer(
		"人民政府", "政府",
		"办公厅", "办公室",
		"科学技术", "科技",
		"中国共产党", "中共",
	)
}}

// IssuerKey returns the key under which an issuing body matches itself
// across years: the name in Simplified characters, without spaces or
// punctuation, with the spellings of issuerWords folded. A name never
// holds a colon: where a page's next field came along with it
// (國務院辦公廳 成文日期: 2019年04月17日), that field is cut off. The key is
// "" for a name that is empty.
func IssuerKey(name string) string {
	if i := strings.IndexAny(name, ":："); i >= 0 {
		fields := strings.Fields(name[:i])
		if len(fields) > 1 {
			fields = fields[:len(fields)-1] // the next field's label
		}
		name = strings.Join(fields, "")
	}
	name = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return hanzi.SimplifyRune(r)
	}, name)
	return issuerWords.get().Replace(name)
}
