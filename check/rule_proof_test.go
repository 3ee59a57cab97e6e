package check

import (
	"os"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/importer"
)

// BenchmarkProofreading runs the proofreading rules alone over the
// benchmark plan: their share of BenchmarkCheck.
func BenchmarkProofreading(b *testing.B) {
	src, err := os.ReadFile("../testdata/bench/workplan-20p.md")
	if err != nil {
		b.Fatal(err)
	}
	d, err := importer.Markdown(src)
	if err != nil {
		b.Fatal(err)
	}
	in := Input{Draft: Plan{Doc: d, File: "plan.md", Year: PlanYear(d)}}
	in.spans(d)
	rules := []Rule{rule(FixedPhrase), rule(Confusable), rule(DoubledWord), rule(JunkText), rule(NumberUsage)}
	for b.Loop() {
		for _, r := range rules {
			r.Check(&in)
		}
		straightQuotes(&in)
	}
}

// Two mistakes quoted alike are dismissed apart: each finding's subject
// is its mistake.
func TestProofDismissedApart(t *testing.T) {
	in := Input{Draft: plan(t, "# 一、甲\n\n认真布署其它工作。\n")}
	fs := rule(Confusable).Check(&in)
	if len(fs) != 2 || fs[0].Evidence != fs[1].Evidence {
		t.Fatalf("findings %+v, want two quoting the same words", fs)
	}
	open, dismissed := Split(fs, []docmodel.Dismissal{fs[0].Dismissal("专有名称", "2025-01-02")})
	if len(open) != 1 || len(dismissed) != 1 || open[0].Subject != "其它" {
		t.Errorf("open %+v, dismissed %+v", open, dismissed)
	}
}

// FuzzProofreading: no text makes a proofreading rule panic, and every fix
// differs from its quote, which the paragraph holds.
func FuzzProofreading(f *testing.F) {
	for _, s := range []string{"截止2024年底，规模上工业增加值增长，技术技术，二0一二年，3、4个，3-5个和3～5个。",
		"党的20大，十九届八中全会，2021年是中国共产党成立101周年，www.docin.com 浏览次数:12 \"创新\"",
		"加强kejichuangxin，的的，力争争取，１2３"} {
		f.Add(s)
	}
	rules := []Rule{rule(FixedPhrase), rule(Confusable), rule(DoubledWord), rule(JunkText), rule(NumberUsage), rule(Punctuation)}
	f.Fuzz(func(t *testing.T, text string) {
		d := &docmodel.Document{Meta: docmodel.Meta{Title: "2025年工作要点"}, Preamble: []string{text}}
		in := Input{Draft: Plan{Doc: d, Year: 2025}}
		for _, r := range rules {
			for _, f := range r.Check(&in) {
				if f.Fix != "" && f.Fix == f.Evidence {
					t.Errorf("%s: fix %q is the quote", f.Rule, f.Fix)
				}
				if f.Fix != "" && f.Path == "前言" && !strings.Contains(text, f.Evidence) {
					t.Errorf("%s: quote %q is not in the text", f.Rule, f.Evidence)
				}
				// Each edit names the run it replaces, and they apply.
				for _, e := range f.Edits {
					if e.Field != docmodel.FieldPreamble || e.Index != 0 || text[e.Start:e.End] != e.Text {
						t.Errorf("%s: edit %+v is not of the text", f.Rule, e)
					}
				}
				c := &docmodel.Document{Preamble: []string{text}}
				if err := Apply(c, f.Edits); err != nil {
					t.Errorf("%s: edits %+v: %v", f.Rule, f.Edits, err)
				}
			}
		}
	})
}
