package docx

import (
	"fmt"
	"strings"

	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/plantext"
)

// Table geometry in twips: a character of table text (12 pt), and the
// cell margins left and right together (TableGrid's tblCellMar).
const (
	tableChar = 240
	cellPad   = 160
)

// cellWidth is the width a text takes on one line of a cell, margins
// included.
func cellWidth(s string) float64 {
	return ems(s)*tableChar + cellPad + 20
}

// column is a table column: its header, whether its text is set flush
// left (centred otherwise), and its width in twips.
type column struct {
	header string
	left   bool
	width  int
}

// cellText is the content of a cell: its lines, written with manual
// breaks between them.
type cellText []string

// tblLook applies the table style's header-row formatting and none of
// its column or banding formats, in the one form every Word reads: the
// bit mask of ECMA-376's first edition (0x0020 first row, 0x0200 no
// horizontal bands, 0x0400 no vertical ones). The attributes that spell
// the same flags out came with ISO/IEC 29500 and are undeclared for Word
// 2007; Word 2010 and later read the mask too.
const tblLook = `<w:tblLook w:val="0620"/>`

// table writes a table whose header row repeats on every page it runs
// over.
func (w *writer) table(cols []column, rows [][]cellText) {
	total := 0
	for _, c := range cols {
		total += c.width
	}
	w.b = append(w.b, fmt.Sprintf(`<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/>%s</w:tblPr><w:tblGrid>`, styleGrid, total, tblLook)...)
	for _, c := range cols {
		w.b = append(w.b, fmt.Sprintf(`<w:gridCol w:w="%d"/>`, c.width)...)
	}
	w.b = append(w.b, `</w:tblGrid>`...)
	w.b = append(w.b, `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`...)
	for _, c := range cols {
		w.cell(c.width, styleTableHead, cellText{c.header})
	}
	w.b = append(w.b, `</w:tr>`...)
	for _, r := range rows {
		w.b = append(w.b, `<w:tr>`...)
		for i, c := range cols {
			style := styleTableCenter
			if c.left {
				style = styleTable
			}
			w.cell(c.width, style, r[i])
		}
		w.b = append(w.b, `</w:tr>`...)
	}
	w.b = append(w.b, `</w:tbl>`...)
	w.pPrEnd = -1
}

func (w *writer) cell(width int, style string, text cellText) {
	w.b = append(w.b, fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`, width)...)
	var runs []string
	for i, l := range text {
		if i > 0 {
			runs = append(runs, lineBreak)
		}
		runs = append(runs, run(l, ""))
	}
	w.para(style, "", runs...)
	w.b = append(w.b, `</w:tc>`...)
}

// widths sizes columns to the block: natural is each column's width with
// its longest text on one line, least the width it must keep.
func widths(cols []column, natural, least []float64, total int) {
	for i, v := range layout.ShareWidths(natural, least, float64(total)) {
		cols[i].width = int(v)
	}
}

// indicatorTable writes a node's indicators under
// docmodel.IndicatorColumns, leaving out the columns no indicator fills
// (the name and value always show), as the PDF does.
func (w *writer) indicatorTable(inds []docmodel.Indicator) {
	used, full := layout.IndicatorCells(inds)
	cols := make([]column, len(used))
	natural := make([]float64, len(used))
	least := make([]float64, len(used))
	rows := make([][]cellText, len(inds))
	for i, c := range used {
		cols[i] = column{header: docmodel.IndicatorColumns[c], left: c == 0 || c == len(docmodel.IndicatorColumns)-1}
		least[i] = cellWidth(cols[i].header)
		natural[i] = least[i]
		for r, row := range full {
			natural[i] = max(natural[i], cellWidth(row[c]))
			rows[r] = append(rows[r], cellText{row[c]})
		}
	}
	widths(cols, natural, least, width)
	w.table(cols, rows)
}

// divisionTable writes the 重点任务分工表 across the landscape block. The
// unit columns are at least as wide as their longest name, and their
// names are packed into lines whole, so that no name is split where it
// fits on a line.
func (w *writer) divisionTable(rows []division.Row) {
	cols := make([]column, len(division.Columns))
	natural := make([]float64, len(cols))
	least := make([]float64, len(cols))
	for i, h := range division.Columns {
		cols[i] = column{header: h, left: i == 1}
		least[i] = cellWidth(h)
		natural[i] = least[i]
	}
	units := make([][2][]string, len(rows))
	for r, row := range rows {
		units[r] = [2][]string{plantext.SplitUnits(row.Lead), row.Partners}
		cells := row.Cells()
		natural[0] = max(natural[0], cellWidth(cells[0]))
		natural[1] = max(natural[1], cellWidth(cells[1]))
		least[4] = max(least[4], cellWidth(cells[4]))
		natural[4] = max(natural[4], least[4])
		for k, list := range units[r] {
			c := 2 + k
			for _, name := range list {
				least[c] = max(least[c], cellWidth(name))
			}
			natural[c] = max(natural[c], least[c], cellWidth(strings.Join(list, "、")))
		}
	}
	least[0] = natural[0]
	least[1] = max(least[1], 8*tableChar+cellPad)
	widths(cols, natural, least, landWidth)
	out := make([][]cellText, len(rows))
	for r, row := range rows {
		cells := row.Cells()
		out[r] = []cellText{{cells[0]}, {cells[1]},
			pack(units[r][0], cols[2].width-cellPad), pack(units[r][1], cols[3].width-cellPad), {cells[4]}}
	}
	w.table(cols, out)
}

// pack fills lines of a cell of the given inner width with whole names
// joined by 、, starting a new line rather than splitting a name.
func pack(names []string, inner int) cellText {
	return layout.PackNames(names, float64(inner), func(s string) float64 { return ems(s) * tableChar })
}
