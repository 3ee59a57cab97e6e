package plantext_test

import (
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/plantext"
)

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
		lead, partners, deadline, ok := plantext.ParseUnitsLine(tc.in)
		if ok != tc.ok || ok && (lead != tc.lead || strings.Join(partners, "|") != tc.partners || deadline != tc.deadline) {
			t.Errorf("ParseUnitsLine(%q) = %q %q %q %v", tc.in, lead, partners, deadline, ok)
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
		if got := strings.Join(plantext.SplitUnits(c.in), "|"); got != c.want {
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
		if got := strings.Join(plantext.SplitRecipients(c.in), "|"); got != c.want {
			t.Errorf("SplitRecipients(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
