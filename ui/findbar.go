package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/check"
	"yaodian/docmodel"
	"yaodian/findreplace"
)

// findBar finds and replaces text in the open document — its titles,
// bodies, units and meta data — above the work area. It counts the
// matches, goes to the next or previous one, selecting its node and the
// matched text in the editor, and replaces one match or all of them, each
// as one undo step. Enter goes to the next match, Shift+Enter (or
// Shift+F3) to the previous one, F3 to the next; Esc closes the bar and
// leaves the cursor on the match.
type findBar struct {
	doc  *openDoc
	host findHost
	mark *textMarker
	win  fyne.Window

	box        *fyne.Container // the bar, hidden until Ctrl+F or Ctrl+H
	outer      *fyne.Container // the bar above the work area
	query      *findEntry
	with       *findEntry
	loose      *keyCheck // full and half width, upper and lower case alike
	count      *widget.Label
	where      *flowText // the match in its context
	replaceRow *fyne.Container

	matches []findreplace.Match // of query in the document as it is
	cur     int                 // the match marked, -1 if none
	field   *field              // the field the marked match is selected in, if any
}

// findHost is what the find bar asks of the window around it.
type findHost interface {
	// edit applies fn to the open document as an undoable step.
	edit(label, key string, fn func(d *docmodel.Document) error) error
	// report shows err, if any, and says whether there was one.
	report(err error) bool
	// restored redraws everything after the document changed as a whole.
	restored()
	// leaveComparison shows the editor again in place of the compare
	// mode, where matches are marked.
	leaveComparison()
	// toOutline gives the outline the keyboard, where closing the bar
	// leaves it when no match is selected in a field.
	toOutline()
}

// newFindBar makes the find bar of doc, which edits through host and
// marks matches with mark; win is the window it is shown in.
func newFindBar(doc *openDoc, host findHost, win fyne.Window, mark *textMarker) *findBar {
	b := &findBar{doc: doc, host: host, mark: mark, win: win, cur: -1}
	b.query = newFindEntry("查找内容；Enter 或 F3 查找下一处，加 Shift 查找上一处", b.queryKey)
	b.query.OnChanged = func(string) { b.search() }
	b.with = newFindEntry("替换为；Enter 替换当前一处并转到下一处", b.withKey)
	b.loose = newKeyCheck("不区分全半角和大小写", func(bool) { b.search() })
	b.count = widget.NewLabel("")
	b.where = newFlowText(nil)
	prev := newKeyButtonWithIcon("上一处", theme.MoveUpIcon(), b.previous)
	next := newKeyButtonWithIcon("下一处", theme.MoveDownIcon(), b.next)
	closeButton := newKeyButtonWithIcon("", theme.CancelIcon(), b.close)
	closeButton.Importance = widget.LowImportance
	b.replaceRow = container.NewBorder(nil, nil, widget.NewLabel("替换为"),
		container.NewHBox(newKeyButton("替换", b.replace), newKeyButton("全部替换", b.replaceAll)),
		b.with)
	findRow := container.NewBorder(nil, nil, widget.NewLabel("查找　"),
		container.NewHBox(b.count, prev, next, b.loose, closeButton), b.query)
	b.box = container.NewVBox(findRow, b.replaceRow, b.where, widget.NewSeparator())
	b.box.Hide()
	return b
}

// around returns the work area with the bar above it.
func (b *findBar) around(work fyne.CanvasObject) fyne.CanvasObject {
	b.outer = container.NewBorder(b.box, nil, nil, nil, work)
	return b.outer
}

// relayout gives the work area the room the bar takes or leaves.
func (b *findBar) relayout() {
	if b.outer != nil {
		b.outer.Layout.Layout(b.outer.Objects, b.outer.Size())
		canvas.Refresh(b.outer)
	}
}

