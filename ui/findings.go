package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/check"
	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/findreplace"
	"yaodian/indicator"
	"yaodian/review"
	"yaodian/usererr"
)

// checkDelay is how long typing must pause before the draft is checked
// again.
const checkDelay = 800 * time.Millisecond

// findingsLabel names the findings' tab; a check adds their count.
const findingsLabel = "检查结果"

// severities are the finding groups, most serious first.
var severities = []check.Severity{check.Error, check.Warning, check.Info}

// Tree IDs of the findings panel: a group per severity, under it a group
// per rule, under that the findings; and a group of dismissed findings.
const (
	groupDismissed = "dismissed"
	prefixSeverity = "sev/"  // sev/error
	prefixRule     = "rule/" // rule/error/year-mismatch
	prefixOpen     = "f/"    // f/3: open[3]
	prefixGone     = "d/"    // d/0: dismissed[0]
)

// findingsPanel checks the open draft in the background, against the
// plans in the prior-years folder, and lists the findings by severity and
// rule. Choosing one selects its node, and the text it is about where the
// rule knows it, and shows its evidence, and the prior year's passage
// beside it; a finding can be dismissed with a reason, which is saved in
// the document. A finding whose rule offers a safe fix is fixed, alone or
// with all the findings of its rule, as one undo step.
type findingsPanel struct {
	// The findings and the prior plans, shared with the trend and compare
	// panels: p.open, p.dismissed, p.priors.
	*reviewState
	doc     *openDoc
	prefs   fyne.Preferences
	host    findingsHost
	win     fyne.Window
	box     fyne.CanvasObject
	tab     *container.TabItem
	summary *flowLabel
	skipped *flowLabel
	tree    *keyTree
	detail  *findingDetail
	mark    *textMarker // selects a finding's text in the editors

	children map[string][]string
	against  string               // which plans the last check compared with, for the summary
	checked  time.Time            // when the last check ran
	checks   *latest[checkResult] // the check running; older results are dropped
	pause    *pause               // the check after an edit
}

// findingsHost is what the findings panel asks of the window around it.
type findingsHost interface {
	editHost
	// updateActions brings the title, the status line and the undo
	// actions up to date.
	updateActions()
	// selectID selects node id in the outline and the editor.
	selectID(id string)
	// showMeta shows the editor of the document's own data.
	showMeta()
	// restored redraws everything after the document changed as a whole.
	restored()
	// showSettings opens the settings, where the prior-years folder is
	// chosen.
	showSettings()
	// showTrend charts the indicator name of node id.
	showTrend(nodeID, name string)
	// counted is told that the count of findings in the tab's label
	// changed; checked, that the findings of a new check are listed.
	counted()
	checked()
}

// newFindingsPanel makes the findings panel of doc, keeping its findings
// in r. The prior-years folder is the one prefs name; win is the window
// the panel is shown in.
func newFindingsPanel(doc *openDoc, r *reviewState, prefs fyne.Preferences, host findingsHost, win fyne.Window) *findingsPanel {
	p := &findingsPanel{reviewState: r, doc: doc, prefs: prefs, host: host, win: win, children: map[string][]string{}, checks: newLatest[checkResult](), pause: newPause(checkDelay)}
	p.summary = newFlowLabel("尚未检查", false, false)
	p.skipped = newFlowLabel("", false, true)
	p.skipped.Hide()
	p.tree = newKeyTree(p.childIDs, p.isBranch, p.newItem, p.updateItem)
	p.tree.OnSelected = p.choose
	p.detail = newFindingDetail(p)
	run := newKeyButtonWithIcon("立即检查", theme.ViewRefreshIcon(), p.run)
	folder := newKeyButtonWithIcon("往年文件夹…", theme.FolderIcon(), host.showSettings)
	bar := container.NewVBox(container.NewHBox(run, folder), p.summary, p.skipped)
	split := container.NewVSplit(p.tree, p.detail.box)
	split.Offset = 0.45
	p.box = container.NewBorder(bar, nil, nil, nil, split)
	p.tab = container.NewTabItem(findingsLabel, p.box)
	return p
}

