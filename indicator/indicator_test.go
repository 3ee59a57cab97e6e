package indicator_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"yaodian/docmodel"
	"yaodian/indicator"
)

func f(v float64) *float64 { return &v }

// The targets of real plans, each with the name, value, unit, kind, bound
// and stretch value it states, and the clause it came from.
func TestExtract(t *testing.T) {
	const (
		level     = docmodel.KindLevel
		increment = docmodel.KindIncrement
		growth    = docmodel.KindGrowth
		reduction = docmodel.KindReduction
		atLeast   = docmodel.BoundAtLeast
		about     = docmodel.BoundAbout
		atMost    = docmodel.BoundAtMost
	)
	type ind = docmodel.Indicator
	for _, tc := range []struct {
		text string
		want []ind
	}{
		{"新认定高新技术企业25家以上", []ind{{Name: "新认定高新技术企业", Kind: increment, Value: 25, Unit: "家", Bound: atLeast, Source: "新认定高新技术企业25家以上"}}},
		{"力争2021年全市R&D经费投入经费增长20%以上。", []ind{{Name: "全市R&D经费投入经费", Kind: growth, Value: 20, Unit: "%", Bound: atLeast, Source: "力争2021年全市R&D经费投入经费增长20%以上"}}},
		{"研发投入强度达到3.3%、争取3.4%", []ind{{Name: "研发投入强度", Kind: level, Value: 3.3, Unit: "%", Stretch: f(3.4), Source: "研发投入强度达到3.3%、争取3.4%"}}},
		{"专利申请量较上年增长10%以上", []ind{{Name: "专利申请量", Kind: growth, Value: 10, Unit: "%", Bound: atLeast, Source: "专利申请量较上年增长10%以上"}}},
		{"城镇调查失业率控制在5.5%以内", []ind{{Name: "城镇调查失业率", Kind: level, Value: 5.5, Unit: "%", Bound: atMost, Source: "城镇调查失业率控制在5.5%以内"}}},
		{"单位地区生产总值能耗降低3%", []ind{{Name: "单位地区生产总值能耗", Kind: reduction, Value: 3, Unit: "%", Source: "单位地区生产总值能耗降低3%"}}},
		// Traditional units are written in one (Simplified) form.
		{"新建創新平台5個，技術合同成交額達到20億元", []ind{
			{Name: "新建創新平台", Kind: increment, Value: 5, Unit: "个", Source: "新建創新平台5個"},
			{Name: "技術合同成交額", Kind: level, Value: 20, Unit: "亿元", Source: "技術合同成交額達到20億元"},
		}},
		{"全市地区生产总值增长5.5%左右，城镇新增就业3.2万人。", []ind{
			{Name: "全市地区生产总值", Kind: growth, Value: 5.5, Unit: "%", Bound: about, Source: "全市地区生产总值增长5.5%左右"},
			{Name: "城镇新增就业", Kind: increment, Value: 3.2, Unit: "万人", Source: "城镇新增就业3.2万人"},
		}},
		// A nameless clause takes the subject of the one before it.
		{"到年底，全市省级以上创新平台达到25个，较上年增长15%以上。", []ind{
			{Name: "全市省级以上创新平台", Kind: level, Value: 25, Unit: "个", Source: "全市省级以上创新平台达到25个"},
			{Name: "全市省级以上创新平台", Kind: growth, Value: 15, Unit: "%", Bound: atLeast, Source: "较上年增长15%以上"},
		}},
		// A verb shared across 、 (seed 002, plan 1).
		{"认定民营科技企业10家、高新技术企业5家", []ind{
			{Name: "认定民营科技企业", Kind: increment, Value: 10, Unit: "家", Source: "认定民营科技企业10家"},
			{Name: "认定高新技术企业", Kind: increment, Value: 5, Unit: "家", Source: "高新技术企业5家"},
		}},
		// Percentage points, and a ratio whose name holds 的.
		{"高新技术产业产值占规模以上工业产值的比重再提高3个百分点", []ind{{Name: "高新技术产业产值占规模以上工业产值的比重", Kind: growth, Value: 3, Unit: "个百分点", Source: "高新技术产业产值占规模以上工业产值的比重再提高3个百分点"}}},
		// A range gives the higher end as the stretch value.
		{"常熟科创园力争再引进3至4家大学研究院", nil},
		{"新建3至4个产业技术创新战略联盟", nil},
		{"新建产业技术创新战略联盟3至4个", []ind{{Name: "新建产业技术创新战略联盟", Kind: increment, Value: 3, Unit: "个", Stretch: f(4), Source: "新建产业技术创新战略联盟3至4个"}}},
		// Traditional Chinese (seed 001), and a count phrased with a level verb.
		{"研究與試驗發展經費支出占地區生產總值比重超過2%", []ind{{Name: "研究與試驗發展經費支出占地區生產總值比重", Kind: level, Value: 2, Unit: "%", Bound: atLeast, Source: "研究與試驗發展經費支出占地區生產總值比重超過2%"}}},
		{"力争全年认定科技特派员不少于500人", []ind{{Name: "认定科技特派员", Kind: increment, Value: 500, Unit: "人", Bound: atLeast, Source: "力争全年认定科技特派员不少于500人"}}},
		// Numbers that are not targets: inside a phrase, years, dates, counts in words.
		{"聚焦“433”产业新体系、16条百亿特色产业链，2021年是“十四五”开局之年。", nil},
		{"力争70%以上的大中型企业都建有内部研发机构", nil},
		{"以优异成绩庆祝建党100周年，启动实施十大工程。", nil},
		{"加快建设xx5G创新实验室", nil},
		{"2024年1月5日", nil},
	} {
		got := indicator.Extract(tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Extract(%q) differs (-want +got):\n%s", tc.text, diff)
		}
	}
}

