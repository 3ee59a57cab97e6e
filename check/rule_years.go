package check

import (
	"fmt"
	"strings"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
)

// retrospective words mark a sentence that looks back at an earlier year
// rather than speaking of the plan's own.
var retrospective = []string{"取得", "完成了", "实现了", "成效", "回顾", "过去", "以来", "圆满", "期间", "时期", "已经", "去年"}

var (
	// yearIsStatement: "2011年是“十二五”的开局之年".
	yearIsStatement = lazyregexp.New(`([0-9０-９]{4})\s*年(是|为)[^。！？]{0,40}?之年`)
	// yearOpens: a guiding paragraph that opens with the plan's year:
	// "2009年我乡科技工作以……为指导".
	yearOpens = lazyregexp.New(`^([0-9０-９]{4})\s*年[，,、]?\s*(我|全|本)`)
	// titleLine: a line that is itself a plan's title.
	titleLine = lazyregexp.New(`^[^。，,；]{0,20}([0-9０-９]{4})\s*年[^。，,；]{0,30}(工作要点|工作计划|重点工作)$`)
	// thisYearIs: "今年（2009年）", "今年即2009年".
	thisYearIs = lazyregexp.New(`今年[（(即是为]\s*([0-9０-９]{4})\s*年`)
	// yearWill: a sentence that opens with a year, in digits or numerals,
	// and says what the body will do in it: "二0一二年，科技局将在……",
	// "2012年，我局要……".
	yearWill = lazyregexp.New(`(?:^|[。！？\s])([0-9０-９〇零○Ｏ一二三四五六七八九]{4})\s*年[，,]\s*([^，,。；]{0,10}?)(将|要)`)
)

// numeralYear reads a year written in four digits or numerals, or mixed
// as in 二0一二, or returns 0.
func numeralYear(s string) int {
	y, n := 0, 0
	for _, r := range s {
		d := strings.IndexRune("0123456789", r)
		switch {
		case d >= 0:
		case r >= '０' && r <= '９':
			d = int(r - '０')
		case strings.ContainsRune("〇零○Ｏ", r):
			d = 0
		default:
			d = strings.IndexRune("一二三四五六七八九", r)/len("一") + 1
			if d == 0 {
				return 0
			}
		}
		y, n = y*10+d, n+1
	}
	if n != 4 || y < 1900 || y > 2999 {
		return 0
	}
	return y
}

// prospective words mark a guiding paragraph about the plan's own year.
var prospective = []string{"为指导", "为主线", "要", "将", "力争", "围绕", "重点", "总体思路", "总体要求", "指导思想"}

