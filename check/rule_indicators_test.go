package check

import (
	"fmt"
	"strings"
	"testing"
)

// goalsAndTasks is a plan of year y whose goals and tasks state targets.
func goalsAndTasks(y, goals, tasks string) string {
	return "---\ntitle: " + y + "年全市科技工作要点\n---\n\n# 一、主要目标\n\n" + goals + "\n\n# 二、重点任务\n\n" + tasks + "\n"
}

func TestInternalConflict(t *testing.T) {
	runCases(t, rule(InternalConflict), []ruleCase{
		{"consistent", goalsAndTasks("2025", "全年新认定高新技术企业25家以上。", "1．**培育企业**。全年新认定高新技术企业25家以上。"), nil},
		{"goals say 25, tasks say 20", goalsAndTasks("2025", "全年新认定高新技术企业25家以上。", "1．**培育企业**。全年新认定高新技术企业20家以上。"),
			[]string{"二、/1．｜“新认定高新技术企业”在 一、 写的是新增25家以上，这里是新增20家以上"}},
	})
}

func TestPriorYearIndicators(t *testing.T) {
	prior2019 := goalsAndTasks("2019", "全年新认定高新技术企业20家以上，R&D经费投入增长10%以上，城镇调查失业率控制在5.5%以内。", "1．**加强平台建设**。新建院士工作站5家。")
	prior2020 := goalsAndTasks("2020", "全年新认定高新技术企业25家以上，R&D经费投入增长12%以上，城镇调查失业率控制在5.5%以内。", "1．**加强平台建设**。新建院士工作站5家。")
	draft := goalsAndTasks("2021", "全年新认定高新技术企业22家以上，R&D经费投入增长3个百分点，城镇调查失业率控制在6%以内。", "1．**加强平台建设**。推进平台建设。")
	t.Run(TargetRegression, func(t *testing.T) {
		runPriorCases(t, rule(TargetRegression), []priorCase{
			{"lower and looser targets", draft, []string{prior2019, prior2020}, []string{
				"一、｜“新认定高新技术企业”的目标由2020年的新增25家以上降为新增22家以上（历年：2019年20家、2020年25家）",
				"一、｜“城镇调查失业率”的目标由2020年的水平5.5%以内降为水平6%以内",
			}},
			{"no prior year", draft, nil, nil},
			{"raised targets", prior2020, []string{prior2019}, nil},
		})
	})
	t.Run(IndicatorDropped, func(t *testing.T) {
		runPriorCases(t, rule(IndicatorDropped), []priorCase{
			{"a target left out", draft, []string{prior2020}, []string{"全文｜2020年的指标“新建院士工作站”（新增5家）在本稿中没有出现"}},
		})
	})
	// The preamble that states a plan's targets takes part like a goals
	// section; what a plan reports of an earlier year — in its preamble or
	// a review part — is not a target.
	t.Run("preamble and review", func(t *testing.T) {
		withReview := "---\ntitle: 2020年全市科技工作要点\n---\n\n2019年，全市技术合同成交额增幅38.5%，研发投入强度预计达到2.8%。" +
			"2020年，力争新认定高新技术企业25家以上。\n\n# 一、2019年工作成效\n\n新建院士工作站12家。\n\n# 二、重点任务\n\n推进平台建设。\n"
		inPreamble := "---\ntitle: 2021年全市科技工作要点\n---\n\n2021年，力争新认定高新技术企业22家以上。\n\n# 一、重点任务\n\n推进平台建设。\n"
		runPriorCases(t, rule(TargetRegression), []priorCase{
			{"a preamble target lower than last year's goals", inPreamble, []string{prior2020},
				[]string{"前言｜“新认定高新技术企业”的目标由2020年的新增25家以上降为新增22家以上"}},
			{"a preamble target lower than last year's preamble", inPreamble, []string{withReview},
				[]string{"前言｜“新认定高新技术企业”的目标由2020年的新增25家以上降为新增22家以上"}},
		})
		runPriorCases(t, rule(IndicatorDropped), []priorCase{
			{"last year's results are not targets to keep", inPreamble, []string{withReview}, nil},
		})
	})
	t.Run(UnitChange, func(t *testing.T) {
		runPriorCases(t, rule(UnitChange), []priorCase{
			{"percent became percentage points", draft, []string{prior2020}, []string{"一、｜“R&D经费投入”2020年为增长12%以上，本稿为增长3个百分点"}},
		})
	})
}

