// Package check finds the mistakes a reviewer looks for in a draft plan:
// years that disagree, counts that do not add up, unfilled placeholders,
// repeated paragraphs, and — against the plans of earlier years — targets
// that went down, indicators that vanished and text copied unchanged.
//
// Each rule is a small type behind the Rule interface, with a stable ID
// (year-mismatch, placeholder …); Run applies them all.
package check

import (
	"sort"

	"yaodian/docmodel"
	"yaodian/indicator"
)

// Severity is how much a finding matters.
type Severity string

// The severities, most serious first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Label returns the Chinese name of the severity.
func (s Severity) Label() string {
	switch s {
	case Error:
		return "错误"
	case Warning:
		return "警告"
	}
	return "提示"
}

func (s Severity) rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// Finding is one problem, located and quoted.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	// Path is where the problem is, as printed: 二、/（一）/3．, or 标题,
	// 前言, 成文日期 for text outside the outline.
	Path   string `json:"path"`
	NodeID string `json:"node_id,omitempty"`
	// Message says in Chinese what is wrong, for the writer.
	Message string `json:"message"`
	// Evidence quotes the text that shows it.
	Evidence string `json:"evidence"`
	// Subject names what the finding is about where a rule can report
	// several things at one place with one quote: the missing part
	// (保障措施), the unpaired marks (（）). It keeps their dismissals apart.
	Subject string `json:"subject,omitempty"`
	// Prior names the earlier plan a prior-year rule compared with.
	Prior *PriorRef `json:"prior,omitempty"`
	// Fix, where a rule can offer one safely, is the text that should
	// replace Evidence; Evidence is then quoted exactly, uncut, from one
	// paragraph (or heading) of the node at Path. Empty means no fix.
	Fix string `json:"fix,omitempty"`
}

// PriorRef points into a prior year's plan.
type PriorRef struct {
	Year int    `json:"year"`
	File string `json:"file"`
	Path string `json:"path,omitempty"`
	// Quote is the earlier plan's own words, where the rule compared
	// with a target stated there.
	Quote string `json:"quote,omitempty"`
}

// Plan is a document with where it came from and the year it is for.
type Plan struct {
	Doc  *docmodel.Document
	File string
	Year int // 0 when the plan does not say
}

// Input is what the rules look at: the draft, and the plans of earlier
// years ordered by year, oldest first.
type Input struct {
	Draft  Plan
	Priors []Plan

	read map[*docmodel.Document]*reading // what the rules read of each plan, once
}

// reading is what the rules read of a plan, each part made on first use.
type reading struct {
	entries []docmodel.Entry
	spans   []span
	targets []indicator.Located
	// entriesDone, spansDone and targetsDone say which parts are made:
	// each may be empty.
	entriesDone, spansDone, targetsDone bool
}

// reading returns the record of what has been read of d.
func (in *Input) reading(d *docmodel.Document) *reading {
	if in.read == nil {
		in.read = map[*docmodel.Document]*reading{}
	}
	r, ok := in.read[d]
	if !ok {
		r = &reading{}
		in.read[d] = r
	}
	return r
}

// entries returns the outline of a plan in reading order (Entries).
func (in *Input) entries(d *docmodel.Document) []docmodel.Entry {
	r := in.reading(d)
	if !r.entriesDone {
		r.entries, r.entriesDone = d.Entries(), true
	}
	return r.entries
}

// spans returns the text of a plan in reading order (see spansOf).
func (in *Input) spans(d *docmodel.Document) []span {
	r := in.reading(d)
	if !r.spansDone {
		r.spans, r.spansDone = spansOf(d, in.entries(d)), true
	}
	return r.spans
}

// targets returns the targets of a plan (indicator.Of).
func (in *Input) targets(d *docmodel.Document) []indicator.Located {
	r := in.reading(d)
	if !r.targetsDone {
		r.targets, r.targetsDone = indicator.Of(d), true
	}
	return r.targets
}

// Nearest returns the prior plan of the latest year before the draft's,
// or nil.
func (in *Input) Nearest() *Plan {
	var best *Plan
	for i := range in.Priors {
		p := &in.Priors[i]
		if p.Year < in.Draft.Year && (best == nil || p.Year > best.Year) {
			best = p
		}
	}
	return best
}

// Rule is one check.
type Rule interface {
	// ID is the rule's stable name, such as "year-mismatch".
	ID() string
	// Check returns the rule's findings; it must not change the input.
	Check(in *Input) []Finding
}

// Rules are all the checks: the draft against itself, then against the
// plans of earlier years.
var Rules = []Rule{
	yearUnknown{}, yearMismatch{}, planPeriod{}, staleReference{}, countClaim{}, numbering{}, placeholder{},
	punctuation{}, duplicateText{}, internalConflict{}, missingSection{},
	fixedPhrase{}, confusable{}, doubledWord{}, junkText{}, numberUsage{},
	targetRegression{}, indicatorDropped{}, unitChange{}, copiedText{},
}

// Run applies every rule and returns the findings in reading order of the
// draft, the most serious first where they share a place.
func Run(in Input) []Finding {
	order := map[string]int{docmodel.PathWhole: -3, docmodel.PathTitle: -2, docmodel.PathDate: -1, docmodel.PathPreamble: 0}
	for i, e := range in.entries(in.Draft.Doc) {
		order[e.Path] = i + 1
	}
	var out []Finding
	for _, r := range Rules {
		out = append(out, r.Check(&in)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		oi, oj := order[out[i].Path], order[out[j].Path]
		if oi != oj {
			return oi < oj
		}
		return out[i].Severity.rank() < out[j].Severity.rank()
	})
	return out
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == Error {
			return true
		}
	}
	return false
}
