package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"yaodian/check"
	"yaodian/findreplace"
	"yaodian/session"
)

// openText opens a plan written as text in a test window, checked.
func openText(t *testing.T, text string) *Window {
	t.Helper()
	w := newTestWindow(t)
	path := filepath.Join(t.TempDir(), "plan.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := w.Open(path); err != nil {
		t.Fatal(err)
	}
	flushPreview(w)
	w.win.Resize(fyne.NewSize(1280, 800))
	return w
}

// menuAction returns the action of the menu item labelled label.
func menuAction(t *testing.T, w *Window, label string) func() {
	t.Helper()
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it.Action
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// commas is a plan with half-width commas in its preamble, a heading, a
// lead sentence and a body.
const commas = "2025年全市科技工作要点\n" +
	"今年工作总的要求是,稳中求进。\n" +
	"一、主要目标\n" +
	"全市研发投入增长10%,高新技术企业达到500家。\n" +
	"二、重点任务\n" +
	"（一）加快平台建设,提升能力。\n" +
	"1．建设创新平台。新建实验室3家,中试基地2家。\n" +
	"三、保障措施\n" +
	"加强组织领导。\n"

// Find counts the matches and walks them in reading order, marking each
// in its field; Esc closes the bar on the match; replacing one and
// replacing all are one undo step each.
func TestFindAndReplace(t *testing.T) {
	w := openText(t, commas)
	b := w.find
	menuAction(t, w, "替换…")()
	if !b.box.Visible() || !b.replaceRow.Visible() || w.win.Canvas().Focused() != b.query {
		t.Fatalf("Ctrl+H: bar shown %v, replace row %v", b.box.Visible(), b.replaceRow.Visible())
	}
	test.Type(b.query, ",")
	b.query.TypedKey(key(fyne.KeyTab))
	if w.win.Canvas().Focused() != b.with {
		t.Errorf("Tab from the query: focus on %T, want the replacement", w.win.Canvas().Focused())
	}
	b.with.KeyDown(key(desktop.KeyShiftLeft))
	b.with.TypedKey(key(fyne.KeyTab))
	b.with.KeyUp(key(desktop.KeyShiftLeft))
	if w.win.Canvas().Focused() != b.query {
		t.Errorf("Shift+Tab from the replacement: focus on %T, want the query", w.win.Canvas().Focused())
	}
	if b.count.Text != "共 4 处" {
		t.Fatalf("count %q, want 共 4 处", b.count.Text)
	}
	d := w.s.Doc()
	w.selectID(d.Sections[0].ID) // find from the first section
	type stop struct {
		count  string
		node   string // the selected node's printed path; "" for the meta data
		field  *field
		cursor int // where the match ends in the field
	}
	enter := key(fyne.KeyReturn)
	for _, tc := range []struct {
		name  string
		press func()
		want  stop
	}{
		{"Enter", func() { b.query.TypedKey(enter) }, stop{"第 2 / 4 处", "一、", w.editor.body, 12}},
		{"Enter again", func() { b.query.TypedKey(enter) }, stop{"第 3 / 4 处", "二、/（一）", w.editor.title, 7}},
		{"F3", func() { b.query.TypedKey(key(fyne.KeyF3)) }, stop{"第 4 / 4 处", "二、/（一）/1．", w.editor.body, 8}},
		{"wraps to the preamble", func() { b.query.TypedKey(enter) }, stop{"第 1 / 4 处", "", w.meta.preamble, 10}},
		{"Shift+Enter goes back", func() {
			b.query.KeyDown(key(desktop.KeyShiftLeft))
			b.query.TypedKey(enter)
			b.query.KeyUp(key(desktop.KeyShiftLeft))
		}, stop{"第 4 / 4 处", "二、/（一）/1．", w.editor.body, 8}},
	} {
		tc.press()
		got := stop{count: b.count.Text, field: b.field}
		if tc.want.node != "" {
			got.node = w.entries[w.selected].Path
		}
		if b.field != nil {
			got.cursor = b.field.CursorTextOffset()
		}
		if got != tc.want || b.field.SelectedText() != "," {
			t.Errorf("%s: count %q node %q cursor %d selected %q, want %+v", tc.name, got.count, got.node, got.cursor, b.field.SelectedText(), tc.want)
		}
		if tc.want.node == "" && w.tabs.Selected() != w.metaTab || tc.want.node != "" && w.tabs.Selected() != w.nodeTab {
			t.Errorf("%s: tab %q shown", tc.name, w.tabs.Selected().Text)
		}
	}
	if got := strings.Join(markedRuns(b.where), ""); got != ",[primary]" {
		t.Errorf("bar marks %q", got)
	}

	workTop := func() float32 {
		for _, o := range b.outer.Objects {
			if o != b.box {
				return o.Position().Y
			}
		}
		return -1
	}
	if workTop() < b.box.MinSize().Height {
		t.Errorf("open bar: work area at %v, bar %v high", workTop(), b.box.MinSize().Height)
	}
	// Esc closes the bar and leaves the cursor on the match.
	b.query.TypedKey(key(fyne.KeyEscape))
	if workTop() != 0 {
		t.Errorf("closed bar: work area at %v, want 0", workTop())
	}
	if b.box.Visible() || w.win.Canvas().Focused() != w.editor.body || w.editor.body.SelectedText() != "," {
		t.Errorf("Esc: bar shown %v, focus %T, selected %q", b.box.Visible(), w.win.Canvas().Focused(), w.editor.body.SelectedText())
	}

	// Opening the bar again finds the text selected in the field.
	b.query.SetText("别的")
	menuAction(t, w, "替换…")()
	if b.query.Text != "," {
		t.Errorf("reopened on a selected comma: query %q", b.query.Text)
	}

	// Replace the marked match, the next from the selected node: the
	// one after it is marked.
	b.query.TypedKey(enter)
	before := encoding(t, w.s)
	test.Type(b.with, "，")
	b.with.TypedKey(enter)
	if got := findreplace.Find(w.s.Doc(), ",", findreplace.Options{}); len(got) != 3 || w.s.UndoLabel() != "替换" {
		t.Fatalf("after one replacement: %d matches, undo %q", len(got), w.s.UndoLabel())
	}
	if b.count.Text != "第 1 / 3 处" { // the last match was replaced: round to the first
		t.Errorf("after one replacement: count %q", b.count.Text)
	}
	w.undo()
	if encoding(t, w.s) != before {
		t.Error("undo did not restore the replaced match")
	}

	// Replace all, as one undo step.
	test.Tap(barButton(t, b, "全部替换"))
	if got := findreplace.Find(w.s.Doc(), ",", findreplace.Options{}); len(got) != 0 || b.count.Text != "未找到" {
		t.Errorf("after replace all: %d matches, count %q", len(got), b.count.Text)
	}
	if got := strings.Join(markedRuns(b.where), "") + b.where.paras[0][0].text; !strings.Contains(got, "已替换 4 处") {
		t.Errorf("replace all says %q", got)
	}
	if w.s.UndoLabel() != "全部替换" || !strings.Contains(w.s.Doc().Preamble[0], "要求是，稳中求进") {
		t.Errorf("undo %q, preamble %q", w.s.UndoLabel(), w.s.Doc().Preamble)
	}
	w.undo()
	if encoding(t, w.s) != before || w.s.CanUndo() {
		t.Error("one undo did not restore the document as it was opened")
	}
	if b.count.Text != "共 4 处" {
		t.Errorf("after undo: count %q", b.count.Text)
	}
}

// barButton finds the find bar's button labelled label.
func barButton(t *testing.T, b *findBar, label string) *widget.Button {
	t.Helper()
	for _, o := range test.LaidOutObjects(b.box) {
		if bt, ok := asButton(o); ok && bt.Text == label {
			return bt
		}
	}
	t.Fatalf("no button %q in the find bar", label)
	return nil
}

// A finding with a safe fix is fixed by 修正, and all of its rule's by
// 全部修正, each one undo step; choosing it selects the text the fix
// changes, and choosing a placeholder selects the placeholder.
func TestQuickFix(t *testing.T) {
	w := openText(t, "2025年全市科技工作要点\n"+
		"一、主要目标\n"+
		"全市研发投入稳步增长,高新技术企业达到××家。\n"+
		"二、重点任务\n"+
		"1．建设创新平台。新建实验室3家;中试基地2家，按期建成。\n"+
		"三、保障措施\n"+
		"加强组织领导。\n")
	opened := encoding(t, w.s)
	p := w.findings
	fixes := func() []string {
		var out []string
		for _, f := range p.fixable(check.Punctuation) {
			out = append(out, f.Path)
		}
		return out
	}
	if got := strings.Join(fixes(), " "); got != "一、 二、/1．" {
		t.Fatalf("punctuation findings with a fix at %q", got)
	}
	choose := func(rule, path string) {
		t.Helper()
		for i, f := range p.open {
			if f.Rule == rule && f.Path == path {
				p.choose(prefixOpen + itoa(i))
				return
			}
		}
		t.Fatalf("no %s finding at %s", rule, path)
	}

	choose(check.Placeholder, "一、")
	if got := w.editor.body.SelectedText(); got != "××" || w.win.Canvas().Focused() != w.editor.body {
		t.Errorf("placeholder: selected %q, focus on %T", got, w.win.Canvas().Focused())
	}
	if !strings.Contains(p.detail.message.Text, "处理建议：填入实际内容") {
		t.Errorf("placeholder: message %q", p.detail.message.Text)
	}
	choose(check.Punctuation, "一、")
	d := p.detail
	if got := w.editor.body.SelectedText(); got != "," {
		t.Errorf("punctuation: selected %q", got)
	}
	if !d.fix.Visible() || !d.fixAll.Visible() || d.fixAll.Text != "全部修正（本类 2 条）" || !strings.Contains(d.message.Text, "处理建议：改用全角标点") {
		t.Fatalf("fix shown %v, fix all %v %q, message %q", d.fix.Visible(), d.fixAll.Visible(), d.fixAll.Text, d.message.Text)
	}
	test.Tap(d.fix)
	doc := w.s.Doc()
	if got := doc.Sections[0].Body[0]; got != "全市研发投入稳步增长，高新技术企业达到××家。" {
		t.Errorf("修正: body %q", got)
	}
	if w.s.UndoLabel() != "修正标点问题" || strings.Join(fixes(), " ") != "二、/1．" {
		t.Errorf("修正: undo %q, fixes left at %q", w.s.UndoLabel(), fixes())
	}
	w.undo()
	if encoding(t, w.s) != opened {
		t.Fatal("undo did not take back 修正")
	}
	p.run()

	choose(check.Punctuation, "二、/1．")
	test.Tap(d.fixAll)
	doc = w.s.Doc()
	task := doc.Sections[1].Children[0]
	if got := doc.Sections[0].Body[0] + task.Body[0]; strings.ContainsAny(got, ",;") {
		t.Errorf("全部修正 left %q", got)
	}
	if w.s.UndoLabel() != "全部修正标点问题" || len(fixes()) != 0 {
		t.Errorf("全部修正: undo %q, fixes left at %q", w.s.UndoLabel(), fixes())
	}
	w.undo()
	if encoding(t, w.s) != opened || w.s.CanUndo() {
		t.Error("one undo did not take back 全部修正")
	}
}

// A repeated sentence's finding lists the places it stands, each a
// button that goes there.
func TestRepeatPlaces(t *testing.T) {
	same := "推动规模以上工业企业研发机构全覆盖，提升企业创新能力。"
	w := openText(t, "2025年全市科技工作要点\n一、主要目标\n"+same+"\n二、重点任务\n1．建设平台。"+same+"\n三、保障措施\n加强组织领导。\n")
	p := w.findings
	i := indexOf(p.open, check.DuplicateText, "")
	if i < 0 {
		t.Fatalf("no repeat among %d findings", len(p.open))
	}
	p.choose(prefixOpen + itoa(i))
	var places []string
	for _, o := range p.detail.places.Objects {
		if bt, ok := asButton(o); ok {
			places = append(places, bt.Text)
		}
	}
	if got := strings.Join(places, " "); got != "一、 正文第1段 二、/1． 小标题句" && got != "一、 正文第1段 二、/1． 正文第1段" {
		t.Fatalf("places %q", got)
	}
	test.Tap(p.detail.places.Objects[1].(*keyButton))
	if w.selected != w.s.Doc().Sections[0].ID || w.editor.body.SelectedText() != same || w.win.Canvas().Focused() != w.editor.body {
		t.Errorf("first place: selected %q, text %q", w.entries[w.selected].Path, w.editor.body.SelectedText())
	}
}

// In a paragraph too long to wrap, which the field shows a page at a
// time, finding turns to the page of the match and selects it there,
// also where the match runs across two display lines.
func TestFindInLongParagraph(t *testing.T) {
	w := newTestWindow(t)
	s := session.New(session.Template(2025))
	task := s.Doc().Sections[2].Children[0]
	body := longBody(5000)
	// A mark near the end of the long paragraph, and one that starts at
	// the end of its first display line and runs into the second.
	body[0] = body[0] + "创新券兑付" + strings.Repeat("加强科技创新，推动高新技术企业发展。", 10)
	task.Body = body
	w.show(s)
	w.win.Resize(fyne.NewSize(1280, 800))
	w.selectID(task.ID)
	f := w.editor.body
	if !f.long {
		t.Fatal("the body is not shown in long mode")
	}
	first, second := []rune(f.lines[0]), []rune(f.lines[1])
	crossing := string(first[len(first)-2:]) + string(second[:2]) // the first line's end and the second's start
	b := w.find
	b.open(false)
	for _, tc := range []struct {
		query string
		page  int // at least
	}{
		{"创新券兑付", 3},
		{crossing, 0},
	} {
		b.query.SetText(tc.query)
		b.query.TypedKey(key(fyne.KeyReturn))
		got := strings.ReplaceAll(f.SelectedText(), "\n", "")
		if b.field != f || f.page < tc.page || got != tc.query {
			t.Errorf("%q: field %p (body %p), page %d, selected %q", tc.query, b.field, f, f.page, got)
		}
	}
}
