package check

// reduplicable are the two-character words whose ABAB form is correct
// Chinese: verbs that double to soften or shorten an action (研究研究,
// 学习学习) and adjectives that double to intensify (雪白雪白). A doubled
// two-character word not in this list is a slip. The list follows the
// reduplication patterns of 朱德熙《语法讲义》 (1982, §§ 3.6, 6.3) with
// the words that occur in office prose; it was written for this project.
// The set is built on first use.
var reduplicable = lazy[map[string]bool]{build: func() map[string]bool {
	return setOf(
		// verbs, ABAB
		"研究", "学习", "讨论", "商量", "考虑", "了解", "休息", "锻炼", "活动", "交流",
		"比较", "整理", "打扫", "检查", "调查", "总结", "体会", "认识", "思考", "表扬",
		"宣传", "教育", "指导", "帮助", "关心", "照顾", "准备", "收拾", "熟悉", "修改",
		"分析", "研讨", "沟通", "梳理", "盘点", "琢磨", "合计", "反思", "清理", "改进",
		"考察", "走访", "介绍", "解释", "说明", "练习", "实践", "尝试", "体验", "感受", "放松", "联系",
		"打听", "提醒", "鼓励", "表示", "凉快", "暖和", "高兴", "热闹", "舒服", "轻松",
		// adjectives, ABAB
		"雪白", "通红", "冰凉", "笔直", "火热", "碧绿", "漆黑", "滚烫", "蜡黄", "金黄",
		"乌黑", "湛蓝", "冰冷", "鲜红", "粉红", "喷香", "透亮", "崭新",
	)
}}

// neverDoubled are single characters, mostly function words, that are
// never written twice in a row in correct prose, with the characters
// that, written just before or after, make the pair correct after all
// (目的的, 的的确确, 不了了之). The map is made on first use.
var neverDoubled = lazy[map[string]struct{ before, after string }]{build: func() map[string]struct{ before, after string } {
	return map[string]struct{ before, after string }{
		"的": {before: "目之标有", after: "确"},
		"了": {before: "不未为除罢", after: "之解然如结"},
		"和": {before: "温缓平柔谦祥随饱附总", after: "谐睦平美合衷"},
		"与": {before: "参给赠授"},
		"及": {before: "以涉普危触顾企波论累遍提惠兼殃", after: "时早格"},
		"并": {before: "吞合兼"},
		"把": {before: "一"},
		"被": {before: "棉"},
		"在": {before: "现存正所实自内外潜旨意重贵难"},
		"对": {before: "一针成配绝相核面应反比校"},
	}
}}

// overlaps are two words written over each other, where one was meant:
// 力争 and 争取 run together as 力争争取.
var overlaps = [][2]string{
	{"力争争取", "力争"}, {"争取力争", "争取"}, {"加强强化", "加强"},
	{"进一步一步", "进一步"}, {"以及及", "以及"}, {"等等等", "等等"},
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
