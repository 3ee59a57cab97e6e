package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/plantext"
	"yaodian/usererr"
)

// Title kinds: how a node is named.
const (
	titleHeading = "独立标题"
	titleLead    = "段首小标题句"
	titleNone    = "无"
)

// roleChoices are the labels of the role selector, inherit first.
var roleChoices = func() []string {
	out := []string{docmodel.RoleInherit.Label()}
	for _, r := range docmodel.Roles {
		out = append(out, r.Label())
	}
	return out
}()

// nodeEditor edits the selected node: its title, body, role, the units
// and deadline of a task and the indicators of a goal.
type nodeEditor struct {
	doc  *openDoc
	host editHost
	win  fyne.Window
	id   string

	place      *widget.Label
	role       *keySelect
	titleKind  *keyRadio
	title      *field
	body       *field
	leadUnit   *field
	partners   *field
	deadline   *field
	task       *fyne.Container
	indicators *indicatorTable
	goal       *fyne.Container
	content    *fyne.Container
	empty      fyne.CanvasObject
	box        *fyne.Container
	loading    bool
}

// newNodeEditor makes the editor of the selected node of doc, which edits
// through host; win is the window it is shown in.
func newNodeEditor(doc *openDoc, host editHost, win fyne.Window) *nodeEditor {
	e := &nodeEditor{doc: doc, host: host, win: win}
	e.place = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.place.Truncation = fyne.TextTruncateEllipsis
	e.role = newKeySelect(roleChoices, e.roleChosen)
	e.titleKind = newKeyRadio([]string{titleHeading, titleLead, titleNone}, true, e.titleKindChosen)
	e.title = newField(doc.seal, false, "标题或小标题句，如“加强科技创新平台建设。”")
	e.body = newField(doc.seal, true, "正文，每行一段")
	e.body.SetMinRowsVisible(8)
	e.leadUnit = newField(doc.seal, false, "如：市科技局")
	e.partners = newField(doc.seal, false, "多个单位用顿号分隔")
	e.deadline = newField(doc.seal, false, "如：2024年12月底前")
	e.indicators = newIndicatorTable(e)

	e.title.apply = func(s string) error {
		kind := e.titleKind.Selected
		return e.edit("编辑标题", "title", func(n *docmodel.Node) error {
			switch kind {
			case titleLead:
				n.Lead, n.Heading = oneLine(s), ""
			case titleNone:
				if oneLine(s) != "" {
					return usererr.New("请先选择标题形式", "choose a title kind first")
				}
			default:
				n.Heading, n.Lead = oneLine(s), ""
			}
			return nil
		})
	}
	e.body.apply = func(s string) error {
		return e.edit("编辑正文", "body", func(n *docmodel.Node) error {
			n.Body = paragraphs(s)
			return nil
		})
	}
	e.leadUnit.apply = func(s string) error {
		return e.edit("编辑牵头单位", "lead-unit", func(n *docmodel.Node) error {
			n.LeadUnit = oneLine(s)
			return nil
		})
	}
	e.partners.apply = func(s string) error {
		return e.edit("编辑责任单位", "partners", func(n *docmodel.Node) error {
			n.Partners = plantext.SplitUnits(oneLine(s))
			return nil
		})
	}
	e.deadline.apply = func(s string) error {
		return e.edit("编辑完成时限", "deadline", func(n *docmodel.Node) error {
			n.Deadline = oneLine(s)
			return nil
		})
	}

	e.task = container.NewVBox(widget.NewSeparator(), widget.NewForm(
		widget.NewFormItem("牵头单位", e.leadUnit),
		widget.NewFormItem("责任单位", e.partners),
		widget.NewFormItem("完成时限", e.deadline),
	))
	e.goal = container.NewVBox(widget.NewSeparator(), widget.NewLabelWithStyle("指标", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), e.indicators.box)
	form := widget.NewForm(
		widget.NewFormItem("角色", e.role),
		widget.NewFormItem("标题形式", e.titleKind),
		widget.NewFormItem("标题", e.title),
		widget.NewFormItem("正文", e.body.box()),
	)
	e.content = container.NewVBox(e.place, form, e.task, e.goal)
	e.empty = container.NewCenter(widget.NewLabel("在左侧大纲中选择一项进行编辑"))
	e.box = container.NewStack(e.empty)
	return e
}

