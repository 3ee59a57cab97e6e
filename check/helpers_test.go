package check

import (
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
