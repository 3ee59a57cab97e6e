package importer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// cfbMagic starts every compound file: Word 97–2003 .doc, Kingsoft
// .wps of the same format, and the password envelope of an encrypted .docx.
var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// isCompound reports whether src is a compound file, whatever its name.
func isCompound(src []byte) bool {
	return bytes.HasPrefix(src, cfbMagic)
}

// Doc reads a Word 97–2003 document (.doc), or a Kingsoft WPS document
// saved in the same binary format (.wps), and returns the documents it
// holds: one, or one per part of a compilation. It reads the main text
// through the piece table ([MS-DOC] §2.4.1), so fast-saved files read as
// Word shows them; field codes are dropped and their results kept; tables
// become rows; paragraphs in the built-in Heading 1–9 styles or with an
// outline level keep their level, list items the number Word shows, and
// bold set directly or by a character style stays bold.
func Doc(src []byte) ([]*docmodel.Document, error) {
	return documents(readDoc(src))
}

// readDoc is Doc with what the import set aside.
func readDoc(src []byte) ([]Result, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, errEmpty
	}
	if err := otherFormat(src); err != nil {
		return nil, err
	}
	if !isCompound(src) {
		return nil, usererr.New("文件不是 Word 97-2003 文档（.doc）", "the file is not a Word 97-2003 document (.doc)")
	}
	streams, err := compoundStreams(src)
	if err != nil {
		return nil, err
	}
	return docStreams(streams)
}

// docStreams reads a Word document from the streams of its compound file.
func docStreams(streams map[string][]byte) ([]Result, error) {
	wd, ok := streams["WordDocument"]
	switch {
	case streams["EncryptedPackage"] != nil:
		return nil, errPassword
	case !ok && (streams["Workbook"] != nil || streams["Book"] != nil):
		return nil, usererr.New("这是 Excel 表格，不是 Word 文档", "this is an Excel workbook, not a Word document")
	case !ok && streams["PowerPoint Document"] != nil:
		return nil, usererr.New("这是 PowerPoint 演示文稿，不是 Word 文档", "this is a PowerPoint presentation, not a Word document")
	case !ok:
		return nil, usererr.New("文件不是 Word 文档（其中没有 Word 正文）；如为旧版 WPS 文件，请在 WPS 中另存为 .docx 再导入", "the file is not a Word document (it has no Word text stream); if it is an old WPS file, save it as .docx in WPS and import that")
	}
	fib, err := readFIB(wd)
	if err != nil {
		return nil, err
	}
	table := streams[fib.tableStream]
	if table == nil {
		return nil, errDocDamaged
	}
	pieces, err := readPieceTable(table, fib, len(wd))
	if err != nil {
		return nil, err
	}
	props, err := readParagraphProps(wd, table, fib)
	if err != nil {
		return nil, err
	}
	r := &docReader{props: props, bold: readBoldRuns(wd, table, fib), lists: readLists(table, fib)}
	paras := r.read(wd, pieces, fib.ccpText)
	if len(paras) == 0 {
		return nil, usererr.New("Word 文档中没有文字", "the Word document has no text")
	}
	return buildAll(paras)
}

var (
	errPassword   = usererr.New("Word 文档设有打开密码；请在 Word 或 WPS 中取消密码后再导入", "the Word document is protected by a password; remove the password in Word or WPS and import it again")
	errDocDamaged = usererr.New("Word 文档已损坏或不完整（内部结构无法读取）；请在 Word 或 WPS 中打开后另存为 .docx 再导入", "the Word document is damaged or truncated (its internal structure cannot be read); open it in Word or WPS, save it as .docx and import that")
)

// compoundStreams reads the streams of a compound file that Doc needs,
// by name.
func compoundStreams(src []byte) (map[string][]byte, error) {
	r, err := mscfb.New(bytes.NewReader(src))
	if err != nil {
		return nil, usererr.Wrap(err, "Word 文档已损坏或不完整（复合文档结构无法读取）", "the Word document is damaged or truncated (its compound-file structure cannot be read)")
	}
	wanted := map[string]bool{"WordDocument": true, "0Table": true, "1Table": true, "EncryptedPackage": true, "Workbook": true, "Book": true, "PowerPoint Document": true}
	out := map[string][]byte{}
	for {
		f, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, usererr.Wrap(err, "Word 文档已损坏或不完整（复合文档结构无法读取）", "the Word document is damaged or truncated (its compound-file structure cannot be read)")
		}
		if len(f.Path) > 0 || !wanted[f.Name] {
			continue // only the root storage's streams
		}
		// A stream is never larger than the file that holds it; a size
		// that says otherwise is damage, and is not trusted for memory.
		data, err := io.ReadAll(io.LimitReader(f, int64(len(src))))
		if err != nil {
			return nil, usererr.Wrap(err, "Word 文档已损坏或不完整（无法读取其中的数据流）", "the Word document is damaged or truncated (a stream cannot be read)")
		}
		out[f.Name] = data
	}
	return out, nil
}

