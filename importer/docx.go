package importer

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// Limits that keep a hostile or broken Word file from exhausting memory:
// a zip bomb is cut off at the decompressed size, a zip with absurdly
// many entries is refused before its directory is read, and XML nested
// deeper than any real document is refused.
const (
	maxZipEntries   = 2000
	maxDocumentPart = 64 << 20 // word/document.xml, decompressed
	maxSidePart     = 8 << 20  // styles, numbering, relationships
	maxXMLDepth     = 256
)

// Docx reads a Word document (.docx, Office Open XML) and returns the
// documents it holds: one, or one per part of a compilation. It reads the
// main text in document order — paragraphs, tables, text boxes, tracked
// insertions, not deletions, hidden text or a table of contents — with
// what Word shows of each paragraph: its heading level (from styles named
// Heading 1–9 or 标题 1–9, or an outline level), the number Word's
// automatic numbering renders before it, and its bold runs. Tables become
// indicators or task units where their columns say so (see table).
func Docx(src []byte) ([]*docmodel.Document, error) {
	return documents(readDocx(src))
}

// readDocx is Docx with what the import set aside.
func readDocx(src []byte) ([]Result, error) {
	if err := sniffWord(src); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, usererr.Wrap(err, "Word 文件已损坏或不完整（无法读取压缩包）", "the Word file is damaged or truncated (cannot read it as a zip archive)")
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	main, err := mainPart(parts)
	if err != nil {
		return nil, err
	}
	rels, err := relationships(parts, path.Join(path.Dir(main), "_rels", path.Base(main)+".rels"))
	if err != nil {
		return nil, err
	}
	styles := newStyleSheet()
	if f := parts[strings.ToLower(rels.target(main, "/styles"))]; f != nil {
		if err := readXMLPart(f, maxSidePart, styles.read); err != nil {
			return nil, err
		}
	}
	num := newNumbering(styles)
	if f := parts[strings.ToLower(rels.target(main, "/numbering"))]; f != nil {
		if err := readXMLPart(f, maxSidePart, num.read); err != nil {
			return nil, err
		}
	}
	body := &bodyReader{styles: styles, num: num}
	if err := readXMLPart(parts[main], maxDocumentPart, body.read); err != nil {
		return nil, err
	}
	if len(body.out) == 0 {
		return nil, usererr.New("Word 文档中没有文字", "the Word document has no text")
	}
	return buildAll(body.out)
}

