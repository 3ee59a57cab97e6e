package check

import (
	"strings"
	"testing"
)

func TestYearMismatch(t *testing.T) {
	runCases(t, rule(YearMismatch), []ruleCase{
		{"agreeing years", "---\ntitle: 2011年全州科技工作要点\nyear: 2011\ndate: 2011-02-15\n---\n\n# 一、工作重点\n\n2011年是“十二五”的开局之年，重点抓好以下工作。\n", nil},
		{"title and meta disagree", "---\ntitle: 2008年科技工作要点\nyear: 2009\n---\n", []string{"标题｜标题写的是2008年，文档年度却是2009年"}},
		{"second title line and opening paragraph of another year (seed 002, plan 2)",
			"---\ntitle: 2008年科技工作要点\n---\n\n2009年多拉特乡科技工作要点\n\n2009年我乡科技工作以党的十七大精神为指导，大力实施科技计划。\n",
			[]string{"前言｜文中的标题行写的是2009年，与标题的2008年不一致｜2009年多拉特乡科技工作要点",
				"前言｜开篇的工作思路写的是2009年，与标题的2008年不一致｜2009年我乡科技工作以党的十七大精神为指导"}},
		{"looking back at last year is fine", "---\ntitle: 2011年工作要点\n---\n\n2010年，全州科技工作取得显著成效。2010年是“十一五”的收官之年，各项任务圆满完成。\n", nil},
		{"a year-is statement copied from last year", "---\ntitle: 2012年工作要点\n---\n\n# 一、总体要求\n\n2011年是“十二五”的开局之年，要抓好各项工作。\n",
			[]string{"一、｜“2011年是……之年”写的是2011年，与标题的2012年不一致"}},
		{"date of another year", "---\ntitle: 2012年工作要点\ndate: 2010-12-30\n---\n", []string{"成文日期｜成文日期在2010年"}},
		{"date in the December before", "---\ntitle: 2012年工作要点\ndate: 2011-12-30\n---\n", nil},
		{"今年 with a year", "---\ntitle: 2012年工作要点\n---\n\n今年（2013年）要完成。\n", []string{"前言｜“今年”写的是2013年"}},
		{"an earlier year's plan carried over, its year in numerals (corpus 010)", "---\ntitle: 2023年市科技局工作要点\n---\n\n范文 市科技局2023年工作要点 二0一二年,科技局将在市委、市政府的正确领导下，组织发动科技人员。\n",
			[]string{"前言｜“二0一二年，……将”写的是2012年，与标题的2023年不一致｜范文 市科技局2023年工作要点 二0一二年,科技局将在"}},
		{"the plan's own year, in numerals", "---\ntitle: 2023年市科技局工作要点\n---\n\n二〇二三年，科技局将继续推进。\n", nil},
		{"a later year is a goal's horizon", "---\ntitle: 2023年工作要点\n---\n\n# 一、主要目标\n\n2025年，全市将基本建成创新型城市。\n", nil},
		{"a later year in the guiding paragraph is not a horizon (seed 002, plan 2)", "---\ntitle: 2008年工作要点\n---\n\n# 一、总体思路\n\n2009年，全乡将以科技创新为重点。\n",
			[]string{"一、｜开篇的工作思路写的是2009年，与标题的2008年不一致"}},
		{"an earlier year looked back on", "---\ntitle: 2023年工作要点\n---\n\n2022年，我局要求各单位完成了年度任务，取得显著成效。\n", nil},
		{"a review joined to the plan: the plan's year is the title's", "---\ntitle: 2024年工作总结和2025年工作计划\nyear: 2025\n---\n", nil},
		{"a review joined to the plan, no meta year", "---\ntitle: 2024年工作总结和2025年工作计划\n---\n\n2025年是“十四五”规划收官之年。\n", nil},
		{"a review joined to a plan of another year than the meta's", "---\ntitle: 2024年工作总结和2025年工作计划\nyear: 2026\n---\n",
			[]string{"标题｜标题写的是2025年，文档年度却是2026年"}},
	})
}

func TestTitleYear(t *testing.T) {
	for _, tc := range []struct {
		title string
		known int
		want  int
	}{
		{"2025年全市科技工作要点", 0, 2025},
		{"2024年工作总结和2025年工作计划", 0, 2025},
		{"2024年工作总结和2025年工作计划", 2025, 2025},
		{"县科技局2022年工作總結及2023年工作要點", 0, 2023},
		// Two years without a review: the first, as before.
		{"2025年贯彻落实2024年经济工作会议精神工作要点", 0, 2025},
		{"关于印发工作要点的通知", 0, 0},
	} {
		if got := titleYear(tc.title, tc.known); got != tc.want {
			t.Errorf("titleYear(%q, %d) = %d, want %d", tc.title, tc.known, got, tc.want)
		}
	}
}

