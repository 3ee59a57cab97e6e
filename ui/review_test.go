package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"yaodian/check"
	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/importer"
)

// tapText taps the innermost tappable object on c's content or overlays
// that shows a label starting with text, as a click on it would.
func tapText(t *testing.T, c fyne.Canvas, text string) {
	t.Helper()
	var best fyne.Tappable
	bestSize := 0
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			tap, ok := o.(fyne.Tappable)
			if !ok || !o.Visible() {
				continue
			}
			inside := test.LaidOutObjects(o)
			for _, in := range inside {
				if l, ok := in.(*canvas.Text); ok && strings.HasPrefix(l.Text, text) && in.Visible() {
					if best == nil || len(inside) < bestSize {
						best, bestSize = tap, len(inside)
					}
				}
			}
		}
	}
	if best == nil {
		t.Fatalf("nothing shows %q", text)
	}
	test.Tap(best)
}

// markedRuns prints a text's marked runs as "text[colour]".
func markedRuns(t *flowText) []string {
	var out []string
	for _, p := range t.paras {
		for _, r := range p {
			if r.mark != "" {
				out = append(out, r.text+"["+string(r.mark)+"]")
			}
		}
	}
	return out
}

// The check runs against the prior-years folder; its findings are
// grouped by severity and rule; clicking one selects its node in the
// outline and the editor, marks the evidence and shows the prior year's
// passage with its own words marked.
func TestClickFindingSelectsNode(t *testing.T) {
	w := newReviewWindow(t)
	p := w.findings
	if p.tab.Text == "检查结果" || !strings.Contains(p.summary.Text, "对照 2022、2023、2024 年计划") {
		t.Fatalf("tab %q, summary %q", p.tab.Text, p.summary.Text)
	}
	rules := p.children[prefixSeverity+string(check.Error)]
	if len(rules) == 0 || !strings.Contains(strings.Join(rules, " "), check.TargetRegression) {
		t.Fatalf("error groups %v", rules)
	}
	w.side.Select(p.tab)
	w.win.Resize(fyne.NewSize(1600, 1000))
	tapText(t, w.win.Canvas(), "一、/（二）　“全市地区生产总值”")
	goals := w.s.Doc().Sections[0].Children[1]
	if w.selected != goals.ID || w.editor.place.Text == "" || !strings.Contains(w.editor.body.Text, "全市地区生产总值增长5.5%左右") {
		t.Fatalf("selected %q (want %s), editor body %.40q", w.selected, goals.ID, w.editor.body.Text)
	}
	if got := strings.Join(markedRuns(p.detail.draft), " "); got != "全市地区生产总值增长5.5%左右[error]" {
		t.Errorf("draft evidence marked %q", got)
	}
	if got := strings.Join(markedRuns(p.detail.prior), " "); got != "全市地区生产总值增长6%左右[error]" {
		t.Errorf("prior passage marked %q", got)
	}
	if len(p.detail.sides.Objects) != 2 || p.detail.prior.paras[0][0].text != "2024年 workplan-2024.md 一、/（二）" {
		t.Errorf("prior passage %v", p.detail.prior.paras)
	}
	// From the finding to the chart of its indicator.
	tapText(t, w.win.Canvas(), "查看指标走势")
	if w.side.SelectedIndex() != 2 || len(w.trend.chart.points) != 4 || w.trend.chart.points[3].Name != "全市地区生产总值" {
		t.Errorf("tab %d, chart of %d points", w.side.SelectedIndex(), len(w.trend.chart.points))
	}
}

