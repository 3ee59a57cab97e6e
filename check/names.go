package check

// ruleNames are the rules' Chinese names, for readers who do not know the
// IDs.
var ruleNames = map[string]string{
	"year-mismatch":     "年份不一致",
	"year-unknown":      "年份不明",
	"plan-period":       "规划期提法",
	"stale-reference":   "过时提法",
	"count-claim":       "计数不符",
	"numbering":         "编号问题",
	"placeholder":       "未填占位符",
	"punctuation":       "标点问题",
	"duplicate-text":    "文字重复",
	"internal-conflict": "指标前后矛盾",
	"missing-section":   "缺少部分",
	"target-regression": "目标低于往年",
	"indicator-dropped": "往年指标未提及",
	"unit-change":       "口径或单位变化",
	"copied-text":       "沿用往年原文",
	"fixed-phrase":      "固定提法有误",
	"confusable":        "易混词语",
	"doubled-word":      "字词重复",
	"junk-text":         "网页残留文字",
	"number-usage":      "数字用法",
}

// RuleName returns the Chinese name of rule id, or id itself for a rule
// without one.
func RuleName(id string) string {
	if n, ok := ruleNames[id]; ok {
		return n
	}
	return id
}
