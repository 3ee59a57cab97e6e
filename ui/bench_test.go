package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"yaodian/check"
	"yaodian/compare"
	"yaodian/importer"
)

// benchPlans reads the benchmark plan and its 2024 version.
func benchPlans(b *testing.B) (draft, prior check.Plan) {
	b.Helper()
	for i, path := range []string{bench, history + "/workplan-2024.md"} {
		docs, err := importer.Documents(path)
		if err != nil {
			b.Fatal(err)
		}
		p := check.Plan{Doc: docs[0], File: path, Year: check.PlanYear(docs[0])}
		if i == 0 {
			draft = p
		} else {
			prior = p
		}
	}
	return draft, prior
}

// BenchmarkCompareView is the part of comparing two 20-page drafts that
// runs on the UI goroutine: making the side-by-side rows of every node.
func BenchmarkCompareView(b *testing.B) {
	w := New(test.NewTempApp(b))
	draft, prior := benchPlans(b)
	r := compare.Documents(prior.Doc, draft.Doc)
	b.ResetTimer()
	for b.Loop() {
		w.compareMode().show(prior.Doc, draft.Doc, "a", "b", r)
	}
}

// BenchmarkFindingsView is the part of a check that runs on the UI
// goroutine: listing 168 findings of the benchmark plan by severity and
// rule.
func BenchmarkFindingsView(b *testing.B) {
	w := New(test.NewTempApp(b))
	draft, _ := benchPlans(b)
	plans, _, err := w.reviewState.folder.load(history)
	if err != nil {
		b.Fatal(err)
	}
	kept, _ := check.SelectPriors(draft, plans)
	fs := check.Run(check.Input{Draft: draft, Priors: kept})
	w.findings.priors = kept
	b.ResetTimer()
	for b.Loop() {
		w.findings.show(fs, nil, history, nil)
	}
}
