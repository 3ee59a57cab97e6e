package check

import (
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/importer"
)

// plan reads a Markdown plan for a test.
func plan(t *testing.T, md string) Plan {
	t.Helper()
	d, err := importer.Markdown([]byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return Plan{Doc: d, File: "test.md", Year: PlanYear(d)}
}

// findings runs one rule and prints its findings as "path｜message｜evidence".
func findings(r Rule, in Input) []string {
	var out []string
	for _, f := range r.Check(&in) {
		if f.Rule != r.ID {
			panic("finding of rule " + f.Rule + " from " + r.ID)
		}
		out = append(out, f.Path+"｜"+f.Message+"｜"+f.Evidence)
	}
	return out
}

// ruleCase is one table row of a rule test: a draft and the findings the
// rule must give, each as a fragment of "path｜message｜evidence".
type ruleCase struct {
	name  string
	draft string
	want  []string
}

func runCases(t *testing.T, r Rule, cases []ruleCase) {
	t.Helper()
	var pcs []priorCase
	for _, c := range cases {
		pcs = append(pcs, priorCase{c.name, c.draft, nil, c.want})
	}
	runPriorCases(t, r, pcs)
}

// priorCase is a ruleCase with the plans of earlier years, oldest first.
type priorCase struct {
	name   string
	draft  string
	priors []string
	want   []string
}

func runPriorCases(t *testing.T, r Rule, cases []priorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Draft: plan(t, tc.draft)}
			for _, p := range tc.priors {
				in.Priors = append(in.Priors, plan(t, p))
			}
			got := findings(r, in)
			if len(got) != len(tc.want) {
				t.Fatalf("%d findings, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("finding %d = %q, want it to contain %q", i+1, got[i], w)
				}
			}
		})
	}
}

// withMarkers gives the nodes of d, in reading order, the source markers
// an importer would have noted.
func withMarkers(d *docmodel.Document, markers ...string) *docmodel.Document {
	for i, e := range d.Entries() {
		if i < len(markers) {
			e.Node.SourceMarker = markers[i]
		}
	}
	return d
}

// rule returns the rule of that ID.
func rule(id string) Rule {
	r, ok := RuleByID(id)
	if !ok {
		panic("no rule " + id)
	}
	return r
}
