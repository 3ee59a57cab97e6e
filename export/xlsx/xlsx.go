// Package xlsx writes a plan's 重点任务分工表 as a spreadsheet (.xlsx), the
// form an office's supervision staff (督查) track progress in: one row per
// task, the header frozen and repeated on printed pages, landscape A4.
//
// It writes the SpreadsheetML parts itself, with the standard library, as
// export/docx writes WordprocessingML: one sheet of text cells in three
// styles needs none of a spreadsheet library, whose start-up alone (tens
// of compiled patterns and tables) every run of the command line paid.
package xlsx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/export/opc"
)

// sheet is the name of the one worksheet.
const sheet = "重点任务分工表"

// columnWidths are the columns' widths in characters of the default font.
var columnWidths = []float64{6, 60, 20, 36, 16}

// The cell styles, as indices into styles.xml's cellXfs.
const (
	styleBody    = 1 // 仿宋, wrapped, centred vertically
	styleCentred = 2 // 仿宋, wrapped, centred both ways
	styleHead    = 3 // 黑体, wrapped, centred both ways
)

// Write returns the task-division table of d as an .xlsx file. A task
// without units has empty cells. The same plan gives the same file.
func Write(d *docmodel.Document) ([]byte, error) {
	return opc.Pack([]opc.Part{
		{Name: "[Content_Types].xml", Data: contentTypes},
		{Name: "_rels/.rels", Data: packageRels},
		{Name: "docProps/core.xml", Data: core(d.Meta.Title+" 重点任务分工表", d.Meta.Issuer)},
		{Name: "xl/workbook.xml", Data: workbook()},
		{Name: "xl/_rels/workbook.xml.rels", Data: workbookRels},
		{Name: "xl/styles.xml", Data: styles},
		{Name: "xl/worksheets/sheet1.xml", Data: worksheet(division.Rows(d))},
	})
}

// worksheet writes the sheet: the frozen header row, the column widths,
// a row per task with its number as a number, and the page set up as
// landscape A4.
func worksheet(rows []division.Row) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<worksheet ` + nsMain + `>` +
		`<sheetViews><sheetView tabSelected="1" workbookViewId="0">` +
		`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft"/></sheetView></sheetViews>` +
		`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, w := range columnWidths {
		n := strconv.Itoa(i + 1)
		b.WriteString(`<col min="` + n + `" max="` + n + `" width="` + strconv.FormatFloat(w, 'f', -1, 64) + `" customWidth="1"/>`)
	}
	b.WriteString(`</cols><sheetData><row r="1">`)
	for i, name := range division.Columns {
		textCell(&b, cellName(i, 1), styleHead, name)
	}
	b.WriteString(`</row>`)
	for i, row := range rows {
		r := i + 2
		b.WriteString(`<row r="` + strconv.Itoa(r) + `">`)
		b.WriteString(`<c r="` + cellName(0, r) + `" s="` + strconv.Itoa(styleCentred) + `"><v>` + strconv.Itoa(row.Seq) + `</v></c>`)
		textCell(&b, cellName(1, r), styleBody, row.Task)
		textCell(&b, cellName(2, r), styleCentred, row.Lead)
		textCell(&b, cellName(3, r), styleCentred, strings.Join(row.Partners, "、"))
		textCell(&b, cellName(4, r), styleCentred, row.Deadline)
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData>` +
		`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
		`<pageSetup paperSize="9" orientation="landscape"/></worksheet>`)
	return b.String()
}

// textCell writes a cell holding text, or only its style (its borders)
// when text is empty.
func textCell(b *strings.Builder, ref string, style int, text string) {
	b.WriteString(`<c r="` + ref + `" s="` + strconv.Itoa(style) + `"`)
	if text == "" {
		b.WriteString(`/>`)
		return
	}
	b.WriteString(` t="inlineStr"><is><t xml:space="preserve">` + esc(text) + `</t></is></c>`)
}

// cellName returns the A1-style name of the cell in column col (from 0,
// at most 26 columns) and row row (from 1).
func cellName(col, row int) string {
	return string(rune('A'+col)) + strconv.Itoa(row)
}

// esc escapes text for XML; a character XML cannot hold becomes U+FFFD.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const nsMain = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
	`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
	`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const workbookRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`</Relationships>`

// workbook names the sheet and makes its header row print at the top of
// every page.
func workbook() string {
	return xmlHeader + `<workbook ` + nsMain + `>` +
		`<sheets><sheet name="` + esc(sheet) + `" sheetId="1" r:id="rId1"/></sheets>` +
		`<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">` + esc("'"+sheet+"'!$1:$1") + `</definedName></definedNames>` +
		`</workbook>`
}

// core holds the document's title and author.
func core(title, creator string) string {
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<dc:title>` + esc(title) + `</dc:title><dc:creator>` + esc(creator) + `</dc:creator><dc:language>zh-CN</dc:language>` +
		`</cp:coreProperties>`
}

// thin is a thin black border line.
const thin = `style="thin"><color rgb="FF000000"/>`

// styles are the fonts (the default Calibri 11, which column widths are
// counted in; 仿宋 12 for the text; 黑体 12 for the header), a thin border
// all round, and the cell styles of the constants above.
const styles = xmlHeader + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><sz val="12"/><name val="仿宋"/></font><font><sz val="12"/><name val="黑体"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
	`<border><left ` + thin + `</left><right ` + thin + `</right><top ` + thin + `</top><bottom ` + thin + `</bottom><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`
