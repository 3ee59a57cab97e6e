package compare_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/importer"
)

const bench = "../testdata/bench/workplan-20p.md"

func load(t testing.TB, src string) *docmodel.Document {
	t.Helper()
	d, err := importer.Markdown([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func benchText(t testing.TB) string {
	t.Helper()
	src, err := os.ReadFile(bench)
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// edit applies text replacements that must each match exactly once.
func edit(t testing.TB, src string, pairs ...string) string {
	t.Helper()
	for i := 0; i < len(pairs); i += 2 {
		if n := strings.Count(src, pairs[i]); n != 1 {
			t.Fatalf("%q occurs %d times", pairs[i], n)
		}
		src = strings.Replace(src, pairs[i], pairs[i+1], 1)
	}
	return src
}

// describe prints a change as "kind a_path→b_path: diff" for assertions.
func describe(c compare.Change) string {
	s := string(c.Kind) + " " + c.APath + "→" + c.BPath
	for _, op := range c.Diff {
		if op.Op != "=" {
			s += " " + op.Op + op.Text
		}
	}
	return s
}

func TestIdenticalDocumentsHaveNoChanges(t *testing.T) {
	src := benchText(t)
	r := compare.Documents(load(t, src), load(t, src))
	if len(r.Changes) != 0 {
		t.Errorf("%d changes between identical documents: %v", len(r.Changes), r.Changes[0])
	}
}

// Each scripted edit of the benchmark plan is reported as exactly that
// change and nothing else: no renumbering noise, no false moves.
func TestScriptedEdits(t *testing.T) {
	src := benchText(t)
	task3 := "3．强化企业创新主体地位。"
	moveStart := strings.Index(src, task3)
	moveEnd := moveStart + strings.Index(src[moveStart:], "\n\n") + 2
	moved := src[moveStart:moveEnd]
	for _, tc := range []struct {
		name string
		b    string
		want []string
	}{
		{"task moved to another group", func() string {
			s := src[:moveStart] + src[moveEnd:]
			return edit(t, s, "## （三）扩大有效需求", strings.Replace(moved, "3．", "6．", 1)+"## （三）扩大有效需求")
		}(), []string{"moved 二、/（一）/3．→二、/（二）/6．"}},
		{"heading renamed", edit(t, src, "## （三）扩大有效需求，稳住经济增长基本盘", "## （三）扩大内需，稳住经济增长基本盘"),
			[]string{"modified 二、/（三）→二、/（三） -有效需求 +内需"}},
		{"heading reworded beyond recognition keeps its tasks", edit(t, src, "## （五）推进乡村振兴，促进城乡融合发展", "## （五）农业农村现代化"),
			[]string{"modified 二、/（五）→二、/（五） -推进乡村振兴，促进城乡融合发展 +农业农村现代化"}},
		{"numbers changed", edit(t, src, "新增院士专家工作站50家以上", "新增院士专家工作站60家以上", "增长5.5%左右", "增长6%左右"),
			[]string{"modified 一、/（二）→一、/（二） -5.5 +6", "modified 二、/（一）/1．→二、/（一）/1． -50 +60"}},
		{"paragraph deleted and one inserted", edit(t, src,
			"要建立健全工作推进机制，定期研究解决重大问题，确保各项任务有人抓、有人管、有人负责。\n\n", "",
			"## （三）严格督查考核\n\n", "## （三）严格督查考核\n\n对重点任务实行挂图作战，每季度通报一次进展。\n\n"),
			[]string{"modified 三、/（一）→三、/（一） -\n要建立健全工作推进机制，定期研究解决重大问题，确保各项任务有人抓、有人管、有人负责。",
				"modified 三、/（三）→三、/（三） +对重点任务实行挂图作战，每季度通报一次进展。\n"}},
		{"task deleted and another inserted", edit(t, src,
			"3．稳定外贸外资基本盘。", "3．发展海洋经济。建设海洋产业园，推动临港产业集聚发展。\n\n4．稳定外贸外资基本盘。",
			moved, ""),
			[]string{"removed 二、/（一）/3．→", "added →二、/（三）/3．"}},
		{"siblings swapped", swapParagraphs(t, src, "1．扛稳粮食安全政治责任。", "2．做优做强特色农业产业。"),
			[]string{"moved 二、/（五）/1．→二、/（五）/2．"}}, // the first of the pair in B stays
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := compare.Documents(load(t, src), load(t, tc.b))
			var got []string
			for _, c := range r.Changes {
				got = append(got, describe(c))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("changes\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// swapParagraphs swaps two adjacent numbered paragraphs that start with
// first and second, and their numbers.
func swapParagraphs(t testing.TB, src, first, second string) string {
	t.Helper()
	i := strings.Index(src, first)
	j := strings.Index(src, second)
	end := j + strings.Index(src[j:], "\n\n") + 2
	if i < 0 || j < i {
		t.Fatalf("paragraphs %q and %q not found in order", first, second)
	}
	p1, p2 := src[i:j], src[j:end]
	n1, n2 := first[:len("1．")], second[:len("1．")]
	return src[:i] + n1 + p2[len(n2):] + n2 + p1[len(n1):] + src[end:]
}

func TestDiff(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"新增院士专家工作站50家以上", "新增院士专家工作站60家以上", "=新增院士专家工作站 -50 +60 =家以上"},
		{"增长5个百分点", "增长50个百分点", "=增长 -5 +50 =个百分点"},
		{"强度达到3.3%", "强度达到3.5%", "=强度达到 -3.3 +3.5 =%"},
		{"扩大有效需求，稳住经济增长基本盘", "扩大内需，稳住经济增长基本盘", "=扩大 -有效需求 +内需 =，稳住经济增长基本盘"},
		{"相同", "相同", "=相同"},
		{"", "全新", "+全新"},
	} {
		var parts []string
		for _, op := range compare.Diff(tc.a, tc.b) {
			parts = append(parts, op.Op+op.Text)
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("Diff(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestIndicatorRows(t *testing.T) {
	doc := func(rows string) *docmodel.Document {
		return load(t, "# 一、主要目标\n\n| 指标 | 目标值 | 单位 | 类型 |\n|---|---|---|---|\n"+rows)
	}
	a := doc("| 研发投入强度 | 3.3 | % | 水平 |\n| 新认定高新技术企业 | 25 | 家 | 新增 |\n| 专利申请量 | 10 | % | 增长 |\n| 技术合同成交额 | 50 | 亿元 | 水平 |\n")
	b := doc("| 研发投入强度 | 3.5 | % | 水平 |\n| 新认定高新技术企业 | 20 | 家 | 新增 |\n| 专利申请量 | 10 | 个百分点 | 增长 |\n| 科技型中小企业 | 300 | 家 | 水平 |\n")
	a.Sections[0].Body = []string{"城镇调查失业率控制在5.5%以内，单位GDP能耗控制在0.5吨以内。"}
	b.Sections[0].Body = []string{"城镇调查失业率控制在6%以内，单位GDP能耗控制在0.4吨以内。"}
	var got []string
	for _, row := range compare.Documents(a, b).Indicators {
		got = append(got, row.Name+":"+string(row.Change))
	}
	want := "研发投入强度:raised 新认定高新技术企业:lowered 专利申请量:unit-changed 科技型中小企业:added 城镇调查失业率:loosened 单位GDP能耗:tightened 技术合同成交额:removed"
	if strings.Join(got, " ") != want {
		t.Errorf("indicator rows %v, want %s", got, want)
	}
}

// Targets follow their task: a task that moves keeps its targets, and a
// name stated in many tasks (解决实际困难) pairs task by task, so only
// the target that was edited shows.
func TestIndicatorRowsFollowNodes(t *testing.T) {
	src := benchText(t)
	const task = "5．加快引进培育创新人才。"
	start := strings.Index(src, task)
	end := start + strings.Index(src[start:], "\n\n") + 2
	moved := strings.Replace(src[start:end], "5．", "6．", 1)
	revised := edit(t, src[:start]+src[end:],
		"## （三）扩大有效需求", moved+"## （三）扩大有效需求",
		"帮助解决实际困难54项以上", "帮助解决实际困难60项以上",
		"全年计划实施产业升级重点项目34个", "全年计划实施产业升级重点项目30个")
	var got []string
	for _, row := range compare.Documents(load(t, src), load(t, revised)).Indicators {
		if row.Change != compare.IndicatorSame {
			got = append(got, row.Name+"@"+row.Place()+":"+string(row.Change))
		}
	}
	want := []string{
		"解决实际困难@二、/（一）/1．:raised",
		"实施产业升级重点项目@二、/（二）/4．:lowered",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changed indicators %q, want %q", got, want)
	}
}

func BenchmarkCompare(b *testing.B) {
	src := benchText(b)
	edited := strings.Replace(strings.Replace(src, "50家以上", "60家以上", 1), "## （三）扩大有效需求", "## （三）扩大内需", 1)
	da, db := load(b, src), load(b, edited)
	for b.Loop() {
		compare.Documents(da, db)
	}
}

// The rows of the side-by-side view hold every node of both versions
// once, each side in its own reading order, and point at the change that
// covers them.
func TestRows(t *testing.T) {
	src := benchText(t)
	b := edit(t, src,
		"3．稳定外贸外资基本盘。", "3．发展海洋经济。建设海洋产业园，推动临港产业集聚发展。\n\n4．稳定外贸外资基本盘。",
		"## （三）严格督查考核\n\n", "",
		"新增院士专家工作站50家以上", "新增院士专家工作站60家以上")
	da, db := load(t, src), load(t, b)
	r := compare.Documents(da, db)
	var gotA, gotB, wantA, wantB []string
	for _, e := range da.Entries() {
		wantA = append(wantA, e.Node.ID)
	}
	for _, e := range db.Entries() {
		wantB = append(wantB, e.Node.ID)
	}
	kinds := map[compare.Kind]int{}
	for i, row := range r.Rows {
		if row.A != nil {
			gotA = append(gotA, row.A.Node.ID)
		}
		if row.B != nil {
			gotB = append(gotB, row.B.Node.ID)
		}
		kinds[row.Kind]++
		if (row.Kind == "") != (row.Change < 0) {
			t.Errorf("row %d (%s %v→%v) points at change %d", i, row.Kind, row.A, row.B, row.Change)
			continue
		}
		if row.Change >= 0 && r.Changes[row.Change].Kind != row.Kind {
			t.Errorf("row %d is %s but its change is %s", i, row.Kind, r.Changes[row.Change].Kind)
		}
	}
	if !slices.Equal(gotA, wantA) {
		t.Errorf("A's nodes in the rows: %v\nwant %v", gotA, wantA)
	}
	if !slices.Equal(gotB, wantB) {
		t.Errorf("B's nodes in the rows: %v\nwant %v", gotB, wantB)
	}
	// Without its heading, 三、/（三）'s paragraphs join 三、/（二）: one
	// node removed and one modified, besides the new task and the changed
	// number.
	if kinds[compare.Added] != 1 || kinds[compare.Removed] != 1 || kinds[compare.Modified] != 2 || kinds[""] != len(wantB)-3 {
		t.Errorf("row kinds %v, want 1 added, 1 removed, 2 modified, the rest the same", kinds)
	}
	if len(r.Changes) != 4 {
		t.Errorf("%d changes, want 4", len(r.Changes))
	}
}

// A node B does not have goes before the first node that stayed in place
// and followed it in A — not after a node that merely moved ahead.
func TestRowsRemovedAfterMove(t *testing.T) {
	a := load(t, "# 一、加强平台建设\n\n# 二、深化改革\n\n# 三、引进人才\n")
	b := load(t, "# 一、引进人才\n\n# 二、加强平台建设\n\n# 三、优化服务\n")
	var got []string
	for _, row := range compare.Documents(a, b).Rows {
		name := ""
		if row.B != nil {
			name = row.B.Node.Heading
		} else {
			name = row.A.Node.Heading
		}
		got = append(got, string(row.Kind)+" "+name)
	}
	// Of the swapped pair the aligner keeps 引进人才 in place, so 加强平台建设
	// moved, and 深化改革, which came before 引进人才 in A, goes before it.
	want := "removed 深化改革| 引进人才|moved 加强平台建设|added 优化服务"
	if strings.Join(got, "|") != want {
		t.Errorf("rows %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// FuzzCompare: for any two plans, a plan compared with itself has no
// change, every diff gives back both texts (the kept and removed pieces
// are A's text, the kept and added pieces B's), and every node of each
// side appears in exactly one row.
func FuzzCompare(f *testing.F) {
	src := benchText(f)
	excerpt := src[:strings.Index(src, "## （三）")]
	f.Add(excerpt, edit(f, excerpt, "着力推动高质量发展", "着力推动创新发展"))
	f.Add("# 一、总体要求\n\n## （一）目标\n\n1. 加强平台建设。新增企业50家。\n2. 深化改革。\n", "# 一、总体要求\n\n## （一）目标\n\n1. 深化改革。\n2. 加强平台建设。新增企业60家。\n3. 优化服务。\n")
	f.Add("# 一、甲\n\n# 二、乙\n", "# 一、乙\n\n## （一）甲\n")
	f.Fuzz(func(t *testing.T, srcA, srcB string) {
		a, errA := importer.Markdown([]byte(srcA))
		b, errB := importer.Markdown([]byte(srcB))
		if errA != nil || errB != nil {
			return
		}
		if r := compare.Documents(a, a); len(r.Changes) != 0 {
			t.Fatalf("a plan differs from itself: %v", describe(r.Changes[0]))
		}
		r := compare.Documents(a, b)
		for _, c := range r.Changes {
			if len(c.Diff) == 0 {
				continue
			}
			var fromA, fromB strings.Builder
			for _, op := range c.Diff {
				if op.Op != "+" {
					fromA.WriteString(op.Text)
				}
				if op.Op != "-" {
					fromB.WriteString(op.Text)
				}
			}
			if fromA.String() != c.AText || fromB.String() != c.BText {
				t.Fatalf("%s: the diff does not give back the texts", describe(c))
			}
		}
		seenA, seenB := map[string]int{}, map[string]int{}
		for _, row := range r.Rows {
			if row.A != nil {
				seenA[row.A.Node.ID]++
			}
			if row.B != nil {
				seenB[row.B.Node.ID]++
			}
		}
		for side, d := range map[string]*docmodel.Document{"A": a, "B": b} {
			seen := map[string]map[string]int{"A": seenA, "B": seenB}[side]
			for _, e := range d.Entries() {
				if seen[e.Node.ID] != 1 {
					t.Fatalf("node %s of %s is in %d rows", e.Path, side, seen[e.Node.ID])
				}
			}
		}
	})
}
