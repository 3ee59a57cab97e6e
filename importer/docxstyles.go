package importer

import (
	"encoding/xml"
	"strconv"
	"strings"

	"yaodian/docmodel"
	"yaodian/plantext"
)

// style is one style of styles.xml, with only what the reader needs.
type style struct {
	name, basedOn string
	outline       int // outline level 0–8, 9 for body text, -1 when unset
	numID         string
	ilvl          int // -1 when unset
	bold          *bool
}

// styleSheet holds the paragraph and character styles of a document.
type styleSheet struct {
	styles       map[string]*style
	defaultStyle string
}

func newStyleSheet() *styleSheet {
	return &styleSheet{styles: map[string]*style{}}
}

// read decodes styles.xml.
func (s *styleSheet) read(dec *depthReader) error {
	var cur *style
	var stack []string
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			stack = append(stack, name)
			if name == "style" {
				cur = &style{outline: -1, ilvl: -1}
				id := attr(t, "styleId")
				s.styles[id] = cur
				if attr(t, "default") == "1" && attr(t, "type") == "paragraph" {
					s.defaultStyle = id
				}
				continue
			}
			if cur == nil {
				continue
			}
			in := strings.Join(stack, "/")
			switch {
			case name == "name":
				cur.name = attr(t, "val")
			case name == "basedOn":
				cur.basedOn = attr(t, "val")
			case name == "outlineLvl" && strings.Contains(in, "/pPr/"):
				cur.outline = atoiOr(attr(t, "val"), -1)
			case name == "numId" && strings.Contains(in, "/pPr/"):
				cur.numID = attr(t, "val")
			case name == "ilvl" && strings.Contains(in, "/pPr/"):
				cur.ilvl = min(max(atoiOr(attr(t, "val"), 0), 0), 8)
			case name == "b" && strings.HasSuffix(in, "/rPr/b") && !strings.Contains(in, "/pPr/"):
				v := onOff(t)
				cur.bold = &v
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if t.Name.Local == "style" {
				cur = nil
			}
		}
	}
}

// paraStyle is what a paragraph style, with the styles it is based on,
// says about its paragraphs.
type paraStyle struct {
	level int // heading level 1–9, 0 for body text
	title bool
	toc   bool // an entry or the heading of a table of contents
	numID string
	ilvl  int
}

// chain returns the style and those it is based on, nearest first, at
// most 16 deep (a cycle of basedOn ends there).
func (s *styleSheet) chain(id string) []*style {
	var out []*style
	for len(out) < 16 {
		st := s.styles[id]
		if st == nil {
			break
		}
		out = append(out, st)
		id = st.basedOn
	}
	return out
}

// paragraph resolves a paragraph style (the default style when id is
// empty or unknown).
func (s *styleSheet) paragraph(id string) paraStyle {
	if s.styles[id] == nil {
		id = s.defaultStyle
	}
	ps := paraStyle{ilvl: -1}
	levelSet := false
	for _, st := range s.chain(id) {
		kind, level := styleName(st.name)
		if !levelSet {
			switch {
			case st.outline >= 0:
				levelSet = true
				if st.outline < 9 {
					ps.level = st.outline + 1
				}
			case kind == "heading":
				levelSet, ps.level = true, level
			case kind == "title":
				levelSet, ps.title = true, true
			case kind == "toc":
				levelSet, ps.toc = true, true
			}
		}
		if ps.numID == "" && st.numID != "" {
			ps.numID = st.numID
		}
		if ps.ilvl < 0 && st.ilvl >= 0 {
			ps.ilvl = st.ilvl
		}
	}
	if ps.ilvl < 0 {
		ps.ilvl = 0
	}
	return ps
}

// styleName reads what a style's name says: "heading 2", "标题 2" and
// "標題2" are headings of level 2; "Title" and "标题" the title; "toc 1",
// "目录 1" and "TOC Heading" the table of contents.
func styleName(name string) (kind string, level int) {
	n := strings.ToLower(strings.Join(strings.Fields(name), ""))
	for _, p := range []string{"heading", "标题", "標題"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			if rest == "" {
				if p == "heading" {
					return "", 0
				}
				return "title", 0
			}
			if v, err := strconv.Atoi(rest); err == nil && v >= 1 && v <= 9 {
				return "heading", v
			}
		}
	}
	switch {
	case n == "title":
		return "title", 0
	case strings.HasPrefix(n, "toc"), strings.HasPrefix(n, "目录"), strings.HasPrefix(n, "目錄"):
		return "toc", 0
	}
	return "", 0
}

