package check

import (
	"os"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/importer"
)

// proofCase is one row of a proofreading rule's table: a draft and the
// findings the rule must give, each as a fragment of
// "path｜message｜evidence→fix".
type proofCase struct {
	name  string
	draft string
	want  []string
}

func runProofCases(t *testing.T, r Rule, cases []proofCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range r.Check(&Input{Draft: plan(t, tc.draft)}) {
				if f.Rule != r.ID {
					t.Fatalf("finding of rule %s from %s", f.Rule, r.ID)
				}
				if f.Fix != "" && f.Fix == f.Evidence {
					t.Errorf("fix %q leaves the quote as it is", f.Fix)
				}
				got = append(got, f.Path+"｜"+f.Message+"｜"+f.Evidence+"→"+f.Fix)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d findings, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("finding %d = %q, want it to contain %q", i+1, got[i], w)
				}
			}
		})
	}
}

func TestFixedPhrase(t *testing.T) {
	runProofCases(t, rule(FixedPhrase), []proofCase{
		{"exact phrases", "---\ntitle: 2025年科技工作要点\n---\n\n坚持以习近平新时代中国特色社会主义思想为指导，增强“四个意识”、坚定“四个自信”，规模以上工业增加值增长6%。\n", nil},
		{"a character replaced", "# 一、甲\n\n坚持以习近平新时代中国特色社会主意思想为指导。\n",
			[]string{"一、｜固定提法“习近平新时代中国特色社会主义思想”误写为“习近平新时代中国特色社会主意思想”｜坚持以习近平新时代中国特色社会主意思想为指导。→坚持以习近平新时代中国特色社会主义思想为指导。"}},
		{"a character dropped (corpus 004)", "# 一、甲\n\n规模上工业增加值增长5%左右。\n",
			[]string{"→规模以上工业增加值增长5%左右。"}},
		{"a character added", "# 一、甲\n\n深入贯彻习近平新时代中国特色社会主义义思想。\n",
			[]string{"误写为“习近平新时代中国特色社会主义义思想”"}},
		{"two characters swapped", "# 一、甲\n\n增强政治意识、大局意识、核心意识、看意齐识。\n",
			[]string{"→增强政治意识、大局意识、核心意识、看齐意识。"}},
		{"correct variants one character away", "# 一、甲\n\n全面建设小康社会，规模以下工业企业，牢固树立创新、协调、绿色、开放、共享的发展理念。\n", nil},
		{"another numeral or a comma is another expression", "# 一、甲\n\n增强政治意识，大局意识、核心意识、看齐意识。\n", nil},
		{"common words that resemble an entry", "# 一、甲\n\n加强规模以上企业培育，推进中国特色社会主义建设，实施创新驱动战略。\n", nil},
		{"Traditional script is not a slip", "# 一、甲\n\n堅持以“三個代表”重要思想為指導，發展經濟。\n", nil},
		{"plenum in financial numerals", "# 一、甲\n\n深入学习贯彻党的二十届叁中全会精神。\n",
			[]string{"全会名称“二十届叁中全会”应写作“二十届三中全会”｜深入学习贯彻党的二十届叁中全会精神。→深入学习贯彻党的二十届三中全会精神。"}},
		{"plenum in digits, 中 mistyped", "# 一、甲\n\n贯彻十九届5中全会和十八届三种全会精神。\n",
			[]string{"“十九届5中全会”应写作“十九届五中全会”", "“十八届三种全会”应写作“十八届三中全会”"}},
		{"congress in digits", "# 一、甲\n\n全面贯彻党的20大精神。\n", []string{"“党的20大”应写作“党的二十大”｜全面贯彻党的20大精神。→全面贯彻党的二十大精神。"}},
		{"a Congress not yet held", "---\ntitle: 2025年科技工作要点\n---\n\n深入贯彻党的二十一大精神。\n\n# 一、甲\n\n以优异成绩迎接党的二十一大胜利召开，贯彻落实党的二十大精神。\n",
			[]string{"前言｜本计划成文时还没有“党的二十一大”：最近一次是2022年10月的党的二十大"}},
		{"anniversaries", "# 一、甲\n\n2021年是中国共产党成立100周年。2019年是新中国成立70周年。2018年是改革开放40周年。\n", nil},
		{"an anniversary miscounted", "# 一、甲\n\n2021年是中国共产党成立101周年，2019年恰逢中华人民共和国成立七十一周年。\n",
			[]string{"2021年是中国共产党成立100周年，文中写成101周年｜2021年是中国共产党成立101周年，2019年恰逢中华→2021年是中国共产党成立100周年，2019年恰逢中华",
				"2019年是中华人民共和国成立70周年，文中写成七十一周年"}},
		{"verbs swapped (corpus 019)", "# 一、甲\n\n深刻领悟“两个确立”的决定性意义,增强“四个自信”、做到“两个维护”，坚定四个意识。\n",
			[]string{"“坚定四个意识”的“坚定”应为“增强”：《中国共产党章程》写作增强“四个意识”、坚定“四个自信”｜信”、做到“两个维护”，坚定四个意识。→信”、做到“两个维护”，增强四个意识。",
				"“增强四个自信”的“增强”应为“坚定”：《中国共产党章程》写作增强“四个意识”、坚定“四个自信”｜两个确立”的决定性意义,增强“四个自信”、做到“两个→两个确立”的决定性意义,坚定“四个自信”、做到“两个"}},
		{"a plenum that never met", "# 一、甲\n\n贯彻十九届八中全会精神。\n", []string{"第19届中央委员会只开过7次全会，没有“十九届八中全会”"}},
		{"a local committee's plenum", "# 一、甲\n\n贯彻省委十八届八中全会和县委十九届九中全会精神。\n", nil},
		{"a plenum after the plan's date", "---\ntitle: 2024年科技工作要点\ndate: 2024-03-01\n---\n\n深入学习贯彻党的二十届三中全会精神。\n",
			[]string{"二十届三中全会于2024年7月召开，晚于本计划的成文日期"}},
		{"the same plenum in a plan dated after it", "---\ntitle: 2024年科技工作要点\ndate: 2024-08-01\n---\n\n深入学习贯彻党的二十届三中全会精神。\n", nil},
		{"an expression before it existed", "---\ntitle: 2016年科技工作要点\n---\n\n以习近平新时代中国特色社会主义思想为指导。\n",
			[]string{"“习近平新时代中国特色社会主义思想”是2017年10月才提出的"}},
	})
}

