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

// Only an ID of NewNode's form, n and one to nine digits, must stay
// below NextID; any other ID is free text.
func TestValidateNumericIDs(t *testing.T) {
	for _, tc := range []struct {
		id    string
		valid bool
	}{
		{"n99", true},
		{"n100", false},
		{"n000000100", false},
		{"n123456789", false},
		{"n1234567890", true}, // ten digits: not NewNode's form
		{"n", true},
		{"n10a", true},
		{"N200", true},
		{"x200", true},
		{"n-200", true},
	} {
		d := docmodeltest.Full(docmodel.DefaultOptions())
		d.NextID = 100
		d.Sections[1].ID = tc.id
		err := d.Validate()
		if (err == nil) != tc.valid {
			t.Errorf("ID %q with next_id 100: Validate() = %v, want valid %v", tc.id, err, tc.valid)
		}
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