// Every indicator Extract returns is valid in a document.
func TestExtractIsValid(t *testing.T) {
	d := docmodel.New()
	n := d.NewNode()
	n.Heading = "主要目标"
	n.Indicators = indicator.Extract("全社会R&D经费投入增长20%以上，研发投入强度达到3.3%、争取3.4%；新认定高新技术企业25家以上，" +
		"城镇调查失业率控制在5.5%以内，能耗降低3%，粮食产量稳定在48万吨以上，新增就业3.2万人。")
	d.Sections = append(d.Sections, n)
	if len(n.Indicators) != 7 {
		t.Errorf("%d indicators, want 7: %+v", len(n.Indicators), n.Indicators)
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
}

// The names plans use for one indicator in different years normalise to
// one key, and different indicators keep different keys.
func TestNormalize(t *testing.T) {
	for _, group := range [][]string{
		{"新认定高新技术企业", "新增高新技术企业", "培育高新技术企业", "新认定国家高新技术企业", "全市新认定高新技术企业"},
		{"R&D经费投入强度", "研发投入强度", "全社会研发经费投入占GDP比重", "全社会研究与试验发展经费支出占地区生产总值的比重",
			"研究與試驗發展經費支出占地區生產總值比重", "全社会R＆D经费投入强度", "全社会研究和开发投入占地区生产总值的比重"},
		{"全社会R&D经费投入", "全市R&D经费投入经费", "研发经费投入", "全社会研发投入"},
		{"专利申请量", "专利申请数", "“专利申请”数量"},
		{"单位地区生产总值能耗", "单位GDP能耗"},
	} {
		want := indicator.Normalize(group[0])
		for _, name := range group[1:] {
			if got := indicator.Normalize(name); got != want {
				t.Errorf("Normalize(%q) = %q, want %q like %q", name, got, want, group[0])
			}
		}
	}
	distinct := []string{"高新技术企业", "研发投入强度", "研发投入", "专利申请", "专利授权", "gdp能耗", "粮食产量", "城镇调查失业率", "省级高新技术企业"}
	seen := map[string]string{}
	for _, name := range distinct {
		key := indicator.Normalize(name)
		if other, dup := seen[key]; dup {
			t.Errorf("%q and %q both normalise to %q", name, other, key)
		}
		seen[key] = name
	}
}

func TestAmbition(t *testing.T) {
	level := func(v float64, b docmodel.Bound) docmodel.Indicator {
		return docmodel.Indicator{Name: "x", Kind: docmodel.KindLevel, Value: v, Unit: "%", Bound: b}
	}
	for _, tc := range []struct {
		a, b docmodel.Indicator
		want int
	}{
		{level(20, docmodel.BoundAtLeast), level(25, docmodel.BoundAtLeast), 1},
		{level(25, ""), level(20, ""), -1},
		{level(5.5, docmodel.BoundAtMost), level(6, docmodel.BoundAtMost), -1}, // a looser ceiling
		{level(5.5, docmodel.BoundAtMost), level(5, docmodel.BoundAtMost), 1},
		{level(3, ""), level(3, docmodel.BoundAbout), 0},
	} {
		if got := indicator.Ambition(tc.a, tc.b); got != tc.want {
			t.Errorf("Ambition(%v, %v) = %d, want %d", tc.a.Describe(), tc.b.Describe(), got, tc.want)
		}
	}
}

// Of finds the targets of every part of a plan, with their places.
func TestOf(t *testing.T) {
	d := docmodel.New()
	d.Preamble = []string{"力争研发投入强度达到3%。"}
	n := d.NewNode()
	n.Heading = "主要目标"
	n.Role = docmodel.RoleGoals
	n.Body = []string{"新认定高新技术企业25家以上，新认定高新技术企业25家以上。", "城镇调查失业率控制在5.5%以内。"}
	n.Indicators = []docmodel.Indicator{{Name: "技术合同成交额", Kind: docmodel.KindLevel, Value: 50, Unit: "亿元"}}
	if err := d.Insert("", 0, n); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range indicator.Of(d) {
		got = append(got, fmt.Sprintf("%s %s %s %d", l.Path, l.Key, l.Role, l.Seq))
	}
	want := "前言 研发投入强度  0|一、 技术合同成交额 goals 0|一、 高新技术企业 goals 0|一、 城镇调查失业率 goals 0"
	if strings.Join(got, "|") != want {
		t.Errorf("Of = %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// A sentence that reports what an earlier year achieved is told from one
// that sets a target.
func TestLooksBack(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		year     int
		want     bool
	}{
		// Results of the year before the plan's.
		{"2023年，全市研发投入增长15%，高新技术企业达到500家", 2024, true},
		{"在2023年全市新增高新技术企业120家", 2024, true},
		{"去年新增高新技术企业120家", 0, true},
		{"全市技术合同成交额增幅38.5%", 0, true},
		{"研发投入强度预计达到2.8%", 0, true},
		{"2019年以来累计培育科技型企业300家", 2024, true},
		{"一年來，新增創新平台12個", 0, true},
		// Targets, however worded.
		{"力争研发投入强度达到3%", 2024, false},
		{"新认定高新技术企业25家以上", 2024, false},
		{"2024年全市新增高新技术企业150家", 2024, false},
		{"到2025年，研发投入强度达到3%", 2024, false},
		{"在去年基础上，力争新增高新技术企业150家", 2024, false},
		{"专利申请量较上年增长10%以上", 2024, false},
		{"专利申请量较去年增长10%以上", 2024, false},
		{"技术合同成交额比上一年增长15%", 0, false},
		// Without the plan's year, a leading year says nothing.
		{"2023年全市新增高新技术企业120家", 0, false},
	} {
		if got := indicator.LooksBack(tc.sentence, tc.year); got != tc.want {
			t.Errorf("LooksBack(%q, %d) = %v, want %v", tc.sentence, tc.year, got, tc.want)
		}
	}
}

// A review part and the look-back sentences of the preamble state no
// targets; the targets beside them still count.
func TestOfLeavesOutResults(t *testing.T) {
	d := docmodel.New()
	d.Meta.Title = "2025年全市科技工作要点"
	d.Preamble = []string{"2024年，全市研发投入增长12%，高新技术企业达到520家。2025年，力争研发投入强度达到3%。"}
	review := d.NewNode()
	review.Heading = "过去一年"
	review.Role = docmodel.RoleReview
	review.Body = []string{"新增高新技术企业120家，技术合同成交额增幅38.5%。"}
	// A review the importer took for tasks (主要工作 is a tasks word).
	done := d.NewNode()
	done.Heading = "主要工作开展情况"
	done.Role = docmodel.RoleTasks
	child := d.NewNode()
	child.Heading = "加大主体培育"
	child.Body = []string{"组织企业申报认定，新增高新技术企业20家。"}
	done.Children = []*docmodel.Node{child}
	goals := d.NewNode()
	goals.Heading = "主要目标"
	goals.Role = docmodel.RoleGoals
	goals.Body = []string{"新认定高新技术企业150家以上。"}
	for i, n := range []*docmodel.Node{review, done, goals} {
		if err := d.Insert("", i, n); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, l := range indicator.Of(d) {
		got = append(got, l.Path+" "+l.Key)
	}
	want := "前言 研发投入强度|三、 高新技术企业"
	if strings.Join(got, "|") != want {
		t.Errorf("Of = %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// A section heading that reports on work done is told from one that sets
// work to do.
func TestReviewHeading(t *testing.T) {
	for _, tc := range []struct {
		heading string
		year    int
		want    bool
	}{
		{"2024年工作回顾", 2025, true},
		{"主要工作开展情况", 2023, true},
		{"2022年主要工作", 2023, true},
		{"一年来的主要成效", 0, true},
		{"年主要工作", 0, false}, // no year to go by; 主要工作 is a tasks heading
		{"主要目标", 2025, false},
		{"提升科技成果转化成效", 2025, false},
		{"加强工作情况调研，完善政策体系", 2025, false},
		{"2025年主要任务", 2025, false},
	} {
		if got := indicator.ReviewHeading(tc.heading, tc.year); got != tc.want {
			t.Errorf("ReviewHeading(%q, %d) = %v, want %v", tc.heading, tc.year, got, tc.want)
		}
	}
}