// A dismissed finding leaves the open list with its reason, is an undoable
// edit, and is still dismissed after the document is saved and opened
// again in a new window.
func TestDismissalsSurviveSaveAndReopen(t *testing.T) {
	w := newReviewWindow(t)
	p := w.findings
	before := len(p.open)
	i := indexOf(p.open, check.TargetRegression, "规模以上工业增加值")
	if i < 0 {
		t.Fatal("no target-regression finding for 规模以上工业增加值")
	}
	p.choose(prefixOpen + itoa(i))
	p.detail.act()
	var reason *dialogEntry
	for _, o := range w.win.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if e, ok := obj.(*dialogEntry); ok && strings.HasPrefix(e.PlaceHolder, "如：该指标") {
				reason = e
			}
		}
	}
	if reason == nil {
		t.Fatal("no reason asked for")
	}
	test.Type(reason, "工业结构调整，经市政府常务会议同意")
	test.Tap(button(t, w.win, "忽略"))
	if len(p.open) != before-1 || len(p.dismissed) != 1 || p.dismissed[0].Reason != "工业结构调整，经市政府常务会议同意" {
		t.Fatalf("open %d → %d, dismissed %+v", before, len(p.open), p.dismissed)
	}
	if !strings.Contains(p.summary.Text, "，已忽略 1 条") || p.tab.Text != "检查结果（"+itoa(before-1)+"）" {
		t.Errorf("summary %q, tab %q", p.summary.Text, p.tab.Text)
	}
	if got := w.undoItem.Label; got != "撤销忽略检查结果" {
		t.Errorf("undo offers %q", got)
	}
	path := filepath.Join(t.TempDir(), "plan.yaodian")
	if err := w.s.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `"reason": "工业结构调整，经市政府常务会议同意"`) {
		t.Errorf("the file lacks the dismissal:\n%.300s", data)
	}

	again := newTestWindowIn(t, w.app, t.TempDir())
	if err := again.Open(path); err != nil {
		t.Fatal(err)
	}
	flushPreview(again)
	q := again.findings
	if len(q.open) != before-1 || len(q.dismissed) != 1 || !strings.Contains(q.dismissed[0].Message, "规模以上工业增加值") {
		t.Fatalf("after reopening: open %d, dismissed %+v", len(q.open), q.dismissed)
	}
	if text, _ := q.itemText(prefixGone + "0"); !strings.HasSuffix(text, "— 理由：工业结构调整，经市政府常务会议同意") {
		t.Errorf("dismissed row %q", text)
	}
	if !strings.Contains(q.summary.Text, "已忽略 1 条") {
		t.Errorf("summary %q", q.summary.Text)
	}
	// Restoring it is an edit too, and undoing that dismisses it again.
	q.choose(prefixGone + "0")
	q.detail.act()
	if len(q.dismissed) != 0 || len(q.open) != before {
		t.Errorf("restore: open %d, dismissed %d", len(q.open), len(q.dismissed))
	}
	again.undo()
	if len(q.dismissed) != 1 {
		t.Errorf("undoing the restore leaves %d dismissed", len(q.dismissed))
	}
}

// indexOf finds the first finding of rule whose message contains s.
func indexOf(fs []check.Finding, rule, s string) int {
	for i, f := range fs {
		if f.Rule == rule && strings.Contains(f.Message, s) {
			return i
		}
	}
	return -1
}

