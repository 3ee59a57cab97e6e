package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/hanzi"
	"yaodian/lazyregexp"
)

// placeholder finds text a template left unfilled: ××市, X家, *亿元,
// 202x年, 20xx年, □□, 【】.
type placeholder struct{}

func (placeholder) ID() string { return "placeholder" }

var placeholderPatterns = []*lazyregexp.Regexp{
	lazyregexp.New(`[×XxＸｘ＊*○□]{2,}`),
	lazyregexp.New(`[XxＸｘ×＊*]\s*(家|个|项|亿元|万元|元|%|％|人|名|户|件|条)`),
	lazyregexp.New(`20[0-9xXＸｘ×][xXＸｘ×]\s*年`),
	lazyregexp.New(`【\s*】|〔\s*〕|（\s*）|\(\s*\)|_{2,}|＿{2,}|某某`),
}

func (placeholder) Check(in *Input) []Finding {
	var out []Finding
	for _, s := range in.spans(in.Draft.Doc) {
		for _, p := range placeholderPatterns {
			for _, loc := range p.FindAllStringIndex(s.text, -1) {
				if !standsAlone(s.text, loc[0], loc[1]) {
					continue
				}
				out = append(out, Finding{Rule: "placeholder", Severity: Error, Path: s.path, NodeID: s.nodeID,
					Message:  "“" + s.text[loc[0]:loc[1]] + "”是未填写的占位符",
					Evidence: sentenceAround(s.text, loc[0])})
				break
			}
		}
	}
	return dedupe(out)
}

// standsAlone reports whether the match text[i:j] is not part of a Latin
// word or a product of numbers (2×3, XXL).
func standsAlone(text string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[j:])
	latin := func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	match := text[i:j]
	if strings.ContainsAny(match, "Xx") && (latin(before) || latin(after) && !strings.ContainsAny(match, "年%")) {
		return false
	}
	if strings.Trim(match, "○") == "" && strings.ContainsRune("一二三四五六七八九〇○十", before) {
		return false // 二○○八年: a year with the wrong zero, for number-usage
	}
	return !(strings.HasPrefix(match, "×") && unicode.IsDigit(before))
}

