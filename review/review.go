// Package review checks a draft plan against the plans of earlier years,
// for the command line and the window alike: it reads the prior plans
// from files and folders, keeps those of the draft's issuer and of
// earlier years, runs the checks, sets aside the findings the reviewers
// dismissed, and counts what is left.
package review

import (
	"fmt"

	"yaodian/check"
	"yaodian/docmodel"
)

// Result is one check of a draft.
type Result struct {
	// Input is the draft and the prior plans it was compared with,
	// oldest first.
	Input check.Input
	// Open are the findings no dismissal matches, in reading order.
	Open []check.Finding
	// Dismissed are the findings the document's dismissals set aside.
	Dismissed []check.Dismissed
	// Skipped are the prior plans and files not compared, each with why:
	// first the files that are not plans, then the plans left out.
	Skipped []string
	// Note says what choosing the prior plans assumed, or is "".
	Note string
}

// Check checks d, read from file ("" for an unsaved draft), against
// those of priors that are earlier plans of its issuer, and splits the
// findings by the dismissals d holds.
func Check(d *docmodel.Document, file string, priors Priors) Result {
	draft, kept, left := selectPriors(d, file, priors)
	in := check.Input{Draft: draft, Priors: kept}
	open, dismissed := check.Split(check.Run(in), d.Dismissals)
	return Result{
		Input:     in,
		Open:      open,
		Dismissed: dismissed,
		Skipped:   append(append([]string(nil), priors.Skipped...), left...),
		Note:      check.IssuerNote(draft, kept),
	}
}

// Earlier returns the plans of priors that Check compares d with, the
// earlier plans of its issuer, oldest first, without checking d.
func Earlier(d *docmodel.Document, priors Priors) []check.Plan {
	_, kept, _ := selectPriors(d, "", priors)
	return kept
}

// selectPriors is where Check starts and all that Earlier does: it
// returns d, read from file, as the draft, the plans of priors it is
// compared with, oldest first, and the plans left out, each with why.
func selectPriors(d *docmodel.Document, file string, priors Priors) (draft check.Plan, kept []check.Plan, left []string) {
	draft = check.Plan{Doc: d, File: file, Year: check.PlanYear(d)}
	kept, left = check.SelectPriors(draft, priors.Plans)
	return draft, kept, left
}

// Resplit sorts findings already listed, open and dismissed, again by
// dismissals after they changed, keeping their order: the open ones
// first, then the dismissed ones.
func Resplit(open []check.Finding, dismissed []check.Dismissed, dismissals []docmodel.Dismissal) ([]check.Finding, []check.Dismissed) {
	all := append([]check.Finding(nil), open...)
	for _, d := range dismissed {
		all = append(all, d.Finding)
	}
	return check.Split(all, dismissals)
}

// Tally counts the open findings by severity, and the dismissed ones if
// there are any: "错误 1 条，警告 2 条，提示 0 条，已忽略 1 条".
func Tally(open []check.Finding, dismissed []check.Dismissed) string {
	count := map[check.Severity]int{}
	for _, f := range open {
		count[f.Severity]++
	}
	text := fmt.Sprintf("错误 %d 条，警告 %d 条，提示 %d 条", count[check.Error], count[check.Warning], count[check.Info])
	if len(dismissed) > 0 {
		text += fmt.Sprintf("，已忽略 %d 条", len(dismissed))
	}
	return text
}