func TestConfusable(t *testing.T) {
	runProofCases(t, rule(Confusable), []proofCase{
		{"right words", "# 一、甲\n\n截至2024年底，申报截止日期为6月30日，必须坚持，生活必需品，作出部署，其他工作，制定政策，依法行使权利，反映问题，认真地学习，取得显著成效，做得很好。\n", nil},
		{"截止 before a date", "# 一、甲\n\n截止2024年底，全市高新技术企业达到500家。\n",
			[]string{"不带时间宾语｜截止2024年底，全市高新技→截至2024年底，全市高新技"}},
		{"截止到 before a date", "# 一、甲\n\n截止到目前已完成。\n", []string{"→截至目前已完成。"}},
		{"截至日期", "# 一、甲\n\n申报截至日期为6月30日。\n", []string{"→申报截止日期为6月30日。"}},
		{"必需 before a verb", "# 一、甲\n\n必需坚持创新驱动。\n", []string{"→必须坚持创新驱动。"}},
		{"必须品", "# 一、甲\n\n保障生活必须品供应。\n", []string{"→保障生活必需品供应。"}},
		{"做出 before an abstract object (seed 003)", "# 一、甲\n\n为建设省域副中心城市做出应有的贡献。\n", []string{"→为建设省域副中心城市作出应有的贡献。"}},
		{"做出 before a concrete one", "# 一、甲\n\n做出一批样品。\n", nil},
		{"其它, 布署", "# 一、甲\n\n认真布署其它工作。\n", []string{"“布署”应为“部署”", "“其它”应为“其他”"}},
		{"制订政策", "# 一、甲\n\n研究制订政策，制订工作方案。\n", []string{"→研究制定政策，制订工作方案。"}},
		{"权利/权力", "# 一、甲\n\n公布权利清单，明确权力和义务。\n", []string{"→公布权力清单", "明确权利和义务。"}},
		{"反应 for 反映", "# 一、甲\n\n及时反应问题，群众反应强烈，药品不良反应问题，反应出现异常。\n", []string{"→及时反映问题"}},
		{"的 for 得", "# 一、甲\n\n取的显著成效，争取的重大突破。\n", []string{"→取得显著成效"}},
		{"的 for 地", "# 一、甲\n\n扎实的推进各项工作，发挥积极的推动作用，工作得到了扎实的推进，制定全面的提升计划。\n", []string{"→扎实地推进各项工作"}},
		{"的 for 得 after a verb", "# 一、甲\n\n把工作做的更好，所做的很多工作。\n", []string{"→把工作做得更好"}},
		{"Traditional script", "# 一、甲\n\n發展經濟，其它工作。\n", nil},
		{"misspellings", "# 一、甲\n\n再接再励，与时具进，认真贯沏，安排部暑，发挥幅射带动作用。\n",
			[]string{"“再接再励”应为“再接再厉”：没有“再接再励”的写法", "→再接再励，与时俱进", "认真贯彻，安排部暑", "安排部署，发挥幅射", "发挥辐射带动作用。"}},
		{"words that merely contain a misspelling", "# 一、甲\n\n开展全部暑期活动，增幅射程，险峻工地。\n", nil},
	})
}

