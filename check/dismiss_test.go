package check

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"yaodian/docmodel"
)

// A dismissal records the finding as the checker reported it, with the
// reviewer's reason and date.
func TestFindingDismissal(t *testing.T) {
	f := Finding{Rule: Placeholder, Severity: Error, Path: "二、/（一）", NodeID: "n5", Message: "“××”是未填写的占位符", Evidence: "新增××家。",
		Prior: &PriorRef{Year: 2024, File: "2024.md"}}
	want := docmodel.Dismissal{Rule: Placeholder, NodeID: "n5", Path: "二、/（一）", Evidence: "新增××家。", Reason: "由各县填报", Date: "2025-03-01"}
	if diff := cmp.Diff(want, f.Dismissal("由各县填报", "2025-03-01")); diff != "" {
		t.Errorf("Dismissal differs:\n%s", diff)
	}
}

// A dismissal matches the same rule at the same node, or at the same path
// outside the outline, quoting the same text; the message may change.
func TestMatches(t *testing.T) {
	node := Finding{Rule: Placeholder, Severity: Error, Path: "二、/（一）", NodeID: "n5", Message: "“××”是未填写的占位符", Evidence: "新增××家。"}
	title := Finding{Rule: YearMismatch, Severity: Error, Path: "标题", Message: "标题写的是2024年", Evidence: "2024年全市科技工作要点"}
	preamble := Finding{Rule: CountClaim, Severity: Error, Path: "前言", Message: "写明“六项重点工作”，实际下设 5 项", Evidence: "六项重点工作"}
	missing := Finding{Rule: MissingSection, Severity: Info, Path: "全文", Message: "没有找到“保障措施”部分", Evidence: "各部分：一、指导思想；二、工作任务", Subject: "保障措施"}
	with := func(f Finding, edit func(f *Finding)) Finding {
		edit(&f)
		return f
	}
	for _, tc := range []struct {
		name string
		f    Finding
		d    docmodel.Dismissal
		want bool
	}{
		{"the finding dismissed", node, node.Dismissal("由各县填报", "2025-03-01"), true},
		{"the node renumbered", with(node, func(f *Finding) { f.Path = "三、/（二）" }), node.Dismissal("由各县填报", ""), true},
		{"the message reworded", with(node, func(f *Finding) { f.Message = "占位符“××”未填写" }), node.Dismissal("由各县填报", ""), true},
		{"the evidence edited", with(node, func(f *Finding) { f.Evidence = "新增××家以上。" }), node.Dismissal("由各县填报", ""), false},
		{"the same rule and text on another node", with(node, func(f *Finding) { f.NodeID = "n9" }), node.Dismissal("由各县填报", ""), false},
		{"another rule on the node", with(node, func(f *Finding) { f.Rule = Punctuation }), node.Dismissal("由各县填报", ""), false},
		{"the title by path", title, title.Dismissal("标题沿用去年文件", ""), true},
		{"the preamble by path", preamble, preamble.Dismissal("含一项专项行动", ""), true},
		{"the title edited", with(title, func(f *Finding) { f.Evidence = "2024年全市科学技术工作要点" }), title.Dismissal("标题沿用去年文件", ""), false},
		{"the preamble at another path", with(preamble, func(f *Finding) { f.Path = "标题" }), preamble.Dismissal("含一项专项行动", ""), false},
		{"a node's dismissal outside the outline", with(node, func(f *Finding) { f.NodeID = "" }), node.Dismissal("由各县填报", ""), false},
		{"another subject at the place", with(missing, func(f *Finding) { f.Subject = "主要目标" }), missing.Dismissal("另行印发", ""), false},
		{"the same subject", missing, missing.Dismissal("另行印发", ""), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.f.Matches(tc.d); got != tc.want {
				t.Errorf("Matches = %v, want %v", got, tc.want)
			}
		})
	}
}

// Split keeps the order of the findings on both sides, and a finding two
// dismissals match takes the reason of the first.
func TestSplit(t *testing.T) {
	fs := []Finding{
		{Rule: YearMismatch, Path: "标题", Evidence: "2024年要点"},
		{Rule: Placeholder, Path: "一、", NodeID: "n1", Evidence: "新增X家。"},
		{Rule: Placeholder, Path: "二、", NodeID: "n2", Evidence: "新增X家。"},
		{Rule: DuplicateText, Path: "二、", NodeID: "n2", Evidence: "新增X家。"},
	}
	for _, tc := range []struct {
		name            string
		ds              []docmodel.Dismissal
		open, dismissed []string // rule@path, and rule@path:reason
	}{
		{"none", nil, []string{"year-mismatch@标题", "placeholder@一、", "placeholder@二、", "duplicate-text@二、"}, nil},
		{"in another order", []docmodel.Dismissal{fs[2].Dismissal("乙", ""), fs[0].Dismissal("甲", "")},
			[]string{"placeholder@一、", "duplicate-text@二、"}, []string{"year-mismatch@标题:甲", "placeholder@二、:乙"}},
		{"the first reason", []docmodel.Dismissal{fs[1].Dismissal("先", ""), fs[1].Dismissal("后", "")},
			[]string{"year-mismatch@标题", "placeholder@二、", "duplicate-text@二、"}, []string{"placeholder@一、:先"}},
		{"matching nothing", []docmodel.Dismissal{{Rule: Placeholder, NodeID: "n3", Path: "三、", Evidence: "新增X家。", Reason: "已删"}},
			[]string{"year-mismatch@标题", "placeholder@一、", "placeholder@二、", "duplicate-text@二、"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			open, dismissed := Split(fs, tc.ds)
			var gotOpen, gotDismissed []string
			for _, f := range open {
				gotOpen = append(gotOpen, f.Rule+"@"+f.Path)
			}
			for _, d := range dismissed {
				gotDismissed = append(gotDismissed, d.Rule+"@"+d.Path+":"+d.Reason)
			}
			if diff := cmp.Diff(tc.open, gotOpen); diff != "" {
				t.Errorf("open findings differ:\n%s", diff)
			}
			if diff := cmp.Diff(tc.dismissed, gotDismissed); diff != "" {
				t.Errorf("dismissed findings differ:\n%s", diff)
			}
		})
	}
}

