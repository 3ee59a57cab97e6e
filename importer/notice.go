package importer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
)

// noticeTitle matches the title of a notice that issues a document:
// X关于印发《Y》的通知, X关于转发Y的通知, in Simplified or Traditional
// script.
var noticeTitle = lazyregexp.New(`^(.*?)(?:关|關)(?:于|於)(印发|转发|批转|下发|颁发|发布|贯彻落实|贯彻执行|印發|轉發|批轉|下發|頒發|發布|貫徹落實|貫徹執行)(.+?)的(?:通知|通告)$`)

// carryingOut are the verbs of a notice that carries out another's
// document rather than issuing a plan: its own text is the plan.
var carryingOut = []string{"贯彻落实", "贯彻执行", "貫徹落實", "貫徹執行"}

// noticeScan is how many paragraphs at the start are searched for a
// notice's title, and noticeMax how many paragraphs a notice may run to.
const (
	noticeScan = 16
	noticeMax  = 40
)

// joinedTitle returns the title that starts at paras[i], joined with up to
// two following lines when a title was broken over lines
// (…关于印发 / 2022年…工作要点的通知), and how many paragraphs it takes.
// A line joins the title only if the title so far does not end in a word
// that ends titles and neither line is a sentence.
func joinedTitle(paras []para, i int, want func(string) bool) (string, int) {
	t := docmodel.CleanLine(paras[i].text)
	if want(t) {
		return t, 1
	}
	joined := t
	for k := 1; k <= 2 && i+k < len(paras); k++ {
		p := paras[i+k]
		next := docmodel.CleanLine(p.text)
		if !titlePiece(paras[i+k-1]) || !titlePiece(p) || endsTitle(joined) || repeatsPiece(joined, next) {
			break
		}
		joined += next
		if utf8.RuneCountInString(joined) > 2*titleMaxRunes {
			break
		}
		if want(joined) {
			return joined, k + 1
		}
	}
	return "", 0
}

