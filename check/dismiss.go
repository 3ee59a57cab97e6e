package check

import (
	"slices"

	"yaodian/docmodel"
)

// Dismissal returns the record that dismisses f for its document, with the
// reviewer's reason and the day as YYYY-MM-DD.
func (f Finding) Dismissal(reason, date string) docmodel.Dismissal {
	return docmodel.Dismissal{Rule: f.Rule, NodeID: f.NodeID, Path: f.Path, Evidence: f.Evidence, Subject: f.Subject, Reason: reason, Date: date}
}

// Matches reports whether d dismisses f: the same rule, at the same node —
// or, for a finding outside the outline, at the same path — quoting the
// same evidence about the same subject. A node keeps its ID when it is renumbered or moved, so
// the dismissal follows it; an edit of the quoted text ends it, since the
// reviewer judged the text as it was.
func (f Finding) Matches(d docmodel.Dismissal) bool {
	if f.Rule != d.Rule || f.Evidence != d.Evidence || f.Subject != d.Subject {
		return false
	}
	if f.NodeID != "" {
		return f.NodeID == d.NodeID
	}
	return d.NodeID == "" && f.Path == d.Path
}

// Dismissed is a finding reviewers dismissed, with their reason and the
// day they did.
type Dismissed struct {
	Finding
	Reason string `json:"reason"`
	Date   string `json:"date,omitempty"`
}

// Split separates the findings that one of ds dismisses from the open
// ones, keeping the order of fs. A dismissed finding carries the reason
// and date of the first dismissal that matches it.
func Split(fs []Finding, ds []docmodel.Dismissal) (open []Finding, dismissed []Dismissed) {
	for _, f := range fs {
		i := slices.IndexFunc(ds, f.Matches)
		if i < 0 {
			open = append(open, f)
			continue
		}
		dismissed = append(dismissed, Dismissed{Finding: f, Reason: ds[i].Reason, Date: ds[i].Date})
	}
	return open, dismissed
}
