package docmodel

// Field names a free-text field of a document: of its notice, its meta
// data or preamble, or of an outline node. The check rules' ranges and
// find and replace's matches say by one where their text is.
type Field string

// The text fields. A list field (the body paragraphs, units, recipients
// …) names one element, by its index from 0.
const (
	FieldNoticeTitle Field = "notice_title" // Notice.Title
	FieldNoticeBody  Field = "notice_body"  // Notice.Body[index]
	FieldAttachment  Field = "attachment"   // Notice.Attachments[index]
	FieldTitle       Field = "title"        // Meta.Title
	FieldNumber      Field = "number"       // Meta.Number
	FieldRecipient   Field = "recipient"    // Meta.Recipients[index]
	FieldPreamble    Field = "preamble"     // Preamble[index]
	FieldIssuer      Field = "issuer"       // Meta.Issuer
	FieldHeading     Field = "heading"      // Node.Heading
	FieldLead        Field = "lead"         // Node.Lead, the lead sentence (小标题句)
	FieldBody        Field = "body"         // Node.Body[index]
	FieldLeadUnit    Field = "lead_unit"    // Node.LeadUnit
	FieldPartner     Field = "partner"      // Node.Partners[index]
	FieldDeadline    Field = "deadline"     // Node.Deadline
)

// Label returns the Chinese name of the field shown to users.
func (f Field) Label() string {
	switch f {
	case FieldNoticeTitle:
		return "通知标题"
	case FieldNoticeBody:
		return "通知正文"
	case FieldAttachment:
		return "附件"
	case FieldTitle:
		return "文档标题"
	case FieldNumber:
		return "文号"
	case FieldRecipient:
		return "主送机关"
	case FieldPreamble:
		return "前言"
	case FieldHeading:
		return "标题"
	case FieldLead:
		return "小标题句"
	case FieldBody:
		return "正文"
	case FieldLeadUnit:
		return "牵头单位"
	case FieldPartner:
		return "责任单位"
	case FieldDeadline:
		return "完成时限"
	case FieldIssuer:
		return "发文机关"
	}
	return string(f)
}

// Text returns the text that field f names in d — a field of the node
// nodeID, or of the document (nodeID is then not read) — and, for a list
// field, its element index. It returns nil where d has no such text: a
// node it does not have, an index out of range, a notice field of a
// document without a notice, or an unknown field.
func (d *Document) Text(nodeID string, f Field, index int) *string {
	switch f {
	case FieldNoticeTitle, FieldNoticeBody, FieldAttachment:
		n := d.Notice
		switch {
		case n == nil:
			return nil
		case f == FieldNoticeTitle:
			return &n.Title
		case f == FieldNoticeBody:
			return elementAt(n.Body, index)
		}
		return elementAt(n.Attachments, index)
	case FieldTitle:
		return &d.Meta.Title
	case FieldNumber:
		return &d.Meta.Number
	case FieldRecipient:
		return elementAt(d.Meta.Recipients, index)
	case FieldPreamble:
		return elementAt(d.Preamble, index)
	case FieldIssuer:
		return &d.Meta.Issuer
	}
	n := d.Find(nodeID)
	if n == nil {
		return nil
	}
	return n.Text(f, index)
}

// Text returns the text that the node field f names in n and, for a list
// field, its element index; nil for an index out of range or a field
// that is not a node's.
func (n *Node) Text(f Field, index int) *string {
	switch f {
	case FieldHeading:
		return &n.Heading
	case FieldLead:
		return &n.Lead
	case FieldBody:
		return elementAt(n.Body, index)
	case FieldLeadUnit:
		return &n.LeadUnit
	case FieldPartner:
		return elementAt(n.Partners, index)
	case FieldDeadline:
		return &n.Deadline
	}
	return nil
}

// elementAt returns the element index of list, or nil if there is none.
func elementAt(list []string, index int) *string {
	if index < 0 || index >= len(list) {
		return nil
	}
	return &list[index]
}
