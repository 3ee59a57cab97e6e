package xlsx_test

import (
	"slices"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/export/opc/opctest"
	"yaodian/export/xlsx"
)

// Excel's own validator — the Open XML SDK's — finds nothing wrong in
// any part of the spreadsheet, for Office 2007 nor for Microsoft 365,
// with tasks with and without units, and text XML must escape; and a
// copy with the sheet's elements out of the schema's order fails.
func TestValidates(t *testing.T) {
	if testing.Short() {
		t.Skip("the validator takes seconds")
	}
	d := docmodel.New()
	d.Meta.Title = "2025年全市科技工作要点"
	d.Meta.Issuer = "××市科学技术局"
	d.Sections = []*docmodel.Node{{Heading: "重点任务", Role: docmodel.RoleTasks, Children: []*docmodel.Node{
		{Lead: "加强平台建设。", LeadUnit: "市科技局", Partners: []string{"市财政局", "市发展改革委"}, Deadline: "2025年底"},
		{Lead: "培育<新兴>产业 & 未来产业。", LeadUnit: "市工业和信息化局", Partners: []string{"吉𠮷镇人民政府"}},
		{Lead: "完善考核办法。"},
	}}}
	good, err := xlsx.Write(d)
	if err != nil {
		t.Fatal(err)
	}
	// The misordered copy: the frozen pane's view after the column
	// widths, where the schema has it before them.
	misordered := opctest.Repack(t, good, "xl/worksheets/sheet1.xml", func(s string) string {
		start, end := strings.Index(s, "<sheetViews>"), strings.Index(s, "</sheetViews>")+len("</sheetViews>")
		views := s[start:end]
		s = s[:start] + s[end:]
		return strings.Replace(s, "</cols>", "</cols>"+views, 1)
	})
	got := opctest.Problems(t, map[string][]byte{"good.xlsx": good, "misordered.xlsx": misordered})
	if p := got["good.xlsx"]; len(p) > 0 {
		t.Errorf("%d problems:\n%s", len(p), strings.Join(p, "\n"))
	}
	want := "unexpected child element 'http://schemas.openxmlformats.org/spreadsheetml/2006/main:sheetViews'"
	if p := got["misordered.xlsx"]; !slices.ContainsFunc(p, func(s string) bool { return strings.Contains(s, want) }) {
		t.Errorf("the misordered sheet passed; the check found:\n%s", strings.Join(p, "\n"))
	} else {
		t.Logf("the misordered sheet, as it should, fails:\n%s", strings.Join(p, "\n"))
	}
}
