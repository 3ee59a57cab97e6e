package docmodel

import (
	"strconv"
	"strings"
)

// Options are the document-wide choices that change how the outline is
// numbered and printed.
type Options struct {
	Levels LevelScheme `json:"levels"`
	Arabic ArabicMode  `json:"arabic"`
	Leads  LeadStyle   `json:"leads"`
}

// DefaultOptions returns the options of GB/T 9704-2012: 一、 （一） 1． （1），
// Arabic numbers restarting under each parent, lead sentences in bold.
func DefaultOptions() Options {
	return Options{Levels: LevelsStandard, Arabic: ArabicRestart, Leads: LeadsBold}
}

// LevelScheme chooses the marker style of each depth.
type LevelScheme string

// The level schemes.
const (
	// LevelsStandard numbers depths 一、 （一） 1． （1） ①.
	LevelsStandard LevelScheme = "standard"
	// LevelsCompact leaves out the （一） level: 一、 1． （1） ①, as in plans
	// whose tasks sit directly under their sections.
	LevelsCompact LevelScheme = "compact"
)

// ArabicMode chooses whether the 1． level restarts under each parent or
// runs on through the whole document.
type ArabicMode string

// The Arabic numbering modes.
const (
	ArabicRestart ArabicMode = "restart"
	ArabicRunOn   ArabicMode = "run-on"
)

// LeadStyle chooses whether lead sentences are printed in bold.
type LeadStyle string

// The lead sentence styles.
const (
	LeadsBold  LeadStyle = "bold"
	LeadsPlain LeadStyle = "plain"
)

func (o Options) valid() bool {
	return (o.Levels == LevelsStandard || o.Levels == LevelsCompact) &&
		(o.Arabic == ArabicRestart || o.Arabic == ArabicRunOn) &&
		(o.Leads == LeadsBold || o.Leads == LeadsPlain)
}

// MarkerStyle is a family of numbering markers.
type MarkerStyle int

// The marker styles, in the order GB/T 9704-2012 nests them.
const (
	MarkerChinese      MarkerStyle = iota + 1 // 一、
	MarkerChineseParen                        // （一）
	MarkerArabic                              // 1．
	MarkerArabicParen                         // （1）
	MarkerCircled                             // ①
)

// Styles returns the marker style of each depth, depth 1 first.
func (o Options) Styles() []MarkerStyle {
	if o.Levels == LevelsCompact {
		return []MarkerStyle{MarkerChinese, MarkerArabic, MarkerArabicParen, MarkerCircled}
	}
	return []MarkerStyle{MarkerChinese, MarkerChineseParen, MarkerArabic, MarkerArabicParen, MarkerCircled}
}

// MaxDepth is the deepest level the options can number.
func (o Options) MaxDepth() int {
	return len(o.Styles())
}

// StyleAt returns the marker style of depth d (1-based).
func (o Options) StyleAt(d int) MarkerStyle {
	s := o.Styles()
	if d < 1 || d > len(s) {
		return 0
	}
	return s[d-1]
}

// DepthOf returns the depth numbered with style s, or 0 if the options do
// not use it.
func (o Options) DepthOf(s MarkerStyle) int {
	for i, v := range o.Styles() {
		if v == s {
			return i + 1
		}
	}
	return 0
}

// Format prints number n (from 1) in style s, as it appears before the
// heading: 一、 （一） 1． （1） ①.
func (s MarkerStyle) Format(n int) string {
	switch s {
	case MarkerChinese:
		return ChineseNumeral(n) + "、"
	case MarkerChineseParen:
		return "（" + ChineseNumeral(n) + "）"
	case MarkerArabic:
		return strconv.Itoa(n) + "．"
	case MarkerArabicParen:
		return "（" + strconv.Itoa(n) + "）"
	case MarkerCircled:
		return circled(n)
	}
	return ""
}

// circled returns ① … ㊿, and （n） beyond the fifty circled numbers that
// Unicode has.
func circled(n int) string {
	switch {
	case n >= 1 && n <= 20:
		return string(rune(0x2460 + n - 1))
	case n >= 21 && n <= 35:
		return string(rune(0x3251 + n - 21))
	case n >= 36 && n <= 50:
		return string(rune(0x32B1 + n - 36))
	}
	return "（" + strconv.Itoa(n) + "）"
}

var chineseDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// ChineseNumeral writes n in Chinese numerals as used in outline numbers:
// 一, 十, 十一, 二十, 一百零五. Numbers below 1 or above 9999 fall back to
// Arabic digits.
func ChineseNumeral(n int) string {
	if n < 1 || n > 9999 {
		return strconv.Itoa(n)
	}
	if n < 10 {
		return chineseDigits[n]
	}
	if n < 20 {
		if n == 10 {
			return "十"
		}
		return "十" + chineseDigits[n%10]
	}
	units := []string{"", "十", "百", "千"}
	digits := []int{}
	for m := n; m > 0; m /= 10 {
		digits = append(digits, m%10)
	}
	var b strings.Builder
	zero := false
	for i := len(digits) - 1; i >= 0; i-- {
		d := digits[i]
		if d == 0 {
			zero = true
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		b.WriteString(chineseDigits[d])
		b.WriteString(units[i])
	}
	return b.String()
}

// Entry is one node as Walk visits it, with what its position implies.
type Entry struct {
	Node   *Node
	Parent *Node // nil for a section
	Depth  int   // 1 for a section
	Index  int   // position among its siblings, from 0
	// Number is the printed marker: 一、 （一） 1． ….
	Number string
	// Role is the node's own role or the one it inherits.
	Role Role
	// Path is the markers from the section down to this node, joined by
	// "/": 二、/（一）/3．.
	Path string
}

// Walk visits every node in reading order and stops early if fn returns
// false. Numbers are derived here and nowhere else.
func (d *Document) Walk(fn func(Entry) bool) {
	runOn := 0
	var walk func(nodes []*Node, parent *Node, depth int, role Role, path string) bool
	walk = func(nodes []*Node, parent *Node, depth int, role Role, path string) bool {
		style := d.Options.StyleAt(depth)
		for i, n := range nodes {
			num := i + 1
			if style == MarkerArabic && d.Options.Arabic == ArabicRunOn {
				runOn++
				num = runOn
			}
			e := Entry{Node: n, Parent: parent, Depth: depth, Index: i, Number: style.Format(num), Role: role}
			if n.Role != RoleInherit {
				e.Role = n.Role
			}
			if e.Role == RoleInherit {
				e.Role = RoleOther
			}
			e.Path = e.Number
			if path != "" {
				e.Path = path + "/" + e.Number
			}
			if !fn(e) {
				return false
			}
			childRole := n.Role
			if childRole == RoleInherit {
				childRole = role
			}
			if !walk(n.Children, n, depth+1, childRole, e.Path) {
				return false
			}
		}
		return true
	}
	walk(d.Sections, nil, 1, RoleInherit, "")
}

// Entries returns every node in reading order with its derived number.
func (d *Document) Entries() []Entry {
	var out []Entry
	d.Walk(func(e Entry) bool {
		out = append(out, e)
		return true
	})
	return out
}