func TestCopiedText(t *testing.T) {
	old := "各级各部门要切实提高政治站位，把落实本计划作为重大政治任务，主要负责同志亲自抓、负总责。"
	edited := "各级各部门要切实提高政治站位，把落实本要点作为重大政治任务，主要负责同志亲自抓、负总责。"
	traditional := "各級各部門要切實提高政治站位，把落實本計劃作為重大政治任務，主要負責同志親自抓、負總責。"
	fresh := "围绕产业链部署创新链，组织实施一批关键核心技术攻关项目，突破一批制约产业发展的瓶颈技术。"
	prior := "---\ntitle: 2020年工作要点\n---\n\n# 一、保障措施\n\n" + old + "\n"
	runPriorCases(t, rule(CopiedText), []priorCase{
		{"identical paragraph, most of the draft", "---\ntitle: 2021年工作要点\n---\n\n# 一、保障措施\n\n" + old + "\n\n# 二、重点任务\n\n" + fresh + "\n",
			[]string{prior}, []string{"一、｜这段与2020年计划 一、 的一段相同；全稿 2 段中有 1 段沿用往年原文"}},
		{"near copy among fresh text", "---\ntitle: 2021年工作要点\n---\n\n# 一、保障措施\n\n" + edited + "\n\n# 二、任务\n\n" + fresh + "\n\n# 三、其他\n\n" + fresh + "再加一句。\n\n# 四、另\n\n" + fresh + "又一句。\n",
			[]string{prior}, []string{"一、｜这段与2020年计划 一、 的一段几乎相同（相似度"}},
		{"nothing copied", "---\ntitle: 2021年工作要点\n---\n\n# 一、任务\n\n" + fresh + "\n", []string{prior}, nil},
		{"the same paragraph in Traditional script", "---\ntitle: 2021年工作要点\n---\n\n# 一、保障措施\n\n" + traditional + "\n\n# 二、重点任务\n\n" + fresh + "\n",
			[]string{prior}, []string{"一、｜这段与2020年计划 一、 的一段相同"}},
		{"a preamble carried over", "---\ntitle: 2021年工作要点\n---\n\n" + old + "\n\n# 一、重点任务\n\n" + fresh + "\n",
			[]string{prior}, []string{"前言｜这段与2020年计划 一、 的一段相同"}},
	})
}

// titled gives p a title.
func titled(p Plan, title string) Plan {
	p.Doc.Meta.Title = title
	return p
}