// open shows the bar, with the replace row if replace, and puts the
// cursor in the query, which becomes the text selected in the field
// being edited, if any.
func (b *findBar) open(replace bool) {
	if b.doc.s == nil {
		return
	}
	b.host.leaveComparison()
	// Text selected in a field is what the writer wants to find.
	if c := b.win.Canvas(); c != nil {
		if f, ok := c.Focused().(*field); ok && f.SelectedText() != "" && !strings.Contains(f.SelectedText(), "\n") {
			b.query.SetText(f.SelectedText())
		}
	}
	setVisible(b.replaceRow, replace)
	b.box.Show()
	b.relayout()
	b.search()
	if c := b.win.Canvas(); c != nil {
		c.Focus(b.query)
		b.query.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// holds reports whether o is one of the bar's widgets.
func (b *findBar) holds(o fyne.Focusable) bool {
	return o != nil && inContainer(b.box, o)
}

// inContainer reports whether o is in c or in a container inside it.
func inContainer(c *fyne.Container, o fyne.Focusable) bool {
	for _, x := range c.Objects {
		if f, ok := x.(fyne.Focusable); ok && f == o {
			return true
		}
		if sub, ok := x.(*fyne.Container); ok && inContainer(sub, o) {
			return true
		}
	}
	return false
}

// close hides the bar; the cursor goes to the field where the last match
// is selected, or else — no match, or its field out of sight — to the
// outline, so that no hidden box keeps the keyboard.
func (b *findBar) close() {
	b.box.Hide()
	b.relayout()
	c := b.win.Canvas()
	if c == nil {
		return
	}
	if b.field != nil {
		c.Focus(b.field) // Fyne does not focus a field out of sight
	}
	if c.Focused() != b.field {
		b.host.toOutline()
	}
	if f := c.Focused(); f == b.query || f == b.with {
		c.Unfocus()
	}
}

// options are the match options the check box chooses.
func (b *findBar) options() findreplace.Options {
	return findreplace.Options{IgnoreCase: b.loose.Checked, IgnoreWidth: b.loose.Checked}
}

// search finds the query afresh and counts the matches; no match is
// marked.
func (b *findBar) search() {
	b.matches, b.cur, b.field = nil, -1, nil
	b.where.set(nil)
	if b.doc.s != nil {
		b.matches = findreplace.Find(b.doc.s.Doc(), b.query.Text, b.options())
	}
	b.showCount()
}

// refresh finds the query again after the document changed, keeping the
// marked match if the document still has it.
func (b *findBar) refresh() {
	if !b.box.Visible() || b.doc.s == nil {
		return
	}
	var was *findreplace.Match
	if b.cur >= 0 {
		was = &b.matches[b.cur]
	}
	b.matches, b.cur = findreplace.Find(b.doc.s.Doc(), b.query.Text, b.options()), -1
	for i, m := range b.matches {
		if was != nil && m.Location == was.Location && m.Start == was.Start && m.Text == was.Text {
			b.cur = i
		}
	}
	b.showCount()
}

// showCount says how many matches there are and which one is marked.
func (b *findBar) showCount() {
	switch {
	case b.query.Text == "":
		b.count.SetText("")
	case len(b.matches) == 0:
		b.count.SetText("未找到")
	case b.cur < 0:
		b.count.SetText("共 " + strconv.Itoa(len(b.matches)) + " 处")
	default:
		b.count.SetText("第 " + strconv.Itoa(b.cur+1) + " / " + strconv.Itoa(len(b.matches)) + " 处")
	}
}

// from is where the next or previous match is looked for: the marked
// match, or the start of the selected node.
func (b *findBar) from() findreplace.Position {
	if b.cur >= 0 {
		return b.matches[b.cur].At()
	}
	return findreplace.Position{Location: findreplace.Location{NodeID: b.doc.selected}}
}

// next marks the match after the current one.
func (b *findBar) next() {
	b.step(findreplace.Next)
}

// previous marks the match before the current one.
func (b *findBar) previous() {
	b.step(findreplace.Previous)
}

// searching reports whether a search is set: the query is not empty.
func (b *findBar) searching() bool {
	return b.doc.s != nil && b.query.Text != ""
}

// again goes to the next match of the search set, or the previous one if
// back, as F3 and Shift+F3 do anywhere in the window: the bar shows again
// if it was closed, and the keyboard stays where it is. With no search
// set it does nothing.
func (b *findBar) again(back bool) {
	if !b.searching() {
		return
	}
	if !b.box.Visible() {
		b.box.Show()
		b.relayout()
	}
	if back {
		b.previous()
	} else {
		b.next()
	}
}

// step marks the match that go finds from the current position.
func (b *findBar) step(to func(*docmodel.Document, []findreplace.Match, findreplace.Position) (int, bool)) {
	if b.doc.s == nil {
		return
	}
	b.host.leaveComparison()
	if !b.box.Visible() {
		b.open(false)
	}
	b.refresh()
	i, _ := to(b.doc.s.Doc(), b.matches, b.from())
	b.show(i)
}

// show marks match i, or nothing for -1.
func (b *findBar) show(i int) {
	b.cur, b.field = i, nil
	b.showCount()
	if i < 0 {
		b.where.set(nil)
		return
	}
	m := b.matches[i]
	var text string
	var start, end int
	b.field, text, start, end = b.mark.mark(m)
	paras := [][]run{{{text: m.Where(), muted: true, bold: true}}}
	if b.field != nil {
		paras = append(paras, quoteAround(text, start, end))
	}
	b.where.set(paras)
	b.relayout() // the quote may change the bar's height
}

// contextRunes is how much text the bar quotes on either side of a
// match.
const contextRunes = 30

// quoteAround is the match at runes start to end of text with some text on
// either side of it, the match marked. The line breaks of a multi-line
// field become spaces: the quote is one line, and the font has no glyph
// for a break.
func quoteAround(text string, start, end int) []run {
	rs := []rune(strings.ReplaceAll(text, "\n", " "))
	end = min(end, len(rs))
	start = min(start, end)
	from, to := max(start-contextRunes, 0), min(end+contextRunes, len(rs))
	before, after := string(rs[from:start]), string(rs[end:to])
	if from > 0 {
		before = "…" + before
	}
	if to < len(rs) {
		after += "…"
	}
	return []run{{text: before}, {text: string(rs[start:end]), mark: theme.ColorNamePrimary}, {text: after}}
}

// replace replaces the marked match and marks the next one; with none
// marked, it marks the next match first.
func (b *findBar) replace() {
	if b.doc.s == nil {
		return
	}
	b.refresh()
	if b.cur < 0 {
		b.next()
		return
	}
	m, with := b.matches[b.cur], b.with.Text
	err := b.host.edit("替换", "", func(d *docmodel.Document) error {
		out, err := findreplace.Replace(d, m, with)
		if err != nil {
			return err
		}
		*d = *out
		return nil
	})
	if b.host.report(err) {
		return
	}
	b.host.restored()
	d := b.doc.s.Doc()
	b.matches = findreplace.Find(d, b.query.Text, b.options())
	i, _ := findreplace.Next(d, b.matches, m.AfterReplace(with))
	b.show(i)
}

// replaceAll replaces every match as one undo step.
func (b *findBar) replaceAll() {
	if b.doc.s == nil || b.query.Text == "" {
		return
	}
	query, with, opts := b.query.Text, b.with.Text, b.options()
	n := 0
	err := b.host.edit("全部替换", "", func(d *docmodel.Document) error {
		out, count, err := findreplace.ReplaceAll(d, query, with, opts)
		if err != nil {
			return err
		}
		*d, n = *out, count
		return nil
	})
	if b.host.report(err) {
		return
	}
	if n > 0 {
		b.host.restored()
	}
	b.search()
	if n == 0 {
		return
	}
	b.where.set([][]run{{{text: "已替换 " + strconv.Itoa(n) + " 处，可一次撤销", muted: true}}})
}

// queryKey runs the keys of the query box: Enter and F3 go to the next
// match, with Shift to the previous one, Esc closes the bar, and Tab goes
// on to the replacement when it is shown.
func (b *findBar) queryKey(ev *fyne.KeyEvent, shift bool) bool {
	if ev.Name == fyne.KeyTab && !shift && b.replaceRow.Visible() && b.win.Canvas().Focused() == b.query {
		b.win.Canvas().Focus(b.with)
		return true
	}
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF3:
		if shift {
			b.previous()
		} else {
			b.next()
		}
	case fyne.KeyEscape:
		b.close()
	default:
		return false
	}
	return true
}

// withKey runs the keys of the replacement box: Enter replaces the
// marked match, Shift+Tab goes back to the query, F3 and Esc work as in
// the query box.
func (b *findBar) withKey(ev *fyne.KeyEvent, shift bool) bool {
	switch {
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		b.replace()
	case ev.Name == fyne.KeyTab && shift:
		b.win.Canvas().Focus(b.query)
	default:
		return b.queryKey(ev, shift)
	}
	return true
}

// findEntry is a one-line box of the find bar that hands Enter, F3, Esc
// and Tab, with whether Shift is held, to keys before the Entry sees
// them. A Tab that keys leaves alone moves the focus as the window would.
type findEntry struct {
	widget.Entry
	shift bool
	keys  func(ev *fyne.KeyEvent, shift bool) bool
}

func newFindEntry(placeholder string, keys func(*fyne.KeyEvent, bool) bool) *findEntry {
	e := &findEntry{keys: keys}
	e.PlaceHolder = placeholder
	e.ExtendBaseWidget(e)
	return e
}

// KeyDown notes that Shift is held.
func (e *findEntry) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(ev)
}