// reset forgets the findings of the previous document, their count in
// the tab's label too.
func (p *findingsPanel) reset() {
	p.checks.drop()
	p.forget()
	p.index()
	p.summary.SetText("正在检查…")
	p.skipped.Hide()
	p.tab.Text = findingsLabel
	p.host.counted()
}

// schedule checks the draft again once typing pauses.
func (p *findingsPanel) schedule() {
	p.pause.schedule(p.run)
}

// run checks a snapshot of the draft in the background and shows the
// findings, unless a later check was started meanwhile. A check
// scheduled before is dropped: this one sees the same draft.
func (p *findingsPanel) run() {
	p.pause.cancel()
	if p.doc.s == nil {
		return
	}
	snap, err := p.doc.s.Snapshot()
	if err != nil {
		p.failed(err)
		return
	}
	dir := p.prefs.String(prefPriorDir)
	file := p.doc.fileName()
	p.summary.SetText("正在检查…")
	p.checks.run(func() checkResult {
		d, err := snap.Doc()
		if err != nil {
			return checkResult{err: err}
		}
		plans, skipped, folderErr := p.folder.load(dir)
		if folderErr != nil {
			// The draft is still checked against itself.
			skipped = append(skipped, usererr.Chinese(folderErr))
		}
		return checkResult{Result: review.Check(d, file, review.Priors{Plans: plans, Skipped: skipped})}
	}, func(r checkResult) {
		if r.err != nil {
			p.failed(r.err)
			return
		}
		p.priors, p.note, p.noYear = r.Input.Priors, r.Note, r.Input.Draft.Year == 0
		p.show(r.Open, r.Dismissed, dir, r.Skipped)
	})
}

// checkResult is what a check in the background found, or why it could
// not check.
type checkResult struct {
	review.Result
	err error
}

// failed says why the draft could not be checked.
func (p *findingsPanel) failed(err error) {
	p.summary.SetText("无法检查：" + usererr.Chinese(err))
}

// show lists the findings of a check and sums them up.
func (p *findingsPanel) show(open []check.Finding, dismissed []check.Dismissed, dir string, skipped []string) {
	p.open, p.dismissed = open, dismissed
	p.index()
	p.against = "未设置往年计划文件夹，只检查本稿自身"
	if dir != "" {
		p.against = "往年文件夹中没有早于本稿的计划"
		if p.noYear {
			p.against = "本稿年份不明，未对照往年计划"
		}
	}
	if len(p.priors) > 0 {
		var years []string
		for _, pl := range p.priors {
			years = append(years, strconv.Itoa(pl.Year))
		}
		p.against = "对照 " + strings.Join(years, "、") + " 年计划"
		if p.note != "" {
			p.against += "（" + p.note + "）"
		}
	}
	p.checked = time.Now()
	if len(skipped) > 0 {
		p.skipped.SetText("未参与对照：" + strings.Join(skipped, "；"))
		p.skipped.Show()
	} else {
		p.skipped.Hide()
	}
	p.summarize()
	p.host.checked()
}

// summarize counts the findings in the summary line and the tab.
func (p *findingsPanel) summarize() {
	p.summary.SetText(review.Tally(p.open, p.dismissed) + "　·　" + p.against + "　·　" + p.checked.Format("15:04:05") + " 检查")
	p.tab.Text = findingsLabel + "（" + strconv.Itoa(len(p.open)) + "）"
	p.host.counted()
}

// resplit sorts the listed findings again into open and dismissed after
// the document's dismissals changed, without waiting for a new check.
func (p *findingsPanel) resplit() {
	p.reviewState.resplit(p.doc.s.Doc().Dismissals)
	p.index()
	p.summarize()
}

