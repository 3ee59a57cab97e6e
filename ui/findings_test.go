package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"yaodian/check"
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
