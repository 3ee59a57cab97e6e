package ui

import (
	"errors"
	"fmt"
	"path/filepath"
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
	"yaodian/indicator"
	"yaodian/review"
	"yaodian/usererr"
)

// checkDelay is how long typing must pause before the draft is checked
// again.
const checkDelay = 800 * time.Millisecond

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
// rule. Choosing one selects its node and shows its evidence, and the
// prior year's passage beside it; a finding can be dismissed with a
// reason, which is saved in the document.
type findingsPanel struct {
	w       *Window
	box     fyne.CanvasObject
	tab     *container.TabItem
	summary *widget.Label
	skipped *widget.Label
	tree    *widget.Tree
	detail  *findingDetail

	open      []check.Finding
	dismissed []check.Dismissed
	priors    []check.Plan // the plans the last check compared with
	note      string       // what choosing them assumed (check.IssuerNote)
	noYear    bool         // the draft's year was unknown, so none was chosen
	children  map[string][]string
	against   string    // which plans the last check compared with, for the summary
	checked   time.Time // when the last check ran
	serial    int       // the latest check; older results are dropped
	pause     *pause    // the check after an edit
	// background runs f off the UI goroutine; tests run it in step.
	background func(f func())
}

func newFindingsPanel(w *Window) *findingsPanel {
	p := &findingsPanel{w: w, children: map[string][]string{}, pause: newPause(checkDelay)}
	p.background = func(f func()) { go f() }
	p.summary = widget.NewLabel("尚未检查")
	p.summary.Wrapping = fyne.TextWrapWord
	p.skipped = widget.NewLabel("")
	p.skipped.Wrapping = fyne.TextWrapWord
	p.skipped.Importance = widget.LowImportance
	p.skipped.Hide()
	p.tree = widget.NewTree(p.childIDs, p.isBranch, p.newItem, p.updateItem)
	p.tree.OnSelected = p.choose
	p.detail = newFindingDetail(p)
	run := widget.NewButtonWithIcon("立即检查", theme.ViewRefreshIcon(), p.run)
	folder := widget.NewButtonWithIcon("往年文件夹…", theme.FolderIcon(), w.showSettings)
	bar := container.NewVBox(container.NewHBox(run, folder), p.summary, p.skipped)
	split := container.NewVSplit(p.tree, p.detail.box)
	split.Offset = 0.45
	p.box = container.NewBorder(bar, nil, nil, nil, split)
	p.tab = container.NewTabItem("检查结果", p.box)
	return p
}

// reset forgets the findings of the previous document.
func (p *findingsPanel) reset() {
	p.serial++
	p.open, p.dismissed, p.priors = nil, nil, nil
	p.index()
	p.summary.SetText("正在检查…")
	p.skipped.Hide()
}

// schedule checks the draft again once typing pauses.
func (p *findingsPanel) schedule() {
	p.pause.schedule(p.run)
}

// run checks a snapshot of the draft in the background and shows the
// findings, unless a later check was started meanwhile.
func (p *findingsPanel) run() {
	if p.w.s == nil {
		return
	}
	data, err := docmodel.Encode(p.w.s.Doc())
	if err != nil {
		p.failed(err)
		return
	}
	dir := p.w.app.Preferences().String(prefPriorDir)
	file := p.w.fileName()
	p.serial++
	serial := p.serial
	p.summary.SetText("正在检查…")
	p.background(func() {
		d, err := docmodel.Decode(data)
		var plans []check.Plan
		var skipped []string
		if err == nil {
			var folderErr error
			plans, skipped, folderErr = p.w.priors.load(dir)
			if folderErr != nil {
				// The draft is still checked against itself.
				skipped = append(skipped, usererr.Chinese(folderErr))
			}
		}
		if err != nil {
			fyne.Do(func() {
				if serial == p.serial {
					p.failed(err)
				}
			})
			return
		}
		r := review.Check(d, file, review.Priors{Plans: plans, Skipped: skipped})
		fyne.Do(func() {
			if serial != p.serial {
				return
			}
			p.priors, p.note, p.noYear = r.Input.Priors, r.Note, r.Input.Draft.Year == 0
			p.show(r.Open, r.Dismissed, dir, r.Skipped)
		})
	})
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
	if p.w.side.Selected().Content == p.w.trend.box {
		p.w.trend.refresh()
	}
}

// summarize counts the findings in the summary line and the tab.
func (p *findingsPanel) summarize() {
	p.summary.SetText(review.Tally(p.open, p.dismissed) + "　·　" + p.against + "　·　" + p.checked.Format("15:04:05") + " 检查")
	p.tab.Text = "检查结果（" + strconv.Itoa(len(p.open)) + "）"
	p.w.side.Refresh()
}

