package export_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"yaodian/docmodel"
	"yaodian/docmodel/docmodeltest"
	"yaodian/export"
	"yaodian/importer"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

const bench = "../testdata/bench/workplan-20p.md"

// The benchmark plan reads in and writes out byte for byte, and reading
// what was written gives the same document.
func TestBenchmarkRoundTrip(t *testing.T) {
	src, err := os.ReadFile(bench)
	if err != nil {
		t.Fatal(err)
	}
	d, err := importer.Markdown(src)
	if err != nil {
		t.Fatal(err)
	}
	out := export.Markdown(d)
	if !bytes.Equal(out, src) {
		t.Fatalf("Markdown → model → Markdown differs:\n%s", cmp.Diff(string(src), string(out)))
	}
	again, err := importer.Markdown(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, again, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("model → Markdown → model differs:\n%s", diff)
	}
	// What the model holds of the benchmark plan: 3 sections, 8 groups of
	// 5 tasks each with a lead sentence, plain leads.
	tasks := 0
	for _, e := range d.Entries() {
		if e.Depth == 3 {
			tasks++
			if e.Node.Lead == "" || len(e.Node.Body) != 1 {
				t.Errorf("task %s: lead %q, %d body paragraphs", e.Path, e.Node.Lead, len(e.Node.Body))
			}
		}
	}
	if len(d.Sections) != 3 || tasks != 40 || d.Options.Leads != docmodel.LeadsPlain || d.Meta.Title != "××市2025年经济社会发展重点工作计划" {
		t.Errorf("sections %d, tasks %d, leads %s, title %q", len(d.Sections), tasks, d.Options.Leads, d.Meta.Title)
	}
}

// The Markdown of the full sample plan is fixed; a change shows as a diff
// to read before running go test -update.
func TestMarkdownGolden(t *testing.T) {
	checkGolden(t, "testdata/full.md", export.Markdown(docmodeltest.Full(docmodel.DefaultOptions())))
}

// checkGolden compares got with the golden file, which -update rewrites
// first, and shows a difference as a diff.
func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s:\n%s", golden, cmp.Diff(string(want), string(got)))
	}
}

// Every field of the model survives Markdown, in every option.
func TestModelRoundTrip(t *testing.T) {
	for _, opts := range docmodeltest.AllOptions() {
		d := docmodeltest.Full(opts)
		md := export.Markdown(d)
		back, err := importer.Markdown(md)
		if err != nil {
			t.Fatalf("%+v: %v\n%s", opts, err, md)
		}
		if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%+v: model → Markdown → model differs:\n%s\n%s", opts, diff, md)
		}
		if again := export.Markdown(back); !bytes.Equal(again, md) {
			t.Errorf("%+v: second Markdown differs:\n%s", opts, cmp.Diff(string(md), string(again)))
		}
	}
}

// The notice that issued a plan is kept in the front matter and read back
// with the file.
func TestNoticeRoundTrip(t *testing.T) {
	d := docmodeltest.Full(docmodel.DefaultOptions())
	d.Notice = &docmodel.Notice{
		Title:       "湘西自治州科学技术局关于印发《2011年全州科技工作要点》的通知",
		Body:        []string{"现将《2011年全州科技工作要点》印发给你们，请结合实际认真贯彻落实。", "（此件公开发布）"},
		Attachments: []string{"2011年全州科技工作要点"},
	}
	md := export.Markdown(d)
	if !bytes.Contains(md, []byte("notice:\n  title: 湘西自治州科学技术局关于印发《2011年全州科技工作要点》的通知\n")) {
		t.Errorf("the front matter lacks the notice:\n%s", md[:min(len(md), 600)])
	}
	path := filepath.Join(t.TempDir(), "plan.md")
	if err := os.WriteFile(path, md, 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := importer.File(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("model → Markdown → model differs:\n%s", diff)
	}
}

// Options that the text alone cannot show are written to the front
// matter; the others are not.
func TestShownOptions(t *testing.T) {
	compactNoDepth2 := docmodel.New()
	compactNoDepth2.Options.Levels = docmodel.LevelsCompact
	compactNoDepth2.Insert("", 0, &docmodel.Node{Heading: "重点任务"})
	boldNoLeads := docmodel.New()
	boldNoLeads.Insert("", 0, &docmodel.Node{Heading: "重点任务", Children: []*docmodel.Node{{Body: []string{"加强建设。这一句很短。"}}}})
	runOnOneParent := docmodel.New()
	runOnOneParent.Options.Levels = docmodel.LevelsCompact
	runOnOneParent.Options.Arabic = docmodel.ArabicRunOn
	runOnOneParent.Insert("", 0, &docmodel.Node{Heading: "重点任务", Children: []*docmodel.Node{{Lead: "甲。"}, {Lead: "乙。"}}})
	for _, tc := range []struct {
		name string
		d    *docmodel.Document
		want string
	}{
		{"compact without depth 2", compactNoDepth2, "levels: compact\n"},
		{"bold without leads", boldNoLeads, "leads: bold\n"},
		{"run-on under one parent", runOnOneParent, "arabic: run-on\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := export.Markdown(tc.d)
			if !bytes.Contains(md, []byte(tc.want)) {
				t.Errorf("front matter lacks %q:\n%s", tc.want, md)
			}
			back, err := importer.Markdown(md)
			if err != nil {
				t.Fatal(err)
			}
			if back.Options != tc.d.Options {
				t.Errorf("options read back %+v, want %+v", back.Options, tc.d.Options)
			}
		})
	}
}

