package plantext

import (
	"strings"

	"yaodian/docmodel"
)

// roleKeywords maps the words that open a heading to the role they give it,
// in Simplified and Traditional Chinese. A heading takes the role of the
// keyword it starts with, so 工作重点和措施 is tasks and 总体思路与主要目标
// is principles.
var roleKeywords = []struct {
	role  docmodel.Role
	words []string
}{
	{docmodel.RolePrinciples, []string{
		"总体思路", "指导思想", "总体要求", "基本原则", "工作思路", "总的要求", "总体思想",
		"總體思路", "指導思想", "總體要求", "基本原則", "總的要求", "總體思想",
	}},
	{docmodel.RoleGoals, []string{
		"主要目标", "工作目标", "总体目标", "发展目标", "建设目标", "年度目标", "目标任务", "预期目标", "主要指标",
		"主要预期目标", "主要预期指标", "主要发展目标", "主要工作目标",
		"主要目標", "工作目標", "總體目標", "發展目標", "建設目標", "年度目標", "目標任務", "預期目標", "主要指標",
		"主要預期目標", "主要預期指標", "主要發展目標", "主要工作目標",
	}},
	{docmodel.RoleTasks, []string{
		"重点任务", "工作重点", "主要任务", "重点工作", "工作任务", "主要工作", "具体任务",
		"重點任務", "工作重點", "主要任務", "重點工作", "工作任務", "具體任務",
	}},
	{docmodel.RoleSafeguards, []string{
		"保障措施", "工作措施", "组织保障", "保障机制", "工作要求", "工作保障",
		"組織保障", "保障機制",
	}},
	// A look back: 2024年工作总结, 工作回顾, 主要成效. Its figures are
	// results, not targets.
	{docmodel.RoleReview, []string{
		"工作回顾", "工作成效", "工作总结", "工作成绩", "主要成效", "主要成绩", "取得成效", "工作进展", "回顾", "总结",
		"工作回顧", "工作總結", "工作成績", "主要成績", "工作進展", "回顧", "總結",
	}},
}

// reviewEnds end the headings of an account of the past year.
var reviewEnds = []string{"开展情况", "完成情况", "进展情况", "落实情况", "推进情况", "执行情况", "工作情况", "工作成效", "主要成效", "工作成绩", "主要成绩",
	"開展情況", "完成情況", "進展情況", "落實情況", "推進情況", "執行情況", "工作情況", "主要成績", "工作成績"}

// goalEnds end the headings of a goals part that opens with other words.
var goalEnds = []string{"主要目标", "预期目标", "工作目标", "发展目标", "总体目标", "主要指标", "主要目標", "預期目標", "工作目標", "發展目標", "總體目標", "主要指標"}

// InferRole returns the role a heading's words give it, or docmodel.RoleInherit if
// they name none. A year may come first, as in 2011年工作目标, and so may a
// count, as in 六项重点工作 or 七大重点任务.
func InferRole(title string) docmodel.Role {
	t := strings.TrimSpace(title)
	// 主要工作开展情况, 2024年工作完成情况, 取得的主要成效: an account of
	// the past, whatever word opens it.
	for _, w := range reviewEnds {
		if strings.HasSuffix(strings.TrimRight(t, "：:"), w) {
			return docmodel.RoleReview
		}
	}
	// 年度目标 is a keyword itself; 2025年度工作目标 carries a year.
	if r := keywordRole(t); r != docmodel.RoleInherit {
		return r
	}
	if len(t) > 4 && strings.Trim(t[:4], "0123456789") == "" && strings.HasPrefix(t[4:], "年") {
		t = t[4:] // 年度目标, 年工作目标
		if r := keywordRole(t); r != docmodel.RoleInherit {
			return r
		}
		t = strings.TrimPrefix(strings.TrimPrefix(t, "年"), "度")
	}
	t = strings.TrimPrefix(strings.TrimPrefix(t, "全年"), "年度")
	if r := keywordRole(trimCount(t)); r != docmodel.RoleInherit {
		return r
	}
	// 经济社会发展的主要预期目标: goals, whatever words qualify them.
	for _, w := range goalEnds {
		if strings.HasSuffix(strings.TrimRight(t, "：:"), w) {
			return docmodel.RoleGoals
		}
	}
	return docmodel.RoleInherit
}

// keywordRole returns the role of the keyword t starts with.
func keywordRole(t string) docmodel.Role {
	for _, rk := range roleKeywords {
		for _, w := range rk.words {
			if strings.HasPrefix(t, w) {
				return rk.role
			}
		}
	}
	return docmodel.RoleInherit
}

// trimCount removes a leading count such as 六项, 七大 or 三个方面的 (項 in
// Traditional Chinese).
func trimCount(t string) string {
	rest := strings.TrimLeft(t, "一二三四五六七八九十两兩")
	if rest == t {
		return t
	}
	for _, w := range []string{"个方面的", "個方面的", "个方面", "個方面", "项", "項", "大", "个", "個"} {
		if strings.HasPrefix(rest, w) {
			return rest[len(w):]
		}
	}
	return t
}
