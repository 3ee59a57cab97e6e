package cli

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"yaodian/check"
	"yaodian/importer"
	"yaodian/usererr"
)

var checkCommand = command{"check",
	"check 输入文件 [--prior 文件或文件夹]... [--json] [--index N]",
	"检查年份、规划期、提法、计数、编号、占位符、标点、重复，并与往年计划对照指标和原文",
	"check IN [--prior PATH]... [--json] [--index N]",
	"check years, plan periods, references, counts, numbering, placeholders, punctuation and repeats, and compare targets and text with prior years",
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
	input := check.Input{Draft: draft, Priors: kept}
	findings := check.Run(input)
	if *asJSON {
		out := struct {
			Findings []check.Finding `json:"findings"`
			Skipped  []string        `json:"skipped,omitempty"`
		}{Findings: findings, Skipped: skipped}
		if out.Findings == nil {
			out.Findings = []check.Finding{}
		}
		if err := writeJSON(stdout, out); err != nil {
			return err
		}
	} else if _, err := io.WriteString(stdout, report(input, findings, skipped)); err != nil {
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
	add := func(path string) error {
		docs, err := importer.Documents(path)
		if err != nil {
			return err
		}
		for _, d := range docs {
			plans = append(plans, check.Plan{Doc: d, File: path, Year: check.PlanYear(d)})
		}
		return nil
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, usererr.File(err, p, "读取往年计划", "read the prior plan")
		}
		if !info.IsDir() {
			if err := add(p); err != nil {
				return nil, nil, err
			}
			continue
		}
		walkErr := filepath.WalkDir(p, func(path string, entry fs.DirEntry, err error) error {
			if err != nil || entry.IsDir() || !importer.Readable(path) {
				return err
			}
			if err := add(path); err != nil {
				skipped = append(skipped, path+"："+usererr.Chinese(err))
			}
			return nil
		})
		if walkErr != nil {
			return nil, nil, usererr.File(walkErr, p, "读取往年计划文件夹", "read the folder of prior plans")
		}
	}
	return plans, skipped, nil
}

// report prints the findings for a reader: a summary line, then each
// finding with its place, message and evidence.
func report(in check.Input, findings []check.Finding, skipped []string) string {
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
	fmt.Fprintf(&b, "检查 %s（%s，%s）：错误 %d 条，警告 %d 条，提示 %d 条\n", in.Draft.File, year, against, count[check.Error], count[check.Warning], count[check.Info])
	for _, f := range findings {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", f.Severity.Label(), f.Rule, f.Path, f.Message)
		if f.Evidence != "" {
			fmt.Fprintf(&b, "\t\t原文：%s\n", f.Evidence)
		}
		if f.Prior != nil {
			fmt.Fprintf(&b, "\t\t对照：%d年 %s %s\n", f.Prior.Year, f.Prior.File, f.Prior.Path)
		}
	}
	for _, s := range skipped {
		fmt.Fprintf(&b, "跳过\t%s\n", s)
	}
	return b.String()
}
