package layout

import (
	"math"
	"strings"
	"unicode"
)

// titleWords are words common in the titles of official documents. A
// title never breaks inside one of them, prefers to break where one ends
// or begins, and breaks elsewhere between two hanzi only when balance
// asks for it. They are split where a title is set, so that a program
// that sets none does not pay for them at start-up.
const titleWords = `
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
知识产权 研发 投入 更新 城市更新 改造 老旧小区 营商环境 新质生产力 生产力 行动方案 实施方案 实施意见 工作方案 工作计划 工作要点 高新技术 中小企业 专精特新 制造业 服务业 数字化 智能化 一体化
二〇 ××
`

// wordInterior marks, for each position of s, whether a break before
// that rune would fall inside one of titleWords, and whether it would
// fall where one of them begins or ends.
func wordInterior(s []rune) (in, edge []bool) {
	in = make([]bool, len(s)+1)
	edge = make([]bool, len(s)+1)
	for w := range strings.FieldsSeq(titleWords) {
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
	case interior[i], unicode.IsDigit(a) && !isWord(b) && b != ' ':
		// Inside a word, or between a number and its unit: 2025|年, 15|%.
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

// shapeTolerance is the difference in width, in ems, below which two
// title lines count as equally long when the shape of the title is
// judged.
const shapeTolerance = 0.25

// titleLines breaks a title into balanced lines no wider than width:
// the fewest lines it fits in, chosen among the legal breaks to make the
// lines as equal as possible and to break at punctuation, after 的 or a
// year rather than between two hanzi, and never inside a common word or
// between a number and its unit. The lines form a trapezoid or a diamond
// (GB/T 9704-2012 §7.3.1): once a line is shorter than the one above it,
// no later line is longer, so the title is never shaped like an
// hourglass.
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
	penalty := make([]float64, len(ok)) // of a break at ok[b]; none at the end
	for b := 1; b < len(ok)-1; b++ {
		penalty[b] = breakPenalty(g, ok[b], interior, edge)
	}
	// Balancing is for titles of a few lines; a longer "title" is set as
	// a paragraph, which also keeps the work bounded.
	for k := int(math.Ceil(adv[n] / width)); k <= min(len(ok)-1, maxTitleLines); k++ {
		if lines := balance(g, adv, ok, penalty, k, width, adv[n]/float64(k), em); lines != nil {
			return lines
		}
	}
	// Not even one unit per line fits, or the title is longer than any
	// title: set the glyphs as a paragraph.
	var lines [][]glyph
	for _, l := range breakLines(para{glyphs: g, width: width}) {
		lines = append(lines, l.glyphs)
	}
	return lines
}

// balance sets g in exactly k lines no wider than width, breaking only at
// the positions ok (ok[0] is 0, the last is len(g)), at the least cost:
// the squared distance of each line from ideal, in ems, plus the penalty
// of each break. It returns nil when no such setting keeps the title a
// trapezoid or diamond.
//
// A state is a line from ok[a] to ok[b] that is line j, and whether a line
// before it was already shorter than its predecessor (desc): after that,
// no line may grow again.
func balance(g []glyph, adv []float64, ok []int, penalty []float64, k int, width, ideal, em float64) [][]glyph {
	m := len(ok)
	tol := shapeTolerance * em
	type state struct {
		cost  float64
		from  int // the start of the line before, as an index into ok
		fromD int // the desc flag of the line before
		desc  bool
		set   bool
	}
	// st[j][a*m+b][desc]
	st := make([][][2]state, k+1)
	for j := range st {
		st[j] = make([][2]state, m*m)
	}
	flag := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	w := func(a, b int) float64 { return adv[ok[b]] - adv[ok[a]] }
	sq := func(x float64) float64 { d := (x - ideal) / em; return d * d }
	for b := 1; b < m && w(0, b) <= width+eps; b++ {
		if math.IsInf(penalty[b], 1) {
			continue
		}
		st[1][b][0] = state{cost: sq(w(0, b)) + penalty[b], from: -1, set: true}
	}
	for j := 1; j < k; j++ {
		for a := 0; a < m; a++ {
			for b := a + 1; b < m-1; b++ {
				for d := range 2 {
					cur := st[j][a*m+b][d]
					if !cur.set {
						continue
					}
					w1 := w(a, b)
					for c := b + 1; c < m; c++ {
						w2 := w(b, c)
						if w2 > width+eps {
							break
						}
						if cur.desc && w2 > w1+tol || math.IsInf(penalty[c], 1) {
							continue
						}
						desc := cur.desc || w2 < w1-tol
						cost := cur.cost + sq(w2) + penalty[c]
						next := &st[j+1][b*m+c][flag(desc)]
						if !next.set || cost < next.cost {
							*next = state{cost: cost, from: a, fromD: d, desc: desc, set: true}
						}
					}
				}
			}
		}
	}
	bestA, bestD := -1, 0
	for a := 0; a < m-1; a++ {
		for d := range 2 {
			if s := st[k][a*m+m-1][d]; s.set && (bestA < 0 || s.cost < st[k][bestA*m+m-1][bestD].cost) {
				bestA, bestD = a, d
			}
		}
	}
	if bestA < 0 {
		return nil
	}
	lines := make([][]glyph, k)
	a, b, d := bestA, m-1, bestD
	for j := k; j >= 1; j-- {
		lines[j-1] = g[ok[a]:ok[b]]
		s := st[j][a*m+b][d]
		a, b, d = s.from, a, s.fromD
	}
	return lines
}

// TitleLines returns the lines a title prints in at g's title size, its
// glyphs measured with m: the same balanced breaks as the PDF's, for a
// writer that hands the breaking of the other text to a word processor.
func TitleLines(title string, m Metrics, g Geometry) []string {
	var out []string
	for _, l := range titleLines(shape(m, []span{{text: title, font: Title}}, g.TitleSize), g.Width) {
		rs := make([]rune, len(l))
		for i, gl := range l {
			rs[i] = gl.r
		}
		out = append(out, string(rs))
	}
	return out
}