// sniffWord refuses, with a message that says what it is, a file that is
// not a .docx: an old binary .doc or .wps, a password-protected document,
// RTF, a web page, or anything else that is not a zip archive; and a zip
// archive with more entries than a Word file has.
func sniffWord(src []byte) error {
	switch {
	case len(bytes.TrimSpace(src)) == 0:
		return errEmpty
	case bytes.HasPrefix(src, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		if bytes.Contains(src, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e")) {
			return usererr.New("Word 文档设有打开密码；请在 Word 或 WPS 中取消密码后另存为 .docx", "the Word document is protected by a password; remove the password in Word or WPS and save it as .docx")
		}
		return usererr.New("这是旧版 Word（.doc）或 WPS 格式；请在 Word 或 WPS 中另存为 .docx 再导入", "this is an old Word (.doc) or WPS file; save it as .docx in Word or WPS and import that")
	case otherFormat(src) != nil:
		return otherFormat(src)
	case !isZip(src):
		return usererr.New("文件不是 Word 文档（.docx 文件是一个 zip 压缩包，此文件不是）", "the file is not a Word document (a .docx file is a zip archive, and this is not)")
	}
	entries, ok := zipEntries(src)
	switch {
	case !ok:
		return usererr.New("Word 文件不完整（压缩包的目录缺失，可能下载或复制时被截断）", "the Word file is truncated (its zip directory is missing)")
	case entries > maxZipEntries:
		return usererr.New(fmt.Sprintf("压缩包含有 %d 个条目，不像是 Word 文档", entries), fmt.Sprintf("the zip archive has %d entries, which no Word document has", entries))
	}
	return nil
}

// otherFormat names the formats that reach Yaodian under a Word name —
// RTF, and the web pages web systems hand out as "Word" files — or
// returns nil.
func otherFormat(src []byte) error {
	switch {
	case bytes.HasPrefix(src, []byte(`{\rtf`)):
		return usererr.New("这是 RTF 格式；请在 Word 或 WPS 中另存为 .docx 再导入", "this is an RTF file; save it as .docx in Word or WPS and import that")
	case bytes.Contains(bytes.ToLower(src[:min(len(src), 1024)]), []byte("<html")):
		return usererr.New("这是以 Word 扩展名保存的网页（HTML）；请在 Word 或 WPS 中打开后另存为 .docx 再导入", "this is a web page (HTML) saved with a Word extension; open it in Word or WPS, save it as .docx and import that")
	}
	return nil
}

func isZip(src []byte) bool {
	return bytes.HasPrefix(src, []byte("PK\x03\x04")) || bytes.HasPrefix(src, []byte("PK\x05\x06"))
}

// zipEntries reads the entry count from the end-of-central-directory
// record, so that a zip with millions of entries is refused before
// archive/zip allocates for each. A count of 0xFFFF (ZIP64) is reported as
// such, which is more than any Word file has.
func zipEntries(src []byte) (int, bool) {
	const eocdSize = 22
	if len(src) < eocdSize {
		return 0, false
	}
	from := max(0, len(src)-eocdSize-0xFFFF)
	i := bytes.LastIndex(src[from:], []byte("PK\x05\x06"))
	if i < 0 || from+i+eocdSize > len(src) {
		return 0, false
	}
	return int(binary.LittleEndian.Uint16(src[from+i+10:])), true
}

// mainPart finds the main document part through the package
// relationships, as Word does; word/document.xml when they are missing.
func mainPart(parts map[string]*zip.File) (string, error) {
	rels, err := relationships(parts, "_rels/.rels")
	if err != nil {
		return "", err
	}
	main := strings.ToLower(rels.target("", "/officeDocument"))
	if parts[main] == nil {
		main = "word/document.xml"
	}
	if parts[main] != nil {
		return main, nil
	}
	switch {
	case parts["xl/workbook.xml"] != nil:
		return "", usererr.New("这是 Excel 表格，不是 Word 文档", "this is an Excel workbook, not a Word document")
	case parts["ppt/presentation.xml"] != nil:
		return "", usererr.New("这是 PowerPoint 演示文稿，不是 Word 文档", "this is a PowerPoint presentation, not a Word document")
	case parts["content.xml"] != nil:
		return "", usererr.New("这是 OpenDocument（.odt）文件；请另存为 .docx 再导入", "this is an OpenDocument (.odt) file; save it as .docx and import that")
	}
	return "", usererr.New("压缩包中没有 Word 正文（word/document.xml），不是 Word 文档", "the zip archive has no Word main document (word/document.xml); it is not a Word document")
}

// rels maps relationship types to part names.
type rels map[string]string

// target returns the part a relationship of the type ending in suffix
// points to, resolved against the folder of the part from.
func (r rels) target(from, suffix string) string {
	for typ, t := range r {
		if strings.HasSuffix(typ, suffix) {
			if strings.HasPrefix(t, "/") {
				return strings.TrimPrefix(t, "/")
			}
			return path.Clean(path.Join(path.Dir(from), t))
		}
	}
	return ""
}

// relationships reads a .rels part; a missing one is empty.
func relationships(parts map[string]*zip.File, name string) (rels, error) {
	r := rels{}
	f := parts[strings.ToLower(name)]
	if f == nil {
		return r, nil
	}
	err := readXMLPart(f, maxSidePart, func(dec *depthReader) error {
		for {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
				if attr(se, "TargetMode") == "External" {
					continue
				}
				if typ := attr(se, "Type"); r[typ] == "" {
					r[typ] = attr(se, "Target")
				}
			}
		}
	})
	return r, err
}

