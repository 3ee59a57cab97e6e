package ui

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/usererr"
)

// field is a text box whose every change is applied to the document as an
// edit. Changes of one field merge into a single undo step until the field
// loses the focus. A value the document cannot take (a date that is not a
// date) is marked on the field and not applied.
//
// A multi-line field holds paragraphs, one a line, wrapped to its width.
// Fyne's wrapping Entry measures whole substrings again for every row, so
// its time grows with the square of a paragraph's length: a paragraph of
// 10,000 characters took over 20 seconds. Text it cannot wrap quickly is
// edited in long mode instead: unwrapped, each paragraph cut into display
// lines as wide as the field by the line-breaking rules of GB/T 15834, a
// blank line between paragraphs, and a page of lines at a time, so that
// the Entry never holds more than it handles quickly. The lines are cut
// again when the field is resized, not as the writer types.
type field struct {
	widget.Entry
	seal    func()                  // ends the field's undo step
	apply   func(text string) error // applies the text; nil while the field is being filled
	loading bool
	err     error // why the text shown was not applied, nil if it was
	multi   bool

	// Long mode: lines is the whole text as display lines, "" between
	// paragraphs, cut for a text width of width; the Entry shows
	// lines[pages[page]:end(page)].
	long  bool
	lines []string
	width float32
	pages []int
	page  int
	nav   *fyne.Container // the page controls, shown in long mode
	where *flowLabel
}

// Limits of the wrapping Entry. A field wraps when the squares of its
// lines' lengths sum to at most wrapBudget (one line of 300 characters,
// which Fyne wraps in tens of milliseconds); long mode cuts lines as wide
// as the field, but at least minRunes ideographs wide (lineRunes until the
// field is laid out), pageRunes characters to a page.
const (
	wrapBudget = 300 * 300
	minRunes   = 8
	lineRunes  = 40
	pageRunes  = 1000
)

// newField makes a field that calls seal when it loses the focus.
func newField(seal func(), multiLine bool, placeholder string) *field {
	f := &field{seal: seal, multi: multiLine}
	f.MultiLine = multiLine
	if multiLine {
		f.Wrapping = fyne.TextWrapWord
	} else {
		f.Wrapping = fyne.TextWrapOff
		f.Scroll = 0
	}
	f.PlaceHolder = placeholder
	f.AlwaysShowValidationError = true
	f.ExtendBaseWidget(f)
	f.OnChanged = f.changed
	f.where = newFlowLabel("", false, false)
	f.nav = container.NewBorder(nil, nil,
		newKeyButton("上一页", func() { f.turn(-1) }),
		newKeyButton("下一页", func() { f.turn(1) }),
		f.where)
	f.nav.Hide()
	return f
}

// box is the field with its page controls, for a form.
func (f *field) box() fyne.CanvasObject {
	if !f.multi {
		return f
	}
	return container.NewVBox(f, f.nav)
}

// show fills the field without making an edit.
func (f *field) show(text string) {
	f.loading = true
	f.long = f.multi && !wrapsFast(text)
	if f.long {
		f.Wrapping = fyne.TextWrapOff
		f.width = f.textWidth(f.Size().Width)
		f.lines = displayLines(text, f.width, f.textSize())
		f.page = 0
		f.paginate()
		f.SetText(f.pageText())
	} else {
		if f.multi {
			f.Wrapping = fyne.TextWrapWord
		}
		f.lines, f.pages = nil, nil
		f.SetText(text)
	}
	f.showNav()
	f.loading = false
	f.err = nil
	f.SetValidationError(nil)
}

func (f *field) changed(text string) {
	if f.loading || f.apply == nil {
		return
	}
	switch {
	case f.long:
		start, end := f.pageBounds()
		edited := strings.Split(text, "\n")
		lines := make([]string, 0, len(f.lines)-(end-start)+len(edited))
		lines = append(append(append(lines, f.lines[:start]...), edited...), f.lines[end:]...)
		for i := f.page + 1; i < len(f.pages); i++ {
			f.pages[i] += len(edited) - (end - start)
		}
		f.lines = lines
		text = joinDisplayLines(lines)
	case f.multi && !wrapsFast(text):
		// A long paste: apply it, then show it in long mode.
		defer f.show(text)
	}
	f.err = f.apply(text)
	if f.err != nil {
		f.SetValidationError(errors.New(usererr.Chinese(f.err)))
		return
	}
	f.SetValidationError(nil)
}

// Resize lays the field out at size and, in long mode, cuts the display
// lines again if the width for text changed, keeping the caret on its
// character.
func (f *field) Resize(size fyne.Size) {
	if f.long && f.textWidth(size.Width) != f.width {
		f.recut(size.Width)
	}
	f.Entry.Resize(size)
}

