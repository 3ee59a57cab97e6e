package docmodel_test

import (
	"math"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/docmodel/docmodeltest"
)

// Each breach of an invariant is caught and located; the full sample
// document itself is valid in every option.
func TestValidate(t *testing.T) {
	for _, opts := range docmodeltest.AllOptions() {
		if err := docmodeltest.Full(opts).Validate(); err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
	}
	for _, tc := range []struct {
		name   string
		mutate func(d *docmodel.Document)
		want   string
	}{
		{"year", func(d *docmodel.Document) { d.Meta.Year = 208 }, "年度 208"},
		{"recipient", func(d *docmodel.Document) { d.Meta.Recipients = []string{""} }, "主送机关为空"},
		{"title line", func(d *docmodel.Document) { d.Meta.Title = "两行\n标题" }, "标题含有换行"},
		{"preamble control", func(d *docmodel.Document) { d.Preamble[0] = "制\x00表" }, "前言第1段含有控制字符"},
		{"next id", func(d *docmodel.Document) { d.NextID = 0 }, "next_id"},
		{"empty id", func(d *docmodel.Document) { d.Sections[1].ID = "" }, "二、 项：标识"},
		{"partner separator", func(d *docmodel.Document) {
			d.Sections[1].Children[0].Children[0].Partners = []string{"市财政局、市税务局"}
		}, "二、/（一）/1． 项：责任单位"},
		{"deadline brackets", func(d *docmodel.Document) { d.Sections[1].Children[0].Children[0].Deadline = "6月底）" }, "完成时限括号不成对"},
		{"indicator name", func(d *docmodel.Document) { d.Sections[0].Children[1].Indicators[0].Name = "" }, "第1个指标名称为空"},
		{"indicator NaN", func(d *docmodel.Document) { d.Sections[0].Children[1].Indicators[1].Value = math.NaN() }, "第2个指标数值无效"},
		{"indicator bound", func(d *docmodel.Document) { d.Sections[0].Children[1].Indicators[1].Bound = "至少" }, "限定“至少”未知"},
		{"lead untrimmed", func(d *docmodel.Document) { d.Sections[1].Children[0].Children[0].Lead = "加强。 " }, "小标题句首尾有空白"},
		{"source marker line", func(d *docmodel.Document) { d.Sections[1].SourceMarker = "二、\n" }, "二、 项：原编号含有换行"},
		{"dismissal rule", func(d *docmodel.Document) {
			d.Dismissals = []docmodel.Dismissal{{Rule: "placeholder", Path: "标题", Reason: "已核实"}, {Rule: " ", Path: "标题", Reason: "已核实"}}
		}, "第2条忽略记录缺少规则"},
		{"dismissal reason", func(d *docmodel.Document) {
			d.Dismissals = []docmodel.Dismissal{{Rule: "placeholder", Path: "标题", Reason: " \n"}}
		}, "第1条忽略记录缺少理由"},
		{"dismissal date", func(d *docmodel.Document) {
			d.Dismissals = []docmodel.Dismissal{{Rule: "placeholder", Path: "标题", Reason: "已核实", Date: "2025-3-1"}}
		}, "日期“2025-3-1”不是有效的"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := docmodeltest.Full(docmodel.DefaultOptions())
			tc.mutate(d)
			err := d.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate() = %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

func TestCleanLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  加强\t建设。\u3000", "加强 建设。"},
		{"第一行\r\n第二行", "第一行  第二行"},
		{"a  b", "a  b"},
		{"\u3000\u3000", ""},
	} {
		if got := docmodel.CleanLine(tc.in); got != tc.want {
			t.Errorf("CleanLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestInferRole(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  docmodel.Role
	}{
		{"总体要求", docmodel.RolePrinciples},
		{"总体思路与主要目标", docmodel.RolePrinciples},
		{"主要目标", docmodel.RoleGoals},
		{"建設目標。", docmodel.RoleGoals},
		{"年度目标", docmodel.RoleGoals},
		{"2025年度目标", docmodel.RoleGoals},
		{"2025年度工作目标", docmodel.RoleGoals},
		{"年度目標", docmodel.RoleGoals},
		{"2011年工作目标", docmodel.RoleGoals},
		{"工作重点和措施", docmodel.RoleTasks},
		{"重点任务", docmodel.RoleTasks},
		{"工作任务", docmodel.RoleTasks},
		{"保障措施", docmodel.RoleSafeguards},
		{"重點任務", docmodel.RoleTasks},
		{"總體思路", docmodel.RolePrinciples},
		{"加强组织保障措施", docmodel.RoleInherit},
		{"六项重点工作", docmodel.RoleTasks},
		{"七大重点任务", docmodel.RoleTasks},
		{"三个方面的保障措施", docmodel.RoleSafeguards},
		{"一项中心工作", docmodel.RoleInherit},
		{"十大工程", docmodel.RoleInherit},
		{"坚持创新驱动，加快培育发展新动能", docmodel.RoleInherit},
		{"主要预期目标", docmodel.RoleGoals},
		{"2025年主要预期目标", docmodel.RoleGoals},
		{"发展目标", docmodel.RoleGoals},
		{"总体目标和主要任务", docmodel.RoleGoals},
		{"主要預期目標", docmodel.RoleGoals},
		{"2024年工作总结", docmodel.RoleReview},
		{"2024年工作成效", docmodel.RoleReview},
		{"工作回顾", docmodel.RoleReview},
		{"2023年工作回顧", docmodel.RoleReview},
		{"主要成效", docmodel.RoleReview},
		{"及时总结推广经验", docmodel.RoleInherit},
		{"主要工作开展情况", docmodel.RoleReview},
		{"2024年重点任务完成情况", docmodel.RoleReview},
		{"一年来取得的主要成效", docmodel.RoleReview},
		{"加强情况通报", docmodel.RoleInherit},
		{"经济社会发展的主要预期目标", docmodel.RoleGoals},
		{"实现全年主要目标。", docmodel.RoleInherit},
		{"科技体制改革和科技政策贯彻落实情况。", docmodel.RoleInherit},
		{"及时掌握进展", docmodel.RoleInherit},
		{"加强工作总结", docmodel.RoleInherit},
		{"", docmodel.RoleInherit},
	} {
		if got := docmodel.InferRole(tc.title); got != tc.want {
			t.Errorf("InferRole(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestUnitsLine(t *testing.T) {
	n := &docmodel.Node{LeadUnit: "市科技局", Partners: []string{"市财政局", "各县（市、区）人民政府"}, Deadline: "2025年6月底"}
	line := n.UnitsLine()
	if want := "（牵头单位：市科技局；责任单位：市财政局、各县（市、区）人民政府；完成时限：2025年6月底）"; line != want {
		t.Fatalf("UnitsLine = %q, want %q", line, want)
	}
	for _, tc := range []struct {
		in       string
		ok       bool
		lead     string
		partners string
		deadline string
	}{
		{line, true, "市科技局", "市财政局|各县（市、区）人民政府", "2025年6月底"},
		{"(牵头单位:市发展改革委;配合单位:市财政局,市统计局)", true, "市发展改革委", "市财政局|市统计局", ""},
		{"（完成时间：全年）", true, "", "", "全年"},
		{"（牵头单位：甲；牵头单位：乙）", false, "", "", ""},
		{"（备注：无）", false, "", "", ""},
		{"（牵头单位：）", false, "", "", ""},
		{"牵头单位：市科技局", false, "", "", ""},
		{"（牵头单位：市科技局）（另）", false, "", "", ""},
	} {
		lead, partners, deadline, ok := docmodel.ParseUnitsLine(tc.in)
		if ok != tc.ok || ok && (lead != tc.lead || strings.Join(partners, "|") != tc.partners || deadline != tc.deadline) {
			t.Errorf("ParseUnitsLine(%q) = %q %q %q %v", tc.in, lead, partners, deadline, ok)
		}
	}
}

func TestSplitLead(t *testing.T) {
	for _, tc := range []struct{ in, lead, rest string }{
		{"加强创新平台建设。实施专项。", "加强创新平台建设。", "实施专项。"},
		{"明确责任和工作目标。", "明确责任和工作目标。", ""},
		{"要不要加强？要。", "要不要加强？", "要。"},
		{"没有句号的一段", "", "没有句号的一段"},
		{"。", "", "。"},
		{strings.Repeat("长", 40) + "。后文", "", strings.Repeat("长", 40) + "。后文"},
		{strings.Repeat("长", 39) + "。后文", strings.Repeat("长", 39) + "。", "后文"},
	} {
		lead, rest := docmodel.SplitLead(tc.in)
		if lead != tc.lead || rest != tc.rest {
			t.Errorf("SplitLead(%q) = %q, %q; want %q, %q", tc.in, lead, rest, tc.lead, tc.rest)
		}
	}
}

func TestSplitUnits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"市科技局、市财政局", "市科技局|市财政局"},
		{" 市科技局，市财政局 ; 市统计局；", "市科技局|市财政局|市统计局"},
		{"市科技局（知识产权局、地震局）、市财政局", "市科技局（知识产权局、地震局）|市财政局"},
		{"、 、", ""},
	} {
		if got := strings.Join(docmodel.SplitUnits(c.in), "|"); got != c.want {
			t.Errorf("SplitUnits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Recipients are separated by commas and semicolons; a 、 joins the parts
// of one recipient.
func TestSplitRecipients(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"各区人民政府，市政府各委、办、局，各市属机构：", "各区人民政府|市政府各委、办、局|各市属机构"},
		{"各县、市人民政府；州直各单位", "各县、市人民政府|州直各单位"},
		{"各镇（街道）,区直各部门:", "各镇（街道）|区直各部门"},
		{"，：", ""},
	} {
		if got := strings.Join(docmodel.SplitRecipients(c.in), "|"); got != c.want {
			t.Errorf("SplitRecipients(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
