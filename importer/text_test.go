package importer_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"yaodian/docmodel"
	"yaodian/importer"
)

// short prints the outline of the first document compactly: number,
// source marker, role, H/L/- and the node's summary, body count.
func short(d *docmodel.Document) string {
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
		b.WriteString("\n")
	}
	return b.String()
}

func TestTextStructure(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		check           func(t *testing.T, d *docmodel.Document)
	}{
		{
			name: "一、 then 1、 gives compact levels, numbers running on across sections",
			src:  "一、开展技术攻关\n1.摸清问题。坚持围绕产业链。\n2.启动攻关。\n二、强化企业地位\n3.强化政策供给。贯彻落实。\n",
			want: "一、[一、]other H 开展技术攻关\n 1．[1.]other L 摸清问题。 | 坚持围绕产业链。\n 2．[2.]other L 启动攻关。\n二、[二、]other H 强化企业地位\n 3．[3.]other L 强化政策供给。 | 贯彻落实。\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if d.Options.Levels != docmodel.LevelsCompact || d.Options.Arabic != docmodel.ArabicRunOn || d.Options.Leads != docmodel.LeadsPlain {
					t.Errorf("options %+v", d.Options)
				}
			},
		},
		{
			name: "a family first met under another opens a level below it, wherever",
			src:  "一、主题\n工作要点：\n1、甲任务。\n2、乙任务。\n二、六项重点工作\n(一)、继续完善服务体系\n1、加强协作。\n(二)、抓好计划\n1、明确目标。\n",
			want: "一、[一、]other H 主题 | 工作要点：\n （一）[1、]other L 甲任务。\n （二）[2、]other L 乙任务。\n二、[二、]tasks H 六项重点工作\n （一）[(一)、]tasks H 继续完善服务体系\n  1．[1、]tasks L 加强协作。\n （二）[(二)、]tasks H 抓好计划\n  1．[1、]tasks L 明确目标。\n",
		},
		{
			name: "every marker style, full- and half-width, and the ordinal 第一，",
			src:  "一、总体要求\n（一）指导思想\n1．加强领导。\n（1）细化分工。\n①明确责任。\n第一，压实责任。\n二、保障措施\n(一)加强组织\n1、落实。\n(1)推进。\n1)再推进。\n⑴又推进。\n",
			want: "一、[一、]principles H 总体要求\n （一）[（一）]principles H 指导思想\n  1．[1．]principles L 加强领导。\n   （1）[（1）]principles L 细化分工。\n    ①[①]principles L 明确责任。 | 第一，压实责任。\n" +
				"二、[二、]safeguards H 保障措施\n （一）[(一)]safeguards H 加强组织\n  1．[1、]safeguards L 落实。\n   （1）[(1)]safeguards L 推进。\n   （2）[1)]safeguards L 再推进。\n   （3）[⑴]safeguards L 又推进。\n",
		},
		{
			name: "inline 一是…二是… stays in its paragraph; 一、二季度 is not a number",
			src:  "一、重点工作\n一是聚焦产业链。二是支持融通创新。\n一、二季度要集中力量抓开工。\n",
			want: "一、[一、]tasks H 重点工作 | 一是聚焦产业链。二是支持融通创新。 / 一、二季度要集中力量抓开工。\n",
		},
		{
			name: "heading, lead, colon label or plain paragraph after a number",
			src: "一、指导思想：坚持以人民为中心的发展思想，全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展\n" +
				"二、主要任务\n1、这一句话非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长。后文。\n",
			want: "一、[一、]principles L 指导思想： | 坚持以人民为中心的发展思想，全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展\n" +
				"二、[二、]tasks H 主要任务\n 1．[1、]tasks - 这一句话非常长非常长非常长非常长非常长非常长非常长非常长非常… | 这一句话非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长非常长。后文。\n",
		},
		{
			name: "units on a line of their own and at the end of a task",
			src:  "一、重点任务\n1．加强平台建设。新增平台5个。\n（牵头单位：市科技局；责任单位：市财政局、市统计局；完成时限：2025年6月底）\n2．培育企业。（牵头单位：市工信局）\n",
			want: "一、[一、]tasks H 重点任务\n 1．[1．]tasks L 加强平台建设。 | 新增平台5个。\n 2．[2．]tasks L 培育企业。\n",
			check: func(t *testing.T, d *docmodel.Document) {
				a, b := d.Sections[0].Children[0], d.Sections[0].Children[1]
				if a.UnitsLine() != "（牵头单位：市科技局；责任单位：市财政局、市统计局；完成时限：2025年6月底）" || b.LeadUnit != "市工信局" {
					t.Errorf("units %q / %q", a.UnitsLine(), b.LeadUnit)
				}
				if len(a.Indicators) != 0 {
					t.Errorf("targets of the prose stored as indicators: %+v", a.Indicators)
				}
			},
		},
		{
			name: "title, issuer, document number, recipients, preamble and the closing signature",
			src: "\uFEFF  ××市科学技术局文件  \r\n\r\n2025年全市科技工作要点\r\n××市科学技术局\r\n×科发〔2025〕3号\r\n各县（市、区）科技局，市直有关单位：\r\n" +
				"　　现将要点印发给你们，请认真贯彻落实。\r\n一、总体要求\r\n　　坚持创新驱动。\r\n××市科学技术局\r\n2025年1月5日\r\n",
			want: "一、[一、]principles H 总体要求 | 坚持创新驱动。\n",
			check: func(t *testing.T, d *docmodel.Document) {
				want := docmodel.Meta{Title: "2025年全市科技工作要点", Issuer: "××市科学技术局", Year: 2025, Number: "×科发〔2025〕3号",
					Date: "2025-01-05", Recipients: []string{"各县（市、区）科技局", "市直有关单位"}}
				if diff := cmp.Diff(want, d.Meta); diff != "" {
					t.Errorf("meta (-want +got):\n%s", diff)
				}
				if strings.Join(d.Preamble, "/") != "现将要点印发给你们，请认真贯彻落实。" {
					t.Errorf("preamble %q", d.Preamble)
				}
			},
		},
		{
			name: "a line broken inside a sentence is joined; a heading is not",
			src:  "一、重点任务\n" + strings.Repeat("推进科技创新", 12) + "使之成为产业发\n展的战略智库。\n二、保障措施\n加强领导\n",
			want: "一、[一、]tasks H 重点任务 | " + strings.Repeat("推进科技创新", 12) + "使之成为产业发展的战略智库。\n二、[二、]safeguards H 保障措施 | 加强领导\n",
		},
		{
			name: "a blank line ends a paragraph, even one that stops mid-sentence",
			src:  "一、重点任务\n" + strings.Repeat("推进科技创新", 12) + "使之成为产业发\n\n另一段。\r\n\r\n再一段。\n",
			want: "一、[一、]tasks H 重点任务 | " + strings.Repeat("推进科技创新", 12) + "使之成为产业发 / 另一段。 / 再一段。\n",
		},
		{
			name: "a file wrapped at a fixed width reads as paragraphs",
			src: "一、重点任务\n" +
				"　　围绕科技创新重点领域，制定出台专项支持政策，力争\n全年新增院士专家工作站50家以上。完善考核评价办法，\n把科技创新工作成效纳入各县（市、区）年度综合考核。\n" +
				"　　建立健全统计监测和评估机制，按月调度、按季通报，\n及时协调解决推进过程中的困难和问题。到年底，全市省\n级以上创新平台达到25个，较上年增长15%以上。健全\n市县两级联动工作机制，细化任务分工，明确责任单位。\n",
			want: "一、[一、]tasks H 重点任务 | 围绕科技创新重点领域，制定出台专项支持政策，力争全年新增院士专家工作站50家以上。完善考核评价办法，把科技创新工作成效纳入各县（市、区）年度综合考核。" +
				" / 建立健全统计监测和评估机制，按月调度、按季通报，及时协调解决推进过程中的困难和问题。到年底，全市省级以上创新平台达到25个，较上年增长15%以上。健全市县两级联动工作机制，细化任务分工，明确责任单位。\n",
		},
		{
			name: "the tagged text form of the benchmark",
			src:  "T|2025年工作计划\nP|根据部署，制定本计划。\nH1|一、总体要求\nH2|（一）主要目标\nP|地区生产总值增长5.5%左右。\nH1|重点任务\nP|1．加强平台建设。围绕重点领域。\n",
			want: "一、[一、]principles H 总体要求\n （一）[（一）]goals H 主要目标 | 地区生产总值增长5.5%左右。\n二、[]tasks H 重点任务\n （一）[1．]tasks L 加强平台建设。 | 围绕重点领域。\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if d.Meta.Title != "2025年工作计划" || len(d.Preamble) != 1 {
					t.Errorf("title %q, preamble %q", d.Meta.Title, d.Preamble)
				}
			},
		},
		{
			name: "ten thousand numbered lines of every family nest no deeper than the numbering allows",
			src:  strings.Repeat("一、甲\n（一）乙\n1．丙\n（1）丁\n①戊\n第一，己\n", 1700),
			check: func(t *testing.T, d *docmodel.Document) {
				last := d.Sections[len(d.Sections)-1]
				deepest := last.Children[0].Children[0].Children[0].Children[0]
				if len(d.Sections) != 1700 || d.Options.MaxDepth() != 5 || strings.Join(deepest.Body, "") != "第一，己" {
					t.Errorf("%d sections, body of the deepest %q", len(d.Sections), deepest.Body)
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := importer.Text([]byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 1 {
				t.Fatalf("%d documents", len(docs))
			}
			if tc.want != "" {
				if got := short(docs[0]); got != tc.want {
					t.Errorf("outline\n got:\n%s\nwant:\n%s", got, tc.want)
				}
			}
			if tc.check != nil {
				tc.check(t, docs[0])
			}
		})
	}
}