// edit applies fn to the edited node as an undoable step; key tells which
// field it comes from, so that typing merges into one step.
func (e *nodeEditor) edit(label, key string, fn func(n *docmodel.Node) error) error {
	if e.loading || e.doc.s == nil || e.id == "" {
		return nil
	}
	id := e.id
	err := e.host.edit(label, id+"/"+key, func(d *docmodel.Document) error {
		n := d.Find(id)
		if n == nil {
			return usererr.New("所编辑的项已不存在", "the edited node no longer exists")
		}
		return fn(n)
	})
	if err == nil {
		e.host.textChanged(id)
	}
	return err
}

// show fills the editor with the node id, or empties it.
func (e *nodeEditor) show(id string) {
	entry, ok := e.doc.entries[id]
	if !ok {
		e.id = ""
		e.box.Objects = []fyne.CanvasObject{e.empty}
		e.box.Refresh()
		return
	}
	e.loading = true
	defer func() { e.loading = false }()
	e.id = id
	n := entry.Node
	e.place.SetText(placeText(entry))
	e.role.SetSelected(n.Role.Label())
	switch {
	case n.Heading != "":
		e.titleKind.SetSelected(titleHeading)
	case n.Lead != "":
		e.titleKind.SetSelected(titleLead)
	case len(n.Body) > 0:
		e.titleKind.SetSelected(titleNone)
	case entry.Depth == 1 || entry.Depth == 2 && e.doc.s.Doc().Options.Levels == docmodel.LevelsStandard:
		// A new section or group gets a heading; a new task, a lead
		// sentence.
		e.titleKind.SetSelected(titleHeading)
	default:
		e.titleKind.SetSelected(titleLead)
	}
	e.title.show(n.Title())
	e.body.show(strings.Join(n.Body, "\n"))
	e.leadUnit.show(n.LeadUnit)
	e.partners.show(strings.Join(n.Partners, "、"))
	e.deadline.show(n.Deadline)
	e.indicators.show(id, n.Indicators)
	e.arrange(entry)
	e.box.Objects = []fyne.CanvasObject{container.NewVScroll(e.content)}
	e.box.Refresh()
}

// arrange shows the task fields for tasks and the indicator table for
// goals (and for any node that already has such data).
func (e *nodeEditor) arrange(entry docmodel.Entry) {
	setVisible(e.task, entry.Role == docmodel.RoleTasks || entry.Node.HasTaskInfo())
	setVisible(e.goal, entry.Role == docmodel.RoleGoals || len(entry.Node.Indicators) > 0)
}

func setVisible(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

// placeText names where a node is: its printed number path and its role.
func placeText(e docmodel.Entry) string {
	return "位置 " + e.Path + "　·　" + e.Role.Label()
}

func (e *nodeEditor) roleChosen(label string) {
	if e.loading {
		return
	}
	role := docmodel.RoleInherit
	for _, r := range docmodel.Roles {
		if r.Label() == label {
			role = r
		}
	}
	id := e.id
	err := e.edit("更改角色", "role", func(n *docmodel.Node) error {
		n.Role = role
		return nil
	})
	if !e.host.report(err) {
		e.doc.s.Seal()
		e.host.structureChanged(id)
	}
}

// titleKindChosen moves the title between heading and lead sentence.
func (e *nodeEditor) titleKindChosen(kind string) {
	if e.loading || e.id == "" {
		return
	}
	err := e.edit("更改标题形式", "title-kind", func(n *docmodel.Node) error {
		t := n.Title()
		switch kind {
		case titleHeading:
			n.Heading, n.Lead = t, ""
		case titleLead:
			n.Heading, n.Lead = "", t
		default:
			n.Heading, n.Lead = "", ""
		}
		return nil
	})
	if !e.host.report(err) {
		e.doc.s.Seal()
		e.loading = true
		e.title.show(e.doc.s.Doc().Find(e.id).Title())
		e.loading = false
	}
}

// focusText puts the cursor into the title, for a node just added.
func (e *nodeEditor) focusText() {
	if c := e.win.Canvas(); c != nil && e.id != "" {
		c.Focus(e.title)
	}
}