// index builds the tree's groups from the findings, redraws it and
// clears the detail.
func (p *findingsPanel) index() {
	c := map[string][]string{}
	for _, sev := range severities {
		var rules []string
		seen := map[string]bool{}
		for i, f := range p.open {
			if f.Severity != sev {
				continue
			}
			rule := prefixRule + string(sev) + "/" + f.Rule
			if !seen[rule] {
				seen[rule] = true
				rules = append(rules, rule)
			}
			c[rule] = append(c[rule], prefixOpen+strconv.Itoa(i))
		}
		if len(rules) > 0 {
			c[""] = append(c[""], prefixSeverity+string(sev))
			c[prefixSeverity+string(sev)] = rules
		}
	}
	for i := range p.dismissed {
		c[groupDismissed] = append(c[groupDismissed], prefixGone+strconv.Itoa(i))
	}
	if len(p.dismissed) > 0 {
		c[""] = append(c[""], groupDismissed)
	}
	p.children = c
	p.tree.UnselectAll()
	p.tree.Refresh()
	for _, id := range c[""] {
		if id != groupDismissed {
			p.tree.OpenBranch(id)
			for _, r := range c[id] {
				p.tree.OpenBranch(r)
			}
		}
	}
	p.detail.clear()
}

func (p *findingsPanel) childIDs(id widget.TreeNodeID) []widget.TreeNodeID { return p.children[id] }

func (p *findingsPanel) isBranch(id widget.TreeNodeID) bool {
	return id == "" || id == groupDismissed || strings.HasPrefix(id, prefixSeverity) || strings.HasPrefix(id, prefixRule)
}

func (p *findingsPanel) newItem(bool) fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, widget.NewIcon(nil), nil, l)
}

func (p *findingsPanel) updateItem(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	label := box.Objects[0].(*widget.Label)
	icon := box.Objects[1].(*widget.Icon)
	text, res := p.itemText(id)
	label.SetText(text)
	icon.SetResource(res)
}

// itemText is what the tree shows for id, with its icon.
func (p *findingsPanel) itemText(id string) (string, fyne.Resource) {
	switch {
	case id == groupDismissed:
		return fmt.Sprintf("已忽略（%d）", len(p.dismissed)), theme.VisibilityOffIcon()
	case strings.HasPrefix(id, prefixSeverity):
		sev := check.Severity(strings.TrimPrefix(id, prefixSeverity))
		n := 0
		for _, f := range p.open {
			if f.Severity == sev {
				n++
			}
		}
		return fmt.Sprintf("%s（%d）", sev.Label(), n), severityIcon(sev)
	case strings.HasPrefix(id, prefixRule):
		rule := id[strings.LastIndex(id, "/")+1:]
		return fmt.Sprintf("%s（%d）", check.RuleName(rule), len(p.children[id])), nil
	}
	f, gone := p.finding(id)
	if f == nil {
		return "", nil
	}
	if gone != nil {
		return f.Path + "　" + f.Message + "　— 理由：" + gone.Reason, nil
	}
	return f.Path + "　" + f.Message, nil
}

// finding returns the finding of a leaf ID and, for a dismissed one, the
// dismissal; nil for a group.
func (p *findingsPanel) finding(id string) (*check.Finding, *check.Dismissed) {
	var list string
	switch {
	case strings.HasPrefix(id, prefixOpen):
		list = prefixOpen
	case strings.HasPrefix(id, prefixGone):
		list = prefixGone
	default:
		return nil, nil
	}
	i, err := strconv.Atoi(strings.TrimPrefix(id, list))
	if err != nil || i < 0 {
		return nil, nil
	}
	if list == prefixOpen && i < len(p.open) {
		return &p.open[i], nil
	}
	if list == prefixGone && i < len(p.dismissed) {
		return &p.dismissed[i].Finding, &p.dismissed[i]
	}
	return nil, nil
}