// fib is what Doc takes from the File Information Block at the start of
// the WordDocument stream ([MS-DOC] §2.5.1).
type fib struct {
	tableStream string
	ccpText     int // characters of main document text
	// fcClx…lcbPlcfBtePapx locate the piece table and the paragraph
	// property pages in the table stream.
	fcClx, lcbClx                 uint32
	fcPlcfBtePapx, lcbPlcfBtePapx uint32
	fcPlcfBteChpx, lcbPlcfBteChpx uint32
	fcStshf, lcbStshf             uint32
	// fcPlfLst…lcbPlfLfo locate the list definitions and their instances;
	// zero when the FIB is too short to have them.
	fcPlfLst, lcbPlfLst uint32
	fcPlfLfo, lcbPlfLfo uint32
}

// The FIB's fixed layout.
const (
	wIdentWord    = 0xA5EC
	nFibWord97    = 0x00C1
	fibFlagsAt    = 0x0A
	fEncrypted    = 0x0100
	fWhichTblStm  = 0x0200
	fibBaseSize   = 32
	ccpTextIndex  = 3 // in FibRgLw97
	stshfAt       = 1 // index of the pair in FibRgFcLcb97
	plcfBteChpxAt = 12
	plcfBtePapxAt = 13
	clxAt         = 33
	plfLstAt      = 73
	plfLfoAt      = 74
)

func readFIB(wd []byte) (fib, error) {
	var f fib
	if len(wd) < fibBaseSize+2 || binary.LittleEndian.Uint16(wd) != wIdentWord {
		return f, errDocDamaged
	}
	nFib := binary.LittleEndian.Uint16(wd[2:])
	flags := binary.LittleEndian.Uint16(wd[fibFlagsAt:])
	switch {
	case flags&fEncrypted != 0:
		return f, errPassword
	case nFib < nFibWord97:
		return f, usererr.New("这是 Word 6.0/95 或更早的格式；请在 Word 或 WPS 中另存为 .docx 再导入", "this is a Word 6.0/95 or older file; save it as .docx in Word or WPS and import that")
	}
	f.tableStream = "0Table"
	if flags&fWhichTblStm != 0 {
		f.tableStream = "1Table"
	}
	// FibBase, then csw 16-bit words, cslw 32-bit words, and cbRgFcLcb
	// pairs of 32-bit offsets and lengths.
	at := fibBaseSize
	u16 := func() (int, bool) {
		if at+2 > len(wd) {
			return 0, false
		}
		v := int(binary.LittleEndian.Uint16(wd[at:]))
		at += 2
		return v, true
	}
	csw, ok := u16()
	if !ok {
		return f, errDocDamaged
	}
	at += 2 * csw
	cslw, ok := u16()
	if !ok || cslw <= ccpTextIndex || at+4*cslw > len(wd) {
		return f, errDocDamaged
	}
	f.ccpText = int(int32(binary.LittleEndian.Uint32(wd[at+4*ccpTextIndex:])))
	at += 4 * cslw
	cbRgFcLcb, ok := u16()
	if !ok || cbRgFcLcb <= clxAt || at+8*cbRgFcLcb > len(wd) || f.ccpText < 0 {
		return f, errDocDamaged
	}
	pair := func(i int) (uint32, uint32) {
		return binary.LittleEndian.Uint32(wd[at+8*i:]), binary.LittleEndian.Uint32(wd[at+8*i+4:])
	}
	f.fcClx, f.lcbClx = pair(clxAt)
	f.fcPlcfBtePapx, f.lcbPlcfBtePapx = pair(plcfBtePapxAt)
	f.fcPlcfBteChpx, f.lcbPlcfBteChpx = pair(plcfBteChpxAt)
	f.fcStshf, f.lcbStshf = pair(stshfAt)
	if cbRgFcLcb > plfLfoAt {
		f.fcPlfLst, f.lcbPlfLst = pair(plfLstAt)
		f.fcPlfLfo, f.lcbPlfLfo = pair(plfLfoAt)
	}
	return f, nil
}