// yearMismatch checks that the years a plan gives itself agree: the title, the
// meta data, "20XX年是……之年", the year that opens its guiding paragraph,
// a second title line, and the 成文日期 (the plan's year or the December
// before).
func yearMismatch(in *Input) []Finding {
	d := in.Draft.Doc
	titleYear := titleYear(d.Meta.Title, d.Meta.Year)
	ref, refName := titleYear, "标题"
	if ref == 0 {
		ref, refName = d.Meta.Year, "文档年度"
	}
	if ref == 0 {
		return nil
	}
	var out []Finding
	add := func(path, nodeID string, year int, what, evidence string) {
		out = append(out, Finding{Path: path, NodeID: nodeID,
			Message:  fmt.Sprintf("%s写的是%d年，与%s的%d年不一致", what, year, refName, ref),
			Evidence: evidence})
	}
	if d.Meta.Year != 0 && titleYear != 0 && d.Meta.Year != titleYear {
		out = append(out, Finding{Path: docmodel.PathTitle,
			Message:  fmt.Sprintf("标题写的是%d年，文档年度却是%d年", titleYear, d.Meta.Year),
			Evidence: d.Meta.Title})
	}
	if len(d.Meta.Date) >= 4 {
		if y := plantext.Year(d.Meta.Date[:4] + "年"); y != ref && y != ref-1 {
			out = append(out, Finding{Path: docmodel.PathDate,
				Message:  fmt.Sprintf("成文日期在%d年，%s的年度是%d年：成文日期应在当年或上一年年底", y, refName, ref),
				Evidence: d.Meta.Date})
		}
	}
	for _, s := range in.spans(d) {
		if s.path == docmodel.PathTitle {
			continue
		}
		if m := titleLine.FindStringSubmatch(s.text); m != nil && s.entry == nil {
			if y := plantext.Year(m[1] + "年"); y != 0 && y != ref {
				add(s.path, s.nodeID, y, "文中的标题行", s.text)
			}
			continue
		}
		if m := yearOpens.FindStringSubmatch(s.text); m != nil {
			first := sentences(s.text)[0]
			// A later year in the goals or tasks is a horizon (2025年，全市
			// 将基本建成……), not the plan's own.
			horizon := s.entry != nil && (s.entry.Role == docmodel.RoleGoals || s.entry.Role == docmodel.RoleTasks)
			if y := plantext.Year(m[1] + "年"); y != 0 && y != ref && !(horizon && y > ref) && !containsAny(first, retrospective) && containsAny(first, prospective) {
				add(s.path, s.nodeID, y, "开篇的工作思路", clip(first, 80))
			}
		}
		// A sentence that says what the body will do in an earlier year
		// is last year's plan carried over; a later year may be a goal's
		// horizon.
		for _, m := range yearWill.FindAllStringSubmatchIndex(s.text, -1) {
			sentence := sentenceAround(s.text, m[2])
			if y := numeralYear(s.text[m[2]:m[3]]); y != 0 && y < ref && !yearOpens.MatchString(s.text[m[2]:]) && !containsAny(sentence, retrospective) {
				add(s.path, s.nodeID, y, "“"+s.text[m[2]:m[3]]+"年，……将”", sentence)
			}
		}
		for _, m := range yearIsStatement.FindAllStringSubmatchIndex(s.text, -1) {
			sentence := sentenceAround(s.text, m[0])
			if y := plantext.Year(s.text[m[2]:m[3]] + "年"); y != 0 && y != ref && !containsAny(sentence, retrospective) {
				add(s.path, s.nodeID, y, "“"+s.text[m[2]:m[3]]+"年是……之年”", sentence)
			}
		}
		for _, m := range thisYearIs.FindAllStringSubmatchIndex(s.text, -1) {
			if y := plantext.Year(s.text[m[2]:m[3]] + "年"); y != 0 && y != ref {
				add(s.path, s.nodeID, y, "“今年”", sentenceAround(s.text, m[0]))
			}
		}
	}
	return out
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var periodClaim = lazyregexp.New(`“?(十[一二三四五]?五)”?\s*(规划)?\s*(的|之)?\s*(开局|起步|收官|决胜|最后一|第[一二三四五])(之)?年`)

// planPeriod checks that "20XX年是“十N五”开局/收官之年" names the right plan
// period and the right place in it (2021 opens the 14th, 2025
// closes it, 2026 opens the 15th).
func planPeriod(in *Input) []Finding {
	d := in.Draft.Doc
	plan := PlanYear(d)
	var out []Finding
	for _, s := range in.spans(d) {
		for _, m := range periodClaim.FindAllStringSubmatchIndex(s.text, -1) {
			sentence := sentenceAround(s.text, m[0])
			// The year the claim is about: the last year named before it
			// in the sentence, else the plan's year.
			before := s.text[:m[0]]
			if i := strings.LastIndexAny(before, "。！？；"); i >= 0 {
				before = before[i:]
			}
			year := plan
			if ys := plantext.Years(before); len(ys) > 0 {
				year = ys[len(ys)-1]
			}
			if year == 0 {
				continue
			}
			name, place, written := s.text[m[2]:m[3]], s.text[m[8]:m[9]], s.text[m[8]:m[1]]
			want, ok := fiveYearPlanOf(year)
			if !ok {
				continue
			}
			offset := placeInPeriod(place)
			if name == want.Name && (offset < 0 || want.First+offset == year) {
				continue
			}
			out = append(out, Finding{Path: s.path, NodeID: s.nodeID,
				Message:  fmt.Sprintf("%d年是“%s”%s，文中写成“%s”%s", year, want.Name, describePlace(want, year), name, written),
				Evidence: sentence})
		}
	}
	return out
}

// placeInPeriod returns the year of a period a word names, counted from
// 0, or -1 when the word is not about a position (决胜 may be the last
// two years).
func placeInPeriod(word string) int {
	switch word {
	case "开局", "起步", "第一":
		return 0
	case "第二":
		return 1
	case "第三":
		return 2
	case "第四":
		return 3
	case "收官", "最后一", "第五":
		return 4
	}
	return -1
}

func describePlace(p FiveYearPlan, year int) string {
	switch year - p.First {
	case 0:
		return "开局之年"
	case 4:
		return "收官之年"
	}
	return fmt.Sprintf("第%s年", []string{"一", "二", "三", "四", "五"}[year-p.First])
}

var (
	// congressMention: 党的十九大, or 十九大 followed by 精神, 以来 …
	congressMention = lazyregexp.New(`(党的)?([一二三四五六七八九十]{2,3})大(精神|和|、|以来|提出|报告|胜利)?`)
	// plenumMention: 十九届五中全会, 二十届二中、三中全会.
	plenumMention = lazyregexp.New(`([一二三四五六七八九十]{2,3})届((?:[一二三四五六七八九]中、)*[一二三四五六七八九])中全会`)
	// periodMention: “十三五”, or 十三五 followed by 规划 or 时期; a bare 十五
	// is too often a number (第十五次党代会).
	periodMention = lazyregexp.New(`“(十[一二三四五]?五)”|(十[一二三四五]?五)(规划|时期|期间)`)
)

// staleReference finds what a plan treats as current although it has been
// superseded — an earlier Party Congress or its plenums once a new
// Congress has met, or a five-year plan that has ended.
func staleReference(in *Input) []Finding {
	d := in.Draft.Doc
	year := PlanYear(d)
	if year == 0 {
		return nil
	}
	cur, ok := currentCongress(year)
	var out []Finding
	warn := func(s span, at int, message string) {
		out = append(out, Finding{Path: s.path, NodeID: s.nodeID,
			Message: message, Evidence: sentenceAround(s.text, at)})
	}
	for _, s := range in.spans(d) {
		if ok {
			for _, m := range congressMention.FindAllStringSubmatchIndex(s.text, -1) {
				if m[2] < 0 && m[6] < 0 {
					continue // neither 党的 before nor a telling word after
				}
				n := count(s.text[m[4]:m[5]])
				since := m[6] >= 0 && s.text[m[6]:m[7]] == "以来"
				if n >= 16 && n < cur.Number && !since && asGuidance(sentenceAround(s.text, m[0])) {
					warn(s, m[0], fmt.Sprintf("%d年的计划仍以党的%s为当前：党的%s已于%d年%d月召开", year, s.text[m[4]:m[5]]+"大", cur.Name, cur.Opened.Year(), cur.Opened.Month()))
				}
			}
			for _, m := range plenumMention.FindAllStringSubmatchIndex(s.text, -1) {
				n := count(s.text[m[2]:m[3]])
				if n >= 16 && n < cur.Number && asGuidance(sentenceAround(s.text, m[0])) {
					warn(s, m[0], fmt.Sprintf("%d年的计划仍以%s为当前：第%d届中央委员会已产生", year, s.text[m[0]:m[1]], cur.Number))
				}
				// A plenum held after the plan's year had ended cannot
				// be cited by it: the year is likely wrong.
				for _, session := range strings.Split(s.text[m[4]:m[5]], "中、") {
					if p, ok := plenum(n, count(session)); ok && !p.Opened.Before(yearStart(year+1)) {
						warn(s, m[0], fmt.Sprintf("%s于%d年%d月召开，%d年的计划不会引用它：年份可能有误", p.Name, p.Opened.Year(), p.Opened.Month(), year))
					}
				}
			}
		}
		for _, m := range periodMention.FindAllStringSubmatchIndex(s.text, -1) {
			name := ""
			if m[2] >= 0 {
				name = s.text[m[2]:m[3]]
			} else {
				name = s.text[m[4]:m[5]]
			}
			for _, p := range FiveYearPlans {
				if p.Name == name && year > p.End+1 && !containsAny(sentenceAround(s.text, m[0]), retrospective) && !periodClaim.MatchString(sentenceAround(s.text, m[0])) {
					now, _ := fiveYearPlanOf(year)
					warn(s, m[0], fmt.Sprintf("“%s”已于%d年结束，%d年处于“%s”时期", name, p.End, year, now.Name))
				}
			}
		}
	}
	return out
}

// asGuidance reports whether a sentence treats what it names as the
// guidance of the work: 以……为指导, 贯彻……精神.
func asGuidance(sentence string) bool {
	return containsAny(sentence, []string{"精神", "为指导", "贯彻", "落实", "学习"})
}

// yearUnknown says, once, that the plan's year cannot be known — neither
// its meta data nor its title names one — and which checks that turns
// off, so that their silence is not read as a pass.
func yearUnknown(in *Input) []Finding {
	if in.Draft.Year != 0 || PlanYear(in.Draft.Doc) != 0 {
		return nil
	}
	evidence := in.Draft.Doc.Meta.Title
	if evidence == "" {
		evidence = "（没有标题）"
	}
	return []Finding{{Path: docmodel.PathWhole,
		Message: "看不出本稿是哪一年的计划（标题和文档信息都没有年份），因此没有检查" + RuleName(YearMismatch) + "、" +
			RuleName(StaleReference) + "，" + RuleName(PlanPeriod) + "只查写明了年份的句子，也没有与往年计划对照（" +
			RuleName(TargetRegression) + "、" + RuleName(IndicatorDropped) + "、" + RuleName(UnitChange) + "、" +
			RuleName(CopiedText) + "）；在标题或文档信息中写明年份即可",
		Evidence: evidence}}
}