// runBold reports whether a run is bold: its own property, else its
// character style's, else its paragraph style's (the default paragraph
// style for a paragraph that names none).
func (s *styleSheet) runBold(paraStyleID, runStyleID string, direct *bool) bool {
	if direct != nil {
		return *direct
	}
	if paraStyleID == "" {
		paraStyleID = s.defaultStyle
	}
	for _, id := range []string{runStyleID, paraStyleID} {
		if id == "" {
			continue
		}
		for _, st := range s.chain(id) {
			if st.bold != nil {
				return *st.bold
			}
		}
	}
	return false
}

// numLevel is one level of a numbering definition.
type numLevel struct {
	start   int
	format  string // numFmt: decimal, chineseCounting, bullet …
	text    string // lvlText: %1、 （%1） %1.%2 …
	restart int    // lvlRestart: -1 for the default (after any higher level)
	legal   bool   // isLgl: show every level in Arabic digits
}

// numDef is a numbering instance (w:num): an abstract definition with
// overrides.
type numDef struct {
	abstract string
	starts   map[int]int
	levels   map[int]*numLevel
}

// numbering holds numbering.xml and the counters of the lists read so far.
type numbering struct {
	styles    *styleSheet
	abstracts map[string]map[int]*numLevel
	links     map[string]string // abstractNumId → numbering style it takes its levels from
	nums      map[string]*numDef
	lists     map[string]*listState
}

// listState is where a list stands: the current number at each level, and
// whether the level has started.
type listState struct {
	value   [9]int
	started [9]bool
}

func newNumbering(styles *styleSheet) *numbering {
	return &numbering{styles: styles, abstracts: map[string]map[int]*numLevel{}, links: map[string]string{},
		nums: map[string]*numDef{}, lists: map[string]*listState{}}
}

// read decodes numbering.xml.
func (n *numbering) read(dec *depthReader) error {
	var abstract map[int]*numLevel
	var abstractID string
	var lvl *numLevel
	var def *numDef
	override := -1
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "abstractNum":
				abstractID = attr(t, "abstractNumId")
				abstract = map[int]*numLevel{}
				n.abstracts[abstractID] = abstract
			case "numStyleLink":
				if abstract != nil {
					n.links[abstractID] = attr(t, "val")
				}
			case "num":
				def = &numDef{starts: map[int]int{}, levels: map[int]*numLevel{}}
				n.nums[attr(t, "numId")] = def
			case "abstractNumId":
				if def != nil {
					def.abstract = attr(t, "val")
				}
			case "lvlOverride":
				override = min(max(atoiOr(attr(t, "ilvl"), 0), 0), 8)
			case "startOverride":
				if def != nil && override >= 0 {
					def.starts[override] = atoiOr(attr(t, "val"), 1)
				}
			case "lvl":
				lvl = &numLevel{start: 1, format: "decimal", restart: -1}
				i := min(max(atoiOr(attr(t, "ilvl"), 0), 0), 8)
				switch {
				case def != nil && override >= 0:
					def.levels[override] = lvl
				case abstract != nil:
					abstract[i] = lvl
				}
			case "start":
				if lvl != nil {
					lvl.start = atoiOr(attr(t, "val"), 1)
				}
			case "numFmt":
				if lvl != nil {
					lvl.format = attr(t, "val")
				}
			case "lvlText":
				if lvl != nil {
					lvl.text = attr(t, "val")
				}
			case "lvlRestart":
				if lvl != nil {
					lvl.restart = atoiOr(attr(t, "val"), -1)
				}
			case "isLgl":
				if lvl != nil {
					lvl.legal = onOff(t)
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "abstractNum":
				abstract = nil
			case "num":
				def = nil
			case "lvlOverride":
				override = -1
			case "lvl":
				lvl = nil
			}
		}
	}
}

// levels returns the levels of a numbering instance, following a
// numbering style link (numStyleLink) once or twice.
func (n *numbering) levels(def *numDef) map[int]*numLevel {
	id := def.abstract
	for range 3 {
		link, ok := n.links[id]
		if !ok {
			break
		}
		st := n.styles.styles[link]
		if st == nil || n.nums[st.numID] == nil {
			break
		}
		id = n.nums[st.numID].abstract
	}
	return n.abstracts[id]
}

