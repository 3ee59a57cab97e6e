package check

// The rules' IDs: stable names that findings, dismissals saved in
// documents, and the command line's output carry.
const (
	YearUnknown      = "year-unknown"
	YearMismatch     = "year-mismatch"
	PlanPeriod       = "plan-period"
	StaleReference   = "stale-reference"
	CountClaim       = "count-claim"
	Numbering        = "numbering"
	Placeholder      = "placeholder"
	Punctuation      = "punctuation"
	DuplicateText    = "duplicate-text"
	InternalConflict = "internal-conflict"
	MissingSection   = "missing-section"
	FixedPhrase      = "fixed-phrase"
	Confusable       = "confusable"
	DoubledWord      = "doubled-word"
	JunkText         = "junk-text"
	NumberUsage      = "number-usage"
	TargetRegression = "target-regression"
	IndicatorDropped = "indicator-dropped"
	UnitChange       = "unit-change"
	CopiedText       = "copied-text"
	TaskUnits        = "task-units"
)

// Rule is one check: its ID, what a reader calls it, how much its
// findings matter, what the writer does about one, and the check itself.
// Adding a rule is adding a row to Rules.
type Rule struct {
	ID   string
	Name string // the Chinese name, for readers who do not know the IDs
	// Severity is that of the rule's findings, unless a finding sets its
	// own (a numbering slip the export corrects is only Info).
	Severity Severity
	// Advice says in Chinese what the writer does about a finding.
	Advice string
	// check returns the rule's findings, leaving Rule (and, unless it
	// differs, Severity) for Check to fill in; it must not change the input.
	check func(in *Input) []Finding
}

// Check returns the rule's findings on in.
func (r Rule) Check(in *Input) []Finding {
	fs := r.check(in)
	for i := range fs {
		fs[i].Rule = r.ID
		if fs[i].Severity == "" {
			fs[i].Severity = r.Severity
		}
	}
	return fs
}

// Rules are all the checks, in the order Run applies them: the draft
// against itself, then against the plans of earlier years. They are set
// in init because a rule's message may name other rules (RuleName).
var Rules []Rule

func init() {
	Rules = []Rule{
		{YearUnknown, "年份不明", Info, "在标题或文档信息中写明年份", yearUnknown},
		{YearMismatch, "年份不一致", Error, "把标题、文档信息、正文和成文日期的年份改为一致", yearMismatch},
		{PlanPeriod, "规划期提法", Error, "按本年在五年规划中的位置改写提法", planPeriod},
		{StaleReference, "过时提法", Warning, "改用现行的提法", staleReference},
		{CountClaim, "计数不符", Error, "改正所说的数目，或补齐、删减所列的项", countClaim},
		{Numbering, "编号问题", Warning, "按公文格式改正编号", numbering},
		{Placeholder, "未填占位符", Error, "填入实际内容", placeholder},
		{Punctuation, "标点问题", Warning, "改用全角标点，补齐成对的标点", punctuation},
		{DuplicateText, "文字重复", Warning, "删去重复的文字，或改写其中一处", duplicateText},
		{InternalConflict, "指标前后矛盾", Error, "把同一指标在各处的目标改为一致", internalConflict},
		{MissingSection, "缺少部分", Info, "补写缺少的部分", missingSection},
		{FixedPhrase, "固定提法有误", Error, "按规范提法改正", fixedPhrase},
		{Confusable, "易混词语", Warning, "按语境改用正确的词", confusable},
		{DoubledWord, "字词重复", Warning, "删去重复的字词", doubledWord},
		{JunkText, "网页残留文字", Warning, "删去网页残留的文字", junkText},
		{NumberUsage, "数字用法", Warning, "按 GB/T 15835 改正数字写法", numberUsage},
		{TargetRegression, "目标低于往年", Error, "核实目标，确需调低的说明理由", targetRegression},
		{IndicatorDropped, "往年指标未提及", Warning, "核实该指标是否不再提出", indicatorDropped},
		{UnitChange, "口径或单位变化", Warning, "核实口径或单位，确需变化的说明", unitChange},
		{CopiedText, "沿用往年原文", Info, "核实是否需要按本年情况改写", copiedText},
		{TaskUnits, "分工未写明", Info, "写明牵头单位、责任单位和完成时限", taskUnits},
	}
}

// RuleByID returns the rule of that ID.
func RuleByID(id string) (Rule, bool) {
	for _, r := range Rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// RuleName returns the Chinese name of rule id, or id itself for a rule
// without one.
func RuleName(id string) string {
	if r, ok := RuleByID(id); ok {
		return r.Name
	}
	return id
}
