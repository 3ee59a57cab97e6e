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
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" || names[0].RefersTo != "'重点任务分工表'!$1:$1" {
		t.Errorf("defined names %+v", names)
	}
	panes, err := f.GetPanes("重点任务分工表")
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("panes %+v, %v: want the header row frozen", panes, err)
	}
	page, err := f.GetPageLayout("重点任务分工表")
	if err != nil || page.Orientation == nil || *page.Orientation != "landscape" || page.Size == nil || *page.Size != 9 {
		t.Errorf("page layout %+v, %v: want landscape A4", page, err)
	}
	for _, c := range []struct {
		col   string
		width float64
	}{{"A", 6}, {"B", 60}, {"C", 20}, {"D", 36}, {"E", 16}} {
		if w, err := f.GetColWidth("重点任务分工表", c.col); err != nil || w != c.width {
			t.Errorf("column %s is %v wide (%v), want %v", c.col, w, err, c.width)
		}
	}
	// The header in 黑体, the tasks in 仿宋 aligned left, the units and
	// the empty cells of a task without units centred with borders.
	for _, c := range []struct {
		cell, font, horizontal string
	}{{"A1", "黑体", "center"}, {"B2", "仿宋", ""}, {"C2", "仿宋", "center"}, {"A2", "仿宋", "center"}, {"E3", "仿宋", "center"}} {
		id, err := f.GetCellStyle("重点任务分工表", c.cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Font == nil || st.Font.Family != c.font || st.Font.Size != 12 || st.Alignment == nil || st.Alignment.Horizontal != c.horizontal || !st.Alignment.WrapText || len(st.Border) != 4 {
			t.Errorf("%s: font %+v alignment %+v borders %d, want %s 12, %q, wrapped, four borders", c.cell, st.Font, st.Alignment, len(st.Border), c.font, c.horizontal)
		}
	}
	props, err := f.GetDocProps()
	if err != nil || props.Title != "2025年全市科技工作要点 重点任务分工表" {
		t.Errorf("document properties %+v, %v", props, err)
	}
	again, err := xlsx.Write(d)
	if err != nil || !bytes.Equal(again, data) {
		t.Error("the same plan gave a different file")
	}
}