// next advances the list numID at level ilvl and returns the marker Word
// shows, or nil for a bullet, an unnumbered level or an unknown list.
// Lists that share an abstract definition continue one another, as in
// Word, unless an instance restarts them with a start override.
func (n *numbering) next(numID string, ilvl int) *mark {
	def := n.nums[numID]
	if def == nil {
		return nil
	}
	levels := n.levels(def)
	level := func(i int) *numLevel {
		if l := def.levels[i]; l != nil {
			return l
		}
		return levels[i]
	}
	lvl := level(ilvl)
	if lvl == nil || lvl.format == "bullet" || lvl.format == "none" {
		return nil
	}
	key := "a" + def.abstract
	if len(def.starts) > 0 || len(def.levels) > 0 {
		key = "n" + numID
	}
	list, ok := n.lists[key]
	if !ok {
		list = &listState{}
		n.lists[key] = list
	}
	start := func(i int) int {
		if s, ok := def.starts[i]; ok {
			return s
		}
		if l := level(i); l != nil {
			return l.start
		}
		return 1
	}
	if list.started[ilvl] {
		list.value[ilvl]++
	} else {
		list.value[ilvl], list.started[ilvl] = start(ilvl), true
	}
	for i := ilvl + 1; i < 9; i++ {
		if l := level(i); l == nil || l.restart != 0 && (l.restart < 0 || l.restart > ilvl) {
			list.started[i] = false
		}
	}
	var text strings.Builder
	rest := lvl.text
	for rest != "" {
		i := strings.IndexByte(rest, '%')
		if i < 0 || i+1 >= len(rest) || rest[i+1] < '1' || rest[i+1] > '9' {
			text.WriteString(rest)
			break
		}
		text.WriteString(rest[:i])
		ref := int(rest[i+1] - '1')
		value := list.value[ref]
		if !list.started[ref] {
			value = start(ref)
		}
		format := "decimal"
		if l := level(ref); l != nil && !(lvl.legal && ref != ilvl) {
			format = l.format
		}
		text.WriteString(formatNumber(value, format))
		rest = rest[i+2:]
	}
	shown := strings.TrimSpace(text.String())
	if shown == "" {
		return nil
	}
	m := &mark{family: formatFamily(lvl.format, shown), number: list.value[ilvl], text: shown}
	if pm, rest, ok := plantext.ParseMarker(shown); ok && rest == "" {
		m.family = family(pm.Style)
	}
	return m
}

// Families for automatic numbers the model has no marker style for.
const (
	famLetter family = 101 + iota
	famRoman
	famIdeograph
)

// formatFamily gives the marker family of an automatic number by its
// format, for numbers ParseMarker does not read (壹、, 甲、, A., Ⅰ.).
func formatFamily(format, shown string) family {
	paren := strings.ContainsAny(shown, "(（")
	switch {
	case strings.HasPrefix(format, "chinese"), strings.HasPrefix(format, "taiwanese"), strings.HasPrefix(format, "japanese"), format == "ideographDigital":
		if paren {
			return family(docmodel.MarkerChineseParen)
		}
		return family(docmodel.MarkerChinese)
	case strings.Contains(format, "Circle"):
		return family(docmodel.MarkerCircled)
	case strings.HasPrefix(format, "decimal"):
		if paren {
			return family(docmodel.MarkerArabicParen)
		}
		return family(docmodel.MarkerArabic)
	case strings.HasSuffix(format, "Letter"):
		return famLetter
	case strings.HasSuffix(format, "Roman"):
		return famRoman
	}
	return famIdeograph
}

// formatNumber writes n as a number format of WordprocessingML shows it.
// A negative number (a list that starts below zero) is written in digits.
func formatNumber(n int, format string) string {
	if n < 0 {
		return strconv.Itoa(n)
	}
	switch format {
	case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting":
		return docmodel.ChineseNumeral(n)
	case "chineseLegalSimplified":
		return legalChinese(n)
	case "ideographDigital", "taiwaneseDigital":
		var b strings.Builder
		for _, d := range strconv.Itoa(n) {
			b.WriteString(string([]rune("〇一二三四五六七八九")[d-'0']))
		}
		return b.String()
	case "ideographTraditional":
		return cyclic(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return cyclic(n, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalZero":
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(n))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune(0x2460 + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune(0x2488 + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune(0x2474 + n - 1))
		}
	case "lowerLetter", "upperLetter":
		if n >= 1 && n <= 26*8 {
			s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
			if format == "upperLetter" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "lowerRoman", "upperRoman":
		s := roman(n)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

func cyclic(n int, symbols string) string {
	rs := []rune(symbols)
	if n < 1 {
		return strconv.Itoa(n)
	}
	return string(rs[(n-1)%len(rs)])
}

// legalChinese writes n in the financial numerals (大写) 壹 贰 叁 … 拾.
func legalChinese(n int) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune("一二三四五六七八九十百千零", r); i >= 0 {
			return []rune("壹贰叁肆伍陆柒捌玖拾佰仟零")[i/len("一")]
		}
		return r
	}, docmodel.ChineseNumeral(n))
}

func roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
