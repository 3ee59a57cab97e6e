package ui

import (
	"cmp"
	"fmt"
	"image/color"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/check"
	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/review"
	"yaodian/usererr"
)

// otherFile is the choice that opens a file dialog.
const otherFile = "其他文件…"

// version is a document that can be compared: the draft being edited,
// a plan of the prior-years folder, or a file chosen for the purpose.
type version struct {
	label string
	name  string // for the file name of the exported 对照表
	file  string // the file it was read from; "" for the draft
	other bool   // chosen with 其他文件…
	// snapshot returns a function that gives the document, which the
	// comparison calls in the background: for the draft, a copy of it as
	// it was when the comparison started.
	snapshot func() (func() (*docmodel.Document, error), error)
}

// comparison is the compare mode: two versions of a plan side by side,
// node against node in one scroll, with the text taken out marked on the
// left and the text put in on the right; a list of the changes to step
// through, the table of indicator changes, and the export of the 对照表.
type comparison struct {
	doc         *openDoc
	reviewState *reviewState     // the plans of the prior-years folder
	files       *fileActions     // the file dialogs and the export
	prefs       fyne.Preferences // the prior-years folder and the page geometry
	box         fyne.CanvasObject
	aPick       *keySelect
	bPick       *keySelect
	versions    []version
	last        map[*keySelect]string // each chooser's last choice of a version
	status      *flowLabel
	list        *keyList
	rowsBox     *fyne.Container
	scroll      *container.Scroll
	rows        []*compareRow
	table       *keyTable
	cells       [][]string
	tabs        *container.AppTabs
	prev        *keyButton
	next        *keyButton
	exports     []*keyButton

	a, b    *docmodel.Document // the documents compared
	aName   string
	result  compare.Result
	first   []int             // the first row of each change
	current int               // the change stepped to, or -1
	results *latest[compared] // the comparison running; older results are dropped
	offers  int               // the entries, so that a folder read for an earlier one compares nothing
	// background runs f off the UI goroutine; tests run it in step.
	background func(f func())
}

