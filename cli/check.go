package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"yaodian/check"
	"yaodian/importer"
	"yaodian/usererr"
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
	var priors pathList
	fs.Var(&priors, "prior", "a prior year's plan, or a folder of them (repeatable)")
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
	draft := check.Plan{Doc: d, File: in, Year: check.PlanYear(d)}
	candidates, skipped, err := loadPriors(priors)
	if err != nil {
		return err
	}
	kept, left := check.SelectPriors(draft, candidates)
	skipped = append(skipped, left...)
	note := check.IssuerNote(draft, kept)
	input := check.Input{Draft: draft, Priors: kept}
	findings, dismissed := check.Split(check.Run(input), d.Dismissals)
	if *asJSON {
		out := struct {
			Findings  []check.Finding   `json:"findings"`
			Dismissed []check.Dismissed `json:"dismissed,omitempty"`
			Skipped   []string          `json:"skipped,omitempty"`
			Note      string            `json:"note,omitempty"`
		}{Findings: findings, Dismissed: dismissed, Skipped: skipped, Note: note}
		if out.Findings == nil {
			out.Findings = []check.Finding{}
		}
		if err := writeJSON(stdout, out); err != nil {
			return err
		}
	} else if _, err := io.WriteString(stdout, report(input, findings, dismissed, skipped, note)); err != nil {
		return err
	}
	if check.HasErrors(findings) {
		return errFound
	}
	return nil
}

// loadPriors reads the prior plans named on the command line. A file that
// cannot be read stops the check; within a folder, files that are not
// plans are skipped and listed.
func loadPriors(paths []string) (plans []check.Plan, skipped []string, err error) {
	for _, p := range paths {
		files, err := importer.Files(p)
		if err != nil {
			return nil, nil, usererr.Prefix(err, "往年计划：", "prior plan: ")
		}
		for _, f := range files {
			docs, err := importer.Documents(f)
			if err != nil {
				if f == p {
					return nil, nil, err
				}
				skipped = append(skipped, f+"："+usererr.Chinese(err))
				continue
			}
			for _, d := range docs {
				plans = append(plans, check.Plan{Doc: d, File: f, Year: check.PlanYear(d)})
			}
		}
	}
	return plans, skipped, nil
}

// report prints the findings for a reader: a summary line and what the
// choice of prior plans assumed (note), then each open finding with its
// place, message and evidence, then each dismissed one with the reviewer's
// reason, then the prior plans left out and why. Dismissed findings are
// not in the counts.
func report(in check.Input, findings []check.Finding, dismissed []check.Dismissed, skipped []string, note string) string {
	var b strings.Builder
	count := map[check.Severity]int{}
	for _, f := range findings {
		count[f.Severity]++
	}
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
	fmt.Fprintf(&b, "检查 %s（%s，%s）：错误 %d 条，警告 %d 条，提示 %d 条", in.Draft.File, year, against, count[check.Error], count[check.Warning], count[check.Info])
	if len(dismissed) > 0 {
		fmt.Fprintf(&b, "，已忽略 %d 条", len(dismissed))
	}
	b.WriteString("\n")
	if note != "" {
		fmt.Fprintf(&b, "说明\t%s\n", note)
	}
	for _, f := range findings {
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
	for _, d := range dismissed {
		fmt.Fprintf(&b, "已忽略\t%s\t%s\t%s\n", d.Rule, d.Path, d.Message)
		if d.Date != "" {
			fmt.Fprintf(&b, "\t\t理由：%s（%s）\n", d.Reason, d.Date)
		} else {
			fmt.Fprintf(&b, "\t\t理由：%s\n", d.Reason)
		}
	}
	for _, s := range skipped {
		fmt.Fprintf(&b, "跳过\t%s\n", s)
	}
	return b.String()
}