// KeyUp notes that Shift is released.
func (e *findEntry) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(ev)
}

// AcceptsTab has Tab come to TypedKey, so that it goes from the query
// to the replacement, not to the buttons beside the query.
func (e *findEntry) AcceptsTab() bool { return true }

// TypedKey runs the find bar's keys, hands the window's other keys,
// such as F10, on to the window, and passes the rest to the Entry.
func (e *findEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.keys(ev, e.shift) || toWindow(e, ev) {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); ev.Name == fyne.KeyTab && c != nil {
		if e.shift {
			c.FocusPrevious()
		} else {
			c.FocusNext()
		}
		return
	}
	e.Entry.TypedKey(ev)
}

// FocusLost forgets Shift, whose release another widget may receive.
func (e *findEntry) FocusLost() {
	e.shift = false
	e.Entry.FocusLost()
}

// textMarker shows a run of the document's text: it selects the node in
// the outline and the editor, or shows the document's own data, and
// selects the run in the field that edits it.
type textMarker struct {
	doc      *openDoc
	editor   *nodeEditor
	meta     *metaEditor
	host     markHost
	showNode func() // brings the node editor to the front
}

// markHost is what marking text asks of the window.
type markHost interface {
	// selectID selects node id in the outline and the editor.
	selectID(id string)
	// showMeta shows the editor of the document's own data.
	showMeta()
}