// newComparison makes the compare mode of doc, which offers the plans of
// r's folder, asks for files and exports through files, takes the
// prior-years folder and the page geometry from prefs, and calls leave
// for 返回编辑.
func newComparison(doc *openDoc, r *reviewState, files *fileActions, prefs fyne.Preferences, leave func()) *comparison {
	c := &comparison{doc: doc, reviewState: r, files: files, prefs: prefs, current: -1, last: map[*keySelect]string{}, results: newLatest[compared](), background: func(f func()) { go f() }}
	c.aPick = newKeySelect(nil, func(string) { c.picked(c.aPick) })
	c.aPick.PlaceHolder = "选择原稿"
	c.bPick = newKeySelect(nil, func(string) { c.picked(c.bPick) })
	c.bPick.PlaceHolder = "选择修改稿"
	swap := newKeyButtonWithIcon("交换", theme.ViewRefreshIcon(), c.swap)
	back := newKeyButtonWithIcon("返回编辑", theme.NavigateBackIcon(), leave)
	c.prev = newKeyButtonWithIcon("上一处", theme.MoveUpIcon(), func() { c.step(-1) })
	c.next = newKeyButtonWithIcon("下一处", theme.MoveDownIcon(), func() { c.step(1) })
	c.exports = []*keyButton{
		newKeyButtonWithIcon("导出对照表 PDF…", theme.DownloadIcon(), func() { c.chooseExport(".pdf") }),
		newKeyButtonWithIcon("Markdown…", theme.DocumentIcon(), func() { c.chooseExport(".md") }),
	}
	picks := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel("原稿"), nil, c.aPick),
		container.NewBorder(nil, nil, widget.NewLabel("修改稿"), nil, c.bPick))
	// The buttons that do not fit a small screen are under 更多.
	buttons := newOverflowBar(swap, c.prev, c.next, c.exports[0], c.exports[1])
	bar := container.NewBorder(nil, nil, back, nil, container.NewGridWithColumns(2, picks, buttons.box))
	c.status = newFlowLabel("选择要对照的两稿", false, false)

	c.list = newKeyList(
		func() int { return len(c.result.Changes) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			ch := c.result.Changes[i]
			o.(*widget.Label).SetText(compare.ChangeNote(ch) + "　" + ch.Title)
		})
	c.list.OnSelected = func(i widget.ListItemID) { c.goTo(i) }

	legend := container.NewHBox(
		legendText("删去的文字", theme.ColorNameError), legendText("新增的文字", theme.ColorNameSuccess),
		legendText("↕ 移动的项", theme.ColorNamePrimary))
	c.rowsBox = container.NewVBox()
	c.scroll = container.NewVScroll(c.rowsBox)
	sides := container.NewBorder(container.NewVBox(legend, container.NewGridWithColumns(2,
		widget.NewLabelWithStyle("原稿", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("修改稿", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))), nil, nil, nil, c.scroll)
	c.table = newKeyTable(
		func() (int, int) { return len(c.cells) + 1, len(compare.IndicatorHeader) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Row == 0 {
				l.TextStyle.Bold = true
				l.SetText(compare.IndicatorHeader[id.Col])
				return
			}
			l.TextStyle.Bold = false
			l.SetText(c.cells[id.Row-1][id.Col])
		})
	for col, width := range []float32{220, 200, 190, 190, 120} {
		c.table.SetColumnWidth(col, width)
	}
	body := container.NewHSplit(container.NewBorder(widget.NewLabelWithStyle("修改之处", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, c.list), sides)
	body.Offset = 0.24
	c.tabs = container.NewAppTabs(
		container.NewTabItem("逐项对照", body),
		container.NewTabItem("指标变化", c.table),
	)
	c.box = container.NewBorder(container.NewVBox(bar, c.status), nil, nil, nil, c.tabs)
	c.enable(false)
	return c
}

// legendText is a word of the legend in the colour it explains.
func legendText(s string, name fyne.ThemeColorName) fyne.CanvasObject {
	r := widget.NewRichText(&widget.TextSegment{Text: s, Style: widget.RichTextStyle{Inline: true, ColorName: name, TextStyle: fyne.TextStyle{Bold: true}}})
	return r
}

// offer lists the versions to choose from: the draft, the files chosen
// before, and — once read in the background — the plans of the
// prior-years folder. Where a chooser shows no valid choice, it chooses
// the draft against the latest earlier plan. Then it compares the two
// chosen, once: the draft may have changed since the last entry although
// the choices have not.
func (c *comparison) offer() {
	c.offers++
	offer := c.offers
	var others []version
	for _, v := range c.versions {
		if v.other {
			others = append(others, v)
		}
	}
	c.versions = nil
	if c.doc.s != nil {
		c.versions = append(c.versions, version{
			label: "本稿（正在编辑）：" + orUntitled(c.doc.s.Doc().Meta.Title),
			name:  strings.TrimSuffix(c.doc.s.SuggestedName(), docmodel.Extension),
			snapshot: func() (func() (*docmodel.Document, error), error) {
				snap, err := c.doc.s.Snapshot()
				return snap.Doc, err
			},
		})
	}
	c.versions = append(c.versions, others...)
	c.fill()
	c.chooseDefaults(nil)
	dir := c.prefs.String(prefPriorDir)
	if dir == "" {
		c.run()
		return
	}
	c.clear("正在读取往年文件夹…")
	c.background(func() {
		plans, _, err := c.reviewState.folder.load(dir)
		fyne.Do(func() {
			if offer != c.offers {
				return // a later entry reads the folder again
			}
			if err == nil { // else the findings panel says why
				for _, p := range plans {
					c.addVersion(p.File, p.Doc, p.Year, false)
				}
				c.fill()
				c.chooseDefaults(plans)
			}
			c.run()
		})
	})
}

// chooseDefaults chooses the draft as the revision and the latest of
// plans before it as the original, in a chooser without a valid choice.
// It compares nothing: offer does once the choices are made.
func (c *comparison) chooseDefaults(plans []check.Plan) {
	if c.doc.s == nil {
		return
	}
	if _, ok := c.chosen(c.bPick); !ok {
		c.choose(c.bPick, c.versions[0].label)
	}
	if _, ok := c.chosen(c.aPick); ok {
		return
	}
	kept := review.Earlier(c.doc.s.Doc(), review.Priors{Plans: plans})
	if n := len(kept); n > 0 {
		for _, v := range c.versions {
			if v.file == kept[n-1].File {
				c.choose(c.aPick, v.label)
			}
		}
	}
}

// choose shows label in s as its choice without comparing.
func (c *comparison) choose(s *keySelect, label string) {
	s.Selected = label
	c.last[s] = label
	s.Refresh()
}

// addVersion offers doc read from file — again, if the file was offered
// before — and returns its label. Other marks a file chosen with
// 其他文件…, which stays offered.
func (c *comparison) addVersion(file string, doc *docmodel.Document, year int, other bool) string {
	snapshot := func() (func() (*docmodel.Document, error), error) {
		return func() (*docmodel.Document, error) { return doc, nil }, nil
	}
	for i, v := range c.versions {
		if v.file == file {
			c.versions[i].snapshot = snapshot
			return v.label
		}
	}
	label := versionLabel(filepath.Base(file), doc, year)
	for _, v := range c.versions {
		if v.label == label { // a file of the same name in another folder
			label = versionLabel(file, doc, year)
		}
	}
	c.versions = append(c.versions, version{
		label:    label,
		name:     strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)),
		file:     file,
		other:    other,
		snapshot: snapshot,
	})
	return label
}