// textPiece is a run of text stored in one place of the WordDocument stream:
// characters cp to cpEnd, from byte fc, one byte a character (cp1252) when
// compressed, else UTF-16LE.
type textPiece struct {
	cp, cpEnd  int
	fc         int
	compressed bool
}

// charBytes is the size of one of the piece's characters in the stream.
func (p textPiece) charBytes() int {
	if p.compressed {
		return 1
	}
	return 2
}

// readPieceTable reads the piece table from the Clx in the table stream,
// refusing pieces that reach outside the WordDocument stream of size
// wdLen.
func readPieceTable(table []byte, f fib, wdLen int) ([]textPiece, error) {
	end := uint64(f.fcClx) + uint64(f.lcbClx)
	if end > uint64(len(table)) {
		return nil, errDocDamaged
	}
	clx := table[f.fcClx:end]
	// Skip the Prc entries (formatting of pieces) to the Pcdt.
	for len(clx) > 0 && clx[0] == 0x01 {
		if len(clx) < 3 {
			return nil, errDocDamaged
		}
		n := int(int16(binary.LittleEndian.Uint16(clx[1:])))
		if n < 0 || 3+n > len(clx) {
			return nil, errDocDamaged
		}
		clx = clx[3+n:]
	}
	if len(clx) < 5 || clx[0] != 0x02 {
		return nil, errDocDamaged
	}
	lcb := int(binary.LittleEndian.Uint32(clx[1:]))
	plc := clx[5:]
	if lcb > len(plc) || lcb < 4 || (lcb-4)%12 != 0 {
		return nil, errDocDamaged
	}
	n := (lcb - 4) / 12
	pieces := make([]textPiece, 0, n)
	total := 0
	for i := range n {
		cp := int(binary.LittleEndian.Uint32(plc[4*i:]))
		cpEnd := int(binary.LittleEndian.Uint32(plc[4*(i+1):]))
		pcd := plc[4*(n+1)+8*i:]
		fcRaw := binary.LittleEndian.Uint32(pcd[2:])
		p := textPiece{cp: cp, cpEnd: cpEnd, fc: int(fcRaw & 0x3FFFFFFF), compressed: fcRaw&0x40000000 != 0}
		if p.compressed {
			p.fc /= 2
		}
		if cpEnd < cp || cp < 0 || p.fc+(cpEnd-cp)*p.charBytes() > wdLen {
			return nil, errDocDamaged
		}
		pieces = append(pieces, p)
		// Each character of the text is stored once in the stream, so
		// the text is never longer than the stream; pieces that share
		// their bytes to say otherwise are damage, and would multiply
		// the work.
		if total += cpEnd - cp; total > wdLen {
			return nil, errDocDamaged
		}
	}
	return pieces, nil
}

// paraProps are the properties of a paragraph that Doc uses, valid for the
// paragraph whose mark lies in the stream bytes fc to fcEnd.
type paraProps struct {
	fc, fcEnd int
	istd      int
	outline   int // 1–9 from sprmPOutLvl; 0 for body text
	inTable   bool
	rowEnd    bool // the mark ends a table row (TTP)
	nested    bool // a table inside a table cell
	// list is the 1-based index of the list instance (LFO) the paragraph
	// is an item of, 0 for none; level is its level in the list.
	list, level int
}

// fkpSize is the size of a formatted disk page ([MS-DOC] §2.9.73).
const fkpSize = 512

// Single property modifiers ([MS-DOC] §2.6.2) that Doc reads.
const (
	sprmPFInTable  = 0x2416
	sprmPFTtp      = 0x2417
	sprmPOutLvl    = 0x2640
	sprmPItap      = 0x6649
	sprmPIlfo      = 0x460B
	sprmPIlvl      = 0x260A
	sprmTDefTable  = 0xD608
	outlineLvlBody = 9
)