func TestDoubledWord(t *testing.T) {
	runProofCases(t, rule(DoubledWord), []proofCase{
		{"reduplication", "# 一、甲\n\n人人参与，年年开展，常常研究研究，一个一个落实，一步一步推进，的的确确，实现目的的手段，不了了之，为了了解情况，现在在建项目，旨在在全市推广，积极应对对外贸易摩擦，兼并并购。\n", nil},
		{"a word twice (the issue's example)", "# 一、甲\n\n培育高新技术技术产业。\n", []string{"“技术”重复写了两遍｜培育高新技术技术产业。→培育高新技术产业。"}},
		{"的的 (corpus 030)", "# 一、甲\n\n展示青少年创新和创意的的科普活动。\n", []string{"→展示青少年创新和创意的科普活动。"}},
		{"a three-character word twice", "# 一、甲\n\n推进数字化数字化转型。\n", []string{"“数字化”重复写了两遍｜推进数字化数字化转型。→推进数字化转型。"}},
		{"overlapping words", "# 一、甲\n\n力争争取国家项目10项。\n", []string{"“力争争取”两个词叠在一起，应为“力争”｜力争争取国家项目10项。→力争国家项目10项。"}},
		{"words across a boundary", "# 一、甲\n\n拓展企业业务，举办发展展会。\n", nil},
	})
}