// versionLabel names a plan by its year, its file and its title.
func versionLabel(file string, doc *docmodel.Document, year int) string {
	y := "年份不明"
	if year != 0 {
		y = fmt.Sprintf("%d年", year)
	}
	return y + "　" + file + "：" + orUntitled(doc.Meta.Title)
}

func orUntitled(title string) string {
	if title == "" {
		return "（无标题）"
	}
	return title
}

// fill puts the versions into both choosers, keeping their choices.
func (c *comparison) fill() {
	var labels []string
	for _, v := range c.versions {
		labels = append(labels, v.label)
	}
	labels = append(labels, otherFile)
	for _, s := range []*keySelect{c.aPick, c.bPick} {
		s.Options = labels
		s.Refresh()
	}
}

// picked compares again after a chooser changed, or asks for a file.
func (c *comparison) picked(s *keySelect) {
	if s.Selected == otherFile {
		// The chooser shows its last choice until a file is read.
		s.Selected = c.last[s]
		s.Refresh()
		c.chooseFile(s)
		return
	}
	c.last[s] = s.Selected
	c.run()
}

// swap exchanges the original and the revision.
func (c *comparison) swap() {
	a, b := c.aPick.Selected, c.bPick.Selected
	c.choose(c.aPick, b)
	c.choose(c.bPick, a)
	c.run()
}

// chooseFile asks for a file to compare, reads it in the background and
// chooses it in s: each plan of a compilation becomes a choice, the
// first chosen.
func (c *comparison) chooseFile(s *keySelect) {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			c.files.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		c.background(func() {
			docs, err := importer.Documents(path)
			fyne.Do(func() {
				if c.files.report(err) {
					return
				}
				c.addFile(s, path, docs)
			})
		})
	}, c.files.win)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{docmodel.Extension, ".md", ".markdown", ".txt", ".docx", ".doc", ".wps"}))
	c.files.startIn(fd)
	fd.Resize(fyne.NewSize(900, 600))
	fd.Show()
	translatePlaces(c.files.win)
}

// addFile offers the plans read from path and chooses the first in s.
func (c *comparison) addFile(s *keySelect, path string, docs []*docmodel.Document) {
	var first string
	for i, d := range docs {
		file := path
		if len(docs) > 1 {
			file = fmt.Sprintf("%s 第%d篇", path, i+1)
		}
		label := c.addVersion(file, d, check.PlanYear(d), true)
		if i == 0 {
			first = label
		}
	}
	c.fill()
	s.SetSelected(first)
}

// chosen returns the version a chooser names.
func (c *comparison) chosen(s *keySelect) (version, bool) {
	for _, v := range c.versions {
		if v.label == s.Selected {
			return v, true
		}
	}
	return version{}, false
}

