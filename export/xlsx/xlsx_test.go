package xlsx_test

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"yaodian/docmodel"
	"yaodian/export/xlsx"
)

// The sheet holds the header and one row per task, units in their
// columns, and prints its header on every page.
func TestWrite(t *testing.T) {
	d := docmodel.New()
	d.Meta.Title = "2025年全市科技工作要点"
	d.Sections = []*docmodel.Node{{Heading: "重点任务", Role: docmodel.RoleTasks, Children: []*docmodel.Node{
		{Lead: "加强平台建设。", LeadUnit: "市科技局", Partners: []string{"市财政局", "市发展改革委"}, Deadline: "2025年底"},
		{Lead: "培育新兴产业。"},
	}}}
	data, err := xlsx.Write(d)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("重点任务分工表")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"序号", "重点任务", "牵头单位", "责任单位", "完成时限"},
		{"1", "加强平台建设", "市科技局", "市财政局、市发展改革委", "2025年底"},
		{"2", "培育新兴产业"},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows %q", rows)
	}
	for i := range want {
		for j := range want[i] {
			if rows[i][j] != want[i][j] {
				t.Errorf("cell %d,%d = %q, want %q", i, j, rows[i][j], want[i][j])
			}
		}
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" {
		t.Errorf("defined names %+v", names)
	}
}