func TestJunkText(t *testing.T) {
	runProofCases(t, rule(JunkText), []proofCase{
		{"clean text with acronyms and a government site", "# 一、甲\n\nR&D经费投入增长10%，建设5G基站，GDP增长6%，CPI涨幅3%左右，登录中国政府网（www.gov.cn）或市政府网站（www.changsha.gov.cn）查询，邮箱kejiju@163.com，实施创新券（Innovation Voucher）制度。\n", nil},
		{"a document site's address and name (corpus 013)", "# 一、甲\n\n新增高新技术企业20家以上。 公文汇 www.gongwenhui.com\n",
			[]string{"混入了文档网站名称、网址“公文汇 www.gongwenhui.com”，应删除｜ 公文汇 www.gongwenhui.com→"}},
		{"page debris as its own paragraph", "发布时间:2013-03-03浏览次数:640【字体调整:大 中 小】\n\n# 一、甲\n\n正文。\n",
			[]string{"前言｜混入了网页栏目文字、网页浏览计数、网页字号栏“发布时间:2013-03-03浏览次数:640【字体调整:大 中 小】”，应删除｜发布时间:2013-03-03浏览次数:640【字体调整:大 中 小】→"}},
		{"a breadcrumb and metadata fields", "当前位置: 首页 > 计划总结 > 工作计划\n\n上传人:艳春1 文档编号:355377039 上传时间:2023-06-26\n\n# 一、甲\n\n正文。\n",
			[]string{"前言｜混入了网页栏目文字“当前位置: 首页 > 计划总结 >”，应删除｜当前位置: 首页 > 计划总结 > 工作计划→ 工作计划",
				"前言｜混入了网页栏目文字“上传人:艳春1 文档编号:355377039 上传时间:2023-06-26”，应删除｜上传人:艳春1 文档编号:355377039 上传时间:2023-06-26→"}},
		{"a site's welcome (corpus 027)", "手机版 欢迎访问人人都是自媒体网站\n\n# 一、甲\n\n正文。\n", []string{"前言｜混入了网站欢迎语“手机版 欢迎访问人人都是自媒体网站”"}},
		{"share button", "分享到:\n\n# 一、甲\n\n正文。\n", []string{"网页按钮文字“分享到:”"}},
		{"casino spam (corpus 023)", "bet 365亚洲版官网办公室\n\n# 一、甲\n\n正文。\n", []string{"赌博广告“bet 365亚洲版官网”，应删除｜bet 365亚洲版官网办公室→办公室"}},
		{"范文 after a title", "---\ntitle: 2021年全市科技工作要点范文\n---\n", []string{"标题｜混入了范文网站标题“范文”"}},
		{"pinyin in Chinese text", "# 一、甲\n\n加强kejichuangxin平台建设。\n", []string{"中文段落里夹着一串字母“kejichuangxin”"}},
		{"a Latin paragraph is not Chinese text", "# 一、甲\n\nThe annual plan of the science and technology bureau.\n", nil},
	})
}

func TestNumberUsage(t *testing.T) {
	runProofCases(t, rule(NumberUsage), []proofCase{
		{"right usage", "# 一、甲\n\n二〇一二年，新增三四家企业，第一、二批，一、二季度，一、二年级，3～5个，10～20家，2021—2025年。\n", nil},
		{"digit zero among numerals (corpus 010)", "# 一、甲\n\n二0一二年,科技局将继续推进。\n",
			[]string{"“二0一二年”中的零应写作汉字“〇”（GB/T 15835—2011）｜二0一二年,科技局将继续推进。→二〇一二年,科技局将继续推进。"}},
		{"circle and 零 for 〇", "# 一、甲\n\n二○○九年和二零一零年。\n", []string{"→二〇〇九年和二零一零年。", "→二○○九年和二〇一〇年。"}},
		{"mixed widths", "# 一、甲\n\n新增企业1２0家。\n", []string{"数字“1２0”混用了全角和半角｜新增企业1２0家。→新增企业120家。"}},
		{"estimate with a 顿号", "# 一、甲\n\n建设三、四个平台，引进3、4家机构。\n",
			[]string{"应写作“三四个”，中间不加顿号（GB/T 15835—2011）｜建设三、四个平台，引进3、4家机构。→建设三四个平台，", "→建设三、四个平台，引进三四家机构"}},
		{"一两, 两三 before a measure word", "# 一、甲\n\n用1、2个月，召开二、三次会议，二、三十人参加。\n",
			[]string{"应写作“一两个”", "应写作“两三次”", "应写作“二三十”"}},
		{"ranges written two ways", "# 一、甲\n\n建设3～5个平台，引进10～20家机构，培育3-5家企业。\n",
			[]string{"数值范围的写法不统一（“～”2处、“-”1处），宜统一用“～”｜3-5家→3～5家"}},
		{"a tie goes to the wave", "# 一、甲\n\n建设3-5个平台，引进10～20家机构。\n",
			[]string{"宜统一用“～”｜3-5个→3～5个"}},
		{"a date is not a range", "# 一、甲\n\n建设3～5个平台，2024-01-05日发布。\n", nil},
	})
}

