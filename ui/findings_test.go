package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"yaodian/check"
	"yaodian/docmodel"
	"yaodian/export/docx"
	"yaodian/publish"
	"yaodian/session"
)

// Opening another document clears the count of findings in the tab's
// label at once, not when the new document's check ends.
func TestFindingsTabClearedOnOpen(t *testing.T) {
	w := newReviewWindow(t)
	p := w.findings
	if len(p.open) == 0 || p.tab.Text != "检查结果（"+itoa(len(p.open))+"）" {
		t.Fatalf("benchmark plan: %d findings, tab %q", len(p.open), p.tab.Text)
	}
	var held []func()
	p.checks.background = func(f func()) { held = append(held, f) }
	w.show(session.New(session.Template(2025)))
	if p.tab.Text != "检查结果" || len(held) != 1 {
		t.Errorf("while the new document is checked: tab %q, %d checks", p.tab.Text, len(held))
	}
	held[0]()
	if !strings.HasPrefix(p.tab.Text, "检查结果（") || p.tab.Text != "检查结果（"+itoa(len(p.open))+"）" {
		t.Errorf("after the check: tab %q, %d findings", p.tab.Text, len(p.open))
	}
}

// A quick fix checks the draft again once, not at once and again after
// the pause that typing waits for.
func TestQuickFixChecksOnce(t *testing.T) {
	w := openText(t, "2025年全市科技工作要点\n"+
		"一、主要目标\n"+
		"全市研发投入稳步增长,高新技术企业达到500家。\n"+
		"二、重点任务\n"+
		"1．建设创新平台。\n"+
		"三、保障措施\n"+
		"加强组织领导。\n")
	p := w.findings
	checks := 0
	p.checks.background = func(f func()) { checks++; f() }
	for i, f := range p.open {
		if f.Rule == check.Punctuation && len(f.Edits) > 0 {
			p.choose(prefixOpen + itoa(i))
		}
	}
	if !p.detail.fix.Visible() {
		t.Fatal("no finding with a fix chosen")
	}
	test.Tap(p.detail.fix)
	flushPreview(w) // what waits for a pause in typing
	if checks != 1 || len(p.fixable(check.Punctuation)) != 0 {
		t.Errorf("修正 ran %d checks, %d punctuation fixes left", checks, len(p.fixable(check.Punctuation)))
	}
}

// The Word, 分工表 and 对照表 exports write off the window's goroutine
// as every file action does, through fileActions.io, and then say where
// the file went.
func TestExportsGoThroughIO(t *testing.T) {
	w := newReviewWindow(t)
	dir := t.TempDir()
	calls := 0
	sync := w.io
	w.io = func(work, done func()) { calls++; sync(work, done) }
	w.enterComparison()
	if w.comparison.a == nil {
		t.Fatal("the compare mode compared nothing")
	}
	for _, tc := range []struct {
		name   string
		export func(path string)
	}{
		{"plan.docx", func(path string) {
			w.exportInBackground(path, func(d *docmodel.Document) (string, error) {
				return summed(publish.PlanWord(path, d, docx.Options{}))
			})
		}},
		{"division.xlsx", func(path string) {
			w.exportInBackground(path, func(d *docmodel.Document) (string, error) {
				return summed(publish.Division(path, d))
			})
		}},
		{"对照表.md", w.comparison.exportTo},
	} {
		before := calls
		path := filepath.Join(dir, tc.name)
		tc.export(path)
		if info, err := os.Stat(path); err != nil || info.Size() == 0 || calls != before+1 {
			t.Errorf("%s: %d io calls, file %v", tc.name, calls-before, err)
		}
		if !strings.Contains(w.status.Text, "已导出 "+tc.name) {
			t.Errorf("%s: status %q", tc.name, w.status.Text)
		}
		for w.win.Canvas().Overlays().Top() != nil {
			w.win.Canvas().Overlays().Remove(w.win.Canvas().Overlays().Top())
		}
	}
}

// The find bar's quote of a match is one line: a line break of the field
// around the match shows as a space, not as a glyph the font lacks.
func TestQuoteAroundOneLine(t *testing.T) {
	for _, tc := range []struct {
		text       string
		start, end int
		want       string
	}{
		{"围绕科技创新重点领域，制定出台专项支持政策，\n力争全年新增", 2, 4, "围绕|科技|创新重点领域，制定出台专项支持政策， 力争全年新增"},
		{"第一段\n第二段科技", 7, 9, "第一段 第二段|科技|"},
	} {
		var parts []string
		for _, r := range quoteAround(tc.text, tc.start, tc.end) {
			parts = append(parts, r.text)
		}
		if got := strings.Join(parts, "|"); got != tc.want {
			t.Errorf("quote %q, want %q", got, tc.want)
		}
	}
}
