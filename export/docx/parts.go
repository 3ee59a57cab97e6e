package docx

import (
	"fmt"
	"strings"
	"time"
)

// The page in twentieths of a point (twips), after GB/T 9704-2012: A4, a
// top margin of 37 mm, a left one of 28 mm and a 156 × 225 mm text block.
const (
	pageW   = 11906 // 210 mm
	pageH   = 16838 // 297 mm
	marginT = 2098  // 37 mm
	marginL = 1587  // 28 mm
	marginR = 1474  // 26 mm: 210 − 28 − 156
	marginB = 1984  // 35 mm: 297 − 37 − 225
	// footerGap places the page number about 7 mm below the text block:
	// the footer's bottom lies 23 mm above the paper's edge.
	footerGap = 1304
	// linePitch is the grid's line pitch: 22 lines in 225 mm (12 756
	// twips) are 579.8 twips apart, and Word fits only whole pitches, so
	// 579 keeps 22 lines on the page.
	linePitch = 579
	// charSpace narrows the grid's characters so that 28 of 3号 (16 pt)
	// fill 156 mm: in 4096ths of a point added to 16 pt, the value Word
	// itself sets for 28 characters a line.
	charSpace = -849
	// Landscape pages, for the 分工表: the portrait block turned, 225 mm
	// wide and 156 mm high.
	landTop    = 1587 // 28 mm
	landBottom = 1474 // 26 mm
	landLeft   = 2098 // 37 mm
	landRight  = 1984 // 35 mm
	landWidth  = pageH - landLeft - landRight
	// width is the portrait text block's width.
	width = pageW - marginL - marginR
)

// Sizes in half-points.
const (
	sizeBody  = 32 // 3号
	sizeTitle = 44 // 2号
	sizeFolio = 28 // 4号
	sizeTable = 24 // 小四, the PDF's table size
	// tableLine is the line of table text, 1.5 × 12 pt, in twips.
	tableLine = 360
)

// Fonts: the names Word and WPS know on an office PC, each with the name
// a machine without it has instead (fontTable's altName).
const (
	fontFang  = "仿宋_GB2312"
	fontTitle = "方正小标宋简体"
	fontHei   = "黑体"
	fontKai   = "楷体_GB2312"
	fontSong  = "宋体"
)