// Dismissals made from one check of a plan hide those findings in the next
// check, follow a node that moves, and stop applying when the text they
// quote is edited.
func TestDismissalsAcrossEdits(t *testing.T) {
	const md = "---\ntitle: ××市2025年科技工作要点\n---\n\n# 一、甲\n\n新增企业X家。\n\n# 二、乙\n\n新增企业X家。\n"
	for _, tc := range []struct {
		name            string
		edit            func(d *docmodel.Document)
		open, dismissed string // paths of the findings, joined by |
	}{
		{"unchanged", func(*docmodel.Document) {}, "二、", "标题|一、"},
		{"other text edited", func(d *docmodel.Document) { d.Preamble = []string{"制定要点如下："} }, "二、", "标题|一、"},
		{"the node's evidence edited", func(d *docmodel.Document) { d.Sections[0].Body[0] = "新增企业X家以上。" }, "一、|二、", "标题"},
		{"the title edited", func(d *docmodel.Document) { d.Meta.Title = "××市2025年全市科技工作要点" }, "标题|二、", "一、"},
		{"the node moved", func(d *docmodel.Document) {
			n := d.NewNode()
			n.Heading = "总体要求"
			if err := d.Insert("", 0, n); err != nil {
				t.Fatal(err)
			}
		}, "三、", "标题|二、"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(t, md)
			for _, f := range (rule(Placeholder)).Check(&Input{Draft: p}) {
				if f.Path == "标题" || f.Path == "一、" {
					p.Doc.Dismissals = append(p.Doc.Dismissals, f.Dismissal("由各县填报", "2025-03-01"))
				}
			}
			if len(p.Doc.Dismissals) != 2 {
				t.Fatalf("%d dismissals made, want 2: %+v", len(p.Doc.Dismissals), p.Doc.Dismissals)
			}
			tc.edit(p.Doc)
			open, dismissed := Split((rule(Placeholder)).Check(&Input{Draft: p}), p.Doc.Dismissals)
			var gotOpen, gotDismissed []string
			for _, f := range open {
				gotOpen = append(gotOpen, f.Path)
			}
			for _, d := range dismissed {
				gotDismissed = append(gotDismissed, d.Path)
				if d.Reason != "由各县填报" || d.Date != "2025-03-01" {
					t.Errorf("%s: reason %q, date %q", d.Path, d.Reason, d.Date)
				}
			}
			if got := strings.Join(gotOpen, "|"); got != tc.open {
				t.Errorf("open findings at %q, want %q", got, tc.open)
			}
			if got := strings.Join(gotDismissed, "|"); got != tc.dismissed {
				t.Errorf("dismissed findings at %q, want %q", got, tc.dismissed)
			}
		})
	}
}

// Of the parts a plan lacks, dismissing one leaves the others open,
// though they are reported at one place with one quote.
func TestDismissOneMissingPart(t *testing.T) {
	p := plan(t, "---\ntitle: 2025年科技工作要点\n---\n\n# 一、指导思想\n\n坚持稳中求进。\n\n# 二、基本原则\n\n坚持创新驱动，坚持问题导向，坚持系统观念，坚持开放合作，坚持人才引领，以科技创新支撑高质量发展，为全面建设社会主义现代化国家贡献力量。\n")
	fs := (rule(MissingSection)).Check(&Input{Draft: p})
	var safeguards *Finding
	for i, f := range fs {
		if f.Subject == "保障措施" {
			safeguards = &fs[i]
		}
	}
	if len(fs) != 3 || safeguards == nil {
		t.Fatalf("findings %+v, want three parts missing with 保障措施 among them", fs)
	}
	open, dismissed := Split(fs, []docmodel.Dismissal{safeguards.Dismissal("保障措施另行印发", "2025-03-01")})
	if len(open) != 2 || len(dismissed) != 1 || dismissed[0].Subject != "保障措施" {
		t.Errorf("open %d, dismissed %+v", len(open), dismissed)
	}
}
