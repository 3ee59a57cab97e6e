package importer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"yaodian/docmodel"
	"yaodian/importer"
)

func readOne(t *testing.T, src string) *docmodel.Document {
	t.Helper()
	docs, err := importer.Text([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	return docs[0]
}

// A notice that issues a plan is read as a unit: its meta data, text and
// attachments go to Meta and Notice, the plan's own title is the title,
// and nothing of the notice enters the outline.
func TestNotice(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		meta      docmodel.Meta
		notice    *docmodel.Notice
		outline   string
	}{
		{
			name: "印发 notice, title broken over lines, signature and date, plan title on its own line",
			src: "宁波市科学技术局关于印发\n《2023年宁波市科技工作要点》的通知\n甬科计〔2023〕12号\n各区（县、市）科技局，市直有关单位：\n" +
				"现将《2023年宁波市科技工作要点》印发给你们，请结合实际认真贯彻落实。\n附件：2023年宁波市科技工作要点\n宁波市科学技术局\n2023年3月1日\n（此件公开发布）\n" +
				"2023年宁波市科技工作要点\n一、主要目标\n研发投入增长10%。\n二、重点任务\n1.建设实验室。\n",
			meta: docmodel.Meta{Title: "2023年宁波市科技工作要点", Issuer: "宁波市科学技术局", Year: 2023, Number: "甬科计〔2023〕12号", Date: "2023-03-01",
				Recipients: []string{"各区（县、市）科技局", "市直有关单位"}},
			notice: &docmodel.Notice{Title: "宁波市科学技术局关于印发《2023年宁波市科技工作要点》的通知",
				Body: []string{"现将《2023年宁波市科技工作要点》印发给你们，请结合实际认真贯彻落实。", "（此件公开发布）"}, Attachments: []string{"2023年宁波市科技工作要点"}},
			outline: "一、[一、]goals H 主要目标 | 研发投入增长10%。\n二、[二、]tasks H 重点任务\n 1．[1.]tasks L 建设实验室。\n",
		},
		{
			name: "转发 notice: recipients split on the comma, never on 、; numbered attachments running into a year; date in Chinese numerals",
			src: "XX县人民政府办公室关于转发县科技局2024年全县科技工作要点的通知\n各乡镇人民政府，县政府各部门、各直属机构：\n县科技局《2024年全县科技工作要点》已经县政府同意，现转发给你们，请认真贯彻执行。\n" +
				"附件：1.2024年全县科技工作要点\n2.2024年全县科技工作重点任务分工表\nXX县人民政府办公室\n二〇二四年二月二十日\n2024年全县科技工作要点\n一、总体要求\n坚持稳中求进。\n",
			meta: docmodel.Meta{Title: "2024年全县科技工作要点", Issuer: "XX县人民政府办公室", Year: 2024, Date: "2024-02-20",
				Recipients: []string{"各乡镇人民政府", "县政府各部门、各直属机构"}},
			notice: &docmodel.Notice{Title: "XX县人民政府办公室关于转发县科技局2024年全县科技工作要点的通知",
				Body:        []string{"县科技局《2024年全县科技工作要点》已经县政府同意，现转发给你们，请认真贯彻执行。"},
				Attachments: []string{"2024年全县科技工作要点", "2024年全县科技工作重点任务分工表"}},
			outline: "一、[一、]principles H 总体要求 | 坚持稳中求进。\n",
		},
		{
			name: "the plan follows the notice's text without a title of its own: the name in 《》 is the title; 附件 over the plan",
			src:  "市科技局关于印发《2025年全市科技工作要点》的通知\n各县（市、区）科技局：\n现将《2025年全市科技工作要点》印发给你们，请认真抓好落实。\n市科技局\n2025年2月10日\n附件\n一、重点任务\n1.加强基础研究。\n",
			meta: docmodel.Meta{Title: "2025年全市科技工作要点", Issuer: "市科技局", Year: 2025, Date: "2025-02-10", Recipients: []string{"各县（市、区）科技局"}},
			notice: &docmodel.Notice{Title: "市科技局关于印发《2025年全市科技工作要点》的通知",
				Body: []string{"现将《2025年全市科技工作要点》印发给你们，请认真抓好落实。"}, Attachments: []string{"2025年全市科技工作要点"}},
			outline: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强基础研究。\n",
		},
		{
			name: "a notice whose text is the plan: no signature, the text runs on",
			src: "政务公开\n长乐区人民政府办公室关于贯彻落实《2020年政务公开工作要点》的通知\n各乡镇人民政府、街道办事处，区直各有关单位：\n" +
				"近来，国务院办公厅印发《2020年政务公开工作要点》。为抓好贯彻落实，现就有关事项通知如下：\n一、加强政策解读\n（一）做好解读工作。\n",
			meta: docmodel.Meta{Title: "长乐区人民政府办公室关于贯彻落实《2020年政务公开工作要点》的通知", Issuer: "长乐区人民政府办公室", Year: 2020,
				Recipients: []string{"各乡镇人民政府、街道办事处", "区直各有关单位"}},
			notice:  &docmodel.Notice{Title: "长乐区人民政府办公室关于贯彻落实《2020年政务公开工作要点》的通知"},
			outline: "一、[一、]other H 加强政策解读\n （一）[（一）]other L 做好解读工作。\n",
		},
		{
			name: "a page's title and its bulleted publication data over the notice's own title, broken over lines: one title, the number kept, the signature's body the issuer",
			src: "市卫生健康委关于印发 2023年全市卫生健康工作要点的通知\n• 时间:2023-05-04 08:58:16\n• 发布:市卫生健康委\n市卫健发〔2023〕1号\n市卫生健康委关于印发\n2023年全市卫生健康工作要点的通知\n各区县卫生健康局，委属各单位：\n" +
				"现将《2023年全市卫生健康工作要点》下发给你们，请认真贯彻执行。\n湖州市卫生健康委员会\n2023年4月26日\n2023年全市卫生健康工作要点\n一、全面深化一个主题\n1.全面深化主题实践。\n",
			meta: docmodel.Meta{Title: "2023年全市卫生健康工作要点", Issuer: "湖州市卫生健康委员会", Year: 2023, Number: "市卫健发〔2023〕1号", Date: "2023-04-26",
				Recipients: []string{"各区县卫生健康局", "委属各单位"}},
			notice: &docmodel.Notice{Title: "市卫生健康委关于印发 2023年全市卫生健康工作要点的通知",
				Body: []string{"现将《2023年全市卫生健康工作要点》下发给你们，请认真贯彻执行。"}, Attachments: []string{"2023年全市卫生健康工作要点"}},
			outline: "一、[一、]other H 全面深化一个主题\n 1．[1.]other L 全面深化主题实践。\n",
		},
		{
			name:    "a plan that speaks of a notice it does not carry is no notice",
			src:     "2024年科技工作要点\n根据《关于印发科技创新行动方案的通知》要求，制定本要点。\n一、重点任务\n1.加强基础研究。\n",
			meta:    docmodel.Meta{Title: "2024年科技工作要点", Year: 2024},
			outline: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强基础研究。\n",
		},
		{
			name:    "a notice title without a notice's text, signature or plan after it stays the title",
			src:     "关于印发2024年科技工作要点的通知\n一、重点任务\n1.加强基础研究。\n",
			meta:    docmodel.Meta{Title: "关于印发2024年科技工作要点的通知", Year: 2024},
			outline: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强基础研究。\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readOne(t, tc.src)
			if diff := cmp.Diff(tc.meta, d.Meta, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("meta (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.notice, d.Notice, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("notice (-want +got):\n%s", diff)
			}
			if got := short(d); got != tc.outline {
				t.Errorf("outline:\n%s\nwant:\n%s", got, tc.outline)
			}
		})
	}
}

// The plan's year comes from its title wherever the title stands, from
// the opening words, or from a dated notice's 今年; the issuer from the
// notice, the title or the signature.
func TestYearAndIssuer(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		year      int
		issuer    string
	}{
		{"title after page debris", "当前位置：首页 > 通知公告\n发布时间：2023-03-02\n2023年全县科技工作要点\n一、重点任务\n", 2023, ""},
		{"二〇二三年 in the title", "二〇二三年全县科技工作要点\n一、重点任务\n", 2023, ""},
		{"二0一二年 in the title", "二0一二年科技工作要点\n一、重点任务\n", 2012, ""},
		{"二○一二年 in the title", "二○一二年科技工作要点\n一、重点任务\n", 2012, ""},
		{"combined 总结 and 计划: the plan's year", "宁波市科技局2024年工作总结和2025年工作计划\n一、2024年工作总结\n二、2025年工作计划\n", 2025, "宁波市科技局"},
		{"a body without its place names none", "市科技局2024年工作要点\n一、重点任务\n", 2024, ""},
		{"a placeholder names none", "XX市教育局2024年工作要点\n一、重点任务\n", 2024, ""},
		{"a title broken before the word that ends it", "2019年第四季度科技宣传及科技信息\n工作要点\n1.开展专题教育。\n", 2019, ""},
		{"a sharing site's file name", "县科技局2023年工作要点.docx\n一、重点任务\n", 2023, ""},
		{"20XX年是…", "科技工作要点\n2024年是中华人民共和国成立75周年，是实现十四五规划目标任务的关键一年。\n一、重点任务\n", 2024, ""},
		{"20XX年…工作的总体要求是", "全县科技工作要点\n2023年全县科技工作的总体要求是：坚持创新驱动。\n一、重点任务\n", 2023, ""},
		{"a past year in the opening is not the plan's", "科技工作要点\n2023年，全县科技工作取得新成效。\n一、重点任务\n", 0, ""},
		{"今年 with a dated signature", "科技工作要点\n今年全市科技工作要坚持稳中求进。\n一、重点任务\n1.加强研究。\n市科学技术局\n2024年1月5日\n", 2024, "市科学技术局"},
		{"今年 without a date says nothing", "科技工作要点\n今年全市科技工作要坚持稳中求进。\n一、重点任务\n", 0, ""},
		{"a joint signature with a note under the date", "科技工作要点\n一、重点任务\n1.加强研究。\n中共宁波市委办公室\n宁波市人民政府办公室\n2024年1月5日\n（此件公开发布）\n", 0, "中共宁波市委办公室 宁波市人民政府办公室"},
		{"the letterhead names the issuer", "宁波市科学技术局文件\n甬科发〔2024〕3号\n2024年科技工作要点\n一、重点任务\n", 2024, "宁波市科学技术局"},
		{"issuer opening the title", "宁波市科学技术局2023年科技工作要点\n一、重点任务\n", 2023, "宁波市科学技术局"},
		{"no issuer in a title that opens with a place", "宁波市2023年科技工作要点\n一、重点任务\n", 2023, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readOne(t, tc.src)
			if d.Meta.Year != tc.year || d.Meta.Issuer != tc.issuer {
				t.Errorf("year %d issuer %q, want %d %q (title %q)", d.Meta.Year, d.Meta.Issuer, tc.year, tc.issuer, d.Meta.Title)
			}
		})
	}
}