// Where the year cannot be known it is said once, with the checks that
// turns off; a plan with a year in its title or meta gets no such note.
func TestYearUnknown(t *testing.T) {
	runCases(t, rule(YearUnknown), []ruleCase{
		{"a year in the title", "---\ntitle: 2025年科技工作要点\n---\n\n# 一、甲\n", nil},
		{"a year in the meta only", "---\ntitle: 科技工作要点\nyear: 2025\n---\n\n# 一、甲\n", nil},
		{"no year anywhere", "---\ntitle: 科技工作要点\n---\n\n# 一、甲\n\n2023年是“十四五”承上启下之年。\n",
			[]string{"全文｜看不出本稿是哪一年的计划（标题和文档信息都没有年份），因此没有检查年份不一致、过时提法，规划期提法只查写明了年份的句子，也没有与往年计划对照（目标低于往年、往年指标未提及、口径或单位变化、沿用往年原文）；在标题或文档信息中写明年份即可｜科技工作要点"}},
		{"no title either", "# 一、甲\n", []string{"写明年份即可｜（没有标题）"}},
	})
	// Run says it once, whatever the number of rules it turns off.
	p := plan(t, "# 一、甲\n\n2011年是“十二五”的开局之年。\n")
	n := 0
	for _, f := range Run(Input{Draft: p, Priors: []Plan{plan(t, "---\ntitle: 2010年工作要点\n---\n\n# 一、甲\n")}}) {
		if strings.Contains(f.Message, "哪一年") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the unknown year is said %d times, want once", n)
	}
}

func TestPlanPeriod(t *testing.T) {
	runCases(t, rule(PlanPeriod), []ruleCase{
		{"right", "---\ntitle: 2011年工作要点\n---\n\n2011年是“十二五”的开局之年。\n\n2021年是“十四五”开局之年，2025年是“十四五”规划收官之年。\n", nil},
		{"wrong plan", "---\ntitle: 2021年工作要点\n---\n\n今年是“十三五”开局之年。\n", []string{"2021年是“十四五”开局之年，文中写成“十三五”开局之年"}},
		{"wrong place", "---\ntitle: 2024年工作要点\n---\n\n2024年是“十四五”规划收官之年。\n", []string{"2024年是“十四五”第四年，文中写成“十四五”收官之年"}},
		{"2026 opens the fifteenth", "---\ntitle: 2026年工作要点\n---\n\n今年是“十四五”开局之年。\n", []string{"2026年是“十五五”开局之年"}},
		{"a year counted wrongly", "---\ntitle: 2023年工作要点\n---\n\n今年是“十四五”规划第二年。\n", []string{"2023年是“十四五”第三年，文中写成“十四五”第二年"}},
		{"the year named in the sentence wins", "---\ntitle: 2021年工作要点\n---\n\n2020年是“十三五”收官之年，取得了显著成效。\n", nil},
	})
}

func TestStaleReference(t *testing.T) {
	runCases(t, rule(StaleReference), []ruleCase{
		{"current congress", "---\ntitle: 2023年工作要点\n---\n\n全面贯彻党的二十大精神。党的十八大以来，科技事业取得历史性成就。\n", nil},
		{"superseded congress as guidance", "---\ntitle: 2023年工作要点\n---\n\n深入贯彻党的十九大精神。\n", []string{"前言｜2023年的计划仍以党的十九大为当前：党的二十大已于2022年10月召开"}},
		{"congress of the autumn before the plan is current", "---\ntitle: 2018年工作要点\n---\n\n深入贯彻党的十八大精神。\n", []string{"党的十九大已于2017年10月召开"}},
		{"plenum of an earlier committee", "---\ntitle: 2024年工作要点\n---\n\n贯彻十九届五中全会精神。\n", []string{"仍以十九届五中全会为当前"}},
		{"plenums of this year and last", "---\ntitle: 2024年工作要点\n---\n\n全面贯彻党的二十大和二十届二中、三中全会精神。\n", nil},
		{"a plenum held after the plan's year", "---\ntitle: 2023年工作要点\n---\n\n全面贯彻党的二十大和二十届二中、三中全会精神。\n",
			[]string{"前言｜二十届三中全会于2024年7月召开，2023年的计划不会引用它：年份可能有误"}},
		{"ended five-year plan as current", "---\ntitle: 2023年工作要点\n---\n\n认真实施“十三五”科技创新规划。\n", []string{"“十三五”已于2020年结束，2023年处于“十四五”时期"}},
		{"looking back at an ended plan", "---\ntitle: 2023年工作要点\n---\n\n“十三五”期间，全市科技实力显著增强。\n", nil},
		{"a number is not a plan", "---\ntitle: 2025年工作要点\n---\n\n全面完成市第十五次党代会确定的目标任务，实施十大工程。\n", nil},
	})
}