// repeatsPiece reports whether a line repeats the start of the title
// read so far, or the title so far its start (晋江市教育意见范文 over
// 晋江市教育意见): the lines of one title broken over lines continue it
// and never say it again, so these are two copies of a title, a page's
// and the document's.
func repeatsPiece(joined, next string) bool {
	a, b := squeeze(joined), squeeze(next)
	return a != "" && b != "" && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

// titlePiece reports whether a paragraph may be part of a title broken
// over lines: short text, not numbered, not a sentence.
func titlePiece(p para) bool {
	t := docmodel.CleanLine(p.text)
	n := utf8.RuneCountInString(t)
	return p.rows == nil && p.auto == nil && n > 0 && n <= titleMaxRunes && readItem(p).mark == nil &&
		!strings.ContainsAny(t, "。！？；;，,：:") && !bracketNote(t) && dateLine(t) == "" && hasHan(t)
}

// endsTitle reports whether a line ends in a word that ends titles.
func endsTitle(t string) bool {
	for _, w := range []string{"通知", "要点", "要點", "计划", "計劃", "方案", "意见", "意見", "安排", "规划", "規劃", "报告", "報告", "总结", "總結", "通告", "决定", "決定", "分工表", "一览表", "清单"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// notice reads the notice that issues a plan, when the document opens with
// one: its title, 文号, 主送机关, text, 发文机关署名, 成文日期 and 附件 list.
// A copy may lack the notice's title and open with its number or its
// recipients; the notice then needs its signature to be read as one. The
// notice goes to the document's Notice and Meta, never to the outline. It
// returns the paragraphs of the plan, from the plan's own title (or,
// failing that, its first paragraph), and the plan's name as the notice
// gives it.
func (b *builder) notice(paras []para) ([]para, string) {
	ti, size, title := -1, 0, ""
	isTitle := func(t string) bool {
		return (strings.HasSuffix(t, "通知") || strings.HasSuffix(t, "通告") || strings.HasSuffix(t, "》")) && noticeTitle.MatchString(bareTitle(t))
	}
	for i, p := range paras[:min(len(paras), noticeScan)] {
		if t := docmodel.CleanLine(p.text); p.rows == nil && isTitle(t) {
			ti, size, title = i, 1, bareTitle(t)
			break
		}
	}
	// A title broken over lines ends, a line or two further, in 通知.
	broken := false
	for _, p := range paras[:min(len(paras), noticeScan+2)] {
		broken = broken || strings.Contains(p.text, "通知") || strings.Contains(p.text, "通告")
	}
	for i := range paras[:min(len(paras), noticeScan)] {
		if ti >= 0 || !broken {
			break
		}
		if t, k := joinedTitle(paras, i, isTitle); k > 0 {
			ti, size, title = i, k, bareTitle(t)
		}
	}
	if ti < 0 {
		// No title: the notice opens with its number or its recipients.
		for i, p := range paras[:min(len(paras), noticeScan)] {
			if t := docmodel.CleanLine(p.text); p.rows == nil && (docNumber.MatchString(t) || addressLine(t)) {
				ti = i
				break
			}
		}
	}
	if ti < 0 {
		return paras, ""
	}
	meta := &b.d.Meta
	// Until the notice is known to end, what it read can be undone.
	saved, preamble, aside := *meta, len(b.d.Preamble), len(b.setAside)
	n := &docmodel.Notice{Title: title}
	name := ""
	if m := noticeTitle.FindStringSubmatch(title); m != nil {
		if org := docmodel.CleanLine(m[1]); orgName(org) {
			meta.Issuer = org
		}
		name = planName(m[3])
		if slices.Contains(carryingOut, m[2]) {
			return b.noticeIsPlan(paras, ti, size, title)
		}
	}
	// What stands before the notice: its number, or text the importer
	// keeps in the preamble.
	for _, p := range paras[:ti] {
		t := docmodel.CleanLine(p.text)
		switch {
		case docNumber.MatchString(t) && meta.Number == "":
			meta.Number = t
		case letterhead(t):
			b.letterhead(p, t)
		default:
			b.addPreamble(p)
		}
	}
	j := ti + size
	signed, attaching, abandon := false, false, false
	start := -1 // where the plan starts
	for ; j < len(paras) && j < ti+size+noticeMax; j++ {
		p := paras[j]
		t := docmodel.CleanLine(p.text)
		if p.rows != nil || p.level > 0 && !signed && len(n.Body) > 0 {
			start = j
			break
		}
		if t == "" || title != "" && titleKey(bareTitle(t)) == titleKey(title) || t == meta.Number {
			continue // a copy's repeated title or number
		}
		if jt, k := joinedTitle(paras, j, isTitle); k > 1 && title != "" && !docNumber.MatchString(t) && titleKey(bareTitle(jt)) == titleKey(title) {
			// The title repeated under a page's own title, broken over
			// lines as official titles are set.
			j += k - 1
			continue
		}
		if k := planTitleAt(paras, j, name); k > 0 && (signed || len(n.Body) > 0 || attaching) {
			start = j
			break
		}
		it := readItem(p)
		switch {
		case docNumber.MatchString(t) && meta.Number == "" && len(n.Body) == 0:
			meta.Number = t
		case len(meta.Recipients) == 0 && len(n.Body) == 0 && addressLine(t):
			meta.Recipients = splitRecipients(t)
		case attachmentLabel.MatchString(t):
			attaching = true
			if rest := attachmentLabel.ReplaceAllString(t, ""); rest != "" {
				n.Attachments = append(n.Attachments, attachmentName(rest))
			}
		case attaching && attachmentItem.MatchString(t):
			n.Attachments = append(n.Attachments, attachmentName(t))
		case attachmentPage.MatchString(t):
			// 附件 or 附件1 over the attachment: the plan follows.
			attaching = true
		case dateLine(t) != "":
			// The date under the signature, or under the title.
			if meta.Date == "" || len(n.Body) > 0 {
				meta.Date = dateLine(t)
			}
			signed = len(n.Body) > 0
		case len(n.Body) > 0 && signer(t) && signatureDate(paras, j+1) > 0:
			// The signature is the issuing body as it signs; notes such
			// as （中国科协办公厅代章） may stand between it and the date.
			k := signatureDate(paras, j+1)
			meta.Issuer = t
			meta.Date = dateLine(docmodel.CleanLine(paras[k].text))
			for _, q := range paras[j+1 : k] {
				n.Body = append(n.Body, docmodel.CleanLine(q.text))
			}
			signed = true
			j = k
		case signed && (it.mark != nil || isProse(t) || titleLike(p)) && !bracketNote(t):
			// After the signature: the plan, without a title of its own.
			start = j
		case it.mark != nil && len(n.Body) > 0:
			// The plan follows the notice's text without a title.
			start = j
		case it.mark != nil:
			// A numbered paragraph before any text: the title names a
			// plan that follows it, not a notice.
			abandon = true
		default:
			attaching = false
			n.Body = append(n.Body, t)
			if name == "" {
				name = issuedName(t)
			}
		}
		if start >= 0 || abandon {
			break
		}
	}
	if start < 0 {
		if !signed || abandon || j >= len(paras) {
			// No signature and no plan after the text: not a notice
			// the importer can read apart from the plan.
			*meta = saved
			b.d.Preamble, b.setAside = b.d.Preamble[:preamble], b.setAside[:aside]
			return paras, ""
		}
		start = j
	}
	if title == "" && !signed {
		// Without its title, a notice shows itself by its signature.
		*meta = saved
		b.d.Preamble, b.setAside = b.d.Preamble[:preamble], b.setAside[:aside]
		return paras, ""
	}
	if len(n.Attachments) == 0 && name != "" {
		n.Attachments = []string{name}
	}
	b.d.Notice = n
	return paras[start:], name
}

// noticeIsPlan reads a notice that carries out another's document
// (关于贯彻落实《…》的通知): its own text is the plan, so its title is the
// title; its number and recipients, on the lines after the title, go to
// Meta. It returns the paragraphs of the text.
func (b *builder) noticeIsPlan(paras []para, ti, size int, title string) ([]para, string) {
	meta := &b.d.Meta
	for _, p := range paras[:ti] {
		b.addPreamble(p)
	}
	j := ti + size
	for ; j < len(paras) && j < ti+size+3; j++ {
		t := docmodel.CleanLine(paras[j].text)
		switch {
		case paras[j].rows != nil:
		case docNumber.MatchString(t) && meta.Number == "":
			meta.Number = t
			continue
		case addressLine(t) && len(meta.Recipients) == 0:
			meta.Recipients = splitRecipients(t)
			continue
		}
		break
	}
	b.d.Notice = &docmodel.Notice{Title: title}
	return paras[j:], title
}

// letterhead reports whether a line is the 版头 over a notice: the
// issuing body's name and 文件, 鞍山市立山区人民政府文件.
func letterhead(t string) bool {
	return strings.HasSuffix(t, "文件") && utf8.RuneCountInString(t) <= 30 && !strings.ContainsAny(t, "。，,：:《")
}

// letterhead takes the issuing body a 版头 names, unless the document
// named one already. A letterhead of the issuer (in full or not: 鞍山市
// 立山区人民政府文件 over 立山区人民政府) is then the layout's, 文件 under
// the body's name, and nothing of it is lost; any other stays in the
// preamble.
func (b *builder) letterhead(p para, t string) {
	org := strings.TrimSpace(strings.TrimSuffix(t, "文件"))
	if b.d.Meta.Issuer == "" && orgName(org) {
		b.d.Meta.Issuer = org
	}
	if is := b.d.Meta.Issuer; is == "" || !strings.Contains(org, is) && !strings.Contains(is, org) {
		b.addPreamble(p)
	}
}

// signatureDate returns the index of the date that closes a signature
// whose body's name stands just before paras[j], past any notes in
// brackets, or 0.
func signatureDate(paras []para, j int) int {
	for k := j; k < len(paras) && k < j+3; k++ {
		t := docmodel.CleanLine(paras[k].text)
		switch {
		case dateLine(t) != "":
			return k
		case !bracketNote(t):
			return 0
		}
	}
	return 0
}

// numberPrefix is a document number that opens a line.
var numberPrefix = lazyregexp.New(`^[\p{Han}A-Za-z]{1,16}\s*[〔\[［【(（]\s*[0-9]{4}\s*[〕\]］】)）]\s*[0-9]{1,4}\s*[号號]\s*`)

// statusPrefix is a site's note on a document's validity before its
// title: (失效), 【现行有效】.
var statusPrefix = lazyregexp.New(`^[（(【\[［][^）)】\]］]{1,6}[）)】\]］]\s*`)

// bareTitle is a title as a web page may show it, without a note on its
// validity and the document number before it and the 《》 around it:
// 京政办发〔2016〕26号《…的通知》.
func bareTitle(t string) string {
	if loc := statusPrefix.FindStringIndex(t); loc != nil && loc[1] < len(t) {
		t = strings.TrimSpace(t[loc[1]:]) // (失效), 【有效】
	}
	if loc := numberPrefix.FindStringIndex(t); loc != nil && loc[1] < len(t) {
		t = strings.TrimSpace(t[loc[1]:])
	}
	if strings.HasPrefix(t, "《") && strings.HasSuffix(t, "》") {
		t = strings.TrimSuffix(strings.TrimPrefix(t, "《"), "》")
	}
	return t
}

// issuingVerbs follow the name of the plan a notice issues: 现将《X》印发
// 给你们, 《X》已经市政府同意，现印发给你们.
var issuingVerbs = []string{"印发给", "印發給", "转发给", "轉發給", "印发你", "印發你", "转发你", "轉發你", "已经", "已經", "印发", "印發", "转发", "轉發"}

// issuedName returns the name of the plan a paragraph of a notice issues:
// the last 《》 before the words that issue it, or "".
func issuedName(t string) string {
	for _, v := range issuingVerbs {
		i := strings.Index(t, v)
		if i < 0 {
			continue
		}
		before := t[:i]
		open := strings.LastIndex(before, "《")
		end := strings.LastIndex(before, "》")
		if open < 0 || end < open {
			continue
		}
		if name := docmodel.CleanLine(before[open+len("《") : end]); name != "" && !strings.HasSuffix(name, "通知") {
			return name
		}
	}
	return ""
}

var (
	// attachmentItem is a numbered line of an attachment list; the number
	// may run into a year (1.2024年…工作要点).
	attachmentItem  = lazyregexp.New(`^[0-9０-９]{1,2}\s*[.．、]\s*[^0-9０-９.．]|^[0-9０-９]{1,2}\s*[.．、]\s*[0-9０-９]{4}\s*年`)
	attachmentLabel = lazyregexp.New(`^附\s*件\s*[0-9０-９]*\s*[:：]\s*`)
	attachmentPage  = lazyregexp.New(`^附\s*件\s*[0-9０-９一二三四五六七八九]*\s*$`)
)

// attachmentName is an attachment as listed, without its number and the
// 《》 around it.
func attachmentName(s string) string {
	if loc := attachmentItem.FindStringIndex(s); loc != nil {
		s = strings.TrimLeft(s, "0123456789０１２３４５６７８９")
		s = strings.TrimLeft(strings.TrimSpace(s), ".．、")
	}
	return docmodel.CleanLine(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "《"), "》"))
}

// planName is the name of the plan a notice issues: what stands inside
// 《》 (or 〈〉 inside a title that is itself in 《》), or the words after
// 印发 when there are none.
func planName(s string) string {
	for _, q := range [][2]string{{"《", "》"}, {"〈", "〉"}} {
		if i := strings.Index(s, q[0]); i >= 0 {
			if j := strings.Index(s[i:], q[1]); j > 0 {
				return docmodel.CleanLine(s[i+len(q[0]) : i+j])
			}
		}
	}
	return docmodel.CleanLine(s)
}

// planTitleAt returns how many paragraphs from paras[j] hold the plan's
// own title — the name the notice gives, on a line of its own, broken over
// lines or not — or 0.
func planTitleAt(paras []para, j int, name string) int {
	if name == "" || !titlePiece(paras[j]) {
		return 0
	}
	key := titleKey(name)
	same := func(t string) bool {
		k := titleKey(t)
		return k == key || sameTitle(t, name) && endsTitle(t) && abs(utf8.RuneCountInString(k)-utf8.RuneCountInString(key)) <= 6
	}
	_, k := joinedTitle(paras, j, same)
	return k
}

// bracketNote reports whether a line is a note in brackets, such as
// （此件公开发布） under a signature.
func bracketNote(t string) bool {
	return (strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")) && (strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")")) && utf8.RuneCountInString(t) <= 40
}

// addressLine reports whether a line names the bodies a notice is sent to:
// 各县（市、区）人民政府，市政府各部门：.
func addressLine(t string) bool {
	if recipientsLine(t) {
		return true
	}
	if utf8.RuneCountInString(t) > 100 || !(strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) || strings.ContainsAny(t, "。！？") {
		return false
	}
	for _, r := range splitRecipients(t) {
		if !orgName(r) && !recipientEnd(r) {
			return false
		}
	}
	return true
}

// recipientEnds end the names of recipients that are not single bodies:
// 各有关单位, 立山经济开发区, 各乡镇.
var recipientEnds = []string{"单位", "單位", "部门", "部門", "机构", "機構", "开发区", "開發區", "园区", "園區", "街道", "乡镇", "鄉鎮", "高校", "学校", "學校", "企业", "企業", "学会", "學會", "协会", "協會", "科协", "科協", "成员单位"}

func recipientEnd(r string) bool {
	for _, w := range recipientEnds {
		if strings.HasSuffix(r, w) {
			return true
		}
	}
	return false
}

// splitRecipients splits a line of recipients, as
// plantext.SplitRecipients does, and cleans each.
func splitRecipients(t string) []string {
	var out []string
	for _, r := range plantext.SplitRecipients(t) {
		if r = docmodel.CleanLine(r); r != "" {
			out = append(out, r)
		}
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// hasHan reports whether s holds a Chinese character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
