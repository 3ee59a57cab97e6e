package importer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
)

// titleMaxRunes is the longest line taken for a title.
const titleMaxRunes = 60

// frontScan is how many paragraphs at the start are searched for the title
// and for labelled meta data (发布机构：…).
const frontScan = 12

// front reads the meta data from the first paragraphs — title, issuing
// body, document number, date and recipients — and returns the paragraphs
// after those it used. label is the title a compilation gave the document,
// name the one the notice that issues it gave. A title broken over lines
// is joined.
// Paragraphs before the title (a web page's navigation, say) go to the
// preamble: the importer drops nothing it cannot place.
func (b *builder) front(label, name string, paras []para) []para {
	meta := &b.d.Meta
	zone := frontZone(paras)
	ti := -1
	for i, p := range paras[:zone] {
		if p.title {
			ti = i
			break
		}
	}
	if ti < 0 {
		ti = pickTitle(paras[:zone])
	}
	own, size := "", 1
	if ti >= 0 {
		own = docmodel.CleanLine(paras[ti].text)
		if t, k := joinedTitle(paras, ti, endsTitle); k > 1 {
			own, size = t, k
		} else if ti > 0 && titleHead(paras[ti-1]) && !endsTitle(cleanTitle(docmodel.CleanLine(paras[ti-1].text))) && titleTail(own, docmodel.CleanLine(paras[ti-1].text)) && !repeatsPiece(docmodel.CleanLine(paras[ti-1].text), own) {
			// The title's first line lacks the word that ends it:
			// 2019年第四季度科技宣传及科技信息 / 工作要点.
			ti--
			own, size = docmodel.CleanLine(paras[ti].text)+own, 2
		}
		own = cleanTitle(own)
	}
	for _, p := range paras[:max(ti, 0)] {
		t := docmodel.CleanLine(p.text)
		switch {
		case p.rows != nil:
			b.addPreamble(p)
		case own != "" && titleKey(cleanTitle(t)) == titleKey(own):
			// A copy's heading that repeats the title.
			b.setAside = append(b.setAside, t)
		case letterhead(t):
			// The 版头 names the issuing body: 宁波市科学技术局文件.
			b.letterhead(p, t)
		case docNumber.MatchString(t) && meta.Number == "":
			meta.Number = t
		default:
			b.addPreamble(p)
		}
	}
	switch {
	case label != "" && own != "" && !sameTitle(label, own):
		// The compilation calls the plan otherwise than the plan calls
		// itself (第二篇：2008年… over 2009年…): the compilation's title
		// stands, and the plan's own title line is kept as text so that a
		// reviewer sees both.
		meta.Title = label
		b.addPreamble(paras[ti])
	case own != "":
		meta.Title = own
	case label != "":
		meta.Title = label
	default:
		meta.Title = name
	}
	meta.Year = plantext.TitleYear(meta.Title)
	if meta.Year == 0 {
		meta.Year = plantext.TitleYear(label)
	}
	j := ti + size
	for j < len(paras) && j < ti+size+5 && b.metaLine(paras[j]) {
		j++
	}
	return paras[j:]
}

// frontZone returns how many paragraphs at the start may hold the title:
// those before the first numbered paragraph, table or paragraph of prose.
func frontZone(paras []para) int {
	for i, p := range paras[:min(len(paras), frontScan)] {
		if p.rows != nil || readItem(p).mark != nil || isProse(p.text) {
			return i
		}
	}
	return min(len(paras), frontScan)
}

// isProse reports whether a line is a paragraph of running text rather
// than a title or a label.
func isProse(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > titleMaxRunes || n > 30 && strings.ContainsAny(s, "。！？")
}

// titleWords are words that titles of plans contain.
var titleWords = []string{"要点", "要點", "计划", "計劃", "計畫", "意见", "意見", "方案", "通知", "规划", "規劃", "工作", "安排", "报告", "報告", "纲要", "綱要", "措施", "办法", "辦法"}