// run compares the chosen versions in the background and shows them.
func (c *comparison) run() {
	va, okA := c.chosen(c.aPick)
	vb, okB := c.chosen(c.bPick)
	if !okA || !okB {
		c.clear("选择要对照的两稿：原稿和修改稿")
		return
	}
	a, errA := va.snapshot()
	b, errB := vb.snapshot()
	if err := cmp.Or(errA, errB); err != nil {
		c.clear("无法对照：" + usererr.Chinese(err))
		c.files.report(err)
		return
	}
	c.status.SetText("正在对照…")
	c.results.run(func() compared {
		da, err := a()
		if err != nil {
			return compared{err: err}
		}
		db, err := b()
		if err != nil {
			return compared{err: err}
		}
		return compared{a: da, b: db, result: compare.Documents(da, db)}
	}, func(r compared) {
		if r.err != nil {
			c.status.SetText("无法对照：" + usererr.Chinese(r.err))
			return
		}
		c.show(r.a, r.b, va.name, vb.name, r.result)
	})
}

// compared is a comparison made in the background, or why it could not
// be made.
type compared struct {
	a, b   *docmodel.Document
	result compare.Result
	err    error
}

// show lays out the comparison of a and b.
func (c *comparison) show(a, b *docmodel.Document, aName, bName string, r compare.Result) {
	c.a, c.b, c.aName, c.result = a, b, aName+"—"+bName, r
	c.rows = c.rows[:0]
	c.first = make([]int, len(r.Changes))
	for i := range c.first {
		c.first[i] = -1
	}
	objs := make([]fyne.CanvasObject, 0, len(r.Rows))
	for i, row := range r.Rows {
		cr := newCompareRow(row)
		c.rows = append(c.rows, cr)
		objs = append(objs, cr.box)
		if row.Change >= 0 && c.first[row.Change] < 0 {
			c.first[row.Change] = i
		}
	}
	c.rowsBox.Objects = objs
	c.rowsBox.Refresh()
	c.scroll.ScrollToTop()
	c.cells = compare.IndicatorCells(r)
	c.table.Refresh()
	c.tabs.Items[1].Text = fmt.Sprintf("指标变化（%d）", len(c.cells))
	c.tabs.Refresh()
	c.current = -1
	c.list.UnselectAll()
	c.list.Refresh()
	count := map[compare.Kind]int{}
	for _, ch := range r.Changes {
		count[ch.Kind]++
	}
	if len(r.Changes) == 0 {
		c.status.SetText("两稿内容一致，没有修改。")
	} else {
		c.status.SetText(fmt.Sprintf("共 %d 处修改：修改 %d，新增 %d，删除 %d，移动 %d；指标变化 %d 项。用“下一处”逐条查看。",
			len(r.Changes), count[compare.Modified], count[compare.Added], count[compare.Removed], count[compare.Moved], len(c.cells)))
	}
	c.enable(true)
}

// clear shows no comparison, and status: no comparison of an earlier
// entry or draft stays shown, or can be exported, while the next one is
// made or when it cannot be.
func (c *comparison) clear(status string) {
	c.results.drop()
	c.show(nil, nil, "", "", compare.Result{})
	c.enable(false)
	c.status.SetText(status)
}

// enable turns the actions that need a comparison on or off.
func (c *comparison) enable(on bool) {
	for _, b := range append([]*keyButton{c.prev, c.next}, c.exports...) {
		setEnabled(b, on)
	}
}

// step moves to the previous or next change.
func (c *comparison) step(delta int) {
	n := len(c.result.Changes)
	if n == 0 {
		return
	}
	i := c.current + delta
	if c.current < 0 && delta < 0 {
		i = n - 1
	}
	i = (i + n) % n
	c.list.Select(i) // no callback when it is selected already
	c.list.ScrollTo(i)
	c.goTo(i)
}

// goTo scrolls both sides to change i and marks its rows.
func (c *comparison) goTo(i int) {
	if i < 0 || i >= len(c.first) || c.first[i] < 0 {
		return
	}
	c.current = i
	c.tabs.SelectIndex(0)
	for _, r := range c.rows {
		r.mark(r.row.Change == i)
	}
	row := c.rows[c.first[i]]
	c.scroll.ScrollToOffset(fyne.NewPos(0, max(row.box.Position().Y-theme.Padding()*4, 0)))
}