// readParagraphProps reads the paragraph properties of every paragraph,
// sorted by position, from the PlcBtePapx and the pages it points to.
func readParagraphProps(wd, table []byte, f fib) ([]paraProps, error) {
	pages, ok := fkpPages(wd, table, f.fcPlcfBtePapx, f.lcbPlcfBtePapx, papxEntrySize)
	if !ok {
		return nil, errDocDamaged
	}
	var out []paraProps
	for _, page := range pages {
		crun := int(page[fkpSize-1])
		for j := range crun {
			pp := paraProps{
				fc:    int(binary.LittleEndian.Uint32(page[4*j:])),
				fcEnd: int(binary.LittleEndian.Uint32(page[4*(j+1):])),
			}
			if off := 2 * int(page[4*(crun+1)+papxEntrySize*j]); off != 0 {
				pp.read(page, off)
			}
			out = append(out, pp)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].fc < out[j].fc })
	return out, nil
}

// Sizes of an entry after the run positions of a PAPX and a CHPX page:
// a BxPap (offset and paragraph height), and a byte offset.
const (
	papxEntrySize = 13
	chpxEntrySize = 1
)

// fkpPages returns, each once, the formatted disk pages that the PlcBte
// at fc, lcb in the table stream points to in the WordDocument stream,
// leaving out pages that do not fit entrySize-byte entries; ok is false
// when the PlcBte or any page is damaged.
func fkpPages(wd, table []byte, fc, lcb uint32, entrySize int) (pages [][]byte, ok bool) {
	end := uint64(fc) + uint64(lcb)
	if end > uint64(len(table)) || lcb < 4 || (lcb-4)%8 != 0 {
		return nil, false
	}
	plc := table[fc:end]
	n := int(lcb-4) / 8
	ok = true
	seen := map[int]bool{}
	for i := range n {
		pn := int(binary.LittleEndian.Uint32(plc[4*(n+1)+4*i:]) & 0x3FFFFF)
		if seen[pn] {
			continue
		}
		seen[pn] = true
		if (pn+1)*fkpSize > len(wd) {
			ok = false
			continue
		}
		page := wd[pn*fkpSize : (pn+1)*fkpSize]
		if crun := int(page[fkpSize-1]); 4*(crun+1)+entrySize*crun > fkpSize-1 {
			ok = false
			continue
		}
		pages = append(pages, page)
	}
	return pages, ok
}

// read reads a PapxInFkp at off in an FKP page: its style and the
// sprms Doc uses. A malformed one leaves the paragraph as body text.
func (pp *paraProps) read(page []byte, off int) {
	if off >= fkpSize-1 {
		return
	}
	size, start := 2*int(page[off])-1, off+1
	if page[off] == 0 {
		if off+1 >= len(page) {
			return
		}
		size, start = 2*int(page[off+1]), off+2
	}
	if size < 2 || start+size > fkpSize-1 {
		return
	}
	data := page[start : start+size]
	pp.istd = int(binary.LittleEndian.Uint16(data))
	eachSprm(data[2:], func(sprm uint16, operand []byte) {
		switch sprm {
		case sprmPFInTable:
			pp.inTable = operand[0] != 0
		case sprmPFTtp:
			pp.rowEnd = operand[0] != 0
		case sprmPOutLvl:
			if operand[0] < outlineLvlBody {
				pp.outline = int(operand[0]) + 1
			}
		case sprmPIlfo:
			pp.list = int(binary.LittleEndian.Uint16(operand))
		case sprmPIlvl:
			pp.level = min(int(operand[0]), 8)
		case sprmPItap:
			depth := binary.LittleEndian.Uint32(operand)
			pp.inTable = depth > 0
			pp.nested = depth > 1
		}
	})
}

// propsAt returns the properties of the paragraph whose mark is the byte
// at fc.
func propsAt(props []paraProps, fc int) paraProps {
	i := sort.Search(len(props), func(i int) bool { return props[i].fcEnd > fc })
	if i < len(props) && props[i].fc <= fc {
		return props[i]
	}
	return paraProps{}
}

// Characters of the text stream with a meaning of their own ([MS-DOC]
// §2.4.1, §2.8.25).
const (
	chParagraph  = 0x0D
	chCellMark   = 0x07
	chLineBreak  = 0x0B
	chPageBreak  = 0x0C
	chFieldBegin = 0x13
	chFieldSep   = 0x14
	chFieldEnd   = 0x15
	chNoBreakHyp = 0x1E
	chSoftHyphen = 0x1F
	chTab        = 0x09
)

// docReader turns the main text into paragraphs and tables.
type docReader struct {
	props []paraProps
	bold  []span
	lists *numbering
	out   []para
	// lines are the plain paragraphs read since the last heading or
	// table, joined as the text importer joins lines (a paragraph typed
	// with hard line breaks is one paragraph) when they end.
	lines []string
	cur   strings.Builder
	// curBold holds the byte ranges of cur set in bold.
	curBold [][2]int
	cell    []string
	row     []string
	rows    [][]string
	// fields holds, for each field open around the current character,
	// whether its result (after the separator) has begun.
	fields []bool
}

