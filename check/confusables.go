package check

import (
	"regexp"

	"yaodian/lazyregexp"
)

// confusablePattern is a word written for another in the context that
// tells which one is meant.
type confusablePattern struct {
	// Pattern matches the context; its first group is the wrong word.
	Pattern *lazyregexp.Regexp
	// Keys are words one of which any match contains: the pattern is
	// tried only on text that holds one, which keeps the rule fast.
	Keys []string
	// Right replaces the first group.
	Right string
	// NotBefore and NotAfter are words that, just before the match or just
	// after it, make the written word right after all.
	NotBefore, NotAfter []string
	// Why says in Chinese what decides between the two words.
	Why string
}

// confusables are the patterns of the confusable rule: the pairs below
// and the misspellings. Each pair's senses
// are those of 《现代汉语词典》 (7th edition, 2016) and, for 的/地/得, the
// grammar of 吕叔湘《现代汉语八百词》 (revised 1999); 其他 for 其它 and
// 作出 before abstract objects follow the usage of the central
// government's documents (《党政机关公文处理工作条例》 texts, the 20th
// Congress report). The patterns were written for this project from those
// rules, each narrowed until it reports only a context that decides the
// word; no confusion set of another project (pycorrector's included) was
// copied.
//
// They are put together on first use, not at start-up.
var confusables = lazy[[]confusablePattern]{build: func() []confusablePattern {
	return append(contextConfusables, misspelled()...)
}}

// contextConfusables are the pairs of real words, told apart by context.
var contextConfusables = []confusablePattern{
	{Pattern: lazyregexp.New(`(截止(?:到|至)?)(?:目前|当前|现在|今年|去年|上年|本年|年底|年末|本月|上月|[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月|[一二三四五六七八九十]{1,2}月)`),
		Keys:  []string{"截止"},
		Right: "截至", Why: "“截至”后接时间，表示到某时为止；“截止”指到期停止，不带时间宾语"},
	{Pattern: lazyregexp.New(`(截至)(?:日期|时间)`),
		Keys:  []string{"截至"},
		Right: "截止", Why: "到期停止的时间是“截止日期”“截止时间”"},
	{Pattern: lazyregexp.New(`(必需)(?:要|坚持|加强|做到|按照|严格|认真|切实|全面|进一步|强化|落实|确保|高度|始终|牢固|深刻|把|将|抓好|做好)`),
		Keys:  []string{"必需"},
		Right: "必须", Why: "修饰动作用副词“必须”；“必需”是“不可缺少的”"},
	{Pattern: lazyregexp.New(`(必须)品`),
		Keys:  []string{"必须品"},
		Right: "必需", Why: "不可缺少的物品是“必需品”"},
	{Pattern: lazyregexp.New(`所(必须)的`),
		Keys:  []string{"所必须的"},
		Right: "必需", Why: "“所必需的”指不可缺少的；“必须”是副词，不单独作定语"},
	{Pattern: lazyregexp.New(`(做出)了?(?:重要|重大|积极|突出|新的|应有的?|更大的?|明确的?|具体|全面|战略)?(?:决定|决策|部署|安排|规定|指示|批示|承诺|贡献|努力|判断|评价|解释|答复)`),
		Keys:  []string{"做出"},
		Right: "作出", Why: "公文中“决定、部署、贡献”等抽象事物用“作出”"},
	{Pattern: lazyregexp.New(`(其它)`),
		Keys:  []string{"其它"},
		Right: "其他", Why: "公文统一用“其他”，指人指事物都可以"},
	{Pattern: lazyregexp.New(`(布署)`),
		Keys:  []string{"布署"},
		Right: "部署", Why: "“部署”意为安排、布置，没有“布署”一词"},
	{Pattern: lazyregexp.New(`(制订)(?:法律|法规|政策|条例|规章|战略|方针|路线)`),
		Keys:  []string{"制订"},
		Right: "制定", Why: "法律、政策、战略等用“制定”；“制订”用于创制拟订计划、方案"},
	{Pattern: lazyregexp.New(`(权利)(?:清单|运行|寻租|制约|下放|关进)`),
		Keys:  []string{"权利"},
		Right: "权力", Why: "职权、支配力量是“权力”；“权利”是依法享有的利益"},
	{Pattern: lazyregexp.New(`公(权利)`),
		Keys:  []string{"公权利"},
		Right: "权力", Why: "公共职权是“公权力”"},
	{Pattern: lazyregexp.New(`(权力)(?:人|和义务|与义务|义务)`),
		Keys:  []string{"权力"},
		Right: "权利", Why: "与义务相对的是“权利”"},
	{Pattern: lazyregexp.New(`(反应)(?:出|问题|诉求|民意)`),
		Keys:      []string{"反应"},
		NotBefore: []string{"不良", "过敏", "化学", "核", "应激", "排异", "排斥"}, NotAfter: []string{"现"},
		Right: "反映", Why: "把情况、意见告知或表现出来是“反映”；“反应”是受刺激引起的变化"},
	{Pattern: lazyregexp.New(`(?:快速|应急)(反映)(?:机制|能力|体系|队伍|部队)`),
		Keys:  []string{"反映"},
		Right: "反应", Why: "应对事件的行动是“反应”"},
	{Pattern: lazyregexp.New(`(?:取|获|赢)(的)(?:了|显著|明显|重大|积极|良好|丰硕|突破|实效|新成效|新进展|新突破)`),
		Keys:      []string{"取的", "获的", "赢的"},
		NotBefore: []string{"所", "提", "采", "选", "索", "汲", "读", "抽", "领", "录", "争", "荣", "斩", "摘", "喜", "获", "收", "截", "夺"},
		Right:     "得", Why: "“取得”“获得”“赢得”是动词，不用“的”"},
	{Pattern: lazyregexp.New(`(?:认真|积极|扎实|切实|稳步|深入|大力|全力|主动|有序|有力|有效|逐步|不断|持续)(的)(?:推进|推动|开展|落实|贯彻|实施|做好|抓好|加强|提升|提高|促进|加快)`),
		Keys:      []string{"认真的", "积极的", "扎实的", "切实的", "稳步的", "深入的", "大力的", "全力的", "主动的", "有序的", "有力的", "有效的", "逐步的", "不断的", "持续的"},
		NotBefore: []string{"得到", "受到", "进行", "给予", "加以", "有了", "有着", "作出", "做出", "实现", "了", "是", "为", "和", "与", "、"},
		NotAfter: []string{"作用", "力", "机制", "工作", "措施", "力度", "态势", "效果", "成效", "举措", "方式", "方法", "路径", "过程",
			"计划", "方案", "行动", "工程", "体系", "空间", "目标", "要求", "任务", "意见", "政策", "平台",
			"之", "者", "中", "下", "的", "。", "，", "；", "、"},
		Right: "地", Why: "状语修饰动词用“地”"},
	{Pattern: lazyregexp.New(`(?:做|搞|抓|干|完成|落实|开展|推进|执行|实施)(的)(?:很好|很到位|很扎实|非常好|十分|比较好|不够|较好|较快|更好|更快|越来越好)`),
		Keys:      []string{"的很", "的非常", "的十分", "的比较", "的不够", "的较", "的更", "的越来越"},
		NotBefore: []string{"所", "要", "需"},
		Right:     "得", Why: "动词后接补语用“得”"},
}

