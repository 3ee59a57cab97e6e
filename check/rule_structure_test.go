package check

import (
	"strings"
	"testing"
)

func TestCountClaim(t *testing.T) {
	runCases(t, rule(CountClaim), []ruleCase{
		{"heading claims six, five follow (seed 002, plan 2)",
			"# 三、六项重点工作\n\n## （一）甲\n\n## （二）乙\n\n## （三）丙\n\n## （四）丁\n\n## （五）戊\n",
			[]string{"一、｜写明“六项重点工作”，实际下设 5 项"}},
		{"body claims seven, seven follow (seed 002, plan 1)",
			"# 二、工作重点和措施\n\n2011年在各项工作整体推进的基础上重点抓好以下七项工作。\n\n" + numbered(7), nil},
		{"four projects, four tasks", "# 一、任务\n\n## （四）围绕实施四项工程，提高科技引领支撑能力\n\n" + numbered(4), nil},
		{"three aspects listed inline as two", "# 一、总体要求\n\n重点抓好三个方面：一是加强平台建设；二是加强人才培养。\n",
			[]string{"一、｜写明“三个方面”，实际列出 2 项"}},
		{"ten projects without items to count", "# 一、总体要求\n\n今年将启动实施十大工程。\n", nil},
		{"a claim in the middle of the body does not count the children", "# 一、任务\n\n实施三项工程。\n\n其他内容。\n\n" + numbered(2), nil},
		{"the preamble announces the sections (seed 002, plan 4)", "主要推进以下三项重点任务：\n\n# 一、甲\n\n# 二、乙\n\n# 三、丙\n", nil},
		{"the preamble announces more sections than follow", "重点抓好以下四个方面的工作。\n\n# 一、甲\n\n# 二、乙\n\n# 三、丙\n",
			[]string{"前言｜写明“以下四个方面”，实际分为 3 个部分"}},
	})
}

// numbered returns n numbered task paragraphs.
func numbered(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(string(rune('0'+i)) + "．**任务" + string(rune('0'+i)) + "**。内容。\n\n")
	}
	return b.String()
}

func TestNumbering(t *testing.T) {
	for _, tc := range []struct {
		name    string
		md      string
		markers []string
		want    []string
	}{
		{"canonical and complete", "# 一、甲\n\n## （一）乙\n\n## （二）丙\n", []string{"一、", "（一）", "（二）"}, nil},
		{"Arabic written 1、 throughout",
			"# 一、甲\n\n## （一）乙\n\n1．丁\n\n2．戊\n\n## （二）丙\n\n1．己\n",
			[]string{"一、", "（一）", "1、", "2、", "（二）", "1、"},
			[]string{"一、/（一）/1．｜有 3 处编号写作“1、”式（如“1、”），这一层规范写法为“1．”"}},
		{"a gap and a repeat",
			"# 一、甲\n\n1．乙\n\n2．丙\n\n3．丁\n\n4．戊\n",
			[]string{"一、", "1．", "3．", "3．", "5．"},
			[]string{"一、/2．｜编号从 1 跳到了 3，缺少 2", "一、/3．｜编号“3．”与上一项重复", "一、/4．｜编号从 3 跳到了 5，缺少 4"}},
		{"paren level with a stray 、",
			"# 一、甲\n\n## （一）乙\n", []string{"一、", "(一)、"},
			[]string{"一、/（一）｜编号写作“(一)、”，这一层规范写法为“（一）”"}},
		{"(一) among full-width brackets",
			"# 一、甲\n\n## （一）乙（丙）\n", []string{"一、", "(一)"},
			[]string{"一、/（一）｜编号写作“(一)”，这一层规范写法为“（一）”"}},
		{"(一) in a text that never writes a full-width bracket: the punctuation habit, not numbering",
			"# 一、甲\n\n## （一）乙(丙)\n\n## （二）丁\n", []string{"一、", "(一)", "(二)"}, nil},
		{"run-on numbers are not gaps",
			"---\narabic: run-on\nlevels: compact\n---\n\n# 一、甲\n\n1．乙\n\n2．丙\n\n# 二、丁\n\n3．戊\n",
			[]string{"一、", "1．", "2．", "二、", "3．"}, nil},
		{"no source markers, nothing to check", "# 一、甲\n\n## （一）乙\n", nil, nil},
		{"a flat list numbered 1. 2. (corpus 005, 036)", "# 一、甲\n\n# 二、乙\n", []string{"1.", "2."}, nil},
		{"a flat list numbered 1、 2、", "# 一、甲\n\n# 二、乙\n", []string{"1、", "2、"},
			[]string{"一、｜有 2 处编号写作“1、”式（如“1、”），这一层规范写法为“1．”"}},
		{"sections with items below them take 一、", "# 一、甲\n\n## （一）乙\n", []string{"1.", "（一）"},
			[]string{"一、｜编号写作“1.”，这一层规范写法为“一、”"}},
		{"numbering that starts at 2 (its first item read into the preamble)",
			"# 一、甲\n\n# 二、乙\n", []string{"二、", "三、"},
			[]string{"一、｜编号从 2 开始，缺少 1"}},
		{"1. is as right as 1． (GB/T 9704 printed either way)",
			"# 一、甲\n\n## （一）乙\n\n1．丁\n\n2．戊\n\n## （二）丙\n\n1．己\n",
			[]string{"一、", "（一）", "1.", "2.", "（二）", "1."}, nil},
		{"1. and 1． mixed in one level",
			"# 一、甲\n\n## （一）乙\n\n1．丁\n\n2．戊\n\n## （二）丙\n\n1．己\n",
			[]string{"一、", "（一）", "1.", "2.", "（二）", "1．"},
			[]string{"一、/（二）/1．｜同一层编号写法不统一：“1.”2 处，“1．”1 处"}},
		{"1) and 1） are not the Arabic level's form",
			"# 一、甲\n\n## （一）乙\n\n1．丁\n\n2．戊\n\n## （二）丙\n\n1．己\n",
			[]string{"一、", "（一）", "1)", "2)", "（二）", "1）"},
			[]string{"一、/（一）/1．｜有 2 处编号写作“1)”式", "一、/（二）/1．｜编号写作“1）”，这一层规范写法为“1．”"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(t, tc.md)
			withMarkers(p.Doc, tc.markers...)
			got := findings(rule(Numbering), Input{Draft: p})
			if len(got) != len(tc.want) {
				t.Fatalf("%d findings, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("finding %d = %q, want %q", i+1, got[i], w)
				}
			}
		})
	}
}

