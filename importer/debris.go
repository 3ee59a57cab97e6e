package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
)

// debrisLabels open the publication data a web page prints around a
// document: 发布时间：…, 来源：…, 浏览次数：…, and the rows of a government
// site's information table (索引号, 主题分类, 发文字号 …).
var debrisLabels = regexp.MustCompile(`^[•·\s]*[【\[［]?\s*(发布时间|发布日期|發布時間|發布日期|更新时间|来源|來源|信息来源|文章来源|稿件来源|浏览次数|阅读次数|点击数|点击次数|访问次数|瀏覽次數|閱讀次數|作者|编辑|责任编辑|編輯|字号|字體|字体|分享到|索引号|索引號|主题分类|主題分類|有效性|公开方式|公开范围|发布机构|發布機構|发文机关|發文機關|发文单位|發文單位|发文字号|發文字號|文号|文號|成文日期|发文日期|生效日期|废止日期|所属机构|组配分类|体裁分类)\s*[:：]`)

// debrisTokens are the links and buttons of a web page, which a copied
// page keeps as text: a line made only of these is furniture.
var debrisTokens = []string{
	"打印本页", "打印本頁", "关闭窗口", "關閉窗口", "打印", "关闭", "關閉", "转发", "轉發", "收藏", "分享到", "分享",
	"返回顶部", "返回頂部", "返回", "顶部", "上一篇", "下一篇", "扫一扫在手机打开当前页", "扫一扫", "微信", "微博", "QQ空间",
	"大", "中", "小", "字号", "字体", "默认", "【", "】", "[", "]", "［", "］", "：", ":", "|", "丨", "/", "•", "·",
}

// leadInPhrases end an article's lead-in to the document it reposts:
// 近日，市科技局印发《…》，全文如下：.
var leadInPhrases = []string{"全文如下", "原文如下", "内容如下", "全文如下：", "詳情如下", "全文見附件"}

// isPageDebris reports whether a paragraph is web-page furniture that
// stands apart from the document: a breadcrumb, publication data, a row of
// links and buttons, or an information table. near tells whether the
// paragraph is in the opening, where an article's lead-in may stand.
func isPageDebris(p para, opening bool) bool {
	if p.rows != nil {
		return infoTable(p.rows)
	}
	t := docmodel.CleanLine(p.text)
	n := utf8.RuneCountInString(t)
	if t == "" || n > 160 || p.level > 0 {
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
	if debrisLabels.MatchString(t) && !strings.ContainsAny(t, "。！？") {
		return true
	}
	if onlyTokens(t) {
		return true
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
	for _, p := range paras {
		if opening && (p.rows != nil || readItem(p).mark != nil) && !infoTableRows(p) {
			opening = false
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
		b.labelledPairs(t)
		b.setAside = append(b.setAside, t)
	}
	return out
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
var metaLabel = regexp.MustCompile(`(发布机构|發布機構|发文机关|發文機關|发文单位|發文單位|发文字号|發文字號|文号|文號|成文日期|发文日期|發文日期|索引号|索引號|主题分类|主題分類|发布日期|發布日期|发布时间|來源|来源|有效性)\s*[:：]\s*`)

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
		}
	}
}

// docNumberish reports whether a value reads as a document number: it
// holds a bracketed year and ends in 号.
func docNumberish(s string) bool {
	return strings.HasSuffix(s, "号") && strings.ContainsAny(s, "〔[［【(（")
}