// read reads the first ccpText characters of the document through its
// pieces.
func (r *docReader) read(wd []byte, pieces []textPiece, ccpText int) []para {
	for _, p := range pieces {
		if p.cp >= ccpText {
			break
		}
		n := min(p.cpEnd, ccpText) - p.cp
		for k := 0; k < n; k++ {
			fc := p.fc + k*p.charBytes()
			var c rune
			if p.compressed {
				c = cp1252(wd[fc])
			} else {
				c = rune(binary.LittleEndian.Uint16(wd[fc:]))
				if utf16.IsSurrogate(c) && k+1 < n {
					next := rune(binary.LittleEndian.Uint16(wd[fc+2:]))
					if d := utf16.DecodeRune(c, next); d != '\uFFFD' {
						r.char(d, fc)
						k++
						continue
					}
				}
			}
			r.char(c, fc)
		}
	}
	r.endParagraph(paraProps{}, chParagraph)
	r.endTable()
	r.endLines()
	return r.out
}

// visible reports whether the current character is shown: outside every
// field code.
func (r *docReader) visible() bool {
	for _, result := range r.fields {
		if !result {
			return false
		}
	}
	return true
}

func (r *docReader) char(c rune, fc int) {
	switch c {
	case chFieldBegin:
		r.fields = append(r.fields, false)
		return
	case chFieldSep:
		if len(r.fields) > 0 {
			r.fields[len(r.fields)-1] = true
		}
		return
	case chFieldEnd:
		if len(r.fields) > 0 {
			r.fields = r.fields[:len(r.fields)-1]
		}
		return
	}
	if !r.visible() {
		return
	}
	switch {
	case c == chParagraph || c == chCellMark:
		r.endParagraph(propsAt(r.props, fc), c)
	case c == chLineBreak || c == chPageBreak:
		r.endParagraph(paraProps{inTable: r.rows != nil || r.row != nil || r.cell != nil}, chParagraph)
	case c == chTab:
		r.cur.WriteRune('\t')
	case c == chNoBreakHyp:
		r.cur.WriteRune('-')
	case c < 0x20 || c == chSoftHyphen || c == '\uFFFD':
		// Pictures, footnote and comment anchors and other marks.
	default:
		start := r.cur.Len()
		r.cur.WriteRune(c)
		if !inSpan(r.bold, fc) {
			break
		}
		if n := len(r.curBold); n > 0 && r.curBold[n-1][1] == start {
			r.curBold[n-1][1] = r.cur.Len()
		} else {
			r.curBold = append(r.curBold, [2]int{start, r.cur.Len()})
		}
	}
}

// endParagraph ends the paragraph, cell or row whose mark, a paragraph or
// cell mark, has properties pp.
func (r *docReader) endParagraph(pp paraProps, end rune) {
	raw, boldSpans := r.cur.String(), r.curBold
	text := docmodel.CleanLine(raw)
	r.cur.Reset()
	r.curBold = nil
	if !pp.inTable {
		r.endTable()
		var auto *mark
		if pp.list > 0 && text != "" {
			auto = r.lists.next(strconv.Itoa(pp.list), pp.level)
		}
		switch level := headingLevel(pp); {
		case text == "":
			r.lines = append(r.lines, "")
		case level > 0 || auto != nil || len(boldSpans) > 0:
			r.endLines()
			r.out = append(r.out, boldPara(raw, boldSpans, level, auto))
		default:
			r.lines = append(r.lines, text)
		}
		return
	}
	if text != "" {
		r.cell = append(r.cell, text)
	}
	switch {
	case end != chCellMark || pp.nested:
		// A paragraph inside a cell, or a cell of a table inside a
		// cell: the outer cell goes on.
	case pp.rowEnd:
		r.rows = append(r.rows, r.row)
		r.row, r.cell = nil, nil
	default:
		r.row = append(r.row, strings.Join(r.cell, "\n"))
		r.cell = nil
	}
}

