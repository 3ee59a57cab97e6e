package layout

import (
	"math"
	"strings"
)

// titleWords are words common in the titles of official documents. A
// title never breaks inside one of them, prefers to break where one ends
// or begins, and breaks elsewhere between two hanzi only when balance
// asks for it.
var titleWords = strings.Fields(`
关于 印发 转发 通知 意见 方案 办法 规定 规划 纲要 计划 要点 工作 报告 决定 通报 批复
函 公告 细则 条例 措施 举措 清单 分工 责任 目标 任务 考核 评价 评估 监测 督查
实施 推进 加快 加强 深化 全面 进一步 做好 开展 组织 落实 贯彻 建设 发展 改革 促进
支持 推动 提升 完善 健全 构建 打造 培育 扩大 优化 强化 巩固 拓展 实现 保障 防范
创新 驱动 经济 社会 科技 科学 技术 重点 主要 年度 全市 全省 全州 全县 全区 全国
高质量 现代化 体系 机制 能力 水平 质量 效益 产业 企业 农业 农村 乡村 振兴 城乡 城市
生态 环境 保护 绿色 低碳 安全 稳定 民生 就业 教育 卫生 健康 医疗 养老 文化 旅游
交通 能源 数字 数据 信息 网络 人才 项目 投资 招商 营商 开放 合作 消费 市场 主体
政务 服务 管理 监督 监管 领导 小组 委员会 人民 政府 人民政府 办公室 办公厅 部门
单位 机关 科学技术局 发展和改革 工业和信息化 财政 统计 自然资源 住房 建设局
新时代 新发展 格局 理念 战略 行动 工程 示范 试点 基地 园区 平台 中心 成果 转化
知识产权 研发 投入 高新技术 中小企业 专精特新 制造业 服务业 数字化 智能化 一体化
二〇 ××
`)

// wordInterior marks, for each position of s, whether a break before
// that rune would fall inside one of titleWords, and whether it would
// fall where one of them begins or ends.
func wordInterior(s []rune) (in, edge []bool) {
	in = make([]bool, len(s)+1)
	edge = make([]bool, len(s)+1)
	for _, w := range titleWords {
		wr := []rune(w)
		for i := 0; i+len(wr) <= len(s); i++ {
			match := true
			for k, r := range wr {
				if s[i+k] != r {
					match = false
					break
				}
			}
			if match {
				for k := 1; k < len(wr); k++ {
					in[i+k] = true
				}
				edge[i], edge[i+len(wr)] = true, true
			}
		}
	}
	return in, edge
}

// breakPenalty is the cost, in squared characters of imbalance, of
// breaking a title before glyph i.
func breakPenalty(g []glyph, i int, interior, edge []bool) float64 {
	a, b := g[i-1].r, g[i].r
	switch {
	case interior[i]:
		return math.Inf(1)
	case squeeze(a) > 0 || strings.ContainsRune("！？", a) || squeeze(b) < 0:
		return 0 // after a punctuation mark, before an opening one
	case strings.ContainsRune("的和与及暨并或", a):
		return 0.5
	case a == '年' && i >= 2 && isWord(g[i-2].r):
		return 0.5 // after a year: 2025年
	case isWord(a) != isWord(b) || edge[i]:
		return 1 // between a number and a word, or where a known word ends
	}
	return 12 // between two hanzi: possibly inside a word
}

// maxTitleLines is the most lines a title is balanced over; an official
// title takes two or three.
const maxTitleLines = 6

// titleLines breaks a title into balanced lines no wider than width:
// the fewest lines it fits in, chosen among the legal breaks to make the
// lines as equal as possible (GB/T 9704's trapezoid or diamond) and to
// break at punctuation, after 的 or a year rather than between two
// hanzi, and never inside a common word.
func titleLines(g []glyph, width float64) [][]glyph {
	n := len(g)
	if n == 0 {
		return nil
	}
	text := make([]rune, n)
	adv := make([]float64, n+1)
	for i, gl := range g {
		text[i] = gl.r
		adv[i+1] = adv[i] + gl.adv
	}
	if adv[n] <= width+eps {
		return [][]glyph{g}
	}
	interior, edge := wordInterior(text)
	ok := []int{0}
	for i := 1; i < n; i++ {
		var prev, next rune
		if i >= 2 {
			prev = text[i-2]
		}
		if i+1 < n {
			next = text[i+1]
		}
		if Breakable(prev, text[i-1], text[i], next) {
			ok = append(ok, i)
		}
	}
	ok = append(ok, n)
	em := g[0].size
	// Balancing is for titles of a few lines; a longer "title" is set as
	// a paragraph, which also keeps the work linear.
	for k := int(math.Ceil(adv[n] / width)); k <= min(len(ok)-1, maxTitleLines); k++ {
		ideal := adv[n] / float64(k)
		// cost[j][b]: the best cost of setting text up to break ok[b] in
		// j lines; from[j][b] the break before it.
		inf := math.Inf(1)
		cost := make([][]float64, k+1)
		from := make([][]int, k+1)
		for j := range cost {
			cost[j] = make([]float64, len(ok))
			from[j] = make([]int, len(ok))
			for b := range cost[j] {
				cost[j][b] = inf
			}
		}
		cost[0][0] = 0
		penalty := make([]float64, len(ok)) // of a break at ok[b]; none at the end
		for b := 1; b < len(ok)-1; b++ {
			penalty[b] = breakPenalty(g, ok[b], interior, edge)
		}
		for j := 1; j <= k; j++ {
			for b := 1; b < len(ok); b++ {
				// Lines only widen as their start moves back.
				for a := b - 1; a >= 0; a-- {
					w := adv[ok[b]] - adv[ok[a]]
					if w > width+eps {
						break
					}
					if cost[j-1][a] == inf {
						continue
					}
					d := (w - ideal) / em
					c := cost[j-1][a] + d*d + penalty[b]
					if c < cost[j][b] {
						cost[j][b], from[j][b] = c, a
					}
				}
			}
		}
		if cost[k][len(ok)-1] == inf {
			continue
		}
		lines := make([][]glyph, k)
		b := len(ok) - 1
		for j := k; j >= 1; j-- {
			a := from[j][b]
			lines[j-1] = g[ok[a]:ok[b]]
			b = a
		}
		return lines
	}
	// Not even one unit per line fits, or the title is longer than any
	// title: set the glyphs as a paragraph.
	var lines [][]glyph
	for _, l := range breakLines(para{glyphs: g, width: width}) {
		lines = append(lines, l.glyphs)
	}
	return lines
}
