package importer

import "testing"

// Web-page furniture is recognised, and lines of a plan that merely start
// like it are not.
func TestIsPageDebris(t *testing.T) {
	for _, tc := range []struct {
		line    string
		opening bool
		want    bool
	}{
		{"当前位置：首页 > 政务公开 > 通知公告", false, true},
		{"首页 > 国内新闻 > 正文", false, true},
		{"发布时间：2023-03-02 来源：市科技局 浏览次数：321", false, true},
		{"• 發布機構:吉林省人民政府", false, true},
		{"索 引 號: 000014349/2022-00039 主題分類: 綜合政務", false, true},
		{"標  題: 國務院辦公廳關于印發2022年政務公開工作要點的通知", false, true},
		{"索 引 号 文号", false, true},
		{"【打印本页】【关闭窗口】", false, true},
		{"分享到：微信 微博", false, true},
		{"【字体：大 中 小】", false, true},
		{"https://www.gov.cn/", false, true},
		{"2019-04-29 16:55:00", false, true},
		{"第2页 / 共4页", false, true},
		{"本文档由用户上传,版权归属用户,汇文网负责整理代发布。", false, true},
		{"近日，市科技局印发《2023年科技工作要点》，全文如下：", true, true},
		{"下面是小编为大家整理的2022年度工作总结，供大家参考。", true, true},
		{"近日，市科技局印发《2023年科技工作要点》，全文如下：", false, false},
		{"来源于基层的创新实践要及时总结推广。", false, false},
		{"时间：全年", false, false},
		{"分享经验做法，推广典型案例。", false, false},
		{"首页改版工作要在6月底前完成。", false, false},
		{"亲,该文档总共4页全部预览完了,如果喜欢就下载吧!", false, true},
		{"时间：2022-01-24 工作计划 我要投稿", true, true},
		{"时间：2023年5月至6月", false, false},
		{"加强版权保护，畅通侵权投诉举报渠道。", false, false},
		{"提供政策文件下载服务，及时更新文档。", false, false},
		{"完善12345热线客服知识库。", false, false},
		{"加强科技成果转化，推动首台套产品推广应用。", false, false},
		{"做好网站栏目维护和内容更新，及时下载更新系统补丁。", false, false},
		{"2024年全市科技工作要点", false, false},
		{"一、总体要求", false, false},
	} {
		if got := isPageDebris(para{text: tc.line}, tc.opening); got != tc.want {
			t.Errorf("isPageDebris(%q, opening %v) = %v, want %v", tc.line, tc.opening, got, tc.want)
		}
	}
}

// Paragraphs that lost their line breaks split only where the numbering
// continues after a sentence end or a space.
func TestRunOnPieces(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"去年各项任务顺利完成。 一、坚持创新 （一）加强研究 1.加强基础研究。 2.加强应用研究。",
			[]string{"去年各项任务顺利完成。", "一、坚持创新", "（一）加强研究", "1.加强基础研究。", "2.加强应用研究。"}},
		{"重点抓好以下工作:一、大力搞好产业开展1、制定实施意见。2、支持企业。二、深入开展科技攻关3、继续选育新品种。",
			[]string{"重点抓好以下工作:", "一、大力搞好产业开展", "1、制定实施意见。", "2、支持企业。", "二、深入开展科技攻关", "3、继续选育新品种。"}},
		{"第一、二季度要集中力量抓开工。", []string{"第一、二季度要集中力量抓开工。"}},
		{"推动一、二、三产业融合。二、三产业比重提高。", []string{"推动一、二、三产业融合。二、三产业比重提高。"}},
		{"投入增长1.5倍。 1.5万元用于奖励。", []string{"投入增长1.5倍。 1.5万元用于奖励。"}},
		{"全年完成。 三、加强保障", []string{"全年完成。 三、加强保障"}},
		{"主要包括：①研发投入；②高新技术企业数。", []string{"主要包括：①研发投入；②高新技术企业数。"}},
		{"①研发投入增长12%；②新增高企20家。", []string{"①研发投入增长12%；", "②新增高企20家。"}},
		{"按照1)、2)两种情形处理。 2)另行规定。", []string{"按照1)、2)两种情形处理。 2)另行规定。"}},
		{"基本原则：一、坚持党的领导；二、坚持创新驱动。", []string{"基本原则：一、坚持党的领导；二、坚持创新驱动。"}},
		{"主要任务：（一）加强研究；（二）培育企业。", []string{"主要任务：（一）加强研究；（二）培育企业。"}},
		{"重点抓好以下工作：一、大力搞好产业开展。二、深入开展科技攻关。",
			[]string{"重点抓好以下工作：", "一、大力搞好产业开展。", "二、深入开展科技攻关。"}},
	} {
		got := runOnPieces(tc.in, map[family]int{})
		if len(got) != len(tc.want) {
			t.Errorf("runOnPieces(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("runOnPieces(%q) = %q, want %q", tc.in, got, tc.want)
				break
			}
		}
	}
}

// A breadcrumb copied as a numbered list is taken from the start of the
// text; a plan's own first items are not.
func TestBreadcrumbList(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []para
		want  int
	}{
		{"home and a column", paras("1. 紫微星座网首页", "2. 命理", "2023年工作要点", "一、发挥创新主体作用"), 2},
		{"home, column and an item with punctuation", paras("1.某某网首页", "2.工作计划", "3.加强科技创新，推动发展。"), 2},
		{"a plan's first items", paras("1.加强组织领导", "2.强化督查考核"), 0},
		{"home in a sentence", paras("1.完成门户网站首页改版。", "2.强化督查考核"), 0},
		{"no numbered line", paras("紫微星座网首页", "2023年工作要点"), 0},
	} {
		if got := breadcrumbList(tc.paras); got != tc.want {
			t.Errorf("%s: %d paragraphs taken, want %d", tc.name, got, tc.want)
		}
	}
}

// A table of contents before the text is taken out only when the text
// repeats its first heading; a plan's own list under 目录 stays.
func TestContentsList(t *testing.T) {
	for _, tc := range []struct {
		name     string
		paras    []para
		from, to int
	}{
		{"提纲 repeated by the text", paras("2024年教育工作要点", "提纲:", "一、加强党的建设", "二、落实立德树人", "2024年是关键之年。", "一、加强党的建设", "1．深化理论武装。"), 1, 4},
		{"目录 not repeated", paras("目录", "一、加强党的建设", "二、落实立德树人", "全年工作如下。"), 0, 0},
		{"no label", paras("一、加强党的建设", "二、落实立德树人", "一、加强党的建设"), 0, 0},
	} {
		if from, to := contentsList(tc.paras); from != tc.from || to != tc.to {
			t.Errorf("%s: paragraphs %d–%d, want %d–%d", tc.name, from, to, tc.from, tc.to)
		}
	}
}

// paras makes one plain paragraph of each line.
func paras(lines ...string) []para {
	var out []para
	for _, l := range lines {
		out = append(out, para{text: l})
	}
	return out
}