// recut cuts the display lines of long mode for a field width wide and
// shows the page that holds the character the caret is on.
func (f *field) recut(width float32) {
	start, _ := f.pageBounds()
	pos := lineOffset(f.lines, start+f.CursorRow, f.CursorColumn)
	f.width = f.textWidth(width)
	f.lines = displayLines(joinDisplayLines(f.lines), f.width, f.textSize())
	f.paginate()
	line, col := displayPos(f.lines, pos, false)
	if lineOffset(f.lines, line, col) != pos {
		line, col = displayPos(f.lines, pos, true) // the end of a paragraph
	}
	f.page = 0
	for f.page+1 < len(f.pages) && f.pages[f.page+1] <= line {
		f.page++
	}
	f.loading = true
	f.SetText(f.pageText())
	f.loading = false
	f.CursorRow, f.CursorColumn = line-f.pages[f.page], col
	f.Refresh()
	f.showNav()
}

// textSize is the size of the field's text.
func (f *field) textSize() float32 {
	return f.Theme().Size(theme.SizeNameText)
}

// textWidth is the width a line of text has in the field when the field
// is width wide: inside its padding and border, clear of the scroll bar
// and the caret, but at least minRunes ideographs; before the field is
// laid out, lineRunes ideographs.
func (f *field) textWidth(width float32) float32 {
	th := f.Theme()
	em := advance('中', f.textSize(), false)
	if width <= 0 {
		return lineRunes * em
	}
	inner := width - 2*th.Size(theme.SizeNameInnerPadding) - 3*th.Size(theme.SizeNameInputBorder) - th.Size(theme.SizeNameScrollBarSmall)
	return max(inner, minRunes*em)
}

// FocusLost ends the field's undo step: typing here again later is a new
// step.
func (f *field) FocusLost() {
	f.Entry.FocusLost()
	f.seal()
}

// TypedKey hands the window's keys, such as Esc back to the outline, on
// to the window and the others to the Entry.
func (f *field) TypedKey(ev *fyne.KeyEvent) {
	if toWindow(f, ev) {
		return
	}
	f.Entry.TypedKey(ev)
}

// AcceptsTab is false: Tab moves to the next field, also from a
// multi-line one, whose paragraphs never hold tabs.
func (f *field) AcceptsTab() bool { return false }

// selectRange selects the characters start to end (counted in runes) of
// the text the field was last shown, turning to the page that holds them
// in long mode, so that the match or the spot is marked once the field
// has the focus. Fyne's Entry has no call that selects a range, so the
// cursor is put at start and moved to end as Shift and the arrow keys
// would move it. It returns start and end as offsets in the text the
// Entry holds, which in long mode is the page's.
func (f *field) selectRange(start, end int) (int, int) {
	if f.long {
		var page int
		page, start, end = f.pageRange(start, end)
		if page != f.page {
			f.page = page
			f.loading = true
			f.SetText(f.pageText())
			f.loading = false
			f.showNav()
		}
	}
	// Left ends any selection, also one the Entry keeps from a text it
	// showed before.
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	f.CursorRow, f.CursorColumn = f.rowCol(start)
	if end <= start {
		f.Refresh()
		return start, start
	}
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	f.KeyDown(shift)
	f.CursorRow, f.CursorColumn = f.rowCol(end)
	// One step back and forth starts the selection and keeps the end.
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f.KeyUp(shift)
	return start, end
}

// rowCol returns the row and column of the Entry's cursor at the rune
// offset pos of its text, as the Entry lays the text out in rows.
func (f *field) rowCol(pos int) (row, col int) {
	saveRow, saveCol := f.CursorRow, f.CursorColumn
	defer func() { f.CursorRow, f.CursorColumn = saveRow, saveCol }()
	begin := 0
	for {
		f.CursorRow, f.CursorColumn = row+1, 0
		next := f.CursorTextOffset() // 0 past the last row
		if next <= begin || next > pos {
			return row, pos - begin
		}
		row, begin = row+1, next
	}
}

// pageRange returns the page of long mode that holds the rune offset
// start of the field's text, and start and end as offsets in that page's
// text; an end on a later page is cut at the page's end.
func (f *field) pageRange(start, end int) (page, s, e int) {
	line, col := displayPos(f.lines, start, false)
	for page+1 < len(f.pages) && f.pages[page+1] <= line {
		page++
	}
	first, last := f.pages[page], len(f.lines)
	if page+1 < len(f.pages) {
		last = f.pages[page+1]
	}
	offset := func(line, col int) int {
		n := col
		for _, l := range f.lines[first:line] {
			n += utf8.RuneCountInString(l) + 1
		}
		return n
	}
	s = offset(line, col)
	endLine, endCol := displayPos(f.lines, end, true)
	if endLine >= last {
		return page, s, offset(last-1, utf8.RuneCountInString(f.lines[last-1]))
	}
	return page, s, offset(endLine, endCol)
}