// misspellings are words that exist only as slips, with the word meant
// (the form of 《现代汉语词典》, 7th edition), and what before or after a
// slip makes it two words after all (全部暑期 is not 部暑).
var misspellings = []struct {
	Wrong, Right        string
	NotBefore, NotAfter []string
}{
	{Wrong: "再接再励", Right: "再接再厉"}, {Wrong: "既往开来", Right: "继往开来"},
	{Wrong: "与时具进", Right: "与时俱进"}, {Wrong: "因地治宜", Right: "因地制宜"},
	{Wrong: "循序渐近", Right: "循序渐进"}, {Wrong: "齐头并近", Right: "齐头并进"},
	{Wrong: "按步就班", Right: "按部就班"}, {Wrong: "迫不急待", Right: "迫不及待"},
	{Wrong: "一愁莫展", Right: "一筹莫展"}, {Wrong: "默守成规", Right: "墨守成规"},
	{Wrong: "精兵减政", Right: "精兵简政"}, {Wrong: "既往不究", Right: "既往不咎"},
	{Wrong: "出奇不意", Right: "出其不意"}, {Wrong: "凭心而论", Right: "平心而论"},
	{Wrong: "有持无恐", Right: "有恃无恐"}, {Wrong: "发扬广大", Right: "发扬光大"},
	{Wrong: "不径而走", Right: "不胫而走"}, {Wrong: "走头无路", Right: "走投无路"},
	{Wrong: "一股作气", Right: "一鼓作气"}, {Wrong: "甘败下风", Right: "甘拜下风"},
	{Wrong: "美仑美奂", Right: "美轮美奂"}, {Wrong: "歪风斜气", Right: "歪风邪气"},
	{Wrong: "厉精图治", Right: "励精图治"}, {Wrong: "持之以衡", Right: "持之以恒"},
	{Wrong: "义不容迟", Right: "义不容辞"}, {Wrong: "贯沏", Right: "贯彻"},
	{Wrong: "部暑", Right: "部署", NotAfter: []string{"期", "假"}},
	{Wrong: "峻工", Right: "竣工", NotBefore: []string{"险", "严", "陡", "高"}},
	{Wrong: "幅射", Right: "辐射", NotBefore: []string{"大", "增", "降", "涨", "振", "跌", "篇", "宽", "画"}},
}

// misspelled returns the patterns of the misspellings.
func misspelled() []confusablePattern {
	var out []confusablePattern
	for _, m := range misspellings {
		out = append(out, confusablePattern{
			Pattern: lazyregexp.New("(" + regexp.QuoteMeta(m.Wrong) + ")"), Keys: []string{m.Wrong},
			NotBefore: m.NotBefore, NotAfter: m.NotAfter, Right: m.Right,
			Why: "没有“" + m.Wrong + "”的写法"})
	}
	return out
}
