package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"yaodian/check"
	"yaodian/review"
)

var checkCommand = command{"check",
	"check 输入文件 [--prior 文件或文件夹]... [--json] [--index N]",
	"检查年份、规划期、提法、计数、编号、占位符、标点、重复、固定提法、易混词、数字用法和网页残留，并与往年计划对照指标和原文",
	"check IN [--prior PATH]... [--json] [--index N]",
	"check years, plan periods, references, counts, numbering, placeholders, punctuation, repeats, fixed phrases, confusable words, number usage and page debris, and compare targets and text with prior years",
	runCheck}

// pathList collects a flag given several times.
type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, ",") }
func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }

func runCheck(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	var paths pathList
	fs.Var(&paths, "prior", "a prior year's plan, or a folder of them (repeatable)")
	asJSON := fs.Bool("json", false, "print the findings as JSON")
	index := indexFlag(fs)
	in, err := oneInput(fs, args)
	if err != nil {
		return err
	}
	d, err := readInput(in, *index)
	if err != nil {
		return err
	}
	priors, err := review.Read(paths)
	if err != nil {
		return err
	}
	r := review.Check(d, in, priors)
	if *asJSON {
		out := struct {
			Findings  []check.Finding   `json:"findings"`
			Dismissed []check.Dismissed `json:"dismissed,omitempty"`
			Skipped   []string          `json:"skipped,omitempty"`
			Note      string            `json:"note,omitempty"`
		}{Findings: r.Open, Dismissed: r.Dismissed, Skipped: r.Skipped, Note: r.Note}
		if out.Findings == nil {
			out.Findings = []check.Finding{}
		}
		if err := writeJSON(stdout, out); err != nil {
			return err
		}
	} else if _, err := io.WriteString(stdout, report(r)); err != nil {
		return err
	}
	if check.HasErrors(r.Open) {
		return errFound
	}
	return nil
}

// report prints a check for a reader: a summary line and what the
// choice of prior plans assumed, then each open finding with its place,
// message and evidence, then each dismissed one with the reviewer's
// reason, then the prior plans left out and why. Dismissed findings are
// not in the counts.
func report(r review.Result) string {
	var b strings.Builder
	in := r.Input
	year := "年份不明"
	if in.Draft.Year != 0 {
		year = fmt.Sprintf("%d年", in.Draft.Year)
	}
	against := "未对照往年计划"
	if len(in.Priors) > 0 {
		var years []string
		for _, p := range in.Priors {
			years = append(years, fmt.Sprint(p.Year))
		}
		against = "对照往年计划 " + strings.Join(years, "、") + " 年"
	}
	fmt.Fprintf(&b, "检查 %s（%s，%s）：%s\n", in.Draft.File, year, against, review.Tally(r.Open, r.Dismissed))
	if r.Note != "" {
		fmt.Fprintf(&b, "说明\t%s\n", r.Note)
	}
	for _, f := range r.Open {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", f.Severity.Label(), f.Rule, f.Path, f.Message)
		if f.Evidence != "" {
			fmt.Fprintf(&b, "\t\t原文：%s\n", f.Evidence)
		}
		if f.Fix != "" {
			fmt.Fprintf(&b, "\t\t改为：%s\n", f.Fix)
		}
		if f.Prior != nil {
			fmt.Fprintf(&b, "\t\t对照：%d年 %s %s\n", f.Prior.Year, f.Prior.File, f.Prior.Path)
		}
	}
	for _, d := range r.Dismissed {
		fmt.Fprintf(&b, "已忽略\t%s\t%s\t%s\n", d.Rule, d.Path, d.Message)
		if d.Date != "" {
			fmt.Fprintf(&b, "\t\t理由：%s（%s）\n", d.Reason, d.Date)
		} else {
			fmt.Fprintf(&b, "\t\t理由：%s\n", d.Reason)
		}
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(&b, "跳过\t%s\n", s)
	}
	return b.String()
}
