package division_test

import (
	"slices"
	"testing"

	"yaodian/division"
	"yaodian/docmodel"
)

// Rows lists the tasks: nodes with units, and the leaves of the tasks
// part that no enclosing node gave units to.
func TestRows(t *testing.T) {
	leaf := func(lead string) *docmodel.Node { return &docmodel.Node{Lead: lead} }
	d := docmodel.New()
	d.Sections = []*docmodel.Node{
		{Heading: "总体要求", Role: docmodel.RolePrinciples, Children: []*docmodel.Node{leaf("不是任务。")}},
		{Heading: "重点任务", Role: docmodel.RoleTasks, Children: []*docmodel.Node{
			{Heading: "创新平台", LeadUnit: "市科技局", Partners: []string{"市财政局", "市发展改革委"}, Deadline: "2025年12月底",
				Children: []*docmodel.Node{leaf("子项不另列。")}},
			{Heading: "产业升级", Children: []*docmodel.Node{leaf("培育新兴产业。"), {Lead: "自有单位。", LeadUnit: "市工信局"}}},
		}},
	}
	var got [][]string
	for _, r := range division.Rows(d) {
		got = append(got, r.Cells())
	}
	want := [][]string{
		{"1", "创新平台", "市科技局", "市财政局、市发展改革委", "2025年12月底"},
		{"2", "培育新兴产业", "", "", ""},
		{"3", "自有单位", "市工信局", "", ""},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("rows %q, want %q", got, want)
	}
	if m := division.Missing(d); len(m) != 1 || m[0].Path != "二、/（二）/1．" {
		t.Errorf("missing %+v", m)
	}
}
