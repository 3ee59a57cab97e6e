package docmodel

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"yaodian/usererr"
)

// Validate checks the invariants every document keeps: valid options and
// meta data, single-line trimmed text, non-empty paragraphs, no node both
// headed and led, depth within what the options can number, unique IDs
// below NextID, well-formed indicators and task fields, and dismissals
// that name a rule and give a reason. It returns the first violation
// found, saying where it is.
func (d *Document) Validate() error {
	if !d.Options.valid() {
		return usererr.New(
			fmt.Sprintf("文档选项无效：编号层次“%s”、阿拉伯数字编号“%s”、小标题句样式“%s”", d.Options.Levels, d.Options.Arabic, d.Options.Leads),
			fmt.Sprintf("invalid document options: levels %q, arabic %q, leads %q", d.Options.Levels, d.Options.Arabic, d.Options.Leads))
	}
	if err := d.Meta.validate(); err != nil {
		return err
	}
	if err := d.Notice.validate(); err != nil {
		return err
	}
	for i, p := range d.Preamble {
		if problem := paragraphProblem(p); problem != "" {
			return usererr.New(fmt.Sprintf("前言第%d段%s", i+1, problem), fmt.Sprintf("preamble paragraph %d is empty or not a single trimmed line", i+1))
		}
	}
	if d.NextID < 1 {
		return usererr.New("next_id 必须大于 0", "next_id must be positive")
	}
	for i, dis := range d.Dismissals {
		if err := dis.validate(i + 1); err != nil {
			return err
		}
	}
	if err := d.validateShape(d.Sections, 1, ""); err != nil {
		return err
	}
	ids := map[string]string{}
	var err error
	d.Walk(func(e Entry) bool {
		err = d.validateNode(e, ids)
		return err == nil
	})
	return err
}

// validateShape checks for missing nodes and nodes deeper than the options
// can number, before anything walks the tree.
func (d *Document) validateShape(nodes []*Node, depth int, where string) error {
	for i, n := range nodes {
		here := fmt.Sprintf("%s%d", where, i+1)
		if n == nil {
			return usererr.New("第 "+here+" 项为空（null）", "node "+here+" is null")
		}
		if depth > d.Options.MaxDepth() {
			return usererr.New(
				fmt.Sprintf("第 %s 项位于第 %d 层，超过了编号方案允许的 %d 层", here, depth, d.Options.MaxDepth()),
				fmt.Sprintf("node %s is at depth %d, deeper than the %d levels the numbering allows", here, depth, d.Options.MaxDepth()))
		}
		if err := d.validateShape(n.Children, depth+1, here+"."); err != nil {
			return err
		}
	}
	return nil
}

// idNumber returns the number of an ID of the form NewNode makes: n and
// one to nine digits.
func idNumber(id string) (int, bool) {
	digits, ok := strings.CutPrefix(id, "n")
	if !ok || digits == "" || len(digits) > 9 || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	v, _ := strconv.Atoi(digits)
	return v, true
}

