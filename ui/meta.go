package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/plantext"
	"yaodian/usererr"
)

// Labels of the numbering choices.
const (
	levelsStandard = "一、（一）1．（1）"
	levelsCompact  = "一、1．（1）（省略（一）层）"
	arabicRestart  = "每部分重新编号"
	arabicRunOn    = "全文连续编号"
	leadsBold      = "加粗"
	leadsPlain     = "不加粗"
)

// metaEditor edits what the plan says about itself, its preamble and its
// numbering options.
type metaEditor struct {
	doc        *openDoc
	host       editHost
	title      *field
	issuer     *field
	year       *field
	number     *field
	date       *field
	recipients *field
	preamble   *field
	// noticeTitle, noticeBody and attachments edit the notice that issues
	// the plan (印发通知), read from an imported notice or written here
	// for the notice form of the export.
	noticeTitle *field
	noticeBody  *field
	attachments *field
	levels      *keySelect
	arabic      *keySelect
	leads       *keySelect
	loading     bool
	box         fyne.CanvasObject
}

// newMetaEditor makes the editor of doc's own data, which edits through
// host.
func newMetaEditor(doc *openDoc, host editHost) *metaEditor {
	m := &metaEditor{doc: doc, host: host}
	m.title = newField(doc.seal, false, "如：2024年全市科技工作要点")
	m.issuer = newField(doc.seal, false, "发文机关，如：某某市科学技术局")
	m.year = newField(doc.seal, false, "如：2024")
	m.number = newField(doc.seal, false, "如：市科发〔2024〕3号")
	m.date = newField(doc.seal, false, "年-月-日，如：2024-01-05")
	m.recipients = newField(doc.seal, false, "多个机关用逗号分隔，如：各县、市人民政府，市直各单位")
	m.preamble = newField(doc.seal, true, "开头段落，每行一段")
	m.preamble.SetMinRowsVisible(4)
	m.noticeTitle = newField(doc.seal, false, "如：某某市科学技术局关于印发《2024年全市科技工作要点》的通知")
	m.noticeBody = newField(doc.seal, true, "通知正文，每行一段，如：现将《……》印发给你们，请认真贯彻落实。")
	m.noticeBody.SetMinRowsVisible(3)
	m.attachments = newField(doc.seal, false, "附件名称，多个用分号分隔")
	m.levels = newKeySelect([]string{levelsStandard, levelsCompact}, nil)
	m.arabic = newKeySelect([]string{arabicRestart, arabicRunOn}, nil)
	m.leads = newKeySelect([]string{leadsBold, leadsPlain}, nil)

	m.title.apply = m.text("编辑标题", "title", func(d *docmodel.Document, s string) error {
		d.Meta.Title = oneLine(s)
		return nil
	})
	m.issuer.apply = m.text("编辑发文机关", "issuer", func(d *docmodel.Document, s string) error {
		d.Meta.Issuer = oneLine(s)
		return nil
	})
	m.year.apply = m.text("编辑年度", "year", func(d *docmodel.Document, s string) error {
		s = oneLine(s)
		if s == "" {
			d.Meta.Year = 0
			return nil
		}
		y, err := strconv.Atoi(strings.TrimSuffix(s, "年"))
		if err != nil {
			return usererr.New("年度应为四位数字，如 2024", "the year must be four digits, such as 2024")
		}
		d.Meta.Year = y
		return nil
	})
	m.number.apply = m.text("编辑文号", "number", func(d *docmodel.Document, s string) error {
		d.Meta.Number = oneLine(s)
		return nil
	})
	m.date.apply = m.text("编辑成文日期", "date", func(d *docmodel.Document, s string) error {
		d.Meta.Date = oneLine(s)
		return nil
	})
	m.recipients.apply = m.text("编辑主送机关", "recipients", func(d *docmodel.Document, s string) error {
		d.Meta.Recipients = plantext.SplitRecipients(oneLine(s))
		return nil
	})
	m.preamble.apply = m.text("编辑开头段落", "preamble", func(d *docmodel.Document, s string) error {
		d.Preamble = paragraphs(s)
		return nil
	})
	m.noticeTitle.apply = m.text("编辑通知标题", "notice-title", func(d *docmodel.Document, s string) error {
		editNotice(d, func(n *docmodel.Notice) { n.Title = oneLine(s) })
		return nil
	})
	m.noticeBody.apply = m.text("编辑通知正文", "notice-body", func(d *docmodel.Document, s string) error {
		editNotice(d, func(n *docmodel.Notice) { n.Body = paragraphs(s) })
		return nil
	})
	m.attachments.apply = m.text("编辑附件", "notice-attachments", func(d *docmodel.Document, s string) error {
		editNotice(d, func(n *docmodel.Notice) { n.Attachments = splitAttachments(s) })
		return nil
	})
	m.levels.OnChanged = m.option("更改编号层次", func(o *docmodel.Options, s string) {
		o.Levels = docmodel.LevelsStandard
		if s == levelsCompact {
			o.Levels = docmodel.LevelsCompact
		}
	})
	m.arabic.OnChanged = m.option("更改编号方式", func(o *docmodel.Options, s string) {
		o.Arabic = docmodel.ArabicRestart
		if s == arabicRunOn {
			o.Arabic = docmodel.ArabicRunOn
		}
	})
	m.leads.OnChanged = m.option("更改小标题句样式", func(o *docmodel.Options, s string) {
		o.Leads = docmodel.LeadsBold
		if s == leadsPlain {
			o.Leads = docmodel.LeadsPlain
		}
	})

	m.box = container.NewVScroll(container.NewVBox(
		widget.NewLabelWithStyle("文档信息", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewForm(
			widget.NewFormItem("标题", m.title),
			widget.NewFormItem("年度", m.year),
			widget.NewFormItem("发文机关", m.issuer),
			widget.NewFormItem("文号", m.number),
			widget.NewFormItem("成文日期", m.date),
			widget.NewFormItem("主送机关", m.recipients),
			widget.NewFormItem("开头段落", m.preamble.box()),
		),
		widget.NewSeparator(),
		widget.NewLabelWithStyle("印发通知", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewForm(
			widget.NewFormItem("通知标题", m.noticeTitle),
			widget.NewFormItem("通知正文", m.noticeBody.box()),
			widget.NewFormItem("附件", m.attachments),
		),
		widget.NewSeparator(),
		widget.NewLabelWithStyle("编号", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewForm(
			widget.NewFormItem("层次", m.levels),
			widget.NewFormItem("第三层", m.arabic),
			widget.NewFormItem("小标题句", m.leads),
		),
	))
	return m
}

// editNotice changes the document's notice with fn, making one if there
// is none and dropping it when nothing of it is left.
func editNotice(d *docmodel.Document, fn func(n *docmodel.Notice)) {
	if d.Notice == nil {
		d.Notice = &docmodel.Notice{}
	}
	fn(d.Notice)
	if d.Notice.Title == "" && len(d.Notice.Body) == 0 && len(d.Notice.Attachments) == 0 {
		d.Notice = nil
	}
}

// splitAttachments splits the attachments field at semicolons.
func splitAttachments(s string) []string {
	var out []string
	for _, a := range strings.FieldsFunc(oneLine(s), func(r rune) bool { return r == '；' || r == ';' }) {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// text returns the apply function of a meta field: an undoable edit,
// refused if it would leave the document invalid.
func (m *metaEditor) text(label, key string, fn func(d *docmodel.Document, s string) error) func(string) error {
	return func(s string) error {
		if m.loading || m.doc.s == nil {
			return nil
		}
		err := m.host.edit(label, "meta/"+key, func(d *docmodel.Document) error { return fn(d, s) })
		if err == nil {
			m.host.metaChanged()
		}
		return err
	}
}

// option returns the handler of a numbering selector: numbers change
// throughout, so the outline is redrawn.
func (m *metaEditor) option(label string, fn func(o *docmodel.Options, s string)) func(string) {
	return func(s string) {
		if m.loading || m.doc.s == nil {
			return
		}
		err := m.host.edit(label, "", func(d *docmodel.Document) error {
			fn(&d.Options, s)
			return nil
		})
		if m.host.report(err) {
			m.show()
			return
		}
		m.host.structureChanged(m.doc.selected)
	}
}

// show fills the form from the open document.
func (m *metaEditor) show() {
	if m.doc.s == nil {
		return
	}
	m.loading = true
	defer func() { m.loading = false }()
	d := m.doc.s.Doc()
	m.title.show(d.Meta.Title)
	year := ""
	if d.Meta.Year != 0 {
		year = strconv.Itoa(d.Meta.Year)
	}
	m.year.show(year)
	m.issuer.show(d.Meta.Issuer)
	m.number.show(d.Meta.Number)
	m.date.show(d.Meta.Date)
	m.recipients.show(strings.Join(d.Meta.Recipients, "，"))
	m.preamble.show(strings.Join(d.Preamble, "\n"))
	var n docmodel.Notice
	if d.Notice != nil {
		n = *d.Notice
	}
	m.noticeTitle.show(n.Title)
	m.noticeBody.show(strings.Join(n.Body, "\n"))
	m.attachments.show(strings.Join(n.Attachments, "；"))
	m.levels.SetSelected(map[docmodel.LevelScheme]string{docmodel.LevelsStandard: levelsStandard, docmodel.LevelsCompact: levelsCompact}[d.Options.Levels])
	m.arabic.SetSelected(map[docmodel.ArabicMode]string{docmodel.ArabicRestart: arabicRestart, docmodel.ArabicRunOn: arabicRunOn}[d.Options.Arabic])
	m.leads.SetSelected(map[docmodel.LeadStyle]string{docmodel.LeadsBold: leadsBold, docmodel.LeadsPlain: leadsPlain}[d.Options.Leads])
}
