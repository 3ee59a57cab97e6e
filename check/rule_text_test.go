package check

import (
	"strings"
	"testing"
)

func TestPlaceholder(t *testing.T) {
	runCases(t, rule(Placeholder), []ruleCase{
		{"filled", "---\ntitle: 2025年长春市科技工作要点\n---\n\n新增高新技术企业25家，建设XXL级平台，面积2×3米。\n", nil},
		{"template title", "---\ntitle: ××市2025年经济社会发展重点工作计划\n---\n", []string{"标题｜“××”是未填写的占位符"}},
		{"lower-case xx and X家 (seed 002, plan 5)", "# 一、甲\n\n贯彻落实《xx市全方位推动高质量发展》，新增企业X家。\n",
			[]string{"一、｜“xx”是未填写的占位符", "一、｜“X家”是未填写的占位符"}},
		{"202x and empty brackets", "# 一、甲\n\n到202x年完成【】项任务。\n", []string{"“202x年”", "“【】”"}},
	})
}

func TestPunctuation(t *testing.T) {
	runCases(t, rule(Punctuation), []ruleCase{
		{"full-width", "# 一、甲\n\n加强“双创”（创新创业）工作，完成1,000项、3:00前。\n", nil},
		{"half-width commas in Chinese (seed 002)", "# 一、甲\n\n根据会议精神,制定要点如下:加强平台(基地)建设。\n",
			[]string{"一、｜中文里用了 4 处半角标点（, : ( )），应改为全角"}},
		{"unclosed quote", "# 一、甲\n\n开展“科技活动周活动。\n", []string{"一、｜双引号不成对：“ 有 1 个，” 有 0 个"}},
		{"a mark left open where the text is cut off", "# 一、甲\n\n开展“科技活动周”活动。\n\n# 二、乙\n\n推动印发《全民科\n", nil},
		{"a mark left open in the last sentence of a whole text", "# 一、甲\n\n开展“科技活动周”活动。\n\n# 二、乙\n\n推动印发《全民科学素质纲要。\n",
			[]string{"二、｜书名号不成对：《 有 1 个，》 有 0 个"}},
		{"half-width throughout is one finding (seed 002)", strings.Repeat("# 一、甲\n\n加强,建设。\n\n", 5),
			[]string{"全文｜全文有 5 段共 5 处在中文里用了半角标点（,），应统一改为全角"}},
		{"a short text that never uses full-width marks is one finding", "根据会议精神,制定要点如下:\n\n# 一、甲\n\n加强,建设。\n",
			[]string{"全文｜全文有 2 段共 3 处在中文里用了半角标点（, :），应统一改为全角"}},
		{"slips among full-width marks are each reported", "根据会议精神，制定要点如下:\n\n# 一、甲\n\n加强,建设。\n",
			[]string{"前言｜中文里用了 1 处半角标点（:）", "一、｜中文里用了 1 处半角标点（,）"}},
	})
}

func TestDuplicateText(t *testing.T) {
	para := "启动实施第一批国家自然科学基金区域创新发展联合基金项目，谋划设立省级区域创新发展联合基金。"
	runCases(t, rule(DuplicateText), []ruleCase{
		{"no repeats", "# 一、甲\n\n加强组织领导。\n\n# 二、乙\n\n加强组织领导。\n", nil},
		{"a whole paragraph twice (seed 000)", "# 一、甲\n\n" + para + "\n\n# 二、乙\n\n" + para + "\n", []string{"二、｜整段与 一、 重复"}},
		{"a preamble paragraph repeated", para + "\n\n其他。\n\n" + para + "\n", []string{"前言｜整段与前言第1段重复"}},
		{"a long sentence twice", "# 一、甲\n\n" + para + "其他。\n\n# 二、乙\n\n另有内容。" + para + "\n", []string{"二、｜这句话与 一、 的一句重复"}},
	})
}