// dedupe keeps one finding per rule, place and message.
func dedupe(fs []Finding) []Finding {
	seen := map[string]bool{}
	var out []Finding
	for _, f := range fs {
		key := f.Rule + "|" + f.Path + "|" + f.Message
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}

// punctuation finds half-width , ; : ( ) ? ! inside Chinese text, and quotes or
// brackets that do not close, one finding per paragraph; and Chinese
// words in straight quotes ("创新"), each with its fix.
type punctuation struct{}

func (punctuation) ID() string { return "punctuation" }

var pairs = []struct {
	open, close rune
	name        string
}{{'“', '”', "双引号"}, {'（', '）', "括号"}, {'《', '》', "书名号"}, {'【', '】', "方头括号"}, {'‘', '’', "单引号"}}

// widespreadHalfWidth is the number of paragraphs with half-width
// punctuation from which it is reported once for the whole plan, as a
// habit (or a web copy) rather than slips. A plan that never uses the
// full-width marks (no ，：；（ anywhere) is such a habit however few its
// paragraphs.
const widespreadHalfWidth = 5

func (punctuation) Check(in *Input) []Finding {
	var out, half []Finding
	marks, total := []string{}, 0
	fullWidth := false // a full-width mark of those the half-width ones stand for
	spans := in.spans(in.Draft.Doc)
	// A text cut off mid-sentence leaves its last mark open: 推动印发《全民科.
	cut := endsMidSentence(in.entries(in.Draft.Doc))
	for i, s := range spans {
		fullWidth = fullWidth || strings.ContainsAny(s.text, "，：；（")
		if found := halfWidth(s.text); len(found) > 0 {
			total += len(found)
			marks = append(marks, found...)
			half = append(half, Finding{Rule: "punctuation", Severity: Warning, Path: s.path, NodeID: s.nodeID,
				Message:  fmt.Sprintf("中文里用了 %d 处半角标点（%s），应改为全角", len(found), strings.Join(uniq(found), " ")),
				Evidence: clip(s.text, 80)})
		}
		for _, p := range pairs {
			opens, closes, depth, unmatched := 0, 0, 0, false
			for _, r := range s.text {
				switch r {
				case p.open:
					opens++
					depth++
				case p.close:
					closes++
					depth--
					unmatched = unmatched || depth < 0
				}
			}
			if cut && i == len(spans)-1 && depth > 0 && !unmatched {
				continue
			}
			if depth != 0 || unmatched {
				out = append(out, Finding{Rule: "punctuation", Severity: Warning, Path: s.path, NodeID: s.nodeID,
					Message:  fmt.Sprintf("%s不成对：%c 有 %d 个，%c 有 %d 个", p.name, p.open, opens, p.close, closes),
					Evidence: clip(s.text, 80), Subject: string([]rune{p.open, p.close})})
			}
		}
	}
	out = append(out, straightQuotes(in)...)
	if len(half) >= widespreadHalfWidth || len(half) > 1 && !fullWidth {
		half = []Finding{{Rule: "punctuation", Severity: Warning, Path: "全文",
			Message:  fmt.Sprintf("全文有 %d 段共 %d 处在中文里用了半角标点（%s），应统一改为全角", len(half), total, strings.Join(uniq(marks), " ")),
			Evidence: half[0].Evidence}}
	}
	return append(half, out...)
}

// halfWidth returns the half-width punctuation marks of s that stand in
// Chinese text: after a Chinese character, or brackets around one.
func halfWidth(s string) []string {
	var found []string
	rs := []rune(s)
	for i, r := range rs {
		if !strings.ContainsRune(",;:()?!", r) {
			continue
		}
		var prev, next rune
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if r == '(' && isCJK(next) || r == ')' && isCJK(prev) || !strings.ContainsRune("()", r) && isCJK(prev) {
			found = append(found, string(r))
		}
	}
	return found
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// isCJK reports whether r is a Chinese character or full-width punctuation.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// duplicateText finds a paragraph, or a sentence of 20 characters or more,
// that the plan repeats.
type duplicateText struct{}

func (duplicateText) ID() string { return "duplicate-text" }

// minDuplicateRunes is the shortest sentence worth reporting as repeated;
// shorter ones (加强组织领导。) recur legitimately.
const minDuplicateRunes = 20

func (duplicateText) Check(in *Input) []Finding {
	var out []Finding
	firstPara := map[string]span{}
	firstSentence := map[string]span{}
	for _, s := range in.spans(in.Draft.Doc) {
		if s.entry == nil && s.path == "标题" {
			continue
		}
		key := normalizeText(s.text)
		if utf8.RuneCountInString(key) >= minDuplicateRunes {
			if first, ok := firstPara[key]; ok {
				out = append(out, Finding{Rule: "duplicate-text", Severity: Warning, Path: s.path, NodeID: s.nodeID,
					Message:  "整段与" + first.where() + "重复",
					Evidence: clip(s.text, 80)})
				continue
			}
			firstPara[key] = s
		}
		for _, sentence := range sentences(s.text) {
			key := normalizeText(sentence)
			if utf8.RuneCountInString(key) < minDuplicateRunes {
				continue
			}
			if first, ok := firstSentence[key]; ok {
				out = append(out, Finding{Rule: "duplicate-text", Severity: Warning, Path: s.path, NodeID: s.nodeID,
					Message:  "这句话与" + first.where() + "的一句重复",
					Evidence: clip(sentence, 80)})
				continue
			}
			firstSentence[key] = s
		}
	}
	return out
}

// place names a location for a message: 二、/（一） or 前言.
func place(path string) string {
	if path == "前言" || path == "标题" {
		return path
	}
	return " " + path + " "
}

// normalizeText drops spaces and punctuation and folds Traditional
// characters to Simplified, so that a repeat with other commas, or in the
// other script, is still a repeat.
func normalizeText(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF: // most of the text: a Han character
			b = utf8.AppendRune(b, hanzi.SimplifyRune(r))
		case unicode.IsSpace(r) || unicode.IsPunct(r):
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}