func severityIcon(s check.Severity) fyne.Resource {
	switch s {
	case check.Error:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case check.Warning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.InfoIcon()
}

// choose shows the finding id: its node is selected in the outline and
// the editor, the text it is about selected there (with the cursor in
// it, for a spot such as a placeholder), and the detail quotes its
// evidence in the node's text and, for a prior-year rule, the passage of
// the earlier plan beside it.
func (p *findingsPanel) choose(id widget.TreeNodeID) {
	f, gone := p.finding(id)
	if f == nil {
		if p.isBranch(id) {
			p.tree.ToggleBranch(id)
		}
		p.tree.Unselect(id)
		return
	}
	if m, ok := p.spot(*f); ok && gone == nil && p.mark != nil {
		field, _, _, _ := p.mark.mark(m)
		if field != nil && f.Spot != nil {
			// The cursor goes to the spot, to type what belongs there. The
			// tree takes the focus once this tap is handled, the field
			// after that.
			fyne.Do(func() { p.win.Canvas().Focus(field) })
		}
	} else if _, ok := p.doc.entries[f.NodeID]; ok {
		p.host.selectID(f.NodeID)
	} else if f.Path == docmodel.PathTitle || f.Path == docmodel.PathDate || f.Path == docmodel.PathPreamble {
		p.host.showMeta() // where these are edited
	}
	p.detail.show(*f, gone)
}

// spot returns the run of text finding f is about, as the document now
// has it: its Spot, or else the first text its fix changes.
func (p *findingsPanel) spot(f check.Finding) (findreplace.Match, bool) {
	if p.doc.s == nil {
		return findreplace.Match{}, false
	}
	switch {
	case f.Spot != nil:
		return spotMatch(p.doc.s.Doc(), *f.Spot)
	case len(f.Edits) > 0:
		return spotMatch(p.doc.s.Doc(), f.Edits[0].Range)
	}
	return findreplace.Match{}, false
}

// fixable returns the open findings of rule that offer a fix.
func (p *findingsPanel) fixable(rule string) []check.Finding {
	var out []check.Finding
	for _, f := range p.open {
		if f.Rule == rule && len(f.Edits) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// fix makes the fixes of findings fs as one undo step named label, and
// checks the draft again. Where the text changed since the check, it
// changes nothing and says so.
func (p *findingsPanel) fix(label string, fs []check.Finding) {
	edits := fixEdits(fs)
	if p.doc.s == nil || len(edits) == 0 {
		return
	}
	err := p.host.edit(label, "", func(d *docmodel.Document) error {
		return check.Apply(d, edits)
	})
	if !p.host.report(err) {
		p.host.restored()
	}
	p.run()
}

// fixEdits gathers the edits of findings fs, each once: an edit that
// overlaps one already taken is left for the check after, which finds
// it again if it is still needed.
func fixEdits(fs []check.Finding) []check.Edit {
	var out []check.Edit
	for _, f := range fs {
		for _, e := range f.Edits {
			clash := slices.ContainsFunc(out, func(o check.Edit) bool {
				return o.NodeID == e.NodeID && o.Field == e.Field && o.Index == e.Index &&
					(o.Start < e.End && e.Start < o.End || o.Start == e.Start && o.End == e.End)
			})
			if !clash {
				out = append(out, e)
			}
		}
	}
	return out
}

// places returns where the text a repeat finding quotes stands in the
// draft: each place it is found word for word.
func (p *findingsPanel) places(f check.Finding) []findreplace.Match {
	if f.Rule != check.DuplicateText || p.doc.s == nil {
		return nil
	}
	return findreplace.Find(p.doc.s.Doc(), strings.Trim(f.Evidence, "…"), findreplace.Options{})
}

// dismiss records that the chosen finding does not apply to this
// document, for the reason given.
func (p *findingsPanel) dismiss(f check.Finding, reason string) {
	d := f.Dismissal(strings.TrimSpace(reason), time.Now().Format("2006-01-02"))
	err := p.host.edit("忽略检查结果", "", func(doc *docmodel.Document) error {
		doc.Dismissals = append(doc.Dismissals, d)
		return nil
	})
	if p.host.report(err) {
		return
	}
	p.resplit()
	p.host.updateActions()
}

// restore lists a dismissed finding as open again.
func (p *findingsPanel) restore(f check.Finding) {
	err := p.host.edit("恢复检查结果", "", func(doc *docmodel.Document) error {
		kept := doc.Dismissals[:0:0]
		for _, d := range doc.Dismissals {
			if !f.Matches(d) {
				kept = append(kept, d)
			}
		}
		doc.Dismissals = kept
		return nil
	})
	if p.host.report(err) {
		return
	}
	p.resplit()
	p.host.updateActions()
	p.schedule() // puts a restored finding back in reading order
}

// findingDetail shows the chosen finding: what is wrong, the evidence
// marked in the node's text, the prior year's passage, and the dismiss
// or restore action.
type findingDetail struct {
	p       *findingsPanel
	title   *flowLabel
	message *flowLabel
	draft   *flowText
	prior   *flowText
	sides   *fyne.Container
	action  *keyButton
	trend   *keyButton      // shown when the evidence states a target of the draft
	fix     *keyButton      // 修正: makes the finding's fix
	fixAll  *keyButton      // 全部修正: makes the fixes of all the rule's findings
	places  *fyne.Container // buttons to each place a repeated text stands
	box     fyne.CanvasObject
	content *fyne.Container
	empty   fyne.CanvasObject
	current check.Finding
	gone    bool
}

func newFindingDetail(p *findingsPanel) *findingDetail {
	d := &findingDetail{p: p}
	d.title = newFlowLabel("", true, false)
	d.message = newFlowLabel("", false, false)
	d.draft = newFlowText(nil)
	d.prior = newFlowText(nil)
	d.action = newKeyButton("", d.act)
	d.trend = newKeyButtonWithIcon("查看指标走势", theme.MenuIcon(), d.showTrend)
	d.fix = newKeyButtonWithIcon("修正", theme.ConfirmIcon(), d.fixOne)
	d.fix.Importance = widget.HighImportance
	d.fixAll = newKeyButtonWithIcon("全部修正", theme.ConfirmIcon(), d.fixRule)
	d.places = container.NewGridWrap(fyne.NewSize(220, 36))
	d.sides = container.NewGridWithColumns(2)
	d.content = container.NewVBox(d.title, d.message, d.sides, d.places, container.NewHBox(d.fix, d.fixAll, d.action, d.trend))
	d.empty = container.NewCenter(widget.NewLabel("选择一条检查结果，查看原文"))
	d.box = container.NewVScroll(container.NewStack(d.empty, d.content))
	d.clear()
	return d
}

// clear shows the hint instead of a finding.
func (d *findingDetail) clear() {
	d.content.Hide()
	d.empty.Show()
}

// show quotes finding f; gone is its dismissal, if it is dismissed.
func (d *findingDetail) show(f check.Finding, gone *check.Dismissed) {
	d.current, d.gone = f, gone != nil
	d.title.SetText(f.Severity.Label() + "　" + check.RuleName(f.Rule) + "　" + f.Path)
	msg := f.Message
	if f.Fix != "" {
		msg += "\n建议改为：" + f.Fix
	}
	// The rule's advice, unless the finding is milder than the rule's
	// own (a numbering slip the export corrects needs no action).
	if r, ok := check.RuleByID(f.Rule); ok && r.Advice != "" && gone == nil && f.Severity == r.Severity {
		msg += "\n处理建议：" + r.Advice
	}
	if gone != nil {
		msg += "\n已于 " + gone.Date + " 忽略，理由：" + gone.Reason
	}
	d.message.SetText(msg)
	text := f.Evidence
	if n, ok := d.p.doc.entries[f.NodeID]; ok {
		text = compare.NodeText(n.Node)
	}
	cells := []fyne.CanvasObject{d.draft}
	if f.Prior != nil {
		passage, ok := d.p.priorPassage(f.Prior)
		where := fmt.Sprintf("%d年 %s %s", f.Prior.Year, filepath.Base(f.Prior.File), f.Prior.Path)
		if !ok {
			passage = "（未找到该处原文）"
		}
		quote := f.Prior.Quote
		if quote == "" {
			quote = f.Evidence
		}
		if f.NodeID == "" && quote == f.Evidence {
			text = "（本稿中没有对应的内容）" // the evidence is the prior year's
		}
		d.prior.set(marked(where, passage, quote, f.Severity))
		cells = append(cells, d.prior)
	}
	d.draft.set(marked("本稿 "+f.Path, text, f.Evidence, f.Severity))
	d.sides.Objects = cells
	d.sides.Layout = layout.NewGridLayoutWithColumns(len(cells))
	d.sides.Refresh()
	d.trend.Hide()
	if d.target() != "" {
		d.trend.Show()
	}
	d.showFixes(f, gone != nil)
	d.showPlaces(f)
	if gone != nil {
		d.action.SetText("恢复此条")
		d.action.SetIcon(theme.VisibilityIcon())
	} else {
		d.action.SetText("忽略此条…")
		d.action.SetIcon(theme.VisibilityOffIcon())
	}
	d.empty.Hide()
	d.content.Show()
}

// showFixes offers 修正 for a finding with a fix, and 全部修正 where its
// rule has more findings with one.
func (d *findingDetail) showFixes(f check.Finding, gone bool) {
	setVisible(d.fix, !gone && len(f.Edits) > 0)
	n := len(d.p.fixable(f.Rule))
	d.fixAll.SetText(fmt.Sprintf("全部修正（本类 %d 条）", n))
	setVisible(d.fixAll, !gone && len(f.Edits) > 0 && n > 1)
}

// showPlaces lists the places of a repeated text, each a button that
// goes there and selects it.
func (d *findingDetail) showPlaces(f check.Finding) {
	d.places.Objects = nil
	ms := d.p.places(f)
	if len(ms) > 1 {
		d.places.Objects = append(d.places.Objects, widget.NewLabel("出现位置："))
		for _, m := range ms {
			b := newKeyButton(m.Where(), func() {
				if d.p.mark == nil {
					return
				}
				if f, _, _, _ := d.p.mark.mark(m); f != nil {
					d.p.win.Canvas().Focus(f) // shows the repeated text selected
				}
			})
			b.Alignment = widget.ButtonAlignLeading
			d.places.Objects = append(d.places.Objects, b)
		}
	}
	setVisible(d.places, len(d.places.Objects) > 0)
	d.places.Refresh()
}

// fixOne makes the shown finding's fix.
func (d *findingDetail) fixOne() {
	d.p.fix("修正"+check.RuleName(d.current.Rule), []check.Finding{d.current})
}

// fixRule makes the fixes of all the open findings of the shown
// finding's rule.
func (d *findingDetail) fixRule() {
	d.p.fix("全部修正"+check.RuleName(d.current.Rule), d.p.fixable(d.current.Rule))
}

// target names the indicator the shown finding's evidence states at its
// node of the draft, or is "".
func (d *findingDetail) target() string {
	f := d.current
	if _, ok := d.p.doc.entries[f.NodeID]; !ok {
		return ""
	}
	for _, ind := range indicator.Extract(f.Evidence) {
		return ind.Name
	}
	return ""
}

// showTrend charts the indicator of the shown finding.
func (d *findingDetail) showTrend() {
	d.p.host.showTrend(d.current.NodeID, d.target())
}

// act dismisses the shown finding, asking why, or restores it.
func (d *findingDetail) act() {
	f := d.current
	if d.gone {
		d.p.restore(f)
		return
	}
	reason := newDialogEntry() // Esc cancels, Enter dismisses
	reason.SetPlaceHolder("如：该指标已调整口径，经审核同意")
	reason.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("请填写忽略的理由") // shown as it is, under the box
		}
		return nil
	}
	form := dialog.NewForm("忽略此条检查结果", "忽略", "取消",
		[]*widget.FormItem{widget.NewFormItem("理由", reason)},
		func(ok bool) {
			closed(reason)
			if ok {
				d.p.dismiss(f, reason.Text)
			}
		}, d.p.win)
	form.Resize(fyne.NewSize(520, 200))
	form.Show()
	d.p.win.Canvas().Focus(reason)
}

// marked is a titled passage with evidence marked in the colour of the
// finding's severity, each line a paragraph. Evidence quoted with an
// ellipsis is looked for without it.
func marked(title, text, evidence string, sev check.Severity) [][]run {
	color := theme.ColorNameWarning
	if sev == check.Error {
		color = theme.ColorNameError
	}
	paras := [][]run{{{text: title, muted: true, bold: true}}}
	needle := strings.Trim(evidence, "…")
	for _, line := range strings.Split(text, "\n") {
		var p []run
		for needle != "" {
			i := strings.Index(line, needle)
			if i < 0 {
				break
			}
			if i > 0 {
				p = append(p, run{text: line[:i]})
			}
			p = append(p, run{text: needle, mark: color})
			line = line[i+len(needle):]
		}
		if line != "" {
			p = append(p, run{text: line})
		}
		paras = append(paras, p)
	}
	return paras
}
