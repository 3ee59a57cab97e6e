package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
)

// debrisLabels open the publication data a web page prints around a
// document: 发布时间：…, 来源：…, 浏览次数：…, and the rows of a government
// site's information table (索引号, 主题分类, 发文字号 …).
var debrisLabels = lazyregexp.New(`^[•·\s]*[【\[［]?\s*(发布时间|发布日期|發布時間|發布日期|发布|發布|更新时间|来源|來源|信息来源|文章来源|稿件来源|浏览次数|阅读次数|点击数|点击次数|访问次数|瀏覽次數|閱讀次數|作者|编辑|责任编辑|編輯|字号|字體|字体|分享到|索引号|索引號|主题分类|主題分類|有效性|公开方式|公开范围|发布机构|發布機構|发文机关|發文機關|发文单位|發文單位|发文字号|發文字號|文号|文號|成文日期|发文日期|生效日期|废止日期|所属机构|组配分类|体裁分类|标题|標題|名称|名稱|主题词|主題詞|关键词|關鍵詞|發佈日期|发文时间)\s*[:：]`)

// labelOnly matches a label of publication data standing alone on its
// line, its value on the next: 索 引 號:.
var labelOnly = lazyregexp.New(`^[•·]?[\p{Han}]{2,5}[:：]$`)

var (
	webAddress = lazyregexp.New(`^(https?://|www\.)\S*$`)
	// postedAt is the time a page was posted: 2019-04-29 16:55:00.
	postedAt = lazyregexp.New(`^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$`)
)

// squeeze removes the spaces inside a line, which web pages put into
// labels to align them (標  題:).
func squeeze(t string) string {
	if !strings.ContainsAny(t, " \t\u3000") {
		return t
	}
	return strings.Join(strings.Fields(t), "")
}

// debrisTokens are the links and buttons of a web page, which a copied
// page keeps as text: a line made only of these is furniture.
var debrisTokens = []string{
	"打印本页", "打印本頁", "关闭窗口", "關閉窗口", "打印", "关闭", "關閉", "转发", "轉發", "收藏", "分享到", "分享",
	"返回顶部", "返回頂部", "返回", "顶部", "上一篇", "下一篇", "扫一扫在手机打开当前页", "扫一扫", "微信", "微博", "QQ空间",
	"大", "中", "小", "字号", "字体", "默认", "全文", "正文", "我要投稿", "投稿", "资源描述", "资源预览内容", "温馨提示", "【", "】", "[", "]", "［", "］", "：", ":", "|", "丨", "/", "•", "·",
}

// leadInPhrases end an article's lead-in to the document it reposts:
// 近日，市科技局印发《…》，全文如下：.
var leadInPhrases = []string{"全文如下", "原文如下", "内容如下", "詳情如下", "全文見附件", "供大家参考", "供大家參考", "小编为大家", "小編為大家", "欢迎阅读", "歡迎閱讀"}

// siteWords are what a document-sharing site says about its copies
// (本文档由用户上传, 该文档总共4页, 由会员分享); a short line with one of
// them is the site's, not the document's.
var siteWords = []string{"本站", "本文档", "该文档", "此文档", "本文檔", "該文檔", "会员分享", "會員分享", "珍藏版", "版权归属", "版權歸屬",
	"下载前请", "文件下载后", "联系客服", "網站客服", "网站客服", "欢迎访问", "歡迎訪問"}

// pageCount is a viewer's page counter: 第1页 / 共4页.
var pageCount = lazyregexp.New(`^第\s*[0-9]+\s*页\s*[/／]?\s*共\s*[0-9]+\s*页$`)

// infoLabels are the labels of a government site's information table,
// which a copy may keep without their colons: 索 引 号 文号, 标题 …, 有效性 有效.
var infoLabels = lazyregexp.New(`^(?:索\s*引\s*[号號]|发\s*布\s*机\s*构|發\s*布\s*機\s*構|生\s*成\s*日\s*期|有\s*效\s*性|内\s*容\s*概\s*述|主\s*题\s*分\s*类|标\s*题|標\s*題|文\s*[号號]|成\s*文\s*日\s*期|发\s*文\s*字\s*号)(?:\s|$)`)

// dateStamp is a page's 时间：2022-01-24 line.
var dateStamp = lazyregexp.New(`^[•·\s]*(?:时间|日期|時間)\s*[:：]\s*[0-9]{4}`)

// debrisMaxRunes is the longest line taken for debris.
const debrisMaxRunes = 160