// A scripted edit of the draft shows in the compare view against the
// file as saved: the changed number marked on both sides of its row, one
// change in the list, the row tinted when stepped to, and the indicator
// in the change table.
func TestCompareHighlightsEdit(t *testing.T) {
	w := newReviewWindow(t)
	task := w.s.Doc().Sections[1].Children[0].Children[0]
	err := w.edit("编辑正文", "", func(d *docmodel.Document) error {
		n := d.Find(task.ID)
		n.Body[0] = strings.Replace(n.Body[0], "新增院士专家工作站50家以上", "新增院士专家工作站60家以上", 1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	w.enterComparison()
	c := w.comparison
	if c.bPick.Selected == "" || !strings.HasPrefix(c.bPick.Selected, "本稿") || !strings.HasPrefix(c.aPick.Selected, "2024年") {
		t.Errorf("offered %q against %q", c.bPick.Selected, c.aPick.Selected)
	}
	docs, err := importer.Documents(bench)
	if err != nil {
		t.Fatal(err)
	}
	c.addFile(c.aPick, bench, docs)
	if len(c.result.Changes) != 1 {
		t.Fatalf("%d changes, want 1: %+v", len(c.result.Changes), c.result.Changes)
	}
	if ch := c.result.Changes[0]; ch.Kind != compare.Modified || ch.BPath != "二、/（一）/1．" {
		t.Errorf("change %s at %s", ch.Kind, ch.BPath)
	}
	c.step(1)
	row := c.rows[c.first[0]]
	if got := strings.Join(markedRuns(row.a), " "); got != "50[error]" {
		t.Errorf("original marks %q", got)
	}
	if got := strings.Join(markedRuns(row.b), " "); got != "60[success]" {
		t.Errorf("revision marks %q", got)
	}
	if c.current != 0 || row.bg.FillColor == c.rows[0].bg.FillColor {
		t.Errorf("stepping to the change: current %d, its row not tinted apart", c.current)
	}
	if len(c.cells) != 1 || c.cells[0][0] != "新增院士专家工作站" || c.cells[0][4] != "提高" {
		t.Errorf("indicator changes %q", c.cells)
	}
	// Both sides hold every node, in one scroll.
	if len(c.rows) != len(w.entries) {
		t.Errorf("%d rows for %d nodes", len(c.rows), len(w.entries))
	}
	// Moving a task to the next group marks it moved on both sides.
	group2 := w.s.Doc().Sections[1].Children[1]
	if err := w.edit("移动", "", func(d *docmodel.Document) error { return d.Move(task.ID, group2.ID, 0) }); err != nil {
		t.Fatal(err)
	}
	c.run()
	var moved *compareRow
	for _, r := range c.rows {
		if r.row.Kind == compare.Moved {
			moved = r
		}
	}
	if moved == nil {
		t.Fatalf("no moved row among %d changes", len(c.result.Changes))
	}
	if a, b := moved.a.paras[0][0].text, moved.b.paras[0][0].text; a != "↕ 移至 二、/（二）/1．" || b != "↕ 由 二、/（一）/1． 移来" {
		t.Errorf("moved row says %q and %q", a, b)
	}
	w.leaveComparison()
	if w.body.Objects[0] != w.work {
		t.Error("返回编辑 does not bring the editor back")
	}
}

// The chart of an indicator follows it through the prior years: the
// growth target of 2022–2025 falls twice and the points say so.
func TestIndicatorChart(t *testing.T) {
	w := newReviewWindow(t)
	w.side.SelectIndex(2)
	tp := w.trend
	goals := w.s.Doc().Sections[0].Children[1]
	if !tp.choose(goals.ID, "全市地区生产总值") {
		t.Fatalf("the draft's targets %d, none for 全市地区生产总值", len(tp.targets))
	}
	var got []string
	for _, p := range tp.chart.points {
		got = append(got, itoa(p.Year)+":"+docmodel.FormatNumber(p.Value))
	}
	if strings.Join(got, " ") != "2022:6.5 2023:6 2024:6 2025:5.5" {
		t.Errorf("points %q", got)
	}
	if !strings.Contains(tp.note.Text, "红线处目标低于上一年，共 2 处") {
		t.Errorf("note %q", tp.note.Text)
	}
	// Red lines where the target fell, grey where it held.
	r := test.TempWidgetRenderer(t, tp.chart).(*chartRenderer)
	r.Layout(fyne.NewSize(480, 260))
	red, grey := 0, 0
	for _, o := range r.objects {
		if l, ok := o.(*canvas.Line); ok && l.StrokeWidth == 3 {
			switch l.StrokeColor {
			case theme.Color(theme.ColorNameError):
				red++
			case theme.Color(theme.ColorNamePlaceHolder):
				grey++
			}
		}
	}
	if red != 2 || grey != 1 {
		t.Errorf("%d red and %d grey lines, want 2 and 1", red, grey)
	}
}

// A prior-years folder that is gone (a drive taken out) does not stop the
// check: the draft is checked against itself and the panel says why the
// earlier plans are missing.
func TestCheckWithoutPriorFolder(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefPriorDir, filepath.Join(t.TempDir(), "gone"))
	w := newTestWindowIn(t, a, t.TempDir())
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	flushPreview(w)
	p := w.findings
	if indexOf(p.open, check.Placeholder, "××") < 0 || indexOf(p.open, check.TargetRegression, "") >= 0 {
		t.Errorf("%d findings without the folder", len(p.open))
	}
	if !p.skipped.Visible() || !strings.Contains(p.skipped.Text, "往年计划文件夹") || !strings.Contains(p.skipped.Text, "文件不存在") {
		t.Errorf("skipped line %q", p.skipped.Text)
	}
}

// A finding that carries a safe fix says what to write instead.
func TestFindingShowsFix(t *testing.T) {
	w := newTestWindow(t)
	path := filepath.Join(t.TempDir(), "plan.txt")
	text := "2025年全市科技工作要点\n一、主要目标\n截止2025年底，全市高新技术企业达到500家。\n二、重点任务\n1．加快发展高新技术技术产业。\n三、保障措施\n加强组织领导。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := w.Open(path); err != nil {
		t.Fatal(err)
	}
	flushPreview(w)
	p := w.findings
	for _, tc := range []struct{ rule, fix string }{
		{check.Confusable, "建议改为：截至2025年底"},
		{check.DoubledWord, "建议改为：加快发展高新技术产业。"},
	} {
		var found *check.Finding
		for _, id := range p.children[prefixSeverity+string(check.Warning)] {
			for _, fid := range p.children[id] {
				if f, _ := p.finding(fid); f != nil && f.Rule == tc.rule {
					found = f
				}
			}
		}
		if found == nil {
			t.Fatalf("no %s finding among %v", tc.rule, p.children)
		}
		p.detail.show(*found, nil)
		if !strings.Contains(p.detail.message.Text, tc.fix) {
			t.Errorf("%s: message %q, want it to say %q", tc.rule, p.detail.message.Text, tc.fix)
		}
	}
}

// Each entry into the compare mode compares the draft as it is now,
// once, also when the choices are those of the entry before; a choice
// still missing is asked for, and no comparison of an earlier entry
// stays shown.
func TestCompareEachEntry(t *testing.T) {
	w := newReviewWindow(t)
	c := w.compareMode()
	runs := 0
	c.results.background = func(f func()) {
		runs++
		f()
	}
	// The folder is read after the entry, as it is off the GUI goroutine.
	var reads []func()
	c.background = func(f func()) { reads = append(reads, f) }
	task := w.s.Doc().Sections[1].Children[0].Children[0]
	revised := func() string { // the revision's text of task, as compared
		for _, r := range c.rows {
			if r.row.B != nil && r.row.B.Node.ID == task.ID {
				var s []string
				for _, p := range r.b.paras {
					for _, run := range p {
						s = append(s, run.text)
					}
				}
				return strings.Join(s, "")
			}
		}
		return ""
	}
	for i, tc := range []struct {
		name  string
		edit  string // a text put into task's body before entering
		prior string // the prior-years folder
		runs  int
		shown string // what the revision shows of task
	}{
		{"first entry", "", history, 1, "新增院士专家工作站50家以上"},
		{"after an edit", "新增院士专家工作站70家以上", history, 2, "新增院士专家工作站70家以上"},
		{"after another edit", "新增院士专家工作站80家以上", history, 3, "新增院士专家工作站80家以上"},
		{"no prior plan to choose", "", "", 3, ""},
	} {
		if tc.edit != "" {
			err := w.edit("编辑正文", "", func(d *docmodel.Document) error {
				n := d.Find(task.ID)
				n.Body[0] = regexp.MustCompile(`新增院士专家工作站\d+家以上`).ReplaceAllString(n.Body[0], tc.edit)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		w.app.Preferences().SetString(prefPriorDir, tc.prior)
		w.enterComparison()
		if tc.prior != "" && (revised() != "" || !c.prev.Disabled()) {
			// The comparison of the last entry, of an earlier draft, is
			// neither shown nor exported while the folder is read.
			t.Errorf("%s: while the folder is read, the revision shows %q and 上一处 is enabled: %v", tc.name, revised(), !c.prev.Disabled())
		}
		for _, f := range reads {
			f()
		}
		reads = nil
		if runs != tc.runs {
			t.Errorf("%s: %d comparisons in all, want %d", tc.name, runs, tc.runs)
		}
		if got := revised(); !strings.Contains(got, tc.shown) || tc.shown == "" && got != "" {
			t.Errorf("%s: the revision shows %q, want %q", tc.name, got, tc.shown)
		}
		status := c.status.Text
		if want := tc.shown == ""; strings.HasPrefix(status, "选择要对照的两稿") != want {
			t.Errorf("%s: status %q", tc.name, status)
		}
		if i == 0 && !strings.HasPrefix(c.aPick.Selected, "2024年") {
			t.Errorf("%s: the original is %q, want the 2024 plan", tc.name, c.aPick.Selected)
		}
		w.leaveComparison()
	}
	// Entering again before the folder is read compares once, for the
	// later entry.
	w.app.Preferences().SetString(prefPriorDir, history)
	w.enterComparison()
	w.leaveComparison()
	w.enterComparison()
	for _, f := range reads {
		f()
	}
	if runs != 4 || len(reads) != 2 {
		t.Errorf("two quick entries: %d comparisons in all, want 4, after %d reads", runs, len(reads))
	}
}
