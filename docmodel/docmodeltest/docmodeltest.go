// Package docmodeltest builds documents for tests: a plan that fills every
// field of the model, in each numbering and lead option.
package docmodeltest

import "yaodian/docmodel"

func f(v float64) *float64 { return &v }

// Full returns a plan that uses every field of the model: all meta data,
// a preamble, explicit roles that the headings do not imply, headings and
// lead sentences, multi-paragraph bodies, task units, indicators of every
// kind and bound, and nodes down to the deepest level the options allow.
// Text includes characters Markdown treats as markup.
func Full(opts docmodel.Options) *docmodel.Document {
	d := docmodel.New()
	d.Options = opts
	d.Meta = docmodel.Meta{
		Title:      "2025年全市科技工作要点",
		Issuer:     "××市科学技术局",
		Year:       2025,
		Number:     "×科发〔2025〕3号",
		Date:       "2025-01-05",
		Recipients: []string{"各县（市、区）科技局", "市直有关单位"},
	}
	d.Preamble = []string{
		"根据全省科技工作会议精神，制定2025年全市科技工作要点如下：",
		"一、二季度要集中力量抓项目开工。",
	}
	add := func(parent *docmodel.Node, n *docmodel.Node) *docmodel.Node {
		id := ""
		if parent != nil {
			id = parent.ID
		}
		if err := d.Insert(id, 1<<30, n); err != nil {
			panic(err)
		}
		return n
	}
	node := func(fill func(n *docmodel.Node)) *docmodel.Node {
		n := d.NewNode()
		fill(n)
		return n
	}
	principles := add(nil, node(func(n *docmodel.Node) {
		n.Heading = "总体要求"
		n.Role = docmodel.RolePrinciples
	}))
	add(principles, node(func(n *docmodel.Node) {
		n.Heading = "指导思想"
		n.Role = docmodel.RolePrinciples
		n.Body = []string{"坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神。"}
	}))
	goals := add(principles, node(func(n *docmodel.Node) {
		n.Heading = "主要目标"
		n.Role = docmodel.RoleGoals
		n.Body = []string{
			"全社会R&D经费投入增长20%以上，研发投入强度达到3.3%、争取3.4%。",
			"新认定高新技术企业25家以上，城镇调查失业率控制在5.5%以内。",
		}
		n.Indicators = []docmodel.Indicator{
			{Name: "全社会R&D经费投入", Kind: docmodel.KindGrowth, Value: 20, Unit: "%", Bound: docmodel.BoundAtLeast, Source: "全社会R&D经费投入增长20%以上"},
			{Name: "研发投入强度", Kind: docmodel.KindLevel, Value: 3.3, Unit: "%", Stretch: f(3.4), Source: "研发投入强度达到3.3%、争取3.4%"},
			{Name: "新认定高新技术企业", Kind: docmodel.KindIncrement, Value: 25, Unit: "家", Bound: docmodel.BoundAtLeast},
			{Name: "单位GDP能耗", Kind: docmodel.KindReduction, Value: 2.5, Unit: "%", Bound: docmodel.BoundAbout},
			{Name: "城镇调查失业率", Kind: docmodel.KindLevel, Value: 5.5, Unit: "%", Bound: docmodel.BoundAtMost},
		}
	}))
	_ = goals
	tasks := add(nil, node(func(n *docmodel.Node) {
		n.Heading = "主攻方向"
		n.Role = docmodel.RoleTasks // the heading names no role
	}))
	group := add(tasks, node(func(n *docmodel.Node) {
		n.Heading = "坚持创新驱动，加快培育发展新动能"
	}))
	task := add(group, node(func(n *docmodel.Node) {
		n.Lead = "加强科技创新平台建设。"
		n.Body = []string{
			"围绕*重点领域*制定专项政策，力争新增院士专家工作站50家以上；对接[国家]平台，推进<中试>基地建设。",
			"# 不是标题，- 也不是列表，1. 也不是编号 | 竖线 \\ 反斜杠 `代码` _下划线_ &amp; 实体",
		}
		n.LeadUnit = "市科技局"
		n.Partners = []string{"市发展改革委", "各县（市、区）人民政府"}
		n.Deadline = "2025年12月底"
	}))
	add(task, node(func(n *docmodel.Node) {
		n.Lead = "推进“双创”升级。"
		n.Body = []string{"“揭榜挂帅”项目全年立项10项。"}
		n.Role = docmodel.RoleOther
	}))
	sub := add(task, node(func(n *docmodel.Node) {
		n.Body = []string{"没有小标题句的一项，第一句话很长，不能当作小标题句来读，因为它远远超过了四十个字的长度限制，所以整段都是正文。"}
	}))
	for depth := 4; depth < opts.MaxDepth(); depth++ {
		sub = add(sub, node(func(n *docmodel.Node) {
			n.Heading = "最深一层的标题"
		}))
	}
	add(group, node(func(n *docmodel.Node) {
		n.Lead = "促进科技成果转移转化。"
	}))
	second := add(tasks, node(func(n *docmodel.Node) {
		n.Heading = "推动产业升级"
	}))
	add(second, node(func(n *docmodel.Node) {
		n.Lead = "培育壮大战略性新兴产业。"
		n.Body = []string{"（牵头单位：这是正文，不是单位行）"}
	}))
	add(second, node(func(n *docmodel.Node) {
		n.Heading = "提升产业链供应链韧性"
		n.Body = []string{"2025. 年份开头的段落不是列表。"}
	}))
	add(second, node(func(n *docmodel.Node) {
		n.Body = []string{"短句开头但不是小标题句。后文。"}
	}))
	safeguards := add(nil, node(func(n *docmodel.Node) {
		n.Heading = "保障措施"
		n.Role = docmodel.RoleSafeguards
	}))
	add(safeguards, node(func(n *docmodel.Node) {
		n.Heading = "加强组织领导"
		n.Body = []string{"各级各部门要切实提高政治站位。", "**加粗**的文字只是正文。"}
	}))
	return d
}

// AllOptions lists every combination of the document options.
func AllOptions() []docmodel.Options {
	var out []docmodel.Options
	for _, l := range []docmodel.LevelScheme{docmodel.LevelsStandard, docmodel.LevelsCompact} {
		for _, a := range []docmodel.ArabicMode{docmodel.ArabicRestart, docmodel.ArabicRunOn} {
			for _, s := range []docmodel.LeadStyle{docmodel.LeadsBold, docmodel.LeadsPlain} {
				out = append(out, docmodel.Options{Levels: l, Arabic: a, Leads: s})
			}
		}
	}
	return out
}
