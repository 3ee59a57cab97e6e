// Package xlsx writes a plan's 重点任务分工表 as a spreadsheet (.xlsx), the
// form an office's supervision staff (督查) track progress in: one row per
// task, the header frozen and repeated on printed pages, landscape A4.
package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"yaodian/division"
	"yaodian/docmodel"
)

// sheet is the name of the one worksheet.
const sheet = "重点任务分工表"

// columnWidths are the columns' widths in characters of the default font.
var columnWidths = []float64{6, 60, 20, 36, 16}

// Write returns the task-division table of d as an .xlsx file. A task
// without units has empty cells.
func Write(d *docmodel.Document) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	props := &excelize.DocProperties{Title: d.Meta.Title + " 重点任务分工表", Creator: d.Meta.Issuer, Language: "zh-CN"}
	if err := f.SetDocProps(props); err != nil {
		return nil, err
	}
	font := &excelize.Font{Family: "仿宋", Size: 12}
	body, err := f.NewStyle(&excelize.Style{Font: font, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}, Border: borders()})
	if err != nil {
		return nil, err
	}
	centred, err := f.NewStyle(&excelize.Style{Font: font, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}, Border: borders()})
	if err != nil {
		return nil, err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "黑体", Size: 12}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}, Border: borders()})
	if err != nil {
		return nil, err
	}
	for i, w := range columnWidths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return nil, err
		}
	}
	if err := f.SetSheetRow(sheet, "A1", &division.Columns); err != nil {
		return nil, err
	}
	rows := division.Rows(d)
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		values := []any{row.Seq, row.Task, row.Lead, strings.Join(row.Partners, "、"), row.Deadline}
		if err := f.SetSheetRow(sheet, cell, &values); err != nil {
			return nil, err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(division.Columns), len(rows)+1)
	if err := f.SetCellStyle(sheet, "A1", "E1", head); err != nil {
		return nil, err
	}
	if len(rows) > 0 {
		if err := f.SetCellStyle(sheet, "A2", last, centred); err != nil {
			return nil, err
		}
		end, _ := excelize.CoordinatesToCellName(2, len(rows)+1)
		if err := f.SetCellStyle(sheet, "B2", end, body); err != nil {
			return nil, err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	orient, size := "landscape", 9 // A4
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &orient, Size: &size}); err != nil {
		return nil, err
	}
	// The header row prints at the top of every page.
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet}); err != nil {
		return nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func borders() []excelize.Border {
	var out []excelize.Border
	for _, side := range []string{"left", "top", "right", "bottom"} {
		out = append(out, excelize.Border{Type: side, Color: "000000", Style: 1})
	}
	return out
}