var fontTable = []struct{ name, alt, family, panose string }{
	{fontFang, "仿宋", "modern", "02010609030101010101"},
	{"仿宋", "FangSong", "modern", "02010609060101010101"},
	{fontTitle, "宋体", "auto", "02000000000000000000"},
	{fontHei, "SimHei", "modern", "02010609060101010101"},
	{fontKai, "楷体", "modern", "02010609030101010101"},
	{"楷体", "KaiTi", "modern", "02010609060101010101"},
	{fontSong, "SimSun", "auto", "02010600030101010101"},
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

func contentTypes() string {
	return xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
		`</Types>`
}

func packageRels() string {
	return xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
		`</Relationships>`
}

// The relationship IDs of the document part.
const (
	relOddFooter  = "rId4"
	relEvenFooter = "rId5"
)

func documentRels() string {
	return xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>` +
		`<Relationship Id="` + relOddFooter + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
		`<Relationship Id="` + relEvenFooter + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>` +
		`</Relationships>`
}

// settings turns on separate odd and even footers and East Asian line
// breaking rules.
func settings() string {
	return xmlHeader + `<w:settings ` + nsW + `>` +
		`<w:defaultTabStop w:val="420"/>` +
		`<w:evenAndOddHeaders/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>` +
		`</w:settings>`
}

func fonts() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:fonts ` + nsW + `>`)
	for _, f := range fontTable {
		fmt.Fprintf(&b, `<w:font w:name="%s"><w:altName w:val="%s"/><w:panose1 w:val="%s"/><w:charset w:val="86"/><w:family w:val="%s"/><w:pitch w:val="variable"/></w:font>`,
			f.name, f.alt, f.panose, f.family)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

// rFonts names one font for every script, so that digits and Latin
// letters print in the face of the Chinese text around them.
func rFonts(name string) string {
	return `<w:rFonts w:ascii="` + name + `" w:eastAsia="` + name + `" w:hAnsi="` + name + `" w:cs="` + name + `" w:hint="eastAsia"/>`
}

// The style IDs of the document.
const (
	styleNormal      = "Normal"
	styleTitle       = "Title"
	styleNumber      = "DocNumber"
	styleRecipients  = "Recipients"
	styleUnits       = "TaskUnits"
	styleSignature   = "Signature"
	styleDate        = "Date"
	styleAttachNote  = "AttachmentNote"
	styleAttachMore  = "AttachmentNoteMore"
	styleAttachMark  = "AttachmentMark"
	styleTable       = "TableText"
	styleTableCenter = "TableCentered"
	styleTableHead   = "TableHeader"
	styleFooter      = "Footer"
	styleLead        = "LeadSentence"
	styleLevelHei    = "LevelHei"
	styleLevelKai    = "LevelKai"
	styleGrid        = "TableGrid"
)

// headingStyle is the style ID of outline depth d (1 for 一、).
func headingStyle(d int) string {
	return fmt.Sprintf("Heading%d", min(d, 9))
}

// indent2 is the first-line indent of two grid characters.
const indent2 = `<w:ind w:firstLineChars="200" w:firstLine="632"/>`

// noIndent takes the body's first-line indent away.
const noIndent = `<w:ind w:firstLineChars="0" w:firstLine="0"/>`

// styles writes the style sheet: every paragraph of the document takes
// its fonts, sizes, indents and spacing from one of these.
func styles() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles ` + nsW + `>`)
	// The defaults: 仿宋 3号 on exact lines of the grid's pitch.
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr>%s<w:kern w:val="2"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="%d" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>`,
		rFonts(fontFang), sizeBody, sizeBody, linePitch)
	para := func(id, name, based, pPr, rPr string, extra string) {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%s"`, id)
		if id == styleNormal {
			b.WriteString(` w:default="1"`)
		}
		fmt.Fprintf(&b, `><w:name w:val="%s"/>`, name)
		if based != "" {
			fmt.Fprintf(&b, `<w:basedOn w:val="%s"/><w:next w:val="%s"/>`, based, styleNormal)
		}
		b.WriteString(extra + `<w:qFormat/>`)
		if pPr != "" {
			b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
		}
		if rPr != "" {
			b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	char := func(id, name, rPr string) {
		fmt.Fprintf(&b, `<w:style w:type="character" w:styleId="%s"><w:name w:val="%s"/><w:qFormat/><w:rPr>%s</w:rPr></w:style>`, id, name, rPr)
	}
	size := func(hp int) string { return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, hp, hp) }

	// Text is set off the character grid, at its own widths condensed
	// by 0.4 pt, so that 28 characters of 3号 fill the 156 mm line and a
	// 29th does not (with faces slightly wider than an em, too): the
	// grid's 15.79 pt cells are narrower than 16 pt, which Word lets a
	// character fill alone but LibreOffice gives two cells. The
	// exact line spacing keeps the 22 lines of the grid. The size is on
	// Normal itself because LibreOffice measures the grid with it.
	para(styleNormal, "Normal", "", `<w:widowControl w:val="0"/><w:snapToGrid w:val="0"/>`+indent2+`<w:jc w:val="both"/>`, rFonts(fontFang)+`<w:spacing w:val="-8"/>`+size(sizeBody), "")
	para(styleTitle, "Title", styleNormal, fmt.Sprintf(`<w:keepNext/><w:spacing w:after="%d"/>%s<w:jc w:val="center"/><w:outlineLvl w:val="9"/>`, linePitch, noIndent), rFonts(fontTitle)+`<w:spacing w:val="0"/>`+size(sizeTitle), "")
	// Outline levels: 一、 黑体, （一） 楷体, deeper ones 仿宋, all 3号
	// and indented like the body.
	for d := 1; d <= 5; d++ {
		font := fontFang
		switch d {
		case 1:
			font = fontHei
		case 2:
			font = fontKai
		}
		para(headingStyle(d), fmt.Sprintf("heading %d", d), styleNormal, fmt.Sprintf(`<w:keepNext/><w:keepLines/><w:outlineLvl w:val="%d"/>`, d-1), rFonts(font)+`<w:b w:val="0"/><w:bCs w:val="0"/>`+size(sizeBody), "")
	}
	para(styleNumber, "发文字号", styleNormal, fmt.Sprintf(`<w:spacing w:after="%d"/>%s<w:jc w:val="center"/>`, linePitch, noIndent), "", "")
	para(styleRecipients, "主送机关", styleNormal, noIndent, "", "")
	para(styleUnits, "任务分工", styleNormal, "", rFonts(fontKai), "")
	// The signature: one blank line below the text; its place on the
	// line is set paragraph by paragraph (see signature).
	para(styleSignature, "发文机关署名", styleNormal, fmt.Sprintf(`<w:keepNext/><w:spacing w:before="%d"/>%s<w:jc w:val="right"/>`, linePitch, noIndent), "", "")
	para(styleDate, "成文日期", styleNormal, noIndent+`<w:jc w:val="right"/>`, "", "")
	// 附件说明: a blank line above, "附件：" two characters in, and the
	// names aligned after it.
	para(styleAttachNote, "附件说明", styleNormal, fmt.Sprintf(`<w:spacing w:before="%d"/><w:ind w:left="1580" w:leftChars="500" w:hanging="948" w:hangingChars="300"/>`, linePitch), "", "")
	para(styleAttachMore, "附件说明续", styleAttachNote, `<w:spacing w:before="0"/><w:ind w:left="1580" w:leftChars="500" w:hanging="0" w:hangingChars="0"/>`, "", "")
	// "附件" at the top left of an attachment's first page, 3号黑体.
	para(styleAttachMark, "附件标识", styleNormal, `<w:keepNext/><w:pageBreakBefore/>`+noIndent+`<w:jc w:val="left"/>`, rFonts(fontHei), "")
	// Table text: single lines of 1.5 times the size.
	tableP := fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="exact"/>%s<w:jc w:val="left"/>`, tableLine, noIndent)
	para(styleTable, "表格文字", styleNormal, tableP, `<w:spacing w:val="0"/>`+size(sizeTable), "")
	para(styleTableCenter, "表格文字居中", styleTable, `<w:jc w:val="center"/>`, "", "")
	para(styleTableHead, "表头", styleTable, `<w:keepNext/><w:jc w:val="center"/>`, rFonts(fontHei)+size(sizeTable), "")
	// Page numbers: 4号 宋体.
	para(styleFooter, "footer", styleNormal, `<w:spacing w:line="240" w:lineRule="auto"/>`+noIndent, rFonts(fontSong)+`<w:spacing w:val="0"/>`+size(sizeFolio), "")
	char(styleLead, "小标题句", `<w:b/><w:bCs/>`)
	char(styleLevelHei, "一级标题字", rFonts(fontHei))
	char(styleLevelKai, "二级标题字", rFonts(fontKai))
	b.WriteString(`<w:style w:type="table" w:styleId="` + styleGrid + `"><w:name w:val="Table Grid"/><w:tblPr>` +
		`<w:jc w:val="center"/><w:tblBorders>` +
		`<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
		`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
		`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
		`</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>` +
		`</w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// footer writes a footer with the page number as "— 1 —": on the right
// of odd pages, one character from the edge, and on the left of even
// ones.
func footer(odd bool) string {
	jc, ind := "right", `<w:ind w:right="280"/>`
	if !odd {
		jc, ind = "left", `<w:ind w:left="280"/>`
	}
	return xmlHeader + `<w:ftr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="` + styleFooter + `"/>` + ind + `<w:jc w:val="` + jc + `"/></w:pPr>` +
		`<w:r><w:t xml:space="preserve">— </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`
}

// core writes the document properties: the title, the issuer as the
// author and, when the document is dated, the date as its creation, so
// that the same plan always gives the same file.
func core(title, issuer, date string) string {
	stamp := ""
	if t, err := time.Parse("2006-01-02", date); err == nil {
		s := t.Format("2006-01-02T15:04:05Z")
		stamp = `<dcterms:created xsi:type="dcterms:W3CDTF">` + s + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + s + `</dcterms:modified>`
	}
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(title) + `</dc:title><dc:creator>` + esc(issuer) + `</dc:creator><cp:lastModifiedBy>` + esc(issuer) + `</cp:lastModifiedBy>` +
		`<dc:language>zh-CN</dc:language>` +
		stamp +
		`</cp:coreProperties>`
}

func app() string {
	return xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>要点 Yaodian</Application></Properties>`
}