// pickTitle returns the index of the title among the first paragraphs, or
// -1: a first heading that names no section; else the first title-like
// line with a word titles use; else the first title-like line.
func pickTitle(zone []para) int {
	if len(zone) > 0 && zone[0].level == 1 && titleLike(zone[0]) && plantext.InferRole(zone[0].text) == docmodel.RoleInherit {
		return 0
	}
	// A copy may repeat the title — a page's heading, then the
	// document's own — and the last line ending as titles end stands
	// nearest the text.
	for i := len(zone) - 1; i >= 0; i-- {
		if titleLike(zone[i]) && endsTitle(cleanTitle(docmodel.CleanLine(zone[i].text))) {
			return i
		}
	}
	first := -1
	for i, p := range zone {
		if !titleLike(p) {
			continue
		}
		for _, w := range titleWords {
			if strings.Contains(p.text, w) {
				return i
			}
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// titleLike reports whether a paragraph could be a title: a short line
// that is not a sentence, a number, a date, a label or web-page debris.
func titleLike(p para) bool {
	t := docmodel.CleanLine(p.text)
	n := utf8.RuneCountInString(t)
	if p.rows != nil || p.auto != nil || n < 2 || n > titleMaxRunes || readItem(p).mark != nil {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune("。！？；;：:，,、", last) || isDebris(t) || dateLine(t) != "" || orgLike(t) || docNumber.MatchString(t) {
		return false
	}
	return plantext.InferRole(t) == docmodel.RoleInherit
}

// titleHead reports whether a line may be the first line of a title
// whose second line holds the word that ends it: a title piece that is no
// letterhead (…文件) and no issuing body.
func titleHead(p para) bool {
	t := docmodel.CleanLine(p.text)
	return titlePiece(p) && !orgName(t) && !strings.HasSuffix(t, "文件") && utf8.RuneCountInString(t) >= 4 && !isDebris(t)
}

// titleTail reports whether a title line is only the end of a title whose
// start stands on the line before: short, or without the year the line
// before gives.
func titleTail(t, before string) bool {
	return utf8.RuneCountInString(t) <= 8 || plantext.Year(t) == 0 && plantext.Year(before) != 0
}

// cleanTitle removes what a sharing site appends to a title: a file name
// extension (.docx).
func cleanTitle(t string) string {
	for _, ext := range []string{".docx", ".doc", ".pdf", ".wps", ".txt", ".DOCX", ".DOC", ".PDF"} {
		t = strings.TrimSuffix(t, ext)
	}
	return docmodel.CleanLine(t)
}

// isDebris reports whether a line is web-page furniture: a breadcrumb, a
// bullet, publication data.
func isDebris(t string) bool {
	for _, w := range []string{" > ", "＞", "首页", "首頁", "当前位置", "您的位置", "发布时间", "發布時間", "浏览次数", "瀏覽次數", "来源：", "来源:", "來源", "字体", "http://", "https://", "www."} {
		if strings.Contains(t, w) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("•·●◆■□▪-*>|", r)
}

// sameTitle reports whether two titles name the same plan: equal once
// spaces, punctuation and bracketed notes such as (参考) are dropped, or
// one contained in the other (江苏省2013年全省科技工作要点 and
// 2013年全省科技工作要点).
func sameTitle(a, b string) bool {
	a, b = titleKey(a), titleKey(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

func titleKey(s string) string {
	var out strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '（' || r == '(' || r == '【' || r == '[':
			depth++
		case r == '）' || r == ')' || r == '】' || r == ']':
			depth = max(depth-1, 0)
		case depth == 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			out.WriteRune(r)
		}
	}
	return out.String()
}

// orgSuffixes end the names of issuing bodies.
var orgSuffixes = []string{"局", "厅", "廳", "委", "委员会", "委員會", "政府", "办公室", "辦公室", "办公厅", "辦公廳", "部", "院", "中心", "协会", "協會", "科协", "管委会", "管委會", "领导小组", "領導小組", "公司", "处", "處", "站", "所"}

// orgLike reports whether a line is the name of an issuing body alone:
// 湘西自治州科学技术局.
func orgLike(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 3 || n > 30 || strings.ContainsAny(t, "。！？；;：:，,“”\"") {
		return false
	}
	for _, w := range titleWords {
		if strings.Contains(t, w) {
			return false
		}
	}
	for _, s := range orgSuffixes {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

var (
	docNumber = lazyregexp.New(`^[\p{Han}A-Za-z×＊*]{1,16}\s*[〔\[［【(（]\s*[0-9]{4}\s*[〕\]］】)）]\s*[0-9]{1,4}\s*[号號]$`)
)

// metaLine reads a line after the title that is meta data — the issuing
// body, the document number, the date, the recipients — and reports
// whether it was one.
func (b *builder) metaLine(p para) bool {
	meta := &b.d.Meta
	t := docmodel.CleanLine(p.text)
	if p.rows != nil || p.auto != nil || p.level > 0 || t == "" {
		return false
	}
	date := dateLine(t)
	switch {
	case docNumber.MatchString(t) && meta.Number == "":
		meta.Number = t
	case date != "" && meta.Date == "":
		meta.Date = date
	case orgLike(t) && (meta.Issuer == "" || meta.Issuer == t):
		meta.Issuer = t
	case recipientsLine(t) && len(meta.Recipients) == 0:
		meta.Recipients = splitRecipients(t)
	default:
		return false
	}
	return true
}

// recipientsLine reports whether a line addresses the bodies a document
// is sent to: 各县（市、区）科技局，市直有关单位：.
func recipientsLine(t string) bool {
	return utf8.RuneCountInString(t) <= 100 && strings.HasPrefix(t, "各") &&
		(strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && !strings.ContainsAny(t, "。！？")
}

// signature reads the issuing body and date that close a document (the
// 落款) — one body or two signing together, each on its line, over the
// date, and notes in brackets such as （此件公开发布） under it — and
// returns the paragraphs without the body and the date.
func (b *builder) signature(paras []para) []para {
	meta := &b.d.Meta
	end := len(paras)
	for end > 0 && end > len(paras)-2 && paras[end-1].rows == nil && bracketNote(docmodel.CleanLine(paras[end-1].text)) {
		end--
	}
	n := end
	if n < 2 || paras[n-1].rows != nil || paras[n-1].auto != nil {
		return paras
	}
	date := dateLine(docmodel.CleanLine(paras[n-1].text))
	if date == "" || meta.Date != "" && meta.Date != date {
		return paras
	}
	meta.Date = date
	n--
	var orgs []string
	for n > 0 && len(orgs) < 2 && paras[n-1].rows == nil && paras[n-1].auto == nil && signer(docmodel.CleanLine(paras[n-1].text)) {
		orgs = append([]string{docmodel.CleanLine(paras[n-1].text)}, orgs...)
		n--
	}
	if org := strings.Join(orgs, " "); org != "" && (meta.Issuer == "" || meta.Issuer == org) {
		meta.Issuer = org
	} else {
		n += len(orgs) // another body's name, or none: the lines stay
	}
	return append(paras[:n:n], paras[end:]...)
}

// dateLine returns a line that is only a date (2024年1月5日, 2024-01-05,
// 二〇二四年一月五日) as YYYY-MM-DD, or "".
func dateLine(t string) string {
	if d, ok := parseDate(t); ok {
		return d
	}
	if d, ok := parseDate(arabicDate(t)); ok {
		return d
	}
	return ""
}

// arabicDate rewrites a date in Chinese numerals with Arabic digits:
// 二〇二四年一月五日 → 2024年1月5日.
func arabicDate(t string) string {
	year, rest, ok := strings.Cut(t, "年")
	if !ok || utf8.RuneCountInString(year) != 4 {
		return t
	}
	y := plantext.Year(year + "年")
	if y == 0 || strings.ContainsAny(year, "0123456789０１２３４５６７８９") {
		return t
	}
	var b strings.Builder
	b.WriteString(strconv.Itoa(y) + "年")
	month, day, ok := strings.Cut(rest, "月")
	if !ok {
		return t
	}
	day = strings.TrimSuffix(day, "日")
	m, okM := smallNumeral(month)
	dd, okD := smallNumeral(day)
	if !okM || !okD {
		return t
	}
	return b.String() + strconv.Itoa(m) + "月" + strconv.Itoa(dd) + "日"
}

// smallNumeral reads 一 to 三十一 in Chinese numerals.
func smallNumeral(s string) (int, bool) {
	if _, err := strconv.Atoi(s); err == nil {
		return 0, false
	}
	n, ok := plantext.ParseCount(s)
	return n, ok && n <= 31 && s != "两" && s != "兩"
}

// titleFromLabel takes the title a site's information table states
// (名称：…, 标题：…) when the text gives none of its own. The catalogue of
// a government site names each document by its title; a notice's title is
// not the plan's, so only the name of a plan is taken.
func (b *builder) titleFromLabel() {
	meta := &b.d.Meta
	t := bareTitle(b.labelTitle)
	if meta.Title != "" || t == "" || !endsTitle(t) || strings.HasSuffix(t, "通知") || strings.HasSuffix(t, "通告") {
		return
	}
	meta.Title = t
	if meta.Year == 0 {
		meta.Year = plantext.TitleYear(t)
	}
}