func TestPlaceholderProof(t *testing.T) {
	runCases(t, rule(Placeholder), []ruleCase{
		{"20xx年, *家", "# 一、甲\n\n20xx年新增企业\\*家。\n\n# 二、乙\n\n投入＊亿元。\n", []string{"一、｜“*家”", "一、｜“20xx年”", "二、｜“＊亿元”"}},
		{"□□ and ＿＿", "# 一、甲\n\n□□县开展工作。\n\n# 二、乙\n\n完成＿＿项。\n", []string{"“□□”", "“＿＿”"}},
		{"a year with the wrong zero is not a placeholder", "# 一、甲\n\n二○○八年开展工作。\n", nil},
	})
}

func TestStraightQuotes(t *testing.T) {
	runProofCases(t, rule(Punctuation), []proofCase{
		{"curly quotes and English quotes", "# 一、甲\n\n深化“放管服”改革，引进\"Smart City\"项目。\n", nil},
		{"straight quotes around Chinese (corpus 036)", "# 一、甲\n\n助力深化\"放管服\"改革。\n",
			[]string{"中文里用了英文直引号，应改为中文引号“”｜助力深化\"放管服\"改革。→助力深化“放管服”改革。"}},
		{"a habit of the whole plan", strings.Repeat("# 一、甲\n\n深化\"放管服\"改革。\n\n", 5),
			[]string{"全文｜全文有 5 段共 5 处中文用了英文直引号"}},
	})
}

// BenchmarkProofreading runs the proofreading rules alone over the
// benchmark plan: their share of BenchmarkCheck.
func BenchmarkProofreading(b *testing.B) {
	src, err := os.ReadFile("../testdata/bench/workplan-20p.md")
	if err != nil {
		b.Fatal(err)
	}
	d, err := importer.Markdown(src)
	if err != nil {
		b.Fatal(err)
	}
	in := Input{Draft: Plan{Doc: d, File: "plan.md", Year: PlanYear(d)}}
	in.spans(d)
	rules := []Rule{rule(FixedPhrase), rule(Confusable), rule(DoubledWord), rule(JunkText), rule(NumberUsage)}
	for b.Loop() {
		for _, r := range rules {
			r.Check(&in)
		}
		straightQuotes(&in)
	}
}

// Two mistakes quoted alike are dismissed apart: each finding's subject
// is its mistake.
func TestProofDismissedApart(t *testing.T) {
	in := Input{Draft: plan(t, "# 一、甲\n\n认真布署其它工作。\n")}
	fs := rule(Confusable).Check(&in)
	if len(fs) != 2 || fs[0].Evidence != fs[1].Evidence {
		t.Fatalf("findings %+v, want two quoting the same words", fs)
	}
	open, dismissed := Split(fs, []docmodel.Dismissal{fs[0].Dismissal("专有名称", "2025-01-02")})
	if len(open) != 1 || len(dismissed) != 1 || open[0].Subject != "其它" {
		t.Errorf("open %+v, dismissed %+v", open, dismissed)
	}
}

// FuzzProofreading: no text makes a proofreading rule panic, and every fix
// differs from its quote, which the paragraph holds.
func FuzzProofreading(f *testing.F) {
	for _, s := range []string{"截止2024年底，规模上工业增加值增长，技术技术，二0一二年，3、4个，3-5个和3～5个。",
		"党的20大，十九届八中全会，2021年是中国共产党成立101周年，www.docin.com 浏览次数:12 \"创新\"",
		"加强kejichuangxin，的的，力争争取，１2３"} {
		f.Add(s)
	}
	rules := []Rule{rule(FixedPhrase), rule(Confusable), rule(DoubledWord), rule(JunkText), rule(NumberUsage), rule(Punctuation)}
	f.Fuzz(func(t *testing.T, text string) {
		d := &docmodel.Document{Meta: docmodel.Meta{Title: "2025年工作要点"}, Preamble: []string{text}}
		in := Input{Draft: Plan{Doc: d, Year: 2025}}
		for _, r := range rules {
			for _, f := range r.Check(&in) {
				if f.Fix != "" && f.Fix == f.Evidence {
					t.Errorf("%s: fix %q is the quote", f.Rule, f.Fix)
				}
				if f.Fix != "" && f.Path == "前言" && !strings.Contains(text, f.Evidence) {
					t.Errorf("%s: quote %q is not in the text", f.Rule, f.Evidence)
				}
			}
		}
	})
}
