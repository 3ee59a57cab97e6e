// Package docmodel is the outline of an annual work-point plan (工作要点):
// its meta data, preamble and tree of numbered nodes, the operations the
// editor performs on that tree, and the native .yaodian file that stores it.
//
// Numbers such as 一、 （一） 1． （1） are never stored: they are derived
// from a node's position and depth by Walk, under the document's Options.
package docmodel

import "strconv"

// The paths of the parts of a document that are not outline nodes, where
// Entry.Path names a node (二、/（一）/3．). Findings and indicators use
// them to say where they were found.
const (
	PathTitle    = "标题"   // Meta.Title
	PathDate     = "成文日期" // Meta.Date
	PathPreamble = "前言"   // Preamble
	PathWhole    = "全文"   // the document as a whole
)

// Role tells what a part of a plan is for. A node without a role inherits
// the role of its parent; a top-level section without one counts as other.
type Role string

// The roles a part of a plan can have.
const (
	RoleInherit    Role = ""
	RolePrinciples Role = "principles" // 总体思路 / 指导思想 / 总体要求 / 基本原则
	RoleGoals      Role = "goals"      // 主要目标 / 工作目标
	RoleTasks      Role = "tasks"      // 重点任务 / 工作重点 / 主要任务
	RoleSafeguards Role = "safeguards" // 保障措施 / 工作措施
	// RoleReview is a look back at the past year (工作回顾, 工作成效, the
	// 总结 half of a 总结和计划): its figures are results, not targets.
	RoleReview Role = "review"
	RoleOther  Role = "other"
)

// Roles lists the roles a node may be given explicitly, in display order.
var Roles = []Role{RolePrinciples, RoleGoals, RoleTasks, RoleSafeguards, RoleReview, RoleOther}

// Label returns the short Chinese name of the role shown to users.
func (r Role) Label() string {
	switch r {
	case RolePrinciples:
		return "思路"
	case RoleGoals:
		return "目标"
	case RoleTasks:
		return "任务"
	case RoleSafeguards:
		return "保障"
	case RoleReview:
		return "回顾"
	case RoleOther:
		return "其他"
	}
	return "继承"
}

func (r Role) valid() bool {
	if r == RoleInherit {
		return true
	}
	for _, v := range Roles {
		if r == v {
			return true
		}
	}
	return false
}

// Document is one work-point plan.
type Document struct {
	Meta    Meta    `json:"meta"`
	Options Options `json:"options"`
	// Preamble holds the paragraphs before the first section
	// ("根据……，制定本要点如下：").
	Preamble []string `json:"preamble,omitempty"`
	// Sections are the top-level nodes, printed 一、 二、 ….
	Sections []*Node `json:"sections"`
	// NextID is the number the next new node's ID is made from. It only
	// grows, so an ID is never reused within a document.
	NextID int `json:"next_id"`
	// Notice is the notice that issued the plan (印发通知), when the plan
	// came wrapped in one; its issuer, number, date and recipients are in
	// Meta. It is never part of the outline.
	Notice *Notice `json:"notice,omitempty"`
	// Dismissals are the check findings reviewers dismissed for this
	// document, in the order they were dismissed.
	Dismissals []Dismissal `json:"dismissals,omitempty"`
}

// Dismissal records that reviewers dismissed a check finding, and why. It
// names the finding as the checker reports it — by rule, by node ID or, for
// text outside the outline, by path, and by the text quoted as evidence —
// so that it stops applying when that text is edited.
type Dismissal struct {
	Rule string `json:"rule"`
	// NodeID is the node the finding is about; empty for the title, the
	// preamble and the plan as a whole.
	NodeID string `json:"node_id,omitempty"`
	// Path is where the finding was when it was dismissed, as printed:
	// 二、/（一）/3．, 标题, 前言.
	Path     string `json:"path"`
	Evidence string `json:"evidence,omitempty"`
	// Subject tells apart findings of one rule at one place quoting one
	// text: the missing part, the unpaired marks.
	Subject string `json:"subject,omitempty"`
	Reason  string `json:"reason"`
	// Date is the day of the dismissal as YYYY-MM-DD.
	Date string `json:"date,omitempty"`
}