// boldPara makes the para of a paragraph that keeps its bold runs, as
// the .docx reader does: text trimmed of spaces, the runs moved with it.
func boldPara(raw string, bold [][2]int, level int, auto *mark) para {
	text := strings.TrimRightFunc(raw, unicode.IsSpace)
	trimmed := strings.TrimLeftFunc(text, unicode.IsSpace)
	shift := len(text) - len(trimmed)
	out := para{text: trimmed, level: level, auto: auto}
	for _, b := range bold {
		s, e := max(b[0]-shift, 0), min(b[1]-shift, len(trimmed))
		if s < e {
			out.bold = append(out.bold, [2]int{s, e})
		}
	}
	return out
}

// endLines emits the plain paragraphs read since the last heading or
// table.
func (r *docReader) endLines() {
	r.out = append(r.out, textParas(r.lines)...)
	r.lines = nil
}

// endTable emits the table being read, if any, as one para.
func (r *docReader) endTable() {
	if r.row != nil {
		r.rows = append(r.rows, r.row)
		r.row = nil
	}
	if len(r.rows) > 0 {
		r.endLines()
		r.out = append(r.out, para{rows: r.rows})
	}
	r.rows = nil
}

// headingLevel is the outline level of a paragraph: its own outline level,
// or that of the built-in Heading 1–9 styles, which Word keeps at style
// indexes 1–9.
func headingLevel(pp paraProps) int {
	switch {
	case pp.outline > 0:
		return pp.outline
	case pp.istd >= 1 && pp.istd <= 9:
		return pp.istd
	}
	return 0
}

// listFormats are the OOXML names of the number formats of [MS-DOC]'s
// nfc codes, in code order, as formatNumber knows them.
var listFormats = []string{"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
	"cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
	"decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand", "decimalEnclosedCircle",
	"decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung",
	"decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle",
	"ideographTraditional", "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting",
	"ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting",
	"chineseLegalSimplified", "chineseCountingThousand"}

// nfcNone is the nfc of a level that shows no number.
const nfcNone = 255

// Sizes of the list structures ([MS-DOC] §2.9.147, §2.9.150, §2.9.131).
const (
	lstfSize   = 28
	lvlfSize   = 28
	lfoSize    = 16
	lfolvlSize = 8
)

// readLists reads the list definitions (PlfLst and the LVLs after it) and
// list instances (PlfLfo) into the numbering the .docx reader uses, with
// each LFO as a numbering instance named by its 1-based index. Lists that
// cannot be read are left out: their items read as plain paragraphs.
func readLists(table []byte, f fib) *numbering {
	n := newNumbering(newStyleSheet())
	if f.lcbPlfLst < 2 || uint64(f.fcPlfLst)+uint64(f.lcbPlfLst) > uint64(len(table)) {
		return n
	}
	lst := table[f.fcPlfLst:]
	count := int(int16(binary.LittleEndian.Uint16(lst)))
	if count <= 0 || 2+count*lstfSize > int(f.lcbPlfLst) {
		return n
	}
	// The LVLs follow the PlfLst, list by list: one for a simple list,
	// nine otherwise.
	at := int(f.fcPlfLst) + int(f.lcbPlfLst)
	for i := range count {
		lstf := lst[2+i*lstfSize:]
		id := strconv.Itoa(int(int32(binary.LittleEndian.Uint32(lstf))))
		levels := 9
		if lstf[26]&0x01 != 0 {
			levels = 1
		}
		abstract := map[int]*numLevel{}
		for ilvl := range levels {
			lvl, next, ok := readLevel(table, at)
			if !ok {
				n.abstracts[id] = abstract
				return n
			}
			abstract[ilvl], at = lvl, next
		}
		n.abstracts[id] = abstract
	}
	readInstances(n, table, f)
	return n
}

// readInstances reads the PlfLfo: the list instances paragraphs point to,
// with their start and level overrides.
func readInstances(n *numbering, table []byte, f fib) {
	end := uint64(f.fcPlfLfo) + uint64(f.lcbPlfLfo)
	if f.lcbPlfLfo < 4 || end > uint64(len(table)) {
		return
	}
	plf := table[f.fcPlfLfo:end]
	count := int(int32(binary.LittleEndian.Uint32(plf)))
	if count <= 0 || 4+count*lfoSize > len(plf) {
		return
	}
	// After the LFOs come their LFOData, each a CP and clfolvl LFOLVLs.
	at := int(f.fcPlfLfo) + 4 + count*lfoSize
	for i := range count {
		lfo := plf[4+i*lfoSize:]
		def := &numDef{abstract: strconv.Itoa(int(int32(binary.LittleEndian.Uint32(lfo)))), starts: map[int]int{}, levels: map[int]*numLevel{}}
		n.nums[strconv.Itoa(i+1)] = def
		overrides := int(lfo[12])
		if overrides == 0 {
			continue
		}
		at += 4 // the LFOData's CP
		for range overrides {
			if at+lfolvlSize > len(table) {
				return
			}
			start := int(int32(binary.LittleEndian.Uint32(table[at:])))
			flags := table[at+4]
			ilvl := int(flags & 0x0F)
			at += lfolvlSize
			if ilvl > 8 {
				return
			}
			if flags&0x10 != 0 {
				def.starts[ilvl] = start
			}
			if flags&0x20 != 0 {
				lvl, next, ok := readLevel(table, at)
				if !ok {
					return
				}
				def.levels[ilvl], at = lvl, next
			}
		}
	}
}