func TestMissingSection(t *testing.T) {
	const sci = "---\ntitle: 2025年全市科技工作要点\n---\n\n"
	cases := []ruleCase{
		{"complete", "# 一、主要目标\n\n# 二、重点任务\n\n# 三、保障措施\n", nil},
		{"goals inside principles", "# 一、总体思路\n\n主要目标：新增高新技术企业10家。\n\n# 二、工作重点\n\n# 三、保障措施\n", nil},
		{"goals stated in the preamble (seed 002, plan 4)", sci + "力争研发投入占比达到2.35%，科技进步贡献率超过57.5%。\n\n# 一、突出企业培育\n\n# 二、保障措施\n", nil},
		{"targets stated in a task (seed 002, plan 5)", sci + "# 一、培育企业\n\n力争新认定高新技术企业25家。\n\n# 二、保障措施\n", nil},
		{"goals called 主要预期目标", "# 一、主要预期目标\n\n# 二、重点任务\n\n# 三、保障措施\n", nil},
		{"sections that are themselves tasks (seed 002, plan 4)", "# 一、主要目标\n\n# 二、突出企业培育\n\n# 三、保障措施\n", nil},
		{"a science plan of tasks only, none labelled", sci + "# 一、突出企业培育\n\n# 二、突出园区发展\n",
			[]string{"全文｜没有找到“主要目标”部分", "全文｜没有找到“保障措施”部分"}},
		{"a 政务公开 plan has no goals to miss", "---\ntitle: 2025年政务公开工作要点\n---\n\n# 一、以公开助力经济发展\n\n# 二、以公开促进政策落实\n",
			[]string{"全文｜没有找到“保障措施”部分"}},
		{"a 科普 plan (科学技术普及) has no goals to miss", "---\ntitle: 2025年科学技术普及工作要点\n---\n\n# 一、甲\n\n# 二、加强组织领导\n", nil},
		{"a ministry's plan is not asked for goals", "---\ntitle: 科技部2025年工作要点\n---\n\n# 一、加强基础研究\n\n## （一）甲\n\n# 二、加强组织领导\n", nil},
		{"a national body's plan is not asked for goals", "---\ntitle: 2025年科技工作要点\nissuer: 国家知识产权局\n---\n\n# 一、加强基础研究\n\n## （一）甲\n\n# 二、加强组织领导\n", nil},
		{"a ministry named as the issuer", "---\ntitle: 2025年科技工作要点\nissuer: 科学技术部办公厅\n---\n\n# 一、加强基础研究\n\n## （一）甲\n\n# 二、加强组织领导\n", nil},
		{"a city's department is not a ministry", "---\ntitle: 2025年科技工作要点\nissuer: 中共××市委宣传部\n---\n\n# 一、加强基础研究\n\n## （一）甲\n\n# 二、加强组织领导\n",
			[]string{"全文｜没有找到“主要目标”部分"}},
		{"a province's science plan is asked for goals", "---\ntitle: 江苏省2025年科技工作要点\n---\n\n# 一、加强基础研究\n\n## （一）甲\n\n# 二、加强组织领导\n",
			[]string{"全文｜没有找到“主要目标”部分"}},
		{"goals named in other words", sci + "# 一、经济社会发展的主要预期目标\n\n# 二、重点任务\n\n# 三、保障措施\n", nil},
		{"a plan of unknown kind is not asked for goals", "# 一、突出企业培育\n\n# 二、突出园区发展\n", []string{"全文｜没有找到“保障措施”部分"}},
		{"safeguards named otherwise", sci + "# 一、主要目标\n\n# 二、突出企业培育\n\n# 三、加强组织领导\n", nil},
		{"safeguards named otherwise, 抓好督促落实", sci + "# 一、主要目标\n\n# 二、突出企业培育\n\n# 三、抓好督促落实\n", nil},
		{"a task heading with 落实 inside is still a task", sci + "# 一、主要目标\n\n# 二、落实企业研发费用加计扣除政策\n",
			[]string{"全文｜没有找到“保障措施”部分"}},
		{"unlabelled sections under a labelled one are not tasks", "# 一、主要目标\n\n## （一）突出企业培育\n\n# 二、保障措施\n", []string{"全文｜没有找到“重点任务”部分"}},
		{"no goals, no safeguards", sci + "# 一、总体要求\n\n# 二、重点任务\n",
			[]string{"全文｜没有找到“主要目标”部分｜各部分：一、总体要求；二、重点任务", "全文｜没有找到“保障措施”部分"}},
		{"a trailing 来源 line is not the text", sci + "# 一、突出企业培育\n\n# 二、突出园区发展\n\n建设园区。\n\n来源：市科技局\n",
			[]string{"全文｜没有找到“主要目标”部分", "全文｜没有找到“保障措施”部分"}},
		// Text whose structure could not be read says nothing of its parts.
		{"no outline at all (a news report, seed 003)", "会议召开。\n", nil},
		{"a one-section outline (a page cut after its first heading)", sci + "# 一、总体要求\n\n坚持创新驱动。\n", nil},
		{"a page cut mid-sentence", sci + "# 一、突出企业培育\n\n# 二、突出园区发展\n\n推动印发《全民科\n", nil},
		{"a page cut after a heading", sci + "# 一、突出企业培育\n\n# 二、突出园区发展\n", nil},
		{"a page cut after the next item's marker", sci + "# 一、突出企业培育\n\n## （一）甲\n\n# 二、突出园区发展\n\n## （一）乙\n\n持续跟进解读。(二)\n", nil},
		{"a flat list of short items has no parts to miss (corpus 005)", sci + "# 一、宣传科技创新成效。\n\n# 二、宣传科技人才。\n\n# 三、宣传科普工作。\n", nil},
		{"a flat list of long items is a plan (seed 002, plan 4)", sci + "# 一、突出企业培育。\n\n" + strings.Repeat("培育高新技术企业，", 8) + "着力增强企业创新能力。\n\n# 二、突出园区发展。\n\n" + strings.Repeat("推动园区发展，", 8) + "着力优化区域创新布局。\n",
			[]string{"全文｜没有找到“主要目标”部分", "全文｜没有找到“保障措施”部分"}},
	}
	// A whole plan ends with a sentence; the cut pages are the exception.
	for i, c := range cases {
		if !strings.Contains(c.name, "cut") && !strings.Contains(c.name, "来源") && !strings.Contains(c.name, "list") {
			cases[i].draft += "\n各级各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处、见到实效，" +
				"并于年底前将落实情况报送市科技局，推动全年目标任务全面完成。\n"
		}
	}
	runCases(t, rule(MissingSection), cases)
}

// Every rule has a Chinese name for the findings panel.
func TestEveryRuleHasAName(t *testing.T) {
	for _, r := range Rules {
		if RuleName(r.ID) == r.ID {
			t.Errorf("rule %s has no Chinese name", r.ID)
		}
	}
}