func TestSelectPriors(t *testing.T) {
	mk := func(year int, issuer string) Plan {
		p := plan(t, "# 一、甲\n")
		p.Year, p.Doc.Meta.Issuer, p.File = year, issuer, fmt.Sprintf("%d%s.md", year, issuer)
		return p
	}
	for _, tc := range []struct {
		name       string
		draft      Plan
		candidates []Plan
		kept       string   // the files kept, in order
		left       []string // a fragment of each reason, in order
		note       string   // a fragment of IssuerNote, or ""
	}{
		{"earlier plans of the same issuer, by year",
			mk(2025, "市科技局"), []Plan{mk(2024, "市科技局"), mk(2022, "市科技局"), mk(2025, "市科技局"), mk(0, "市科技局")},
			"[2022市科技局.md 2024市科技局.md]", []string{"不早于本稿", "看不出是哪一年"}, ""},
		{"another issuer's plan in the folder is left out, and so is one of unknown issuer",
			mk(2025, "市科技局"), []Plan{mk(2024, "市科技局"), mk(2023, "县科技局"), mk(2022, "")},
			"[2024市科技局.md]", []string{"发文机关是“县科技局”，不是本稿的“市科技局”", "看不出发文机关，而往年计划中有其他机关（县科技局）"}, ""},
		{"the same body written otherwise: 人民政府办公厅, Traditional script, spaces",
			mk(2025, "吉林省人民政府办公厅"), []Plan{mk(2024, "吉林省政府办公室"), mk(2023, "吉林省人民政府辦公廳"), mk(2022, "吉林省 人民政府 办公厅")},
			"[2022吉林省 人民政府 办公厅.md 2023吉林省人民政府辦公廳.md 2024吉林省政府办公室.md]", nil, ""},
		{"科学技术局 is 科技局", mk(2025, "宁波市科学技术局"), []Plan{mk(2024, "宁波市科技局")}, "[2024宁波市科技局.md]", nil, ""},
		{"a page's next field read with the issuer",
			mk(2022, "國務院辦公廳 成文日期: 2022年04月11日"), []Plan{mk(2019, "國務院辦公廳 成文日期: 2019年04月17日"), mk(2020, "国务院办公厅")},
			"[2019國務院辦公廳 成文日期: 2019年04月17日.md 2020国务院办公厅.md]", nil, ""},
		{"a prior of unknown issuer among the draft's own",
			mk(2025, "市科技局"), []Plan{mk(2024, "市科技局"), mk(2023, "")},
			"[2023.md 2024市科技局.md]", nil, "有 1 份往年计划看不出发文机关"},
		{"a draft of unknown issuer, the folder one issuer's",
			mk(2025, ""), []Plan{mk(2024, "市科技局"), mk(2023, "市科技局")},
			"[2023市科技局.md 2024市科技局.md]", nil, "本稿看不出发文机关；往年计划都出自“市科技局”"},
		{"a draft of unknown issuer, the folder one named issuer and a plan of none (corpus 035)",
			mk(2025, ""), []Plan{mk(2024, "市科技局"), mk(2023, "")},
			"[2023.md 2024市科技局.md]", nil, "本稿和部分往年计划看不出发文机关；写明发文机关的往年计划都出自“市科技局”"},
		{"a draft of unknown issuer, the folder two issuers'",
			mk(2025, ""), []Plan{mk(2024, "市科技局"), mk(2023, "县科技局")},
			"[]", []string{"本稿看不出发文机关，而往年计划出自2个机关（市科技局、县科技局）", "出自2个机关"}, ""},
		{"neither names an issuer", mk(2025, ""), []Plan{mk(2024, "")}, "[2024.md]", nil, "本稿和往年计划都看不出发文机关"},
		{"no issuers, but titles of another level (seed 002: 全省 and 全州)",
			titled(mk(2013, ""), "2013年全省科技工作要点"), []Plan{titled(mk(2011, ""), "2011年全州科技工作要点"), titled(mk(2012, ""), "2012年全省科技工作要点")},
			"[2012.md]", []string{"2011.md（2011年全州科技工作要点）：是“全州”的计划，本稿是“全省”的"}, "本稿和往年计划都看不出发文机关"},
		// A line per plan, without the checks it turns off: the
		// yearUnknown finding names those, once.
		{"a draft without a year", mk(0, "市科技局"), []Plan{mk(2024, "市科技局"), mk(2023, "市科技局")}, "[]",
			[]string{"2024市科技局.md：本稿年份不明，未参与对照", "2023市科技局.md：本稿年份不明，未参与对照"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kept, left := SelectPriors(tc.draft, tc.candidates)
			var files []string
			for _, p := range kept {
				files = append(files, p.File)
			}
			if got := "[" + strings.Join(files, " ") + "]"; got != tc.kept {
				t.Errorf("kept %s, want %s", got, tc.kept)
			}
			if len(left) != len(tc.left) {
				t.Fatalf("left %q, want %d", left, len(tc.left))
			}
			for i, w := range tc.left {
				if !strings.Contains(left[i], w) {
					t.Errorf("left[%d] = %q, want it to contain %q", i, left[i], w)
				}
			}
			note := IssuerNote(tc.draft, kept)
			if tc.note == "" && note != "" || !strings.Contains(note, tc.note) {
				t.Errorf("note %q, want %q", note, tc.note)
			}
		})
	}
}

// A prior-year finding quotes the earlier plan's own words, so that the
// reviewer sees both targets side by side.
func TestPriorQuote(t *testing.T) {
	for _, tc := range []struct {
		rule            Rule
		draft, prior    string
		evidence, quote string
	}{
		{rule(TargetRegression), "全年新认定高新技术企业22家以上。", "全年新认定高新技术企业25家以上。",
			"全年新认定高新技术企业22家以上", "全年新认定高新技术企业25家以上"},
		{rule(UnitChange), "R&D经费投入增长3个百分点。", "R&D经费投入增长12%以上。",
			"R&D经费投入增长3个百分点", "R&D经费投入增长12%以上"},
		{rule(IndicatorDropped), "推进平台建设。", "新建院士工作站5家。", "新建院士工作站5家", "新建院士工作站5家"},
	} {
		in := Input{
			Draft:  plan(t, goalsAndTasks("2021", tc.draft, "")),
			Priors: []Plan{plan(t, goalsAndTasks("2020", tc.prior, ""))},
		}
		got := tc.rule.Check(&in)
		if len(got) != 1 || got[0].Prior == nil {
			t.Fatalf("%s: findings %+v", tc.rule.ID, got)
		}
		f := got[0]
		if f.Evidence != tc.evidence || f.Prior.Quote != tc.quote || f.Prior.Path != "一、" {
			t.Errorf("%s: evidence %q, prior quote %q at %q; want %q, %q at 一、", tc.rule.ID, f.Evidence, f.Prior.Quote, f.Prior.Path, tc.evidence, tc.quote)
		}
	}
}