// A paragraph that lost its line breaks is split where the numbering
// continues after a sentence end or a space, and nowhere inside prose.
func TestLostLineBreaks(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{
			name: "a whole plan on one line",
			src:  "2025年科技工作要点 去年各项任务顺利完成。 一、总体要求 坚持创新驱动。 二、重点任务 （一）加强科技创新 1.加强基础研究。支持高校。 2.加强应用研究。 （二）培育企业 1.培育高企。\n",
			want: "一、[一、]principles H 总体要求 | 坚持创新驱动。\n二、[二、]tasks H 重点任务\n （一）[（一）]tasks H 加强科技创新\n  1．[1.]tasks L 加强基础研究。 | 支持高校。\n  2．[2.]tasks L 加强应用研究。\n" +
				" （二）[（二）]tasks H 培育企业\n  1．[1.]tasks L 培育高企。\n",
		},
		{
			name: "markers after sentence ends without spaces",
			src:  "一、重点任务\n1.加强研究。支持高校。2.加强应用。3.培育企业。\n",
			want: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强研究。 | 支持高校。\n 2．[2.]tasks L 加强应用。\n 3．[3.]tasks L 培育企业。\n",
		},
		{
			name: "第一、二季度, 一、二、三产业, 二、三产业 and 1.5倍 stay prose",
			src:  "一、重点任务\n第一、二季度要集中力量抓开工。推动一、二、三产业融合，投入增长1.5倍。二、三产业比重提高。\n",
			want: "一、[一、]tasks H 重点任务 | 第一、二季度要集中力量抓开工。推动一、二、三产业融合，投入增长1.5倍。二、三产业比重提高。\n",
		},
		{
			name: "a number out of sequence stays prose",
			src:  "一、重点任务\n1.加强研究。据统计，全年完成项目。 5.8万元用于奖励。 3、4月份集中申报。\n",
			want: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强研究。 | 据统计，全年完成项目。 5.8万元用于奖励。 3、4月份集中申报。\n",
		},
		{
			name: "a ① list that lost its breaks",
			src:  "一、主要目标\n①研发投入增长12%；②新增高新技术企业20家；③技术合同成交额达到5亿元。\n",
			want: "一、[一、]goals H 主要目标\n （一）[①]goals - 研发投入增长12%； | 研发投入增长12%；\n （二）[②]goals - 新增高新技术企业20家； | 新增高新技术企业20家；\n （三）[③]goals L 技术合同成交额达到5亿元。\n",
		},
		{
			name: "an attachment list is no outline",
			src:  "一、重点任务\n1.加强基础研究。\n附件：\n1.重点任务分工表\n2.主要指标表\n",
			want: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强基础研究。 | 附件： / 1.重点任务分工表 / 2.主要指标表\n",
		},
		{
			name: "an inline list in a goals paragraph gives one goal per item",
			src:  "一、主要目标\n全年主要预期目标是：一是研发投入增长12%；二是新增高新技术企业20家；三是技术合同成交额达到5亿元。\n二、重点任务\n一是聚焦产业链。二是支持融通创新。\n",
			want: "一、[一、]goals H 主要目标 | 全年主要预期目标是：\n （一）[]goals - 研发投入增长12%； | 研发投入增长12%；\n （二）[]goals - 新增高新技术企业20家； | 新增高新技术企业20家；\n （三）[]goals - 技术合同成交额达到5亿元。 | 技术合同成交额达到5亿元。\n" +
				"二、[二、]tasks H 重点任务 | 一是聚焦产业链。二是支持融通创新。\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := short(readOne(t, tc.src)); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// Task tables written as text, and units on lines of their own.
func TestTextTablesAndUnits(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{
			name: "a pipe-separated task table is the list of tasks",
			src:  "2023年全县科技工作要点\n序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限\n1 | 建设科技创新平台 | 县科技局 | 县财政局、县发改局 | 2023年12月\n2 | 培育科技型企业 | 县科技局 | 各乡镇 | 2023年底\n",
			want: "一、[]other H 建设科技创新平台 （牵头单位：县科技局；责任单位：县财政局、县发改局；完成时限：2023年12月）\n二、[]other H 培育科技型企业 （牵头单位：县科技局；责任单位：各乡镇；完成时限：2023年底）\n",
		},
		{
			name: "a tab-separated table gives the units of the tasks it names",
			src:  "一、重点任务\n1.建设科技创新平台。加快建设。\n2.培育科技型企业。\n重点任务\t牵头单位\t完成时限\n建设科技创新平台\t县科技局\t2023年12月\n培育科技型企业\t县工信局\t2023年底\n",
			want: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 建设科技创新平台。 | 加快建设。 （牵头单位：县科技局；完成时限：2023年12月）\n 2．[2.]tasks L 培育科技型企业。 （牵头单位：县工信局；完成时限：2023年底）\n",
		},
		{
			name: "units on lines of their own attach to their task",
			src:  "一、重点任务\n1.建设实验室。加快推进。\n牵头单位：市科技局\n责任单位：市发改委、市财政局\n完成时限：2023年12月底\n",
			want: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 建设实验室。 | 加快推进。 （牵头单位：市科技局；责任单位：市发改委、市财政局；完成时限：2023年12月底）\n",
		},
		{
			name: "lines with bars that are no task table stay text",
			src:  "一、重点任务\n甲 | 乙 | 丙\n1 | 2 | 3\n",
			want: "一、[一、]tasks H 重点任务 | 甲 | 乙 | 丙 / 1 | 2 | 3\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readOne(t, tc.src)
			var b strings.Builder
			for _, e := range d.Entries() {
				n := e.Node
				kind := "-"
				switch {
				case n.Heading != "":
					kind = "H"
				case n.Lead != "":
					kind = "L"
				}
				b.WriteString(strings.Repeat(" ", e.Depth-1) + e.Number + "[" + n.SourceMarker + "]" + string(e.Role) + " " + kind + " " + n.Summary())
				if len(n.Body) > 0 {
					b.WriteString(" | " + strings.Join(n.Body, " / "))
				}
				if n.HasTaskInfo() {
					b.WriteString(" " + n.UnitsLine())
				}
				b.WriteString("\n")
			}
			if got := b.String(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// Page debris is set aside and reported, what it says about the document
// is kept, and lines of the plan that merely look like it stay.
func TestSetAside(t *testing.T) {
	src := "当前位置：首页 > 政务公开 > 通知公告\n索引号：11330200/2023-01234　发文字号：甬科计〔2023〕12号　成文日期：2023-03-01\n" +
		"近日，市科技局印发《2023年科技工作要点》，全文如下：\n2023年科技工作要点\n发布时间：2023-03-02 来源：市科技局 浏览次数：321\n" +
		"一、重点任务\n1.加强研究。来源：国家统计局的数据显示研发投入持续增长。\n分享到：微信 微博\n【打印本页】【关闭窗口】\n"
	path := filepath.Join(t.TempDir(), "plan.txt")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	results, err := importer.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	r := results[0]
	want := []string{
		"当前位置：首页 > 政务公开 > 通知公告",
		"索引号：11330200/2023-01234　发文字号：甬科计〔2023〕12号　成文日期：2023-03-01",
		"近日，市科技局印发《2023年科技工作要点》，全文如下：",
		"发布时间：2023-03-02 来源：市科技局 浏览次数：321",
		"分享到：微信 微博",
		"【打印本页】【关闭窗口】",
	}
	if diff := cmp.Diff(want, r.SetAside); diff != "" {
		t.Errorf("set aside (-want +got):\n%s", diff)
	}
	m := r.Document.Meta
	if m.Title != "2023年科技工作要点" || m.Number != "甬科计〔2023〕12号" || m.Date != "2023-03-01" || len(r.Document.Preamble) != 0 {
		t.Errorf("meta %+v, preamble %q", m, r.Document.Preamble)
	}
	if got := short(r.Document); got != "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强研究。 | 来源：国家统计局的数据显示研发投入持续增长。\n" {
		t.Errorf("outline:\n%s", got)
	}
}

// What a site prints around a copy stays out of the plan: the title of a
// government site's information table is the title when the text has none
// (名称：…), a document site's 摘要 that repeats the text's start is set
// aside, and a page's title over the document's (…范文 / …) is not joined
// to it.
func TestSiteCopies(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		title     string
		year      int
		outline   string
	}{
		{
			name:    "名称 in an information table",
			src:     "索引号: | 1134/202311-00052 | 组配分类: | 规划计划 |\n名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |\n2023年，县卫生健康委坚持稳中求进。\n一、工作开展情况\n（一）扎实开展党的建设工作\n",
			title:   "县卫健委2023年工作总结及2024年工作安排",
			year:    2024,
			outline: "一、[一、]review H 工作开展情况\n （一）[（一）]review H 扎实开展党的建设工作\n",
		},
		{
			name:    "a notice's title in the table is not the plan's",
			src:     "标题: 关于印发2024年科技工作要点的通知\n一、重点任务\n1.加强基础研究。\n",
			outline: "一、[一、]tasks H 重点任务\n 1．[1.]tasks L 加强基础研究。\n",
		},
		{
			name: "a document site's 摘要 after a hard-wrapped text",
			src: "县卫健委2024年工作计划\n一、2024年工作计划\n（一）全力做好传染病防控工作。持续强化监测预警\n和疫情研判。\n（二）持续推进公立医院改革。促进牵头医院与乡镇卫生院之间\n摘要:\n\n" +
				"县卫健委2024年工作计划  一、2024年工作计划  （一）全力做好传染病防控工作。持续强化监测预警和疫情研判。  （二）持续推进\n",
			title:   "县卫健委2024年工作计划",
			year:    2024,
			outline: "一、[一、]other H 2024年工作计划\n （一）[（一）]other L 全力做好传染病防控工作。 | 持续强化监测预警 / 和疫情研判。\n （二）[（二）]other L 持续推进公立医院改革。 | 促进牵头医院与乡镇卫生院之间\n",
		},
		{
			name:    "a 摘要 that does not repeat the start stays",
			src:     "2024年科技工作要点\n一、重点任务\n1.编写摘要:\n突出重点，简明扼要。\n",
			title:   "2024年科技工作要点",
			year:    2024,
			outline: "一、[一、]tasks H 重点任务\n 1．[1.]tasks H 编写摘要: | 突出重点，简明扼要。\n",
		},
		{
			name:    "a page's title over the document's is not joined to it",
			src:     "晋江市教育意见范文\n晋江市教育意见\n一、指导思想\n2010年是关键之年。\n",
			title:   "晋江市教育意见",
			year:    2010,
			outline: "一、[一、]principles H 指导思想 | 2010年是关键之年。\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readOne(t, tc.src)
			if d.Meta.Title != tc.title || d.Meta.Year != tc.year {
				t.Errorf("title %q, year %d; want %q, %d", d.Meta.Title, d.Meta.Year, tc.title, tc.year)
			}
			if got := short(d); got != tc.outline {
				t.Errorf("outline:\n%s\nwant:\n%s", got, tc.outline)
			}
		})
	}
}
