package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/hanzi"
	"yaodian/lazyregexp"
)

var placeholderPatterns = []*lazyregexp.Regexp{
	lazyregexp.New(`[×XxＸｘ＊*○□]{2,}`),
	lazyregexp.New(`[XxＸｘ×＊*]\s*(家|个|项|亿元|万元|元|%|％|人|名|户|件|条)`),
	lazyregexp.New(`20[0-9xXＸｘ×][xXＸｘ×]\s*年`),
	lazyregexp.New(`【\s*】|〔\s*〕|（\s*）|\(\s*\)|_{2,}|＿{2,}|某某`),
}

// placeholder finds text a template left unfilled: ××市, X家, *亿元,
// 202x年, 20xx年, □□, 【】.
func placeholder(in *Input) []Finding {
	var out []Finding
	for _, s := range in.spans(in.Draft.Doc) {
		for _, p := range placeholderPatterns {
			for _, loc := range p.FindAllStringIndex(s.text, -1) {
				if !standsAlone(s.text, loc[0], loc[1]) {
					continue
				}
				out = append(out, Finding{Path: s.path, NodeID: s.nodeID,
					Message:  "“" + s.text[loc[0]:loc[1]] + "”是未填写的占位符",
					Evidence: sentenceAround(s.text, loc[0]), Spot: s.spot(loc[0], loc[1])})
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

// punctuation finds half-width , ; : ( ) ? ! inside Chinese text, and quotes or
// brackets that do not close, one finding per paragraph; and Chinese
// words in straight quotes ("创新"), each with its fix.
func punctuation(in *Input) []Finding {
	var out, half []Finding
	marks, total := []string{}, 0
	fullWidth := false // a full-width mark of those the half-width ones stand for
	spans := in.spans(in.Draft.Doc)
	// A text cut off mid-sentence leaves its last mark open: 推动印发《全民科.
	cut := endsMidSentence(in.entries(in.Draft.Doc))
	for i, s := range spans {
		fullWidth = fullWidth || strings.ContainsAny(s.text, "，：；（")
		if at := halfWidth(s.text); len(at) > 0 {
			var found []string
			var edits []Edit
			for _, i := range at {
				r, size := utf8.DecodeRuneInString(s.text[i:])
				found = append(found, string(r))
				mark, _ := fullWidthOf(r)
				if e, ok := s.edit(i, i+size, string(mark)); ok {
					edits = append(edits, e)
				}
			}
			total += len(found)
			marks = append(marks, found...)
			half = append(half, Finding{Path: s.path, NodeID: s.nodeID,
				Message:  fmt.Sprintf("中文里用了 %d 处半角标点（%s），应改为全角", len(found), strings.Join(uniq(found), " ")),
				Evidence: clip(s.text, 80), Edits: edits})
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
				out = append(out, Finding{Path: s.path, NodeID: s.nodeID,
					Message:  fmt.Sprintf("%s不成对：%c 有 %d 个，%c 有 %d 个", p.name, p.open, opens, p.close, closes),
					Evidence: clip(s.text, 80), Subject: string([]rune{p.open, p.close})})
			}
		}
	}
	out = append(out, straightQuotes(in)...)
	if len(half) >= widespreadHalfWidth || len(half) > 1 && !fullWidth {
		var edits []Edit
		for _, f := range half {
			edits = append(edits, f.Edits...)
		}
		half = []Finding{{Path: docmodel.PathWhole,
			Message:  fmt.Sprintf("全文有 %d 段共 %d 处在中文里用了半角标点（%s），应统一改为全角", len(half), total, strings.Join(uniq(marks), " ")),
			Evidence: half[0].Evidence, Edits: edits}}
	}
	return append(half, out...)
}

// fullWidthOf returns the full-width mark of a half-width one halfWidth
// finds, and whether r is one.
func fullWidthOf(r rune) (rune, bool) {
	switch r {
	case ',':
		return '，', true
	case ';':
		return '；', true
	case ':':
		return '：', true
	case '(':
		return '（', true
	case ')':
		return '）', true
	case '?':
		return '？', true
	case '!':
		return '！', true
	}
	return 0, false
}

// halfWidth returns the byte offsets of the half-width punctuation marks
// of s that stand in Chinese text: after a Chinese character, or brackets
// around one.
func halfWidth(s string) []int {
	var at []int
	var prev rune
	for i, r := range s {
		_, size := utf8.DecodeRuneInString(s[i:])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if _, ok := fullWidthOf(r); ok {
			if r == '(' && isCJK(next) || r == ')' && isCJK(prev) || r != '(' && r != ')' && isCJK(prev) {
				at = append(at, i)
			}
		}
		prev = r
	}
	return at
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

// minDuplicateRunes is the shortest sentence worth reporting as repeated;
// shorter ones (加强组织领导。) recur legitimately.
const minDuplicateRunes = 20

// duplicateText finds a paragraph, or a sentence of 20 characters or more,
// that the plan repeats: one finding for each, at its first repeat,
// naming every place it stands.
func duplicateText(in *Input) []Finding {
	var groups []*repeat
	paras, sents := map[string]*repeat{}, map[string]*repeat{}
	add := func(m map[string]*repeat, key string, s span, text string, whole bool) bool {
		g := m[key]
		if g == nil {
			g = &repeat{whole: whole}
			m[key] = g
		}
		g.at = append(g.at, s)
		if len(g.at) == 2 {
			g.text = text
			groups = append(groups, g)
		}
		return len(g.at) > 1
	}
	for _, s := range in.spans(in.Draft.Doc) {
		if s.entry == nil && s.path == docmodel.PathTitle {
			continue
		}
		key := normalizeText(s.text)
		if utf8.RuneCountInString(key) >= minDuplicateRunes && add(paras, key, s, s.text, true) {
			continue // its sentences repeat with it
		}
		for _, sentence := range sentences(s.text) {
			if key := normalizeText(sentence); utf8.RuneCountInString(key) >= minDuplicateRunes {
				add(sents, key, s, sentence, false)
			}
		}
	}
	var out []Finding
	for _, g := range groups {
		out = append(out, g.finding())
	}
	return out
}

// repeat is a paragraph (whole) or a sentence that the plan repeats, with
// the places it stands, in reading order.
type repeat struct {
	at    []span
	text  string // as written at its first repeat
	whole bool
}

// finding reports the repeat at its first repeat. A text found twice
// names the other place; more often, it lists every place.
func (g *repeat) finding() Finding {
	s := g.at[1]
	var msg string
	switch {
	case len(g.at) == 2 && g.whole:
		msg = "整段与" + g.at[0].where() + "重复"
	case len(g.at) == 2:
		msg = "这句话与" + g.at[0].where() + "的一句重复"
	default:
		var places []string
		for _, p := range g.at {
			if w := strings.TrimSpace(p.where()); !slices.Contains(places, w) {
				places = append(places, w)
			}
		}
		what := "这句话"
		if g.whole {
			what = "整段"
		}
		msg = fmt.Sprintf("%s在全文出现 %d 次：%s", what, len(g.at), strings.Join(places, "；"))
	}
	return Finding{Path: s.path, NodeID: s.nodeID, Message: msg, Evidence: clip(g.text, 80)}
}

// place names a location for a message: 二、/（一） or 前言.
func place(path string) string {
	if path == docmodel.PathPreamble || path == docmodel.PathTitle {
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
