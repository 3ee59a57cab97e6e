package check

import (
	"os"
	"strings"
	"testing"

	"yaodian/hanzi"
	"yaodian/importer"
)

const seed002 = "../testdata/seeds/002_07ecd39dfcf56a0e.txt"

// seedPlans reads the five plans of seed 002.
func seedPlans(t *testing.T) []Plan {
	t.Helper()
	docs, err := importer.Documents(seed002)
	if err != nil {
		t.Fatal(err)
	}
	var plans []Plan
	for _, d := range docs {
		plans = append(plans, Plan{Doc: d, File: seed002, Year: PlanYear(d)})
	}
	return plans
}

// countByRule runs every rule and counts the findings of each.
func countByRule(in Input) map[string]int {
	n := map[string]int{}
	for _, f := range Run(in) {
		n[f.Rule]++
	}
	return n
}

// The real mistakes of seed 002 are found, and the plans that are right
// on a rule give no finding of it.
func TestSeed002(t *testing.T) {
	plans := seedPlans(t)
	if len(plans) != 5 {
		t.Fatalf("%d plans in seed 002, want 5", len(plans))
	}
	for _, tc := range []struct {
		plan int
		want map[string]int // findings per rule; rules not named must give none
	}{
		// 2011年全州科技工作要点: half-width punctuation throughout, 1、 numbering, no safeguards section.
		{1, map[string]int{Punctuation: 1, Numbering: 1, MissingSection: 1}},
		// Titled 2008, written for 2009; announces six key tasks and lists five;
		// 1、 where the level is （一）, (一)、 for （一）, 1、 for 1．; its
		// targets are in the tasks, it has no safeguards section.
		{2, map[string]int{YearMismatch: 2, CountClaim: 1, Punctuation: 1, Numbering: 3, MissingSection: 1}},
		// 2010年科技工作要点: 1、 numbering; its (一) is the half-width
		// habit of the whole text, reported as punctuation.
		{3, map[string]int{Punctuation: 1, Numbering: 1, MissingSection: 1}},
		// 江苏省2013年全省科技工作要点: goals stated in the preamble, seven
		// tasks as announced, numbered 1、; no safeguards section. (The
		// web page's date, counter and font bar are set aside on import.)
		{4, map[string]int{Punctuation: 1, Numbering: 1, MissingSection: 1}},
		// A 范文 template of 2021: xx left unfilled; its 1. numbering is
		// right; its targets are in the tasks, it has no safeguards section;
		// 范文 in the title and the site's disclaimer.
		{5, map[string]int{Placeholder: 13, Punctuation: 1, MissingSection: 1, JunkText: 2}},
	} {
		got := countByRule(Input{Draft: plans[tc.plan-1]})
		for rule, n := range got {
			if tc.want[rule] != n {
				t.Errorf("plan %d: %d %s findings, want %d", tc.plan, n, rule, tc.want[rule])
			}
		}
		for rule, n := range tc.want {
			if got[rule] == 0 && n > 0 {
				t.Errorf("plan %d: no %s finding, want %d", tc.plan, rule, n)
			}
		}
	}
}

