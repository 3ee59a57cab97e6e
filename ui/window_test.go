package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"yaodian/session"
)

const bench = "../testdata/bench/workplan-20p.md"

// newTestWindow makes a window whose autosaves go to a temporary folder
// and whose preview is laid out only when a test flushes it.
func newTestWindow(t *testing.T) *Window {
	t.Helper()
	return newTestWindowIn(t, test.NewTempApp(t), t.TempDir())
}

// newTestWindowIn makes a window of app a autosaving to dir.
func newTestWindowIn(t *testing.T, a fyne.App, dir string) *Window {
	t.Helper()
	w := New(a)
	w.recoveryDir = dir
	w.printDir = filepath.Join(t.TempDir(), "print")
	var queued []func()
	// Layouts and checks wait for a flush.
	w.preview.pause.after = func(_ time.Duration, f func()) { queued = append(queued, f) }
	w.preview.pages.background = func(f func()) { f() }
	w.preview.settle.after = func(_ time.Duration, f func()) { f() } // pages are drawn at once
	w.findings.pause.after = w.preview.pause.after
	w.findings.checks.background = func(f func()) { f() }
	w.compareMode().background = func(f func()) { f() }
	w.comparison.results.background = w.comparison.background
	w.io = func(work, done func()) {
		work()
		done()
	}
	flushes[w] = func() {
		for len(queued) > 0 {
			f := queued[0]
			queued = queued[1:]
			f()
		}
	}
	t.Cleanup(func() {
		delete(flushes, w)
		if !w.closing {
			w.win.Close()
		}
	})
	return w
}

// newPlan shows a new plan from the template in a test window and
// selects its first task.
func newPlan(t *testing.T) (*Window, string) {
	t.Helper()
	w := newTestWindow(t)
	w.show(session.New(session.Template(2025)))
	task := w.s.Doc().Sections[2].Children[0].ID
	w.selectID(task)
	return w, task
}

// history holds the benchmark plan as it was in 2022–2024: the growth
// targets fell from year to year, the 院士专家工作站 target rose.
const history = "../testdata/history"

// newReviewWindow opens the benchmark plan (2025) with the prior-years
// folder set to history, checked.
func newReviewWindow(t *testing.T) *Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefPriorDir, history)
	w := newTestWindowIn(t, a, t.TempDir())
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	flushPreview(w)
	return w
}

// flushes lay out each test window's pending previews.
var flushes = map[*Window]func(){}

// flushPreview lays out the preview as it would be once typing pauses.
func flushPreview(w *Window) { flushes[w]() }

// itemText is what the tree shows for a node.
func itemText(tree *outlineTree, id string) string {
	o := newOutlineItem(tree)
	tree.updateItem(id, false, o)
	return o.Text
}

// editorText is what the node editor shows, field by field.
func editorText(e *nodeEditor) string {
	return strings.Join([]string{e.place.Text, e.role.Selected, e.titleKind.Selected, e.title.Text, e.body.Text, e.leadUnit.Text}, "|")
}

func TestOpenShowsOutline(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	sections := w.tree.childIDs("")
	var got []string
	for _, id := range sections {
		got = append(got, itemText(w.tree, id))
	}
	if want := "一、总体要求 二、重点任务 三、保障措施"; strings.Join(got, " ") != want {
		t.Errorf("sections %q, want %q", got, want)
	}
	group := w.tree.childIDs(sections[1])[0]
	task := w.tree.childIDs(group)[0]
	if text := itemText(w.tree, task); text != "1．加强科技创新平台建设。" {
		t.Errorf("first task shows %q", text)
	}
	if !w.tree.isBranch(group) || w.tree.isBranch(task) {
		t.Error("groups must be branches and tasks leaves")
	}
	w.tree.Select(task)
	detail := editorText(w.editor)
	for _, want := range []string{"|加强科技创新平台建设。|", "位置 二、/（一）/1．　·　任务", "段首小标题句", "围绕科技创新重点领域"} {
		if !strings.Contains(detail, want) {
			t.Errorf("detail lacks %q: %s", want, detail)
		}
	}
	if status := w.status.Text; !strings.Contains(status, "3 个部分，57 项，40 项任务") {
		t.Errorf("status %q", status)
	}
	if title := w.win.Title(); !strings.HasPrefix(title, "××市2025年经济社会发展重点工作计划 — workplan-20p.md") {
		t.Errorf("title %q", title)
	}
}

// A file that cannot be read leaves the window as it was and explains
// itself in Chinese.
func TestOpenRefusesBadFile(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	before := w.status.Text
	bad := filepath.Join(t.TempDir(), "broken.yaodian")
	os.WriteFile(bad, []byte(`{"format": "yaodian", "schema_version": 9}`), 0o644)
	err := w.Open(bad)
	if err == nil || !strings.Contains(err.Error(), "较新版本") {
		t.Fatalf("error = %v", err)
	}
	if w.status.Text != before || len(w.tree.childIDs("")) != 3 {
		t.Error("a failed open changed what the window shows")
	}
}

// The theme draws Chinese with the embedded font, not as boxes: the
// rendering is compared with a master image made once and looked at.
func TestThemeRendersChinese(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
	label := widget.NewLabel("一、总体要求（一）指导思想 1．加强")
	win := test.NewTempWindow(t, label)
	win.Resize(fyne.NewSize(360, 48))
	test.AssertRendersToImage(t, "chinese_label.png", win.Canvas())
}

// A file holding several plans asks which one to open, and shows it.
func TestOpenCompilationAsks(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open("../testdata/seeds/002_07ecd39dfcf56a0e.txt"); err != nil {
		t.Fatal(err)
	}
	if w.picker == nil || w.picker.Length() != 5 {
		t.Fatalf("no choice of the 5 plans offered")
	}
	w.picker.Select(3)
	if title := w.win.Title(); !strings.HasPrefix(title, "2013年全省科技工作要点") {
		t.Errorf("title after choosing the fourth plan: %q", title)
	}
	if got := len(w.tree.childIDs("")); got != 7 {
		t.Errorf("the fourth plan shows %d sections, want 7", got)
	}
}