// isPageDebris reports whether a paragraph is web-page furniture that
// stands apart from the document: a breadcrumb, publication data, a row of
// links and buttons, or an information table. near tells whether the
// paragraph is in the opening, where an article's lead-in may stand.
func isPageDebris(p para, opening bool) bool {
	if p.rows != nil {
		return infoTable(p.rows)
	}
	if len(p.text) > 3*debrisMaxRunes || p.level > 0 {
		return false // longer than any debris, whatever its script
	}
	t := docmodel.CleanLine(p.text)
	n := utf8.RuneCountInString(t)
	if t == "" || n > debrisMaxRunes {
		return false
	}
	for _, w := range []string{"当前位置", "您的位置", "您现在的位置", "所在位置", "當前位置", "您的位置"} {
		if strings.HasPrefix(strings.TrimLeft(t, "【[［ "), w) {
			return true
		}
	}
	if (strings.HasPrefix(t, "首页") || strings.HasPrefix(t, "首頁")) && strings.ContainsAny(t, ">＞»›") {
		return true
	}
	if !strings.ContainsAny(t, "。！？") && (debrisLabels.MatchString(squeeze(t)) || webAddress.MatchString(t) || postedAt.MatchString(t) ||
		onlyTokens(t) || pageCount.MatchString(t) || opening && dateStamp.MatchString(t) || infoLabels.MatchString(t)) {
		return true
	}
	if n <= 120 {
		for _, w := range siteWords {
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	if opening && n <= 120 {
		for _, w := range leadInPhrases {
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	return false
}

// onlyTokens reports whether t is made of nothing but link and button
// words (【打印】【关闭】, 分享到： 微信 微博) with at least one of the
// longer ones.
func onlyTokens(t string) bool {
	rest := strings.Join(strings.Fields(t), "")
	found := false
	for rest != "" {
		took := false
		for _, w := range debrisTokens {
			if strings.HasPrefix(rest, w) {
				rest = rest[len(w):]
				took = true
				found = found || utf8.RuneCountInString(w) >= 2
				break
			}
		}
		if !took {
			return false
		}
	}
	return found
}

// infoTable reports whether a table is a government site's information
// table (索引号 | … | 发文字号 | …) rather than part of the document.
func infoTable(rows [][]string) bool {
	for _, row := range rows[:min(len(rows), 2)] {
		for _, c := range row {
			c = strings.TrimSpace(c)
			for _, w := range []string{"索引号", "索引號", "主题分类", "主題分類", "发文字号", "發文字號", "发布机构", "發布機構"} {
				if strings.HasPrefix(c, w) {
					return true
				}
			}
		}
	}
	return false
}

// setAsideDebris takes web-page furniture out of the paragraphs: what it
// states about the document (发文机关, 发文字号, 成文日期) goes to the meta
// data, and the lines themselves to the import report. A lead-in is only
// looked for before the first numbered paragraph.
func (b *builder) setAsideDebris(paras []para) []para {
	out := paras[:0:0]
	opening := true
	skip := -1
	crumbs := breadcrumbList(paras)
	tocFrom, tocTo := contentsList(paras)
	for k, p := range paras {
		if k == skip {
			continue
		}
		if k < crumbs || k >= tocFrom && k < tocTo {
			b.setAside = append(b.setAside, docmodel.CleanLine(p.text))
			continue
		}
		if opening && (p.rows != nil || readItem(p).mark != nil) && !infoTableRows(p) {
			opening = false
		}
		if loc := summaryLabel.FindStringIndex(p.text); loc != nil && p.rows == nil && k+1 < len(paras) && repeatsOpening(paras[k+1], out) {
			// A document-sharing site's 摘要： and the text's start run
			// together under it, to the end of the page: official
			// documents have no summary of their own, and the text does
			// not resume after the site's. Joining wrapped lines may have
			// put the label at the end of the paragraph before.
			if before := strings.TrimRight(p.text[:loc[0]], " \u3000\t"); strings.TrimSpace(before) != "" {
				p.text = before
				var bold [][2]int
				for _, r := range p.bold {
					if r[0] < len(before) {
						bold = append(bold, [2]int{r[0], min(r[1], len(before))})
					}
				}
				p.bold = bold
				out = append(out, p)
			}
			for _, q := range paras[k:] {
				b.setAside = append(b.setAside, docmodel.CleanLine(q.text))
			}
			break
		}
		if !isPageDebris(p, opening) {
			out = append(out, p)
			continue
		}
		if p.rows != nil {
			for _, row := range p.rows {
				b.labelledPairs(cellsLine(row))
				for i := 0; i+1 < len(row); i++ {
					b.labelledPairs(strings.TrimSpace(row[i]) + "：" + strings.TrimSpace(row[i+1]))
				}
				if line := cellsLine(row); line != "" {
					b.setAside = append(b.setAside, line)
				}
			}
			continue
		}
		t := docmodel.CleanLine(p.text)
		b.labelledPairs(squeeze(t))
		b.setAside = append(b.setAside, t)
		if labelOnly.MatchString(squeeze(t)) && k+1 < len(paras) && paras[k+1].rows == nil {
			// The label's value stands on the next line.
			v := docmodel.CleanLine(paras[k+1].text)
			b.labelledPairs(squeeze(t) + v)
			b.setAside = append(b.setAside, v)
			skip = k + 1
		}
	}
	return out
}

// summaryLabel is the label a document-sharing site puts over its summary
// of a copy, 摘要：, ending a paragraph.
var summaryLabel = lazyregexp.New(`(?:摘要|内容摘要|內容摘要)\s*[:：]\s*$`)

// summaryKeyRunes is how many runes of a summary must repeat the text's
// start for the summary to be taken for the site's.
const summaryKeyRunes = 10

// repeatsOpening reports whether a paragraph starts as the text kept so
// far starts, spaces aside: a site's summary, which repeats the start.
func repeatsOpening(p para, kept []para) bool {
	if p.rows != nil || len(kept) == 0 {
		return false
	}
	key := []rune(squeeze(docmodel.CleanLine(p.text)))
	start := []rune(squeeze(docmodel.CleanLine(kept[0].text)))
	if len(key) < summaryKeyRunes || len(start) < summaryKeyRunes {
		return false
	}
	return string(key[:summaryKeyRunes]) == string(start[:summaryKeyRunes])
}

// breadcrumbMaxRunes is the longest item of a breadcrumb written as a
// numbered list: a site's or a column's name.
const breadcrumbMaxRunes = 12

// breadcrumbList returns how many paragraphs at the start are a page's
// breadcrumb copied as a numbered list (1. 某某网首页 / 2. 栏目): it
// starts with the site's home link, and every item is a short name with
// no punctuation. It returns 0 when the text does not start so.
func breadcrumbList(paras []para) int {
	n := 0
	for _, p := range paras {
		it := readItem(p)
		name := strings.TrimSpace(it.rest)
		if p.rows != nil || it.mark == nil || name == "" || utf8.RuneCountInString(name) > breadcrumbMaxRunes ||
			strings.ContainsFunc(name, unicode.IsPunct) {
			break
		}
		if n == 0 && !strings.HasSuffix(name, "首页") && !strings.HasSuffix(name, "首頁") {
			return 0
		}
		n++
	}
	return n
}

// contentsLabel is the line that opens a table of contents a page puts
// before a long text: 提纲, 目录.
var contentsLabel = lazyregexp.New(`^(?:提\s*纲|提\s*綱|目\s*录|目\s*錄)\s*[:：]?$`)

// contentsList finds a table of contents before the text — a 提纲 or 目录
// line and the numbered headings under it — and returns the paragraphs it
// spans, from and to. It is taken only when the text repeats its first
// heading later, so that a plan's own short list is never lost. It
// returns 0, 0 when there is none.
func contentsList(paras []para) (from, to int) {
	for i, p := range paras {
		if p.rows != nil || !contentsLabel.MatchString(docmodel.CleanLine(p.text)) {
			continue
		}
		j := i + 1
		for j < len(paras) && paras[j].rows == nil && readItem(paras[j]).mark != nil && !endsSentence(paras[j].text) {
			j++
		}
		if j == i+1 {
			return 0, 0
		}
		first := docmodel.CleanLine(paras[i+1].text)
		for _, later := range paras[j:] {
			if later.rows == nil && docmodel.CleanLine(later.text) == first {
				return i, j
			}
		}
		return 0, 0
	}
	return 0, 0
}

func infoTableRows(p para) bool {
	return p.rows != nil && infoTable(p.rows)
}

// cellsLine is a table row on one line, cells separated by " | ".
func cellsLine(row []string) string {
	var cells []string
	for _, c := range row {
		if c = docmodel.CleanLine(c); c != "" {
			cells = append(cells, c)
		}
	}
	return strings.Join(cells, " | ")
}

// metaLabel finds the labels of the meta data a web page states.
var metaLabel = lazyregexp.New(`(发布机构|發布機構|发文机关|發文機關|发文单位|發文單位|发文字号|發文字號|文号|文號|成文日期|发文日期|發文日期|索引号|索引號|主题分类|主題分類|发布日期|發布日期|發佈日期|发布时间|來源|来源|有效性|标题|標題|名称|名稱)\s*[:：]\s*`)

// labelledPairs takes the meta data a line of publication data states —
// 发文机关：…, 发文字号：…, 成文日期：…, several to a line — unless the
// document stated it already.
func (b *builder) labelledPairs(line string) {
	meta := &b.d.Meta
	locs := metaLabel.FindAllStringSubmatchIndex(line, -1)
	for i, loc := range locs {
		end := len(line)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		label := line[loc[2]:loc[3]]
		value := docmodel.CleanLine(strings.Trim(line[loc[1]:end], " \u3000\t|丨"))
		if value == "" || strings.Contains(value, "：") {
			continue
		}
		switch label {
		case "成文日期", "发文日期", "發文日期":
			if d := dateLine(value); d != "" && meta.Date == "" {
				meta.Date = d
			}
		case "文号", "文號", "发文字号", "發文字號":
			if meta.Number == "" && docNumberish(value) {
				meta.Number = value
			}
		case "发布机构", "發布機構", "发文机关", "發文機關", "发文单位", "發文單位":
			if meta.Issuer == "" {
				meta.Issuer = value
			}
		case "名称", "名稱", "标题", "標題":
			if b.labelTitle == "" {
				b.labelTitle = value
			}
		}
	}
}

// docNumberish reports whether a value reads as a document number: it
// holds a bracketed year and ends in 号.
func docNumberish(s string) bool {
	return (strings.HasSuffix(s, "号") || strings.HasSuffix(s, "號")) && strings.ContainsAny(s, "〔[［【(（")
}