// resplit sorts the listed findings again into open and dismissed after
// the document's dismissals changed, without waiting for a new check.
func (p *findingsPanel) resplit() {
	p.open, p.dismissed = review.Resplit(p.open, p.dismissed, p.w.s.Doc().Dismissals)
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
// the editor, and the detail quotes its evidence in the node's text and,
// for a prior-year rule, the passage of the earlier plan beside it.
func (p *findingsPanel) choose(id widget.TreeNodeID) {
	f, gone := p.finding(id)
	if f == nil {
		if p.isBranch(id) {
			p.tree.ToggleBranch(id)
		}
		p.tree.Unselect(id)
		return
	}
	if _, ok := p.w.entries[f.NodeID]; ok {
		p.w.selectID(f.NodeID)
	} else if f.Path == docmodel.PathTitle || f.Path == docmodel.PathDate || f.Path == docmodel.PathPreamble {
		p.w.tabs.SelectIndex(1) // 文档信息, where these are edited
	}
	p.detail.show(*f, gone)
}

// dismiss records that the chosen finding does not apply to this
// document, for the reason given.
func (p *findingsPanel) dismiss(f check.Finding, reason string) {
	d := f.Dismissal(strings.TrimSpace(reason), time.Now().Format("2006-01-02"))
	err := p.w.edit("忽略检查结果", "", func(doc *docmodel.Document) error {
		doc.Dismissals = append(doc.Dismissals, d)
		return nil
	})
	if p.w.report(err) {
		return
	}
	p.resplit()
	p.w.updateActions()
}

// restore lists a dismissed finding as open again.
func (p *findingsPanel) restore(f check.Finding) {
	err := p.w.edit("恢复检查结果", "", func(doc *docmodel.Document) error {
		kept := doc.Dismissals[:0:0]
		for _, d := range doc.Dismissals {
			if !f.Matches(d) {
				kept = append(kept, d)
			}
		}
		doc.Dismissals = kept
		return nil
	})
	if p.w.report(err) {
		return
	}
	p.resplit()
	p.w.updateActions()
	p.schedule() // puts a restored finding back in reading order
}

// priorPassage finds the text of the earlier plan a finding compares with.
func (p *findingsPanel) priorPassage(ref *check.PriorRef) (string, bool) {
	for _, pl := range p.priors {
		if pl.File != ref.File || pl.Year != ref.Year {
			continue
		}
		switch ref.Path {
		case docmodel.PathTitle:
			return pl.Doc.Meta.Title, true
		case docmodel.PathPreamble:
			return strings.Join(pl.Doc.Preamble, "\n"), true
		}
		for _, e := range pl.Doc.Entries() {
			if e.Path == ref.Path {
				return compare.NodeText(e.Node), true
			}
		}
	}
	return "", false
}

// findingDetail shows the chosen finding: what is wrong, the evidence
// marked in the node's text, the prior year's passage, and the dismiss
// or restore action.
type findingDetail struct {
	p       *findingsPanel
	title   *widget.Label
	message *widget.Label
	draft   *flowText
	prior   *flowText
	sides   *fyne.Container
	action  *widget.Button
	trend   *widget.Button // shown when the evidence states a target of the draft
	box     fyne.CanvasObject
	content *fyne.Container
	empty   fyne.CanvasObject
	current check.Finding
	gone    bool
}

func newFindingDetail(p *findingsPanel) *findingDetail {
	d := &findingDetail{p: p}
	d.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.title.Wrapping = fyne.TextWrapWord
	d.message = widget.NewLabel("")
	d.message.Wrapping = fyne.TextWrapWord
	d.draft = newFlowText(nil)
	d.prior = newFlowText(nil)
	d.action = widget.NewButton("", d.act)
	d.trend = widget.NewButtonWithIcon("查看指标走势", theme.MenuIcon(), d.showTrend)
	d.sides = container.NewGridWithColumns(2)
	d.content = container.NewVBox(d.title, d.message, d.sides, container.NewHBox(d.action, d.trend))
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
	if gone != nil {
		msg += "\n已于 " + gone.Date + " 忽略，理由：" + gone.Reason
	}
	d.message.SetText(msg)
	text := f.Evidence
	if n, ok := d.p.w.entries[f.NodeID]; ok {
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

// target names the indicator the shown finding's evidence states at its
// node of the draft, or is "".
func (d *findingDetail) target() string {
	f := d.current
	if _, ok := d.p.w.entries[f.NodeID]; !ok {
		return ""
	}
	for _, ind := range indicator.Extract(f.Evidence) {
		return ind.Name
	}
	return ""
}

// showTrend charts the indicator of the shown finding.
func (d *findingDetail) showTrend() {
	name := d.target()
	w := d.p.w
	if w.side.SelectedIndex() != 2 {
		w.side.SelectIndex(2) // reads the draft's targets afresh
	} else {
		w.trend.refresh()
	}
	w.trend.choose(d.current.NodeID, name)
}

// act dismisses the shown finding, asking why, or restores it.
func (d *findingDetail) act() {
	f := d.current
	if d.gone {
		d.p.restore(f)
		return
	}
	reason := widget.NewEntry()
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
			if ok {
				d.p.dismiss(f, reason.Text)
			}
		}, d.p.w.win)
	form.Resize(fyne.NewSize(520, 200))
	form.Show()
	d.p.w.win.Canvas().Focus(reason)
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
