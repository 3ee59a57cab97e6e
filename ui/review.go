package ui

import (
	"strings"

	"yaodian/check"
	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/review"
)

// reviewState is the state of the open draft's review, one object that the
// findings, trend and compare panels share: the plans of the prior-years
// folder, the findings of the last check split into open and dismissed,
// and the prior plans that check compared the draft with. It is read and
// changed on the GUI goroutine; only folder is safe to use off it.
type reviewState struct {
	folder    *priorPlans // the plans of the prior-years folder, read once per change
	open      []check.Finding
	dismissed []check.Dismissed
	priors    []check.Plan // the plans the last check compared with
	note      string       // what choosing them assumed (check.IssuerNote)
	noYear    bool         // the draft's year was unknown, so none was chosen
}

// newReview returns the review state of a window before any check.
func newReviewState() *reviewState {
	return &reviewState{folder: &priorPlans{}}
}

// forget drops the findings and priors of the previous document.
func (r *reviewState) forget() {
	r.open, r.dismissed, r.priors = nil, nil, nil
}

// resplit sorts the findings again into open and dismissed by the
// document's dismissals, without a new check.
func (r *reviewState) resplit(dismissals []docmodel.Dismissal) {
	r.open, r.dismissed = review.Resplit(r.open, r.dismissed, dismissals)
}

// priorPassage finds the text of the earlier plan a finding compares with.
func (r *reviewState) priorPassage(ref *check.PriorRef) (string, bool) {
	for _, pl := range r.priors {
		if pl.File != ref.File || pl.Year != ref.Year {
			continue
		}
		switch ref.Path {
		case docmodel.PathTitle:
			return pl.Doc.Meta.Title, true
		case docmodel.PathPreamble:
			return strings.Join(pl.Doc.Preamble, "\n"), true
		}
		for _, e := range pl.Doc.Entries() {
			if e.Path == ref.Path {
				return compare.NodeText(e.Node), true
			}
		}
	}
	return "", false
}
