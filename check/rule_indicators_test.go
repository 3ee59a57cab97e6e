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
			titled(mk(2025, ""), "2025年全市科技工作要点"), []Plan{mk(2024, "市科技局"), mk(2023, "市科技局")},
			"[2023市科技局.md 2024市科技局.md]", nil, "本稿看不出发文机关；往年计划都出自“市科技局”"},
		{"a draft of unknown issuer, the folder one named issuer and a plan of none (corpus 035)",
			titled(mk(2025, ""), "2025年全市科技工作要点"), []Plan{mk(2024, "市科技局"), mk(2023, "")},
			"[2023.md 2024市科技局.md]", nil, "本稿和部分往年计划看不出发文机关；写明发文机关的往年计划都出自“市科技局”"},
		{"a draft of unknown issuer, the folder two issuers'",
			titled(mk(2025, ""), "2025年全市科技工作要点"), []Plan{mk(2024, "市科技局"), mk(2023, "县科技局")},
			"[]", []string{"本稿看不出发文机关，而往年计划出自2个机关（市科技局、县科技局）", "出自2个机关"}, ""},
		{"neither names an issuer", titled(mk(2025, ""), "2025年全市科技工作要点"), []Plan{mk(2024, "")}, "[2024.md]", nil, "本稿和往年计划都看不出发文机关"},
		{"a new plan that names neither its issuer nor its work (issue 17)",
			titled(mk(2025, ""), "2025年工作要点"), []Plan{titled(mk(2024, "市科技局"), "2024年全市科技工作要点"), mk(2023, "")},
			"[]", []string{"2024市科技局.md（2024年全市科技工作要点）：本稿看不出发文机关，标题也没有写明是哪项工作", "2023.md：本稿看不出发文机关，标题也没有写明是哪项工作"}, ""},
		{"no issuers: the plans of the same work are kept, in either script and a longer title, others left out",
			titled(mk(2020, ""), "2020年政务公开工作要点"),
			[]Plan{titled(mk(2019, ""), "2019年政務公開(kāi)工作(zuò)要點"), titled(mk(2018, ""), "北京市2018年政务公开工作要点"), titled(mk(2017, ""), "2017年全民科学素质行动工作要点")},
			"[2018.md 2019.md]", []string{"2017.md（2017年全民科学素质行动工作要点）：标题所说的工作与本稿的“2020年政务公开工作要点”不同"}, "本稿和往年计划都看不出发文机关"},
		{"科学技术 is 科技 in a title too",
			titled(mk(2025, ""), "2025年科技工作要点"), []Plan{titled(mk(2024, ""), "2024年全市科学技术工作要点")},
			"[2024.md]", nil, "本稿和往年计划都看不出发文机关"},
		{"a prior of unknown issuer on other work is left out",
			titled(mk(2025, "市科技局"), "2025年全市科技工作要点"), []Plan{titled(mk(2024, ""), "2024年政务公开工作要点"), titled(mk(2023, ""), "2023年全市科技工作要点")},
			"[2023.md]", []string{"标题所说的工作与本稿的“2025年全市科技工作要点”不同"}, "有 1 份往年计划看不出发文机关"},
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
