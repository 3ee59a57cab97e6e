package indicator

import (
	"strings"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
)

// Located is a target with the place in the plan that states it.
type Located struct {
	docmodel.Indicator
	// Key is Normalize(Name): what matches the target across plans.
	Key string
	// Path is the node's printed path (二、/（一）/3．), or 标题 or 前言
	// for text outside the outline.
	Path   string
	NodeID string
	Role   docmodel.Role // the node's role; empty outside the outline
	// Seq counts the targets of the same name stated earlier at the same
	// place: a paragraph may state one indicator twice.
	Seq int
}

// SameMeasure reports whether two targets are counted alike: the same
// kind of target in the same unit.
func (l Located) SameMeasure(o Located) bool {
	return l.Kind == o.Kind && l.Unit == o.Unit
}

// Of returns the targets of a plan in reading order: the indicators its
// nodes store, and those its text states — title, preamble, headings,
// paragraphs — each once per place, name, measure and value. A review
// part (RoleReview) and a sentence that looks back at an earlier year
// (LooksBack) state results, not targets, and are left out.
func Of(d *docmodel.Document) []Located {
	var out []Located
	seen := map[string]bool{}
	atPlace := map[string]int{}
	add := func(ind docmodel.Indicator, path, nodeID string, role docmodel.Role) {
		l := Located{Indicator: ind, Key: Normalize(ind.Name), Path: path, NodeID: nodeID, Role: role}
		id := l.Key + "|" + string(ind.Kind) + "|" + ind.Unit + "|" + path + "|" + docmodel.FormatNumber(ind.Value)
		if seen[id] {
			return
		}
		seen[id] = true
		l.Seq = atPlace[l.Key+"|"+path]
		atPlace[l.Key+"|"+path]++
		out = append(out, l)
	}
	year := d.Meta.Year
	if year == 0 {
		year = plantext.Year(d.Meta.Title)
	}
	read := func(text, path, nodeID string, role docmodel.Role) {
		for _, sentence := range split(text, endsSentence) {
			// A target has a number; only a sentence with one may look back.
			if !strings.ContainsAny(sentence, "0123456789０１２３４５６７８９") || LooksBack(sentence, year) {
				continue
			}
			for _, ind := range extractSentence(sentence) {
				add(ind, path, nodeID, role)
			}
		}
	}
	read(d.Meta.Title, docmodel.PathTitle, "", "")
	for _, p := range d.Preamble {
		read(p, docmodel.PathPreamble, "", "")
	}
	inReview := false // the current section looks back
	d.Walk(func(e docmodel.Entry) bool {
		if e.Depth == 1 {
			inReview = e.Role == docmodel.RoleReview || ReviewHeading(e.Node.Title(), year)
		}
		if inReview || e.Role == docmodel.RoleReview {
			return true
		}
		n := e.Node
		for _, ind := range n.Indicators {
			add(ind, e.Path, n.ID, e.Role)
		}
		read(n.Heading, e.Path, n.ID, e.Role)
		for _, p := range n.Paragraphs() {
			read(p, e.Path, n.ID, e.Role)
		}
		return true
	})
	return out
}

// reviewEnding: the words that end a heading of a part that reports on
// work done — 工作回顾, 主要成效, 主要工作开展情况, 2022年工作总结.
var reviewEnding = lazyregexp.New(`(回顾|回顧|工作成效|主要成效|取得的成效|主要成绩|主要成績|工作总结|工作總結|开展情况|開展情況|完成情况|完成情況|进展情况|進展情況|工作情况|工作情況)[。.：:]?$`)

// ReviewHeading reports whether a section heading of a plan for year
// names a look back at work done rather than work to do: one that ends in
// 工作回顾, 主要成效, 开展情况 …, or opens with an earlier year
// (2022年主要工作 in a plan for 2023). The importer marks such parts
// RoleReview where it can; this catches the ones it could not.
func ReviewHeading(heading string, year int) bool {
	heading = strings.TrimSpace(heading)
	if reviewEnding.MatchString(heading) {
		return true
	}
	y := leadingYear(heading)
	return y != 0 && year != 0 && y < year
}

// lookBackWords mark a sentence that reports what was done rather than
// what is to be done: 去年, 过去一年, 增幅, 预计全年.
var lookBackWords = []string{
	"去年", "上一年", "过去一年", "过去的一年", "一年来", "以来", "回顾", "取得了", "完成了", "实现了", "达到了", "增幅", "预计",
	"過去一年", "過去的一年", "一年來", "以來", "回顧", "實現了", "達到了", "預計",
}

// baseOfComparison removes the words that make last year the base of a
// target: 较去年, 比上一年.
var baseOfComparison = strings.NewReplacer("较去年", "", "比去年", "", "与去年", "", "同去年", "", "较上一年", "", "比上一年", "",
	"較去年", "", "與去年", "")

// lookAheadWords mark a sentence that sets a target, whatever else it
// says: 力争, 确保, 争取.
var lookAheadWords = []string{"力争", "确保", "争取", "预期", "年内", "力爭", "確保", "爭取", "預期", "年內"}

// LooksBack reports whether a sentence of a plan for year reports what
// an earlier year achieved — "2023年，全市研发投入增长15%", "去年新增高新
// 技术企业120家", "预计达到2.8%" — rather than setting a target. A
// sentence that also sets one (力争, 确保 …) does not look back.
// year is 0 when the plan does not say; only the words then count.
func LooksBack(sentence string, year int) bool {
	for _, w := range lookAheadWords {
		if strings.Contains(sentence, w) {
			return false
		}
	}
	// 较去年增长10%: last year as the base of a target, not its subject.
	compared := baseOfComparison.Replace(sentence)
	for _, w := range lookBackWords {
		if strings.Contains(compared, w) {
			return true
		}
	}
	if year == 0 {
		return false
	}
	// A sentence that opens with an earlier year (2023年，…; 2023年以来)
	// is about that year.
	opening := strings.TrimLeft(sentence, " \t\u3000")
	for _, w := range []string{"在", "截至", "截止", "到", "至"} {
		opening = strings.TrimPrefix(opening, w)
	}
	if y := leadingYear(opening); y != 0 && y < year {
		return true
	}
	return false
}

// leadingYear reads the year a text opens with, "2023年…", or 0.
func leadingYear(s string) int {
	y, i := 0, 0
	for ; i < len(s) && i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		y = y*10 + int(s[i]-'0')
	}
	if i != 4 || !strings.HasPrefix(s[i:], "年") {
		return 0
	}
	return y
}

// Ambition compares two targets of one indicator: +1 when b asks for more
// than a, -1 when it asks for less, 0 when they ask the same. A ceiling
// (控制在5.5%以内) asks for more as it goes down; any other target as it
// goes up.
func Ambition(a, b docmodel.Indicator) int {
	sign := 1
	if a.Bound == docmodel.BoundAtMost || b.Bound == docmodel.BoundAtMost {
		sign = -1
	}
	switch {
	case b.Value > a.Value:
		return sign
	case b.Value < a.Value:
		return -sign
	}
	return 0
}