// newTextMarker makes the marker of doc's text in editor and meta;
// showNode brings the node editor to the front.
func newTextMarker(doc *openDoc, editor *nodeEditor, meta *metaEditor, host markHost, showNode func()) *textMarker {
	return &textMarker{doc: doc, editor: editor, meta: meta, host: host, showNode: showNode}
}

// mark selects the match m in the field that edits it and returns that
// field, the text it holds and the match's rune offsets there; a nil
// field when no field shows it.
func (k *textMarker) mark(m findreplace.Match) (f *field, text string, start, end int) {
	if k.doc.s == nil {
		return nil, "", 0, 0
	}
	d := k.doc.s.Doc()
	if m.NodeID != "" {
		n := d.Find(m.NodeID)
		if n == nil {
			return nil, "", 0, 0
		}
		k.host.selectID(m.NodeID)
		k.showNode()
		f, start = k.nodeField(n, m)
	} else {
		k.host.showMeta()
		f, start = k.metaField(d, m)
	}
	if f == nil {
		return nil, "", 0, 0
	}
	start, end = f.selectRange(start, start+m.RuneEnd-m.RuneStart)
	return f, f.Text, start, end
}

// nodeField returns the editor's field of m's node and m's start there.
func (k *textMarker) nodeField(n *docmodel.Node, m findreplace.Match) (*field, int) {
	e := k.editor
	switch m.Field {
	case docmodel.FieldHeading, docmodel.FieldLead:
		return e.title, m.RuneStart
	case docmodel.FieldBody:
		return e.body, listOffset(n.Body, m.Index) + m.RuneStart
	case docmodel.FieldLeadUnit:
		return e.leadUnit, m.RuneStart
	case docmodel.FieldPartner:
		return e.partners, listOffset(n.Partners, m.Index) + m.RuneStart
	case docmodel.FieldDeadline:
		return e.deadline, m.RuneStart
	}
	return nil, 0
}

// metaField returns the meta editor's field of m and m's start there.
func (k *textMarker) metaField(d *docmodel.Document, m findreplace.Match) (*field, int) {
	e := k.meta
	var notice docmodel.Notice
	if d.Notice != nil {
		notice = *d.Notice
	}
	switch m.Field {
	case docmodel.FieldTitle:
		return e.title, m.RuneStart
	case docmodel.FieldNumber:
		return e.number, m.RuneStart
	case docmodel.FieldIssuer:
		return e.issuer, m.RuneStart
	case docmodel.FieldRecipient:
		return e.recipients, listOffset(d.Meta.Recipients, m.Index) + m.RuneStart
	case docmodel.FieldPreamble:
		return e.preamble, listOffset(d.Preamble, m.Index) + m.RuneStart
	case docmodel.FieldNoticeTitle:
		return e.noticeTitle, m.RuneStart
	case docmodel.FieldNoticeBody:
		return e.noticeBody, listOffset(notice.Body, m.Index) + m.RuneStart
	case docmodel.FieldAttachment:
		return e.attachments, listOffset(notice.Attachments, m.Index) + m.RuneStart
	}
	return nil, 0
}

// listOffset is where element i of a list starts, in runes, in a field
// that shows the list joined by a one-character separator.
func listOffset(list []string, i int) int {
	n := 0
	for _, s := range list[:min(i, len(list))] {
		n += utf8.RuneCountInString(s) + 1
	}
	return n
}

// spotMatch returns the match, as find would report it, of a run of text
// a check finding names, and false where d no longer holds that text
// there.
func spotMatch(d *docmodel.Document, r check.Range) (findreplace.Match, bool) {
	for _, m := range findreplace.Find(d, r.Text, findreplace.Options{}) {
		if m.NodeID == r.NodeID && m.Field == r.Field && m.Index == r.Index && m.Start == r.Start {
			return m, true
		}
	}
	return findreplace.Match{}, false
}