// Meta is what the plan says about itself.
type Meta struct {
	Title string `json:"title"`
	// Issuer is the issuing body (发文机关), printed as the signature.
	Issuer string `json:"issuer,omitempty"`
	// Year is the year the plan is for; zero when not stated.
	Year int `json:"year,omitempty"`
	// Number is the document number (文号) such as 州科发〔2011〕3号.
	Number string `json:"number,omitempty"`
	// Date is the date of the document (成文日期) as YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Recipients are the bodies the document is addressed to (主送机关).
	Recipients []string `json:"recipients,omitempty"`
}

// Notice is the notice form that issues a plan: "X关于印发《Y》的通知",
// its text, and the list of its attachments. The plan itself is the
// document's outline; the notice's 发文机关, 文号, 主送机关 and 成文日期 are
// the document's Meta.
type Notice struct {
	// Title is the notice's own title, "X关于印发《Y》的通知".
	Title string `json:"title"`
	// Body holds the notice's paragraphs, "现将《Y》印发给你们，请结合实际
	// 认真贯彻落实。", without the recipients line and the signature.
	Body []string `json:"body,omitempty"`
	// Attachments are the 附件 as listed, without their numbers: the plan
	// first when it is the only one.
	Attachments []string `json:"attachments,omitempty"`
}

// Node is one numbered part of the outline: a section, a subsection, a
// task or a sub-item. A node has either a heading, printed on a line of its
// own, or a lead sentence (小标题句), printed in bold at the start of its
// first body paragraph, or neither — never both.
type Node struct {
	// ID is stable for the life of the document; checks, comparisons and
	// the editor refer to nodes by it.
	ID   string `json:"id"`
	Role Role   `json:"role,omitempty"`
	// SourceMarker is the numbering marker exactly as an imported text or
	// Word document wrote it ("1、", "(一)、"), kept so that the numbering
	// check can report the source's gaps, duplicates and wrong markers.
	// It is an import note: numbers are still derived by Walk, an edit of
	// the node's siblings clears it, and Markdown neither writes nor reads
	// it.
	SourceMarker string   `json:"source_marker,omitempty"`
	Heading      string   `json:"heading,omitempty"`
	Lead         string   `json:"lead,omitempty"`
	Body         []string `json:"body,omitempty"`
	// LeadUnit, Partners and Deadline describe a task: 牵头单位, 责任单位
	// and 完成时限.
	LeadUnit   string      `json:"lead_unit,omitempty"`
	Partners   []string    `json:"partners,omitempty"`
	Deadline   string      `json:"deadline,omitempty"`
	Indicators []Indicator `json:"indicators,omitempty"`
	Children   []*Node     `json:"children,omitempty"`
}

// Title returns the heading or, failing that, the lead sentence: the text
// that names the node.
func (n *Node) Title() string {
	if n.Heading != "" {
		return n.Heading
	}
	return n.Lead
}

// Summary is what names the node in a one-line view: its heading, its
// lead sentence, or the start of its first paragraph.
func (n *Node) Summary() string {
	if t := n.Title(); t != "" {
		return t
	}
	if len(n.Body) == 0 {
		return "（空）"
	}
	const max = 30
	if p := []rune(n.Body[0]); len(p) > max {
		return string(p[:max]) + "…"
	}
	return n.Body[0]
}

// HasTaskInfo reports whether any of the task fields is filled in.
func (n *Node) HasTaskInfo() bool {
	return n.LeadUnit != "" || len(n.Partners) > 0 || n.Deadline != ""
}

// IndicatorKind tells how an indicator's value is measured.
type IndicatorKind string

// The kinds of indicator.
const (
	KindLevel     IndicatorKind = "level"     // 达到 N：a level reached
	KindIncrement IndicatorKind = "increment" // 新增 N：a count added this year
	KindGrowth    IndicatorKind = "growth"    // 增长 N%：growth over last year
	KindReduction IndicatorKind = "reduction" // 降低 N%：reduction from last year
)

// IndicatorKinds lists the kinds in display order.
var IndicatorKinds = []IndicatorKind{KindLevel, KindIncrement, KindGrowth, KindReduction}