// chooseExport asks where to write the 对照表 as PDF or Markdown.
func (c *comparison) chooseExport(ext string) {
	if c.a == nil {
		return
	}
	title := "导出对照表（PDF）"
	if ext == ".md" {
		title = "导出对照表（Markdown）"
	}
	c.files.askSavePath(title, c.aName+"对照表"+ext, ext, c.exportTo)
}

// exportTo writes the 对照表 to path in the background, as every file
// action does (fileActions.io).
func (c *comparison) exportTo(path string) {
	a, b, r := c.a, c.b, c.result
	g, err := pageGeometry(c.prefs)
	if c.files.report(err) {
		return
	}
	progress := showProgress("正在导出", "正在导出对照表到 "+path+" …", c.files.win)
	summary := ""
	c.files.io(func() {
		summary, err = writeComparison(path, a, b, r, g, c.files.fonts)
	}, func() {
		progress.Hide()
		if c.files.report(err) {
			return
		}
		c.files.exported(path, summary)
	})
}

// compareRow is one row of the side-by-side view: a node of the original
// on the left and its partner in the revision on the right.
type compareRow struct {
	row  compare.Row
	bg   *canvas.Rectangle
	box  *fyne.Container
	a, b *flowText
}

func newCompareRow(row compare.Row) *compareRow {
	ch := compare.Change{Kind: row.Kind, AText: row.AText, BText: row.BText, Diff: row.Diff}
	if row.A != nil {
		ch.APath = row.A.Path
	}
	if row.B != nil {
		ch.BPath = row.B.Path
	}
	old, revised := compare.Cells(ch)
	// A node only one version has is all taken out, or all put in.
	switch row.Kind {
	case compare.Added:
		revised = allChanged(revised)
	case compare.Removed:
		old = allChanged(old)
	}
	r := &compareRow{row: row}
	a, b := sideText(row.A, old, theme.ColorNameError), sideText(row.B, revised, theme.ColorNameSuccess)
	if row.Kind == compare.Moved {
		a = append([][]run{{{text: "↕ 移至 " + row.B.Path, mark: theme.ColorNamePrimary}}}, a...)
		b = append([][]run{{{text: "↕ 由 " + row.A.Path + " 移来", mark: theme.ColorNamePrimary}}}, b...)
	}
	r.a, r.b = newFlowText(a), newFlowText(b)
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bg.CornerRadius = 4
	r.box = container.NewStack(r.bg, container.NewGridWithColumns(2, r.a, r.b))
	r.mark(false)
	return r
}

// allChanged marks every span but the leading number as changed.
func allChanged(spans []compare.Span) []compare.Span {
	for i := 1; i < len(spans); i++ {
		spans[i].Changed = true
	}
	return spans
}

// mark tints the row: changed rows faintly, the row stepped to more.
func (r *compareRow) mark(current bool) {
	var c color.Color = color.Transparent
	switch {
	case current:
		c = withAlpha(theme.Color(theme.ColorNamePrimary), 0x40)
	case r.row.Kind == compare.Added:
		c = withAlpha(theme.Color(theme.ColorNameSuccess), 0x14)
	case r.row.Kind == compare.Removed:
		c = withAlpha(theme.Color(theme.ColorNameError), 0x14)
	case r.row.Kind != "":
		c = withAlpha(theme.Color(theme.ColorNamePrimary), 0x14)
	}
	r.bg.FillColor = c
	r.bg.Refresh()
}

// sideText shows one side of a row: the node's path, then its text with
// the changed spans marked; nothing for a node the version does not
// have.
func sideText(e *docmodel.Entry, spans []compare.Span, changed fyne.ThemeColorName) [][]run {
	if e == nil {
		return nil
	}
	if len(spans) > 0 {
		spans = spans[1:] // the number, shown in the path
	}
	paras := [][]run{{{text: e.Path + "　", muted: true, bold: true}}}
	for _, s := range spans {
		mark := fyne.ThemeColorName("")
		if s.Changed {
			mark = changed
		}
		for i, line := range strings.Split(s.Text, "\n") {
			if i > 0 {
				paras = append(paras, nil)
			}
			if line != "" {
				last := len(paras) - 1
				paras[last] = append(paras[last], run{text: line, mark: mark})
			}
		}
	}
	return paras
}