// lineOffset returns the rune offset, in the paragraphs joinDisplayLines
// makes of lines, of column col of the line numbered line.
func lineOffset(lines []string, line, col int) int {
	n, para := 0, false
	for i, l := range lines {
		l = strings.TrimRight(l, "\r")
		blank := strings.TrimSpace(l) == ""
		if i == line {
			if blank {
				return n
			}
			return n + min(col, utf8.RuneCountInString(l))
		}
		switch {
		case !blank:
			n += utf8.RuneCountInString(l)
			para = true
		case para:
			n++ // the line break between paragraphs
			para = false
		}
	}
	return n
}

// displayPos returns the display line and column (see displayLines) of
// the rune offset pos in the paragraphs the lines show, which are joined
// by line breaks. An offset at the end of a line is on that line if
// atEnd, else at the start of the next.
func displayPos(lines []string, pos int, atEnd bool) (line, col int) {
	at := 0 // the offset of the line's start
	for i, l := range lines {
		if l == "" {
			at++ // the line break between paragraphs
			continue
		}
		n := utf8.RuneCountInString(l)
		if pos < at+n || atEnd && pos == at+n {
			return i, max(pos-at, 0)
		}
		at += n
	}
	if len(lines) == 0 {
		return 0, 0
	}
	return len(lines) - 1, utf8.RuneCountInString(lines[len(lines)-1])
}

// turn shows the next (+1) or previous (-1) page in long mode.
func (f *field) turn(by int) {
	if !f.long || f.page+by < 0 || f.page+by >= len(f.pages) {
		return
	}
	f.page += by
	f.loading = true
	f.SetText(f.pageText())
	f.loading = false
	f.showNav()
}

// paginate starts a page every pageRunes characters of lines, at a line.
func (f *field) paginate() {
	f.pages = []int{0}
	n := 0
	for i, l := range f.lines {
		if n >= pageRunes {
			f.pages = append(f.pages, i)
			n = 0
		}
		n += utf8.RuneCountInString(l) + 1
	}
}

// pageBounds returns the lines of the current page.
func (f *field) pageBounds() (start, end int) {
	start, end = f.pages[f.page], len(f.lines)
	if f.page+1 < len(f.pages) {
		end = f.pages[f.page+1]
	}
	return start, end
}

func (f *field) pageText() string {
	start, end := f.pageBounds()
	return strings.Join(f.lines[start:end], "\n")
}

func (f *field) showNav() {
	if !f.long {
		f.nav.Hide()
		return
	}
	f.where.SetText(fmt.Sprintf("第 %d/%d 页　段落较长，分页编辑，空行分段", f.page+1, len(f.pages)))
	f.nav.Show()
}

// wrapsFast reports whether Fyne's wrapping Entry lays text out quickly:
// its time grows with the square of each line's length.
func wrapsFast(text string) bool {
	sum := 0
	for line := range strings.SplitSeq(text, "\n") {
		n := utf8.RuneCountInString(line)
		if sum += n * n; sum > wrapBudget {
			return false
		}
	}
	return true
}

// displayLines cuts paragraphs (one a line) into display lines at most
// width wide in text of the given size, breaking where the rules of GB/T
// 15834 allow (no 。 or ， at the start of a line, no （ at its end,
// numbers kept whole), with an empty line between paragraphs. No
// character is dropped, so that joinDisplayLines gives the paragraphs
// back.
func displayLines(text string, width, size float32) []string {
	var (
		out   []string
		chars []placed
		at    []int // the byte offset of each character
	)
	for i, p := range paragraphs(text) {
		if i > 0 {
			out = append(out, "")
		}
		chars, at = chars[:0], at[:0]
		for j, r := range p {
			chars = append(chars, placed{r: r, w: advance(r, size, false)})
			at = append(at, j)
		}
		at = append(at, len(p))
		for start := 0; start < len(chars); {
			end := lineEnd(chars, start, width)
			out = append(out, p[at[start]:at[end]])
			start = end
		}
	}
	return out
}

// joinDisplayLines turns display lines back into paragraphs, one a line:
// the lines between blank ones are joined as they are.
func joinDisplayLines(lines []string) string {
	var b strings.Builder
	para := false
	for _, l := range lines {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" {
			if para {
				b.WriteByte('\n')
				para = false
			}
			continue
		}
		b.WriteString(l)
		para = true
	}
	return b.String()
}

// oneLine is the text of a single-line field as the document keeps it:
// trimmed, with any pasted line breaks turned into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// paragraphs splits a multi-line field into the paragraphs the document
// keeps: one per non-empty line, trimmed.
func paragraphs(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
