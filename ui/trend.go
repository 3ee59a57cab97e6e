package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"yaodian/check"
	"yaodian/indicator"
)

// trendPanel lists the draft's targets and charts the chosen one across
// the prior years' plans the last check compared with, and the draft.
type trendPanel struct {
	doc         *openDoc
	reviewState *reviewState // the prior plans of the last check
	box         fyne.CanvasObject
	list        *keyList
	title       *flowLabel
	note        *flowLabel
	chart       *historyChart
	years       *flowLabel
	targets     []indicator.Located
	chosen      string // key|path|seq of the target shown, kept across refreshes
}

// newTrendPanel makes the trend panel of doc, which charts the draft's
// targets across the prior plans of r's last check.
func newTrendPanel(doc *openDoc, r *reviewState) *trendPanel {
	t := &trendPanel{doc: doc, reviewState: r}
	t.list = newKeyList(
		func() int { return len(t.targets) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := t.targets[i]
			o.(*widget.Label).SetText(l.Path + "　" + l.Name + "　" + l.Indicator.Describe())
		})
	t.list.OnSelected = func(i widget.ListItemID) { t.show(i) }
	t.title = newFlowLabel("选择一项指标，查看它在往年计划和本稿中的目标", true, false)
	t.note = newFlowLabel("", false, false)
	t.chart = newHistoryChart()
	t.years = newFlowLabel("", false, false)
	detail := container.NewBorder(container.NewVBox(t.title, t.note), t.years, nil, nil, t.chart)
	split := container.NewVSplit(t.list, detail)
	split.Offset = 0.3
	t.box = split
	return t
}

// targetID names a target across re-readings of the draft.
func targetID(l indicator.Located) string {
	return fmt.Sprintf("%s|%s|%d", l.Key, l.Path, l.Seq)
}

// refresh reads the draft's targets again and redraws the chosen one.
func (t *trendPanel) refresh() {
	if t.doc.s == nil {
		return
	}
	t.targets = indicator.Of(t.doc.s.Doc())
	t.list.Refresh()
	for i, l := range t.targets {
		if targetID(l) == t.chosen {
			t.list.Select(i) // shows it
			t.show(i)
			return
		}
	}
	t.list.UnselectAll()
	t.chosen = ""
	t.chart.set(nil, 0)
	t.title.SetText("选择一项指标，查看它在往年计划和本稿中的目标")
	t.note.SetText("")
	t.years.SetText("")
}

// choose selects the draft's target with the key of name at node id,
// for a jump from elsewhere; it reports whether there is one.
func (t *trendPanel) choose(nodeID, name string) bool {
	key := indicator.Normalize(name)
	for i, l := range t.targets {
		if l.NodeID == nodeID && l.Key == key {
			t.list.Select(i)
			t.list.ScrollTo(i)
			return true
		}
	}
	return false
}

// show charts target i of the draft.
func (t *trendPanel) show(i int) {
	if i < 0 || i >= len(t.targets) {
		return
	}
	l := t.targets[i]
	t.chosen = targetID(l)
	doc := t.doc.s.Doc()
	year := check.PlanYear(doc)
	plans := make([]indicator.Dated, 0, len(t.reviewState.priors)+1)
	for _, p := range t.reviewState.priors {
		plans = append(plans, indicator.Dated{Year: p.Year, File: p.File, Doc: p.Doc})
	}
	plans = append(plans, indicator.Dated{Year: year, File: "本稿", Doc: doc})
	points := indicator.History(l, plans)
	// The draft's own point is the one chosen, not another mention.
	if n := len(points); n > 0 && points[n-1].File == "本稿" {
		points[n-1].Located = l
	}
	t.chart.set(points, year)
	t.title.SetText(l.Name + "　·　" + l.Kind.Label() + unitText(l.Unit) + "　·　本稿 " + l.Path)
	var lines, missing []string
	seen := map[int]bool{}
	dips := 0
	for j, p := range points {
		seen[p.Year] = true
		where := filepath.Base(p.File) + " " + p.Path
		if p.File == "本稿" {
			where = "本稿 " + p.Path
		}
		lines = append(lines, fmt.Sprintf("%d年　%s（%s）", p.Year, p.Indicator.Describe(), where))
		if j > 0 && indicator.Ambition(points[j-1].Indicator, p.Indicator) < 0 {
			dips++
		}
	}
	for _, p := range t.reviewState.priors {
		if !seen[p.Year] {
			seen[p.Year] = true
			missing = append(missing, fmt.Sprint(p.Year))
		}
	}
	note := ""
	switch {
	case len(t.reviewState.priors) == 0:
		note = "没有可对照的往年计划：请在设置中选择往年文件夹。"
	case len(points) == 1:
		note = "往年计划中没有这项指标（同名、同口径）。"
	case dips > 0:
		note = fmt.Sprintf("红线处目标低于上一年，共 %d 处。", dips)
	default:
		note = "目标逐年不低于上一年。"
	}
	if len(missing) > 0 {
		note += "　" + strings.Join(missing, "、") + " 年计划未提及。"
	}
	t.note.SetText(note)
	t.years.SetText(strings.Join(lines, "\n"))
}

// unitText is "，单位：家", or nothing for a target without a unit.
func unitText(u string) string {
	if u == "" {
		return ""
	}
	return "，单位：" + u
}
