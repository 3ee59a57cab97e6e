package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
)

// Text reads a plain text file and returns the documents it holds: one,
// or one per part of a compilation (第一篇：… 第二篇：…). The encoding is
// detected (UTF-8 with or without a byte order mark, UTF-16, GB18030/GBK,
// Big5). Each line is a paragraph; a line broken in the middle of a
// sentence is joined to the next. Numbering markers give the outline (see
// assignDepths); the original markers are kept as each node's
// SourceMarker.
//
// A file whose every line starts with a tag — T| title, H1|…H9| heading,
// P| paragraph, the text form of the benchmark plan — is read by its tags.
func Text(src []byte) ([]*docmodel.Document, error) {
	return documents(readText(src))
}

// readText is Text with what the import set aside.
func readText(src []byte) ([]Result, error) {
	s, _, err := decodeText(src)
	if err != nil {
		return nil, err
	}
	lines := splitLines(s)
	if tagged(lines) {
		return buildAll(taggedParas(lines))
	}
	return buildAll(textParas(lines))
}

// splitLines splits text at every kind of line break: CRLF, CR, LF, form
// feed, vertical tab (Word's manual line break in a text export), NEL and
// the Unicode line and paragraph separators.
// Blank lines are kept: they separate paragraphs.
func splitLines(s string) []string {
	s = strings.ReplaceAll(strings.TrimPrefix(s, "\uFEFF"), "\r\n", "\n")
	var out []string
	start := 0
	for i, r := range s {
		if r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == '\u0085' || r == '\u2028' || r == '\u2029' {
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, s[start:])
}

var tagPattern = lazyregexp.New(`^(T|P|H[1-9])\|`)

// tagged reports whether every non-blank line starts with a tag.
func tagged(lines []string) bool {
	found := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !tagPattern.MatchString(l) {
			return false
		}
		found = true
	}
	return found
}

func taggedParas(lines []string) []para {
	var out []para
	for _, l := range lines {
		m := tagPattern.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		p := para{text: docmodel.CleanLine(l[len(m[0]):])}
		switch tag := m[1]; {
		case tag == "T":
			p.title = true
		case tag[0] == 'H':
			p.level = int(tag[1] - '0')
		}
		if p.text != "" {
			out = append(out, p)
		}
	}
	return out
}

// joinMinRunes is the length from which a line that stops in the middle
// of a sentence is taken to continue on the next line.
const joinMinRunes = 60

// textParas makes paragraphs of the lines of a text file. Indentation and
// blank lines only separate paragraphs. A long line that does not end a
// sentence continues on the next line unless that one is numbered; in a
// file wrapped at a fixed width, every full-width line continues.
func textParas(lines []string) []para {
	width := wrapWidth(lines)
	out := make([]para, 0, len(lines)) // at most one per line: grown once, not by doubling
	var cur strings.Builder
	open := false // the paragraph being built may continue on the next line
	flush := func() {
		if t := docmodel.CleanLine(joinLines(cur.String())); t != "" {
			out = append(out, para{text: t})
		}
		cur.Reset()
		open = false
	}
	for k := 0; k < len(lines); k++ {
		raw := lines[k]
		line := strings.TrimFunc(raw, isSpaceOrBOM)
		if line == "" {
			flush()
			continue
		}
		if rows, used := textTable(lines[k:]); used > 0 {
			flush()
			out = append(out, para{rows: rows})
			k += used - 1
			continue
		}
		indented := strings.TrimLeftFunc(raw, isSpaceOrBOM) != raw
		if open && readItem(para{text: line}).mark == nil && !(width > 0 && indented) && !partHeader.MatchString(line) {
			cur.WriteString("\n")
			cur.WriteString(line)
		} else {
			flush()
			cur.WriteString(line)
		}
		n := utf8.RuneCountInString(line)
		open = !endsSentence(line) && !endsTitle(line) && (n >= joinMinRunes || width > 0 && n >= width-2)
	}
	flush()
	return out
}

func isSpaceOrBOM(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
}

// endsSentence reports whether a line ends where a sentence or a title
// may end.
func endsSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune("。！？；：…”’）)】」』!?;:.", r)
}

// wrapWidth returns the width at which a file was hard-wrapped, or 0: a
// file is wrapped when most of its longer lines have one length (give or
// take the two characters that line-breaking rules move) and most of those
// stop in the middle of a sentence.
func wrapWidth(lines []string) int {
	count := map[int]int{}
	open := map[int]int{}
	total := 0
	for _, l := range lines {
		t := strings.TrimFunc(l, isSpaceOrBOM)
		n := utf8.RuneCountInString(t)
		if n >= 16 {
			count[n]++
			total++
			if !endsSentence(t) {
				open[n]++
			}
		}
	}
	if total < 5 {
		return 0
	}
	best, bestCount, bestOpen := 0, 0, 0
	for n := range count {
		c := count[n] + count[n-1] + count[n-2] + count[n+1]
		if c > bestCount || c == bestCount && n > best {
			best, bestCount = n, c
			bestOpen = open[n] + open[n-1] + open[n-2] + open[n+1]
		}
	}
	if best > 120 || bestCount*2 < total || bestOpen*2 < bestCount {
		return 0
	}
	return best
}

// textTable reads a table written as text at the start of lines: a
// header row of a task-division or indicator table (序号 | 重点任务 |
// 牵头单位 | 责任单位 | 完成时限), cells separated by | or tabs, and the rows
// after it with as many cells; a Markdown rule line (|---|---|) is
// skipped. It returns the rows, header first, and how many lines they
// took, or 0 when no such table starts here.
func textTable(lines []string) ([][]string, int) {
	header := tableCells(lines[0])
	if header == nil {
		return nil, 0
	}
	if _, ok := readTaskColumns(header); !ok && !isIndicatorHeader(header) {
		return nil, 0
	}
	rows := [][]string{header}
	used := 1
	for _, l := range lines[1:] {
		t := strings.TrimFunc(l, isSpaceOrBOM)
		if strings.Trim(t, "|-:： \t") == "" && strings.Contains(t, "-") {
			used++
			continue
		}
		cells := tableCells(l)
		if len(cells) != len(header) {
			break
		}
		rows = append(rows, cells)
		used++
	}
	if len(rows) < 2 {
		return nil, 0
	}
	return rows, used
}

// tableCells splits a line of a text table into its cells at | (or ｜)
// or tabs, or returns nil when it has fewer than three.
func tableCells(line string) []string {
	t := strings.TrimFunc(line, isSpaceOrBOM)
	var cells []string
	switch {
	case strings.ContainsAny(t, "|｜"):
		t = strings.Trim(strings.ReplaceAll(t, "｜", "|"), "|")
		cells = strings.Split(t, "|")
	case strings.Contains(t, "\t"):
		cells = strings.Split(t, "\t")
	default:
		return nil
	}
	if len(cells) < 3 {
		return nil
	}
	for i, c := range cells {
		cells[i] = docmodel.CleanLine(c)
	}
	return cells
}