// Label returns the Chinese name of the kind.
func (k IndicatorKind) Label() string {
	switch k {
	case KindLevel:
		return "水平"
	case KindIncrement:
		return "新增"
	case KindGrowth:
		return "增长"
	case KindReduction:
		return "下降"
	}
	return string(k)
}

// Bound tells whether a target is a floor, a ceiling or an approximation.
type Bound string

// The bounds a target may carry.
const (
	BoundExact   Bound = ""         // no qualifier
	BoundAtLeast Bound = "at-least" // 以上
	BoundAbout   Bound = "about"    // 左右
	BoundAtMost  Bound = "at-most"  // 以内 / 以下
)

// Bounds lists the bounds in display order.
var Bounds = []Bound{BoundExact, BoundAtLeast, BoundAbout, BoundAtMost}

// Label returns the Chinese qualifier of the bound, empty for exact.
func (b Bound) Label() string {
	switch b {
	case BoundAtLeast:
		return "以上"
	case BoundAbout:
		return "左右"
	case BoundAtMost:
		return "以内"
	}
	return ""
}

// Indicator is a quantitative target (指标) of a goal or task.
type Indicator struct {
	Name  string        `json:"name"`
	Kind  IndicatorKind `json:"kind"`
	Value float64       `json:"value"`
	// Unit is the unit of Value: 家, 亿元, %, 个百分点 ….
	Unit  string `json:"unit,omitempty"`
	Bound Bound  `json:"bound,omitempty"`
	// Stretch is the higher value the plan strives for (争取), or the
	// upper end of a range (3至4个), if any.
	Stretch *float64 `json:"stretch,omitempty"`
	// Source is the sentence the indicator was read from, if any.
	Source string `json:"source,omitempty"`
}

// IndicatorColumns are the column names of an indicator table, in the
// order Row gives the cells.
var IndicatorColumns = []string{"指标", "类型", "目标值", "单位", "限定", "争取值", "原文"}

// Row returns the indicator's cells under IndicatorColumns, numbers in the
// fewest digits that read back as the same value.
func (ind Indicator) Row() []string {
	stretch := ""
	if ind.Stretch != nil {
		stretch = FormatNumber(*ind.Stretch)
	}
	return []string{ind.Name, ind.Kind.Label(), FormatNumber(ind.Value), ind.Unit, ind.Bound.Label(), stretch, ind.Source}
}

// FormatNumber writes v in the fewest digits that read back as v.
func FormatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// New returns an empty document with the default options.
func New() *Document {
	return &Document{Options: DefaultOptions(), NextID: 1, Sections: []*Node{}}
}

// KindFromLabel returns the kind a Chinese label (水平, 新增, 增长, 下降)
// or a kind ID names.
func KindFromLabel(s string) (IndicatorKind, bool) {
	for _, k := range IndicatorKinds {
		if s == k.Label() || s == string(k) {
			return k, true
		}
	}
	return "", false
}

// BoundFromLabel returns the bound a qualifier (以上, 左右, 以内, 以下,
// empty) or a bound ID names.
func BoundFromLabel(s string) (Bound, bool) {
	if s == "以下" {
		return BoundAtMost, true
	}
	for _, b := range Bounds {
		if s == b.Label() || s != "" && s == string(b) {
			return b, true
		}
	}
	return "", false
}

// Paragraphs returns the node's paragraphs as they print: the lead
// sentence run into the first body paragraph, then the others.
func (n *Node) Paragraphs() []string {
	if len(n.Body) == 0 {
		if n.Lead == "" {
			return nil
		}
		return []string{n.Lead}
	}
	out := make([]string, len(n.Body))
	out[0] = n.Lead + n.Body[0]
	copy(out[1:], n.Body[1:])
	return out
}

// Describe writes the target as a plan states it, without the name:
// 增长20%以上（争取25%）.
func (ind Indicator) Describe() string {
	s := ind.Kind.Label() + FormatNumber(ind.Value) + ind.Unit + ind.Bound.Label()
	if ind.Stretch != nil {
		s += "（争取" + FormatNumber(*ind.Stretch) + ind.Unit + "）"
	}
	return s
}