// errPartTooLarge reports a part that decompresses beyond its limit.
var errPartTooLarge = errors.New("part too large")

// cappedReader fails once more than n bytes have been read.
type cappedReader struct {
	r io.Reader
	n int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		return 0, errPartTooLarge
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	n, err := c.r.Read(p)
	c.n -= int64(n)
	return n, err
}

// depthReader wraps an XML decoder to refuse nesting deeper than
// maxXMLDepth.
type depthReader struct {
	*xml.Decoder
	depth int
}

var errTooDeep = errors.New("XML nested too deeply")

func (d *depthReader) Token() (xml.Token, error) {
	tok, err := d.Decoder.Token()
	switch tok.(type) {
	case xml.StartElement:
		d.depth++
		if d.depth > maxXMLDepth {
			return nil, errTooDeep
		}
	case xml.EndElement:
		d.depth--
	}
	return tok, err
}

// readXMLPart decompresses one part, at most limit bytes of it, and lets
// read decode it. The decoder's Token refuses nesting deeper than
// maxXMLDepth. io.EOF from read is the normal end.
func readXMLPart(f *zip.File, limit int64, read func(*depthReader) error) error {
	rc, err := f.Open()
	if err != nil {
		return damaged(f.Name, err)
	}
	defer rc.Close()
	err = read(&depthReader{Decoder: xml.NewDecoder(&cappedReader{r: rc, n: limit})})
	switch {
	case err == nil || errors.Is(err, io.EOF):
		return nil
	case errors.Is(err, errPartTooLarge):
		return usererr.New(fmt.Sprintf("Word 文件中的 %s 解压后超过 %d MB，不像是正常的文档（可能是压缩炸弹）", f.Name, limit>>20),
			fmt.Sprintf("%s in the Word file decompresses to more than %d MB, which no real document does (a zip bomb?)", f.Name, limit>>20))
	case errors.Is(err, errTooDeep):
		return usererr.New(fmt.Sprintf("Word 文件中的 %s 嵌套超过 %d 层，无法读取", f.Name, maxXMLDepth), fmt.Sprintf("%s in the Word file is nested more than %d levels deep", f.Name, maxXMLDepth))
	}
	return damaged(f.Name, err)
}