// FuzzText puts arbitrary text in every free-text field and checks that
// Markdown carries it unchanged.
func FuzzText(f *testing.F) {
	for _, s := range []string{"一、二季度", "（牵头单位：甲）", "**粗**", "1. 列表", "# 标题", "a\\*b", "&amp;", "| 竖线 |", "<b>", "2025. 年", "（一）、", "- 项", "`代码`", "加强。"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = docmodel.CleanLine(s)
		if s == "" || !validUTF8(s) {
			return
		}
		for _, opts := range []docmodel.Options{docmodel.DefaultOptions(), {Levels: docmodel.LevelsStandard, Arabic: docmodel.ArabicRestart, Leads: docmodel.LeadsPlain}} {
			d := docmodeltest.Full(opts)
			d.Meta.Title = s
			d.Preamble = append(d.Preamble, s)
			task := d.Sections[1].Children[0].Children[0]
			task.Body = append(task.Body, s)
			d.Sections[2].Children[0].Heading = s
			d.Sections[0].Children[1].Indicators[0].Name = s
			d.Sections[0].Children[1].Indicators[0].Source = s
			if opts.Leads == docmodel.LeadsBold {
				task.Lead = s
			}
			if d.Validate() != nil {
				return
			}
			back, err := importer.Markdown(export.Markdown(d))
			if err != nil {
				t.Fatalf("import failed: %v", err)
			}
			if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("%q does not survive Markdown:\n%s", s, diff)
			}
		}
	})
}

func validUTF8(s string) bool {
	return bytes.Equal([]byte(s), []byte(string([]rune(s))))
}

// FuzzImport: no Markdown makes the importer panic, and what it reads
// is a fixed point: export, import and export again gives the same text.
func FuzzImport(f *testing.F) {
	for _, path := range []string{bench, "testdata/full.md"} {
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("# 一、总体要求\n\n1. 加强\n   1. 细项\n\n> 引用\n\n```\n代码\n```\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := importer.Markdown(src)
		if err != nil {
			return
		}
		md := export.Markdown(d)
		back, err := importer.Markdown(md)
		if err != nil {
			t.Fatalf("re-import failed: %v\n%s", err, md)
		}
		if again := export.Markdown(back); !bytes.Equal(again, md) {
			t.Fatalf("not a fixed point:\n%s", cmp.Diff(string(md), string(again)))
		}
	})
}

// Numbering past ninety-nine (一百、, （一百零一）, 101．) and past 9999,
// where Chinese numerals give way to digits, and circled numbers past ㊿
// survive Markdown in every option: the first node at each depth has
// more than a hundred children.
func TestWideRoundTrip(t *testing.T) {
	for _, opts := range docmodeltest.AllOptions() {
		for _, wide := range []int{101, 10001} {
			if wide > 101 && opts != docmodel.DefaultOptions() {
				continue // slow, and numbers past 9999 do not depend on the options
			}
			d := docmodel.New()
			d.Options = opts
			d.Meta.Title = "2025年全市科技工作要点"
			var fill func(siblings *[]*docmodel.Node, depth, count int)
			// Nodes are made in reading order, as the importer numbers them.
			fill = func(siblings *[]*docmodel.Node, depth, count int) {
				for i := range count {
					n := d.NewNode()
					if depth <= 2 {
						n.Heading = fmt.Sprintf("第%d项标题", i+1)
					} else {
						n.Lead = fmt.Sprintf("加强第%d项工作。", i+1)
						n.Body = []string{"推动落实。"}
					}
					*siblings = append(*siblings, n)
					if i == 0 && depth < opts.MaxDepth() {
						fill(&n.Children, depth+1, 101)
					}
				}
			}
			fill(&d.Sections, 1, wide)
			md := export.Markdown(d)
			back, err := importer.Markdown(md)
			if err != nil {
				t.Fatalf("%+v, %d sections: %v", opts, wide, err)
			}
			if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%+v, %d sections: model → Markdown → model differs:\n%s", opts, wide, diff)
				continue
			}
			if again := export.Markdown(back); !bytes.Equal(again, md) {
				t.Errorf("%+v, %d sections: second Markdown differs:\n%s", opts, wide, cmp.Diff(string(md), string(again)))
			}
		}
	}
}