func (d *Document) validateNode(e Entry, ids map[string]string) error {
	n := e.Node
	at := func(zh, en string) error {
		return usererr.New(e.Path+" 项："+zh, "node "+e.Path+": "+en)
	}
	if n.ID == "" || strings.IndexFunc(n.ID, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0 {
		return at("标识（id）为空或含有空白", "id is empty or contains white space")
	}
	if other, dup := ids[n.ID]; dup {
		return at("标识 "+n.ID+" 与 "+other+" 项重复", "id "+n.ID+" duplicates node "+other)
	}
	ids[n.ID] = e.Path
	if v, ok := idNumber(n.ID); ok && v >= d.NextID {
		return at(fmt.Sprintf("标识 %s 不小于 next_id %d", n.ID, d.NextID), fmt.Sprintf("id %s is not below next_id %d", n.ID, d.NextID))
	}
	if !n.Role.valid() {
		return at("未知的角色“"+string(n.Role)+"”", "unknown role "+strconv.Quote(string(n.Role)))
	}
	if n.Heading != "" && n.Lead != "" {
		return at("不能同时有标题和小标题句", "has both a heading and a lead sentence")
	}
	for _, f := range []struct{ v, zh, en string }{{n.Heading, "标题", "heading"}, {n.Lead, "小标题句", "lead sentence"}, {n.SourceMarker, "原编号", "source marker"}} {
		if p := lineProblem(f.v); p != "" {
			return at(f.zh+p, f.en+" is not a single trimmed line")
		}
	}
	for i, p := range n.Body {
		if problem := paragraphProblem(p); problem != "" {
			return at(fmt.Sprintf("正文第%d段%s", i+1, problem), fmt.Sprintf("body paragraph %d is empty or not a single trimmed line", i+1))
		}
	}
	if n.LeadUnit != "" {
		if p := unitProblem(n.LeadUnit, "；;"); p != "" {
			return at("牵头单位"+p, "lead unit is not a valid unit name")
		}
	}
	for _, u := range n.Partners {
		if p := unitProblem(u, "、，,；;"); p != "" {
			return at("责任单位“"+u+"”"+p, "responsible unit "+strconv.Quote(u)+" is not a valid unit name")
		}
	}
	if n.Deadline != "" {
		if p := unitProblem(n.Deadline, "；;"); p != "" {
			return at("完成时限"+p, "deadline is not a valid single line")
		}
	}
	for i, ind := range n.Indicators {
		if p := ind.problem(); p != "" {
			return at(fmt.Sprintf("第%d个指标%s", i+1, p), fmt.Sprintf("indicator %d is invalid", i+1))
		}
	}
	return nil
}

func (ind Indicator) problem() string {
	if ind.Name == "" {
		return "名称为空"
	}
	for _, s := range []string{ind.Name, ind.Unit, ind.Source} {
		if p := lineProblem(s); p != "" {
			return p
		}
	}
	kindOK := false
	for _, k := range IndicatorKinds {
		kindOK = kindOK || ind.Kind == k
	}
	if !kindOK {
		return "类型“" + string(ind.Kind) + "”未知"
	}
	boundOK := false
	for _, b := range Bounds {
		boundOK = boundOK || ind.Bound == b
	}
	if !boundOK {
		return "限定“" + string(ind.Bound) + "”未知"
	}
	if math.IsNaN(ind.Value) || math.IsInf(ind.Value, 0) || ind.Stretch != nil && (math.IsNaN(*ind.Stretch) || math.IsInf(*ind.Stretch, 0)) {
		return "数值无效"
	}
	return ""
}

// paragraphProblem is lineProblem for text that must not be empty.
func paragraphProblem(p string) string {
	if p == "" {
		return "为空"
	}
	return lineProblem(p)
}

func (m Meta) validate() error {
	for _, f := range []struct{ v, zh, en string }{
		{m.Title, "标题", "title"}, {m.Issuer, "发文机关", "issuer"}, {m.Number, "文号", "document number"},
	} {
		if p := lineProblem(f.v); p != "" {
			return usererr.New(f.zh+p, f.en+" is not a single trimmed line")
		}
	}
	if m.Year != 0 && (m.Year < 1900 || m.Year > 2999) {
		return usererr.New(fmt.Sprintf("年度 %d 不在 1900–2999 之间", m.Year), fmt.Sprintf("year %d is outside 1900-2999", m.Year))
	}
	if m.Date != "" {
		if _, err := time.Parse(time.DateOnly, m.Date); err != nil {
			return usererr.New("成文日期“"+m.Date+"”不是有效的 YYYY-MM-DD 日期", "date "+strconv.Quote(m.Date)+" is not a valid YYYY-MM-DD date")
		}
	}
	for i, r := range m.Recipients {
		if problem := paragraphProblem(r); problem != "" {
			return usererr.New(fmt.Sprintf("第%d个主送机关%s", i+1, problem), fmt.Sprintf("recipient %d is empty or not a single trimmed line", i+1))
		}
	}
	return nil
}

// validate checks that the notice's title and attachments are single
// lines and its paragraphs are not empty. A nil notice is valid.
func (n *Notice) validate() error {
	if n == nil {
		return nil
	}
	if p := lineProblem(n.Title); p != "" {
		return usererr.New("通知标题"+p, "the notice's title is not a single trimmed line")
	}
	for i, p := range n.Body {
		if problem := paragraphProblem(p); problem != "" {
			return usererr.New(fmt.Sprintf("通知正文第%d段%s", i+1, problem), fmt.Sprintf("notice paragraph %d is empty or not a single trimmed line", i+1))
		}
	}
	for i, a := range n.Attachments {
		if problem := paragraphProblem(a); problem != "" {
			return usererr.New(fmt.Sprintf("第%d个附件名%s", i+1, problem), fmt.Sprintf("attachment %d is empty or not a single trimmed line", i+1))
		}
	}
	return nil
}

// validate checks the dismissal numbered i, from 1: it names a rule, gives
// a reason and, if dated, a valid date.
func (dis Dismissal) validate(i int) error {
	if strings.TrimSpace(dis.Rule) == "" {
		return usererr.New(fmt.Sprintf("第%d条忽略记录缺少规则（rule）", i), fmt.Sprintf("dismissal %d names no rule", i))
	}
	if strings.TrimSpace(dis.Reason) == "" {
		return usererr.New(fmt.Sprintf("第%d条忽略记录缺少理由（reason）", i), fmt.Sprintf("dismissal %d gives no reason", i))
	}
	if dis.Date != "" {
		if _, err := time.Parse(time.DateOnly, dis.Date); err != nil {
			return usererr.New(fmt.Sprintf("第%d条忽略记录的日期“%s”不是有效的 YYYY-MM-DD 日期", i, dis.Date),
				fmt.Sprintf("dismissal %d: date %s is not a valid YYYY-MM-DD date", i, strconv.Quote(dis.Date)))
		}
	}
	return nil
}