func damaged(name string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return usererr.Wrap(err, "Word 文件已损坏：“"+name+"”不完整", "the Word file is damaged: "+name+" is truncated")
	}
	return usererr.Wrap(err, "Word 文件已损坏：无法读取其中的“"+name+"”", "the Word file is damaged: cannot read "+name+" ("+err.Error()+")")
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// onOff reads a WordprocessingML on/off property such as <w:b/> or
// <w:b w:val="0"/>.
func onOff(se xml.StartElement) bool {
	switch attr(se, "val") {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

func atoiOr(s string, def int) int {
	if v, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		return v
	}
	return def
}

// skip reads to the end of the element just started, without recursion.
func skip(dec *depthReader) error {
	for depth := 1; depth > 0; {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// pState is a paragraph being read.
type pState struct {
	text    strings.Builder
	bold    [][2]int
	style   string
	numID   string
	ilvl    int
	hasNum  bool
	outline int // -1 when the paragraph sets none
	// The properties of the run being read.
	runBold  *bool
	runStyle string
	hidden   bool
}

// cell is a table cell being read.
type cell struct {
	text   strings.Builder
	span   int
	merged bool // continues a vertically merged cell
}

// tState is a table being read.
type tState struct {
	rows  [][]string
	cells []*cell // cells of the current row
	cell  *cell
}

// bodyReader reads the main document part into paragraphs.
type bodyReader struct {
	styles *styleSheet
	num    *numbering
	out    []para
	ps     []*pState
	ts     []*tState
	// stack holds the local names of the open elements.
	stack []string
}

func (b *bodyReader) read(dec *depthReader) error {
	tocDepth := map[int]bool{} // depths of w:sdt elements holding a table of contents
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			parent := ""
			if len(b.stack) > 0 {
				parent = b.stack[len(b.stack)-1]
			}
			if skipped(t) || name == "sdtContent" && tocDepth[len(b.stack)-1] {
				if err := skip(dec); err != nil {
					return err
				}
				continue
			}
			b.stack = append(b.stack, name)
			b.start(t, parent)
			if name == "docPartGallery" && strings.Contains(attr(t, "val"), "Table of Contents") {
				for i := len(b.stack) - 1; i >= 0; i-- {
					if b.stack[i] == "sdt" {
						tocDepth[i] = true
						break
					}
				}
			}
		case xml.EndElement:
			if len(b.stack) == 0 {
				continue
			}
			b.end(t.Name.Local)
			delete(tocDepth, len(b.stack)-1)
			b.stack = b.stack[:len(b.stack)-1]
		case xml.CharData:
			if len(b.stack) > 0 && b.stack[len(b.stack)-1] == "t" && len(b.ps) > 0 {
				b.write(string(t))
			}
		}
	}
}

// skipped reports whether an element and all it holds are left out:
// deleted text, field instructions, the fallback copy of a text box,
// property changes of tracked revisions, section properties.
func skipped(se xml.StartElement) bool {
	switch se.Name.Local {
	case "del", "moveFrom", "delText", "instrText", "delInstrText", "Fallback", "pPrChange", "rPrChange",
		"sectPr", "footnoteReference", "endnoteReference", "commentReference", "fldData", "tblPr", "tblGrid", "trPr":
		return true
	}
	return false
}

func (b *bodyReader) inProps() (pPr, rPr bool) {
	for _, s := range b.stack {
		switch s {
		case "pPr":
			pPr = true
		case "rPr":
			rPr = true
		}
	}
	return pPr, rPr
}

func (b *bodyReader) start(se xml.StartElement, parent string) {
	var p *pState
	if len(b.ps) > 0 {
		p = b.ps[len(b.ps)-1]
	}
	var t *tState
	if len(b.ts) > 0 {
		t = b.ts[len(b.ts)-1]
	}
	switch se.Name.Local {
	case "p":
		b.ps = append(b.ps, &pState{outline: -1})
	case "r":
		if p != nil {
			p.runBold, p.runStyle, p.hidden = nil, "", false
		}
	case "tbl":
		b.ts = append(b.ts, &tState{})
	case "tr":
		if t != nil {
			t.cells = nil
		}
	case "tc":
		if t != nil {
			t.cell = &cell{span: 1}
			t.cells = append(t.cells, t.cell)
		}
	case "gridSpan":
		if t != nil && t.cell != nil {
			t.cell.span = min(max(atoiOr(attr(se, "val"), 1), 1), 64)
		}
	case "vMerge":
		if t != nil && t.cell != nil && attr(se, "val") != "restart" {
			t.cell.merged = true
		}
	}
	if p == nil {
		return
	}
	pPr, rPr := b.inProps()
	switch {
	case pPr && !rPr:
		switch se.Name.Local {
		case "pStyle":
			p.style = attr(se, "val")
		case "numId":
			p.numID, p.hasNum = attr(se, "val"), true
		case "ilvl":
			p.ilvl = min(max(atoiOr(attr(se, "val"), 0), 0), 8)
		case "outlineLvl":
			p.outline = atoiOr(attr(se, "val"), -1)
		}
	case rPr && !pPr:
		switch se.Name.Local {
		case "b":
			v := onOff(se)
			p.runBold = &v
		case "rStyle":
			p.runStyle = attr(se, "val")
		case "vanish", "specVanish":
			p.hidden = onOff(se)
		}
	case !pPr && !rPr:
		switch se.Name.Local {
		case "tab", "ptab":
			if parent == "r" {
				b.write(" ")
			}
		case "br", "cr":
			if parent == "r" && attr(se, "type") != "page" && attr(se, "type") != "column" {
				b.write(" ")
			}
		case "noBreakHyphen":
			b.write("-")
		}
	}
}

// write adds text of the current run to the open paragraph, noting it as
// bold if the run is. Control characters become spaces.
func (b *bodyReader) write(s string) {
	p := b.ps[len(b.ps)-1]
	if p.hidden || s == "" {
		return
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	start := p.text.Len()
	p.text.WriteString(s)
	if !b.styles.runBold(p.style, p.runStyle, p.runBold) {
		return
	}
	if n := len(p.bold); n > 0 && p.bold[n-1][1] == start {
		p.bold[n-1][1] = p.text.Len()
	} else {
		p.bold = append(p.bold, [2]int{start, p.text.Len()})
	}
}

func (b *bodyReader) end(name string) {
	switch name {
	case "p":
		if len(b.ps) == 0 {
			return
		}
		p := b.ps[len(b.ps)-1]
		b.ps = b.ps[:len(b.ps)-1]
		b.paragraph(p)
	case "tc":
		if t := b.top(); t != nil && t.cell != nil {
			t.cell = nil
		}
	case "tr":
		if t := b.top(); t != nil {
			t.rows = append(t.rows, t.rowCells())
		}
	case "tbl":
		if len(b.ts) == 0 {
			return
		}
		t := b.ts[len(b.ts)-1]
		b.ts = b.ts[:len(b.ts)-1]
		if len(t.rows) == 0 {
			return
		}
		if outer := b.top(); outer != nil && outer.cell != nil {
			// A table inside a cell becomes text of that cell.
			for _, row := range t.rows {
				outer.cell.add(strings.Join(row, "　"))
			}
			return
		}
		b.out = append(b.out, para{rows: t.rows})
	}
}

func (b *bodyReader) top() *tState {
	if len(b.ts) == 0 {
		return nil
	}
	return b.ts[len(b.ts)-1]
}

func (c *cell) add(s string) {
	if s = strings.TrimSpace(s); s == "" {
		return
	}
	if c.text.Len() > 0 {
		c.text.WriteString("\n")
	}
	c.text.WriteString(s)
}

// rowCells returns the cells of the row just read, laid out on the grid:
// a cell spanning columns is followed by empty ones, and a cell that
// continues a vertical merge repeats the text of the cell above it.
func (t *tState) rowCells() []string {
	var above []string
	if len(t.rows) > 0 {
		above = t.rows[len(t.rows)-1]
	}
	var row []string
	for _, c := range t.cells {
		text := joinLines(c.text.String())
		if c.merged && len(row) < len(above) {
			text = above[len(row)]
		}
		row = append(row, text)
		for i := 1; i < c.span; i++ {
			row = append(row, "")
		}
	}
	return row
}

// paragraph finishes a paragraph: it resolves its style and numbering and
// adds it to the open table cell or to the output.
func (b *bodyReader) paragraph(p *pState) {
	st := b.styles.paragraph(p.style)
	if st.toc {
		return
	}
	numID, ilvl := st.numID, st.ilvl
	if p.hasNum {
		numID, ilvl = p.numID, p.ilvl
	}
	var auto *mark
	if numID != "" && numID != "0" {
		auto = b.num.next(numID, ilvl)
	}
	raw := p.text.String()
	text := strings.TrimRightFunc(raw, unicode.IsSpace)
	trimmed := strings.TrimLeftFunc(text, unicode.IsSpace)
	shift := len(text) - len(trimmed)
	if trimmed == "" {
		return
	}
	if t := b.top(); t != nil && t.cell != nil {
		line := trimmed
		if auto != nil {
			line = auto.text + line
		}
		t.cell.add(line)
		return
	}
	level := st.level
	if p.outline >= 0 {
		level = 0
		if p.outline < 9 {
			level = p.outline + 1
		}
	}
	out := para{text: trimmed, auto: auto, level: level, title: st.title}
	for _, span := range p.bold {
		s, e := max(span[0]-shift, 0), min(span[1]-shift, len(trimmed))
		if s < e {
			out.bold = append(out.bold, [2]int{s, e})
		}
	}
	b.out = append(b.out, out)
}