// readLevel reads the LVL at at in the table stream and returns it and
// where the next one starts.
func readLevel(table []byte, at int) (*numLevel, int, bool) {
	if at < 0 || at+lvlfSize > len(table) {
		return nil, 0, false
	}
	lvlf := table[at : at+lvlfSize]
	lvl := &numLevel{start: int(int32(binary.LittleEndian.Uint32(lvlf))), format: "decimal", restart: -1}
	switch nfc := int(lvlf[4]); {
	case nfc == nfcNone:
		lvl.format = "none"
	case nfc < len(listFormats):
		lvl.format = listFormats[nfc]
	}
	lvl.legal = lvlf[5]&0x04 != 0
	if lvlf[5]&0x08 != 0 { // fNoRestart: restart only after ilvlRestartLim
		lvl.restart = int(lvlf[26])
	}
	at += lvlfSize + int(lvlf[25]) + int(lvlf[24]) // grpprlPapx, grpprlChpx
	if at+2 > len(table) {
		return nil, 0, false
	}
	cch := int(binary.LittleEndian.Uint16(table[at:]))
	at += 2
	if at+2*cch > len(table) {
		return nil, 0, false
	}
	var text strings.Builder
	for k := range cch {
		c := rune(binary.LittleEndian.Uint16(table[at+2*k:]))
		if c <= 8 { // a placeholder for the number of level c
			text.WriteString("%" + strconv.Itoa(int(c)+1))
			continue
		}
		text.WriteRune(c)
	}
	lvl.text = text.String()
	return lvl, at + 2*cch, true
}

// span is a run of bytes fc to fcEnd of the WordDocument stream.
type span struct{ fc, fcEnd int }

// inSpan reports whether the byte at fc lies in one of the sorted,
// disjoint spans.
func inSpan(spans []span, fc int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].fcEnd > fc })
	return i < len(spans) && spans[i].fc <= fc
}

// Character sprms Doc reads, and the values of sprmCFBold that turn bold
// on: on, and "the opposite of the style", which is on for the plain
// styles plans are written in.
const (
	sprmCFBold   = 0x0835
	sprmCIstd    = 0x4A30
	boldOn       = 0x01
	boldNotStyle = 0x81
)

// readBoldRuns reads the character runs set in bold, directly or by a
// character style, sorted by position, from the PlcBteChpx and the pages
// it points to. Bold that comes from a paragraph style is not read: it is
// a heading's, and headings are found by their level.
func readBoldRuns(wd, table []byte, f fib) []span {
	styles := readBoldStyles(table, f)
	pages, _ := fkpPages(wd, table, f.fcPlcfBteChpx, f.lcbPlcfBteChpx, chpxEntrySize)
	var out []span
	for _, page := range pages {
		crun := int(page[fkpSize-1])
		for j := range crun {
			off := 2 * int(page[4*(crun+1)+chpxEntrySize*j])
			if off == 0 || off >= fkpSize-1 || !chpxBold(page[off+1:min(off+1+int(page[off]), fkpSize-1)], styles) {
				continue
			}
			out = append(out, span{int(binary.LittleEndian.Uint32(page[4*j:])), int(binary.LittleEndian.Uint32(page[4*(j+1):]))})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].fc < out[j].fc })
	return out
}

// chpxBold reports whether a character run's sprms set it in bold,
// directly or by a character style in styles.
func chpxBold(grpprl []byte, styles map[int]bool) bool {
	bold, direct := false, false
	eachSprm(grpprl, func(sprm uint16, operand []byte) {
		switch sprm {
		case sprmCFBold:
			bold, direct = operand[0] == boldOn || operand[0] == boldNotStyle, true
		case sprmCIstd:
			if !direct {
				bold = styles[int(binary.LittleEndian.Uint16(operand))]
			}
		}
	})
	return bold
}