// The other seeds: a provincial plan in Traditional Chinese (001) and
// news pages that are not plans (000, 003, 004).
func TestOtherSeeds(t *testing.T) {
	for _, tc := range []struct {
		file string
		want map[string]int
	}{
		// Half-width punctuation throughout, its (一) markers too; its 1.
		// is right; its goals are （四）建設目標; an 意见 of no year.
		{"001_c2dd12a7d8c4d9be.txt", map[string]int{Punctuation: 1, YearUnknown: 1}},
		// A news report that repeats nine of its paragraphs; no outline,
		// so nothing said of its parts.
		{"000_c0fd6f8e680181ea.txt", map[string]int{Punctuation: 1, DuplicateText: 9, YearUnknown: 1}},
		// A news page with 做出应有的贡献 (its date line is set aside on
		// import).
		{"003_53adcd8b325d19af.txt", map[string]int{Punctuation: 1, Confusable: 1}},
		// An interview whose page header recurs five times (one finding
		// naming the five places), with the page's 类别 / 发布时间 / 来源
		// line.
		{"004_3207a1f9dd876bd1.txt", map[string]int{Punctuation: 1, DuplicateText: 1, YearUnknown: 1, JunkText: 1}},
	} {
		docs, err := importer.Documents("../testdata/seeds/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		got := countByRule(Input{Draft: Plan{Doc: docs[0], Year: PlanYear(docs[0])}})
		for rule, n := range got {
			if tc.want[rule] != n {
				t.Errorf("%s: %d %s findings, want %d", tc.file, n, rule, tc.want[rule])
			}
		}
		for rule, n := range tc.want {
			if got[rule] == 0 && n > 0 {
				t.Errorf("%s: no %s finding, want %d", tc.file, rule, n)
			}
		}
	}
}

// Seed 000 repeats whole paragraphs.
func TestSeed000Duplicates(t *testing.T) {
	docs, err := importer.Documents("../testdata/seeds/000_c0fd6f8e680181ea.txt")
	if err != nil {
		t.Fatal(err)
	}
	var dup []Finding
	for _, f := range Run(Input{Draft: Plan{Doc: docs[0]}}) {
		if f.Rule == DuplicateText {
			dup = append(dup, f)
		}
	}
	if len(dup) == 0 {
		t.Fatal("no duplicate-text finding in seed 000")
	}
	for _, f := range dup {
		// Each quoted repeat really occurs at least twice in the source.
		src, _ := os.ReadFile("../testdata/seeds/000_c0fd6f8e680181ea.txt")
		quote := strings.TrimSuffix(f.Evidence, "…")
		if strings.Count(normalizeText(string(src)), normalizeText(quote)) < 2 {
			t.Errorf("%s: %q does not occur twice in the source", f.Path, quote)
		}
	}
}

// A real plan and the same plan edited as next year's draft: a target
// lowered, one raised, an indicator removed, the year-is sentence left as
// it was, most paragraphs kept word for word.
func TestPriorYearFromRealText(t *testing.T) {
	src, err := os.ReadFile(seed002)
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	plan1 := text[strings.Index(text, "2011年全州科技工作要点\n湘西"):strings.Index(text, "第二篇")]
	draft := plan1
	for _, r := range [][2]string{
		{"2011年全州科技工作要点\n湘西", "2012年全州科技工作要点\n湘西"},
		{"制定2011年全州科技工作要点如下", "制定2012年全州科技工作要点如下"},
		{"高新技术企业5家", "高新技术企业3家"},
		{"引进推广新技术、新品种80项", "引进推广新技术、新品种100项"},
		{";专利申请量较上年增长10%以上", ""},
	} {
		if !strings.Contains(draft, r[0]) {
			t.Fatalf("plan 1 lacks %q", r[0])
		}
		draft = strings.Replace(draft, r[0], r[1], 1)
	}
	prior, err := importer.Text([]byte(plan1))
	if err != nil {
		t.Fatal(err)
	}
	next, err := importer.Text([]byte(draft))
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Draft: Plan{Doc: next[0], File: "2012.txt", Year: PlanYear(next[0])},
		Priors: []Plan{{Doc: prior[0], File: "2011.txt", Year: PlanYear(prior[0])}}}
	var got []string
	counts := map[string]int{}
	for _, f := range Run(in) {
		counts[f.Rule]++
		switch f.Rule {
		case TargetRegression, IndicatorDropped, YearMismatch:
			got = append(got, f.Rule+"｜"+f.Path+"｜"+f.Message)
			if f.Rule != YearMismatch && (f.Prior == nil || f.Prior.Year != 2011 || f.Prior.File != "2011.txt") {
				t.Errorf("%s does not name the prior plan: %+v", f.Rule, f.Prior)
			}
		}
	}
	want := []string{
		"indicator-dropped｜全文｜2011年的指标“专利申请量”（增长10%以上）在本稿中没有出现",
		"target-regression｜一、｜“认定高新技术企业”的目标由2011年的新增5家降为新增3家",
		"year-mismatch｜二、｜“2011年是……之年”写的是2011年，与标题的2012年不一致",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings\n got %q\nwant %q", got, want)
	}
	// The seven task paragraphs and the guiding paragraph were kept word
	// for word: copying is that much of the draft, so it is a warning.
	if counts[CopiedText] < 8 || counts[UnitChange] != 0 {
		t.Errorf("copied-text %d, unit-change %d", counts[CopiedText], counts[UnitChange])
	}
}

// Seed 001 is a Traditional-script copy of a provincial document; the same
// text in Simplified script, checked against it as last year's plan, is
// found copied paragraph by paragraph.
func TestCopiedAcrossScripts(t *testing.T) {
	src, err := os.ReadFile("../testdata/seeds/001_c2dd12a7d8c4d9be.txt")
	if err != nil {
		t.Fatal(err)
	}
	trad, err := importer.Text(src)
	if err != nil {
		t.Fatal(err)
	}
	simp, err := importer.Text([]byte(hanzi.Simplify(string(src))))
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Draft: Plan{Doc: simp[0], File: "2013.txt", Year: 2013},
		Priors: []Plan{{Doc: trad[0], File: "2012.txt", Year: 2012}}}
	copied, compared := 0, 0
	for _, s := range in.spans(simp[0]) {
		if s.path != "标题" && len([]rune(normalizeText(s.text))) >= minCopiedRunes {
			compared++
		}
	}
	for _, f := range Run(in) {
		if f.Rule == CopiedText {
			copied++
		}
	}
	if compared < 20 || copied != compared {
		t.Errorf("%d of %d paragraphs found copied, want all", copied, compared)
	}
}
