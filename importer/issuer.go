package importer

import (
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
)

// orgName reports whether a text is the name of one or more issuing
// bodies: orgLike, or bodies separated by spaces, each orgLike.
func orgName(t string) bool {
	if orgLike(t) {
		return true
	}
	parts := strings.Fields(t)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !orgLike(p) {
			return false
		}
	}
	return true
}

// signer reports whether a line over a date is the body that signs: a
// name ending as bodies' names end. The date makes words titles use, such
// as 工作 in 全民科学素质纲要实施工作办公室, no reason for doubt.
func signer(t string) bool {
	if orgName(t) {
		return true
	}
	n := utf8.RuneCountInString(t)
	if n < 3 || n > 30 || endsTitle(t) || strings.ContainsAny(t, "。！？；;：:，,“”\"") {
		return false
	}
	for _, s := range orgSuffixes {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

// yearCues find a plan's year in its opening words when the title gives
// none: 2024年是…, 2023年全县科技工作的总体要求是…, 2023年…工作的指导思想是.
var yearCues = lazyregexp.New(`([0-9０-９]{4}|[〇○零0０一二三四五六七八九]{4})\s*年(?:是|[^。；！？]{0,40}?(?:总体要求|指导思想|总体思路|主要目标|總體要求|指導思想|總體思路)(?:是|为|：))`)

// findYear sets the plan's year, when its title states none, from the
// notice's title, from the opening words (2024年是…), or from the date of
// a dated notice when the opening speaks of 今年.
func (b *builder) findYear() {
	meta := &b.d.Meta
	if meta.Year != 0 {
		return
	}
	if b.d.Notice != nil {
		if y := plantext.TitleYear(b.d.Notice.Title); y != 0 {
			meta.Year = y
			return
		}
	}
	opening := b.opening()
	for _, p := range opening {
		if m := yearCues.FindStringSubmatch(p); m != nil {
			if y := plantext.Year(m[1] + "年"); y != 0 {
				meta.Year = y
				return
			}
		}
	}
	if meta.Date != "" {
		for _, p := range opening {
			if strings.Contains(p, "今年") {
				meta.Year = plantext.Year(meta.Date[:4] + "年")
				return
			}
		}
	}
}

// openingParas is how many paragraphs of a plan's opening findYear reads.
const openingParas = 6

// opening returns the first paragraphs of the plan: its preamble, then
// the text of the first nodes.
func (b *builder) opening() []string {
	out := append([]string(nil), b.d.Preamble[:min(len(b.d.Preamble), openingParas)]...)
	b.d.Walk(func(e docmodel.Entry) bool {
		if len(out) >= openingParas {
			return false
		}
		out = append(out, e.Node.Paragraphs()...)
		return true
	})
	return out
}

// titleIssuer returns the issuing body that opens a plan's title —
// 宁波市科学技术局2023年科技工作要点, 宁波市科学技术局关于… — or "".
func titleIssuer(title string) string {
	cut := len(title)
	if at := plantext.YearAt(title); at >= 0 {
		cut = at
	}
	if i := strings.Index(title, "关于"); i >= 0 && i < cut {
		cut = i
	}
	if org := docmodel.CleanLine(title[:cut]); cut < len(title) && orgName(org) && placeNamed(org) {
		return org
	}
	return ""
}

// placeNamed reports whether the name of a body names its place: 宁波市
// 科学技术局 does, 市科技局 and XX市教育局 do not.
func placeNamed(org string) bool {
	r, _ := utf8.DecodeRuneInString(org)
	return !strings.ContainsRune("市县区省州镇乡局厅委科", r) && !strings.ContainsAny(org, "XxＸ×*＊某") && !strings.Contains(org, "○○")
}