// Style kinds (stk) of the style sheet.
const (
	stkParagraph = 1
	stkCharacter = 2
)

// readBoldStyles reads the style sheet (STSH, [MS-DOC] §2.9.271) and
// returns the character styles that set bold, themselves or through the
// styles they are based on. A style sheet that cannot be read gives none.
func readBoldStyles(table []byte, f fib) map[int]bool {
	end := uint64(f.fcStshf) + uint64(f.lcbStshf)
	if f.lcbStshf < 6 || end > uint64(len(table)) {
		return nil
	}
	sh := table[f.fcStshf:end]
	cbStshi := int(binary.LittleEndian.Uint16(sh))
	if 2+cbStshi > len(sh) || cbStshi < 4 {
		return nil
	}
	count := int(binary.LittleEndian.Uint16(sh[2:]))
	baseSize := int(binary.LittleEndian.Uint16(sh[4:]))
	own := map[int]bool{} // the style sets bold itself
	set := map[int]bool{} // the style says bold or not
	base := map[int]int{} // the style it is based on
	at := 2 + cbStshi
	for istd := 0; istd < count && at+2 <= len(sh); istd++ {
		cb := int(binary.LittleEndian.Uint16(sh[at:]))
		std := sh[at+2 : min(at+2+cb, len(sh))]
		at += 2 + cb
		if cb == 0 || len(std) < max(baseSize, 4) {
			continue
		}
		if int(binary.LittleEndian.Uint16(std[2:])&0x0F) != stkCharacter {
			continue
		}
		base[istd] = int(binary.LittleEndian.Uint16(std[2:]) >> 4)
		// After the fixed part come the name and the UPXs; a character
		// style has one, its character properties.
		p := baseSize
		if p+2 > len(std) {
			continue
		}
		p += 2 + 2*int(binary.LittleEndian.Uint16(std[p:])) + 2
		if p+2 > len(std) {
			continue
		}
		cbUpx := int(binary.LittleEndian.Uint16(std[p:]))
		eachSprm(std[p+2:min(p+2+cbUpx, len(std))], func(sprm uint16, operand []byte) {
			if sprm == sprmCFBold {
				own[istd], set[istd] = operand[0] == boldOn, true
			}
		})
	}
	bold := map[int]bool{}
	for istd := range base {
		s := istd
		for range 10 { // a base chain is short; a loop in it is damage
			if set[s] {
				bold[istd] = own[s]
				break
			}
			b, ok := base[s]
			if !ok || b == s {
				break
			}
			s = b
		}
	}
	return bold
}

// eachSprm calls f with each single property modifier of grpprl and its
// operand, and stops at one whose size cannot be told or that runs past
// the end.
func eachSprm(grpprl []byte, f func(sprm uint16, operand []byte)) {
	for len(grpprl) >= 2 {
		sprm := binary.LittleEndian.Uint16(grpprl)
		operand := grpprl[2:]
		n := sprmOperandSize(sprm, operand)
		if n == 0 || n > len(operand) {
			return
		}
		f(sprm, operand[:n])
		grpprl = operand[n:]
	}
}

// sprmOperandSize is the size of a sprm's operand, from its spra bits
// ([MS-DOC] §2.2.5.1); 0 when it cannot be told.
func sprmOperandSize(sprm uint16, operand []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	switch {
	case sprm == sprmTDefTable && len(operand) >= 2:
		return int(binary.LittleEndian.Uint16(operand)) + 1
	case len(operand) >= 1:
		return int(operand[0]) + 1
	}
	return 0
}

// cp1252High holds the characters of Windows-1252 bytes 0x80 to 0x9F,
// U+FFFD for the five it leaves undefined, as golang.org/x/text's
// charmap.Windows1252 decodes them; from 0xA0 on a byte is its Latin-1
// character. A table rather than charmap, whose package's 30-odd code
// pages (87 KB of pointer-holding data) every command paid for at start.
var cp1252High = [32]rune{
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
}

// cp1252 decodes a byte of Windows-1252, the code page of a .doc's
// compressed (8-bit) text.
func cp1252(b byte) rune {
	if b >= 0x80 && b < 0xA0 {
		return cp1252High[b-0x80]
	}
	return rune(b)
}
