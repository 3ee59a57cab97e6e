package check

import "time"

// officialPhrase is an official expression that a plan must write exactly.
type officialPhrase struct {
	Text string
	// Since is the day the expression was first laid down; a plan dated
	// before it cannot use it. Zero for long-standing expressions.
	Since time.Time
	// Variants are other correct forms one character away (全面建设小康社会
	// beside 全面建成小康社会), which are never reported.
	Variants []string
}

// fixedPhrases are the expressions the fixed-phrase rule knows, each long
// and distinctive enough that a text one character away from it is a
// slip, not another word. Sources, with the day each expression was laid
// down:
//
//   - 《中国共产党章程》, as amended by the 19th National Congress on
//     24 October 2017 (总纲: the guiding thought, 四个意识, 四个自信,
//     五位一体, 四个全面, 中国特色社会主义进入新时代, 人类命运共同体,
//     新发展理念 — the last from the communiqué of the 18th Central
//     Committee's 5th plenum, 29 October 2015 — and 国家治理体系和治理能力
//     现代化, from the decision of its 3rd plenum, 12 November 2013), and
//     by the 20th on 22 October 2022;
//   - the report to the 19th National Congress (18 October 2017) and to
//     the 20th (16 October 2022: 以中国式现代化全面推进中华民族伟大复兴,
//     科技是第一生产力、人才是第一资源、创新是第一动力);
//   - the resolution of the 19th Central Committee's 6th plenum on the
//     Party's achievements (11 November 2021: 两个确立) and the 20th
//     Congress report (两个维护 in its wording);
//   - the communiqué of the 19th Central Committee's 5th plenum
//     (29 October 2020: 新发展格局, 全面建设社会主义现代化国家, 科技自立自强);
//   - the national strategies as the central government names them
//     (创新驱动发展战略 from the 18th Congress report, 8 November 2012;
//     黄河流域生态保护和高质量发展, 18 September 2019; 成渝地区双城经济圈,
//     3 January 2020);
//   - 国家统计局's statistical terms (规模以上工业增加值);
//   - the names of the anniversaries as the central government's notices
//     write them (庆祝中国共产党成立100周年, 2021; 庆祝中华人民共和国成立
//     70周年, 2019; 纪念中国人民抗日战争暨世界反法西斯战争胜利70周年, 2015).
//
// The list was written for this project from those texts; it copies no
// other word list.
var fixedPhrases = lazy[[]officialPhrase]{build: func() []officialPhrase {
	return []officialPhrase{
		{Text: "习近平新时代中国特色社会主义思想", Since: day(2017, 10, 18)},
		{Text: "马克思列宁主义、毛泽东思想、邓小平理论"},
		{Text: "“三个代表”重要思想"},
		{Text: "习近平总书记系列重要讲话精神", Since: day(2013, 1, 1)},
		{Text: "确立习近平同志党中央的核心、全党的核心地位", Since: day(2021, 11, 11)},
		{Text: "确立习近平新时代中国特色社会主义思想的指导地位", Since: day(2021, 11, 11)},
		{Text: "坚决维护习近平总书记党中央的核心、全党的核心地位"},
		{Text: "坚决维护党中央权威和集中统一领导"},
		{Text: "政治意识、大局意识、核心意识、看齐意识", Since: day(2016, 1, 29)},
		{Text: "道路自信、理论自信、制度自信、文化自信", Since: day(2016, 7, 1)},
		{Text: "统筹推进“五位一体”总体布局"},
		{Text: "协调推进“四个全面”战略布局", Since: day(2015, 2, 2)},
		// The communiqué of 2015 wrote 共享的发展理念; 新发展理念 is its name since.
		{Text: "创新、协调、绿色、开放、共享的新发展理念", Since: day(2015, 10, 29),
			Variants: []string{"创新、协调、绿色、开放、共享的发展理念"}},
		{Text: "以国内大循环为主体、国内国际双循环相互促进的新发展格局", Since: day(2020, 10, 29)},
		{Text: "全面建设社会主义现代化国家"},
		{Text: "中国特色社会主义进入新时代", Since: day(2017, 10, 18)},
		{Text: "坚持和发展中国特色社会主义"},
		{Text: "推进国家治理体系和治理能力现代化", Since: day(2013, 11, 12)},
		{Text: "构建人类命运共同体"},
		{Text: "以中国式现代化全面推进中华民族伟大复兴", Since: day(2022, 10, 16)},
		{Text: "实现中华民族伟大复兴的中国梦", Variants: []string{"实现中华民族伟大复兴中国梦"}},
		{Text: "全面建成小康社会", Variants: []string{"全面建设小康社会"}},
		{Text: "社会主义核心价值观"},
		{Text: "以人民为中心的发展思想"},
		{Text: "创新驱动发展战略", Since: day(2012, 11, 8)},
		{Text: "高水平科技自立自强", Since: day(2020, 10, 29)},
		{Text: "科技是第一生产力、人才是第一资源、创新是第一动力", Since: day(2022, 10, 16)},
		{Text: "绿水青山就是金山银山"},
		{Text: "黄河流域生态保护和高质量发展", Since: day(2019, 9, 18)},
		{Text: "成渝地区双城经济圈", Since: day(2020, 1, 3)},
		{Text: "中央八项规定精神"},
		{Text: "规模以上工业增加值", Variants: []string{"规模以下工业增加值"}},
		{Text: "庆祝中国共产党成立"},
		{Text: "庆祝中华人民共和国成立"},
		{Text: "中国人民抗日战争暨世界反法西斯战争胜利"},
	}
}}

// phraseVerbs are the verbs the Party Constitution (2017, 总纲) joins to
// two fixed expressions — 增强“四个意识”、坚定“四个自信” — with the verb
// that is often written for each instead.
var phraseVerbs = []struct{ Object, Verb, Wrong string }{
	{"四个意识", "增强", "坚定"},
	{"四个自信", "坚定", "增强"},
}

// anniversaries are the events whose round years plans celebrate, with
// the year each happened: the Party's founding (its 1 July anniversary,
// 1921), the People's Republic (1949), the end of the War of Resistance
// (1945) and reform and opening up (the 3rd plenum of December 1978).
var anniversaries = []struct {
	Names []string
	Year  int
}{
	{[]string{"中国共产党成立", "建党"}, 1921},
	{[]string{"中华人民共和国成立", "新中国成立"}, 1949},
	{[]string{"中国人民抗日战争暨世界反法西斯战争胜利", "抗日战争胜利", "抗战胜利"}, 1945},
	{[]string{"改革开放"}, 1978},
}

// congressesKnownUntil is the day up to which congresses (facts.go) lists
// every National Congress held: a plan dated before it cannot follow a
// later one. Like the maps below, it is made on first use rather than at
// start-up.
var congressesKnownUntil = lazy[time.Time]{build: func() time.Time { return day(2026, 12, 1) }}

// upperNumerals maps the financial (大写) numerals and digits that
// sometimes stand in a Congress's or plenum's ordinal to the ordinary
// numerals it must be written in.
var upperNumerals = lazy[map[rune]rune]{build: func() map[rune]rune {
	return map[rune]rune{
		'壹': '一', '贰': '二', '叁': '三', '肆': '四', '伍': '五', '陆': '六', '柒': '七', '捌': '八', '玖': '九', '拾': '十',
	}
}}
