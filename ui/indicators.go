package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/indicator"
	"yaodian/usererr"
)

// noBound is how the bound selector shows an exact target.
const noBound = "（无）"

// indicatorTable edits the indicators of a goal: one row per indicator
// with its name, kind, value, unit, bound and stretch value.
type indicatorTable struct {
	e    *nodeEditor // the editor the table is part of
	id   string
	rows *fyne.Container
	box  *fyne.Container
}

func newIndicatorTable(e *nodeEditor) *indicatorTable {
	t := &indicatorTable{e: e, rows: container.NewVBox()}
	add := newKeyButtonWithIcon("添加指标", theme.ContentAddIcon(), t.add)
	add.Importance = widget.LowImportance
	t.box = container.NewVBox(t.rows, container.NewHBox(add))
	return t
}

// columnWidths are the widths of the name, kind, value, unit, bound and
// stretch columns and the delete button.
var columnWidths = []float32{200, 90, 80, 70, 80, 80, 40}

// row lays out cells at the table's column widths.
func row(cells ...fyne.CanvasObject) *fyne.Container {
	wrapped := make([]fyne.CanvasObject, len(cells))
	for i, c := range cells {
		wrapped[i] = container.New(layout.NewGridWrapLayout(fyne.NewSize(columnWidths[i], c.MinSize().Height)), c)
	}
	return container.NewHBox(wrapped...)
}

// show fills the table with the indicators of node id.
func (t *indicatorTable) show(id string, inds []docmodel.Indicator) {
	t.id = id
	header := []fyne.CanvasObject{}
	for _, h := range []string{"指标名称", "类型", "目标值", "单位", "限定", "争取值", ""} {
		header = append(header, widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	objects := []fyne.CanvasObject{row(header...)}
	if len(inds) == 0 {
		objects = []fyne.CanvasObject{t.statedNote(id)}
	}
	for i, ind := range inds {
		objects = append(objects, t.rowFor(i, ind))
	}
	t.rows.Objects = objects
	t.rows.Refresh()
}

// statedNote lists, for a node that stores no indicators, the targets its
// text states: the check and the chart read those, so the table does not
// say there are none.
func (t *indicatorTable) statedNote(id string) fyne.CanvasObject {
	var targets []string
	if t.e.doc.s != nil {
		for _, l := range indicator.Of(t.e.doc.s.Doc()) {
			if l.NodeID == id {
				targets = append(targets, l.Name+" "+l.Indicator.Describe())
			}
		}
	}
	if len(targets) == 0 {
		return newFlowLabel("尚无指标。", false, false)
	}
	return newFlowLabel("正文中写有 "+strconv.Itoa(len(targets))+" 项指标（已自动识别，检查和指标走势都会用到）：\n"+
		strings.Join(targets, "；"), false, false)
}

// rowFor makes the editable row of indicator i.
func (t *indicatorTable) rowFor(i int, ind docmodel.Indicator) fyne.CanvasObject {
	cells := ind.Row()
	name := newField(t.e.doc.seal, false, "名称")
	value := newField(t.e.doc.seal, false, "")
	unit := newField(t.e.doc.seal, false, "")
	stretch := newField(t.e.doc.seal, false, "")
	name.show(cells[0])
	value.show(cells[2])
	unit.show(cells[3])
	stretch.show(cells[5])
	name.apply = func(s string) error {
		return t.edit(i, "name", func(ind *docmodel.Indicator) error {
			ind.Name = oneLine(s)
			return nil
		})
	}
	value.apply = func(s string) error {
		v, err := number(s)
		if err != nil {
			return err
		}
		return t.edit(i, "value", func(ind *docmodel.Indicator) error {
			ind.Value = v
			return nil
		})
	}
	unit.apply = func(s string) error {
		return t.edit(i, "unit", func(ind *docmodel.Indicator) error {
			ind.Unit = oneLine(s)
			return nil
		})
	}
	stretch.apply = func(s string) error {
		var p *float64
		if strings.TrimSpace(s) != "" {
			v, err := number(s)
			if err != nil {
				return err
			}
			p = &v
		}
		return t.edit(i, "stretch", func(ind *docmodel.Indicator) error {
			ind.Stretch = p
			return nil
		})
	}
	var kinds, bounds []string
	for _, k := range docmodel.IndicatorKinds {
		kinds = append(kinds, k.Label())
	}
	for _, b := range docmodel.Bounds {
		bounds = append(bounds, boundLabel(b))
	}
	kind := newKeySelect(kinds, nil)
	kind.SetSelected(ind.Kind.Label())
	kind.OnChanged = func(s string) {
		k, _ := docmodel.KindFromLabel(s)
		t.e.host.report(t.edit(i, "kind", func(ind *docmodel.Indicator) error {
			ind.Kind = k
			return nil
		}))
	}
	bound := newKeySelect(bounds, nil)
	bound.SetSelected(boundLabel(ind.Bound))
	bound.OnChanged = func(s string) {
		b, _ := docmodel.BoundFromLabel(strings.TrimPrefix(s, noBound))
		t.e.host.report(t.edit(i, "bound", func(ind *docmodel.Indicator) error {
			ind.Bound = b
			return nil
		}))
	}
	del := newKeyButtonWithIcon("", theme.DeleteIcon(), func() { t.remove(i) })
	del.Importance = widget.LowImportance
	return row(name, kind, value, unit, bound, stretch, del)
}

// boundLabel is the bound as the selector lists it.
func boundLabel(b docmodel.Bound) string {
	if b == docmodel.BoundExact {
		return noBound
	}
	return b.Label()
}

// number reads a target value as a writer types it, full-width digits
// included.
func number(s string) (float64, error) {
	s = indicator.NarrowDigits(strings.TrimSpace(s))
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != v || v > 1e15 || v < -1e15 {
		return 0, usererr.New("请输入数字，如 25 或 3.5", "enter a number such as 25 or 3.5")
	}
	return v, nil
}

// edit changes indicator i of the table's node.
func (t *indicatorTable) edit(i int, key string, fn func(ind *docmodel.Indicator) error) error {
	return t.e.edit("编辑指标", "indicator/"+strconv.Itoa(i)+"/"+key, func(n *docmodel.Node) error {
		if i >= len(n.Indicators) {
			return usererr.New("所编辑的指标已不存在", "the edited indicator no longer exists")
		}
		return fn(&n.Indicators[i])
	})
}

// add appends a new indicator for the writer to fill in.
func (t *indicatorTable) add() {
	err := t.e.edit("添加指标", "", func(n *docmodel.Node) error {
		n.Indicators = append(n.Indicators, docmodel.Indicator{Name: "新指标", Kind: docmodel.KindLevel})
		return nil
	})
	if !t.e.host.report(err) {
		t.e.doc.s.Seal()
		t.e.show(t.id)
	}
}

// remove deletes indicator i.
func (t *indicatorTable) remove(i int) {
	err := t.e.edit("删除指标", "", func(n *docmodel.Node) error {
		if i < len(n.Indicators) {
			n.Indicators = append(n.Indicators[:i], n.Indicators[i+1:]...)
		}
		return nil
	})
	if !t.e.host.report(err) {
		t.e.doc.s.Seal()
		t.e.show(t.id)
	}
}