// A compilation splits at 第N篇 lines numbered in order; a plan that
// mentions 第二篇 in passing does not.
func TestCompilation(t *testing.T) {
	src := "汇编说明\n第一篇：2024年工作要点\n2024年工作要点\n一、总体要求\n第二篇：2025年工作要点（参考）\n2025年工作要点\n一、主要目标\n第四篇：不按顺序的不算\n"
	docs, err := importer.Text([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if docs[0].Meta.Title != "2024年工作要点" || docs[1].Meta.Title != "2025年工作要点" || docs[1].Meta.Year != 2025 {
		t.Errorf("titles %q %q", docs[0].Meta.Title, docs[1].Meta.Title)
	}
	if strings.Join(docs[0].Preamble, "/") != "汇编说明" || strings.Join(docs[1].Sections[0].Body, "/") != "第四篇：不按顺序的不算" {
		t.Errorf("preamble %q, last body %q", docs[0].Preamble, docs[1].Sections[0].Body)
	}
}

// The same seed in every encoding a writer may have it in imports exactly
// as the UTF-8 text it stands for. Characters an encoding lacks (Big5 has
// no Simplified forms, GBK no bullet •) become what the encoder puts in
// their place, in the file and in the expectation alike.
func TestEncodings(t *testing.T) {
	for _, seed := range []string{"../testdata/seeds/002_07ecd39dfcf56a0e.txt", "../testdata/seeds/001_c2dd12a7d8c4d9be.txt"} {
		src, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		crlf := strings.ReplaceAll(string(src), "\n", "\r\n")
		for _, tc := range []struct {
			name string
			enc  encoding.Encoding
			text string
		}{
			{"UTF-8 with BOM and CRLF", unicode.UTF8BOM, crlf},
			{"UTF-16LE with BOM", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), crlf},
			{"UTF-16BE with BOM", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), string(src)},
			{"UTF-16LE without BOM", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), crlf},
			{"GBK", simplifiedchinese.GBK, crlf},
			{"GB18030", simplifiedchinese.GB18030, string(src)},
			{"Big5", traditionalchinese.Big5, string(src)},
		} {
			data, err := encoding.ReplaceUnsupported(tc.enc.NewEncoder()).Bytes([]byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			meant, err := tc.enc.NewDecoder().Bytes(data)
			if err != nil {
				t.Fatal(err)
			}
			want, err := importer.Text(meant)
			if err != nil {
				t.Fatal(err)
			}
			got, err := importer.Text(data)
			if err != nil {
				t.Errorf("%s %s: %v", seed, tc.name, err)
				continue
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s in %s imports differently:\n%s", seed, tc.name, diff)
			}
			if tc.name == "GBK" && strings.Contains(seed, "002") && string(meant) != crlf {
				t.Errorf("seed 002 does not survive GBK whole")
			}
		}
	}
}
