package check

import (
	"sort"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// Range is a run of a document's text: the field it is in (of the node
// NodeID, for a node's field), its byte offsets there, and the text it
// held when the draft was checked. The checks read only the title, the
// preamble and the nodes' headings, lead sentences and bodies, so a
// Range is in one of those fields.
type Range struct {
	NodeID string         `json:"node_id,omitempty"`
	Field  docmodel.Field `json:"field"`
	Index  int            `json:"index,omitempty"`
	Start  int            `json:"start"`
	End    int            `json:"end"`
	Text   string         `json:"text"`
}

// Edit replaces the text of a Range with New.
type Edit struct {
	Range
	New string `json:"new"`
}

// rangeOf returns the Range of s.text[i:j] in the document, or false where
// the run is not one piece of a field: in the units line, or across the
// end of a lead sentence into its paragraph.
func (s span) rangeOf(i, j int) (Range, bool) {
	r := Range{NodeID: s.nodeID, Field: s.field, Start: i, End: j, Text: s.text[i:j]}
	switch s.field {
	case "":
		return Range{}, false
	case docmodel.FieldPreamble, docmodel.FieldBody:
		r.Index = s.para - 1
	}
	if s.lead > 0 {
		switch {
		case j <= s.lead:
			r.Field, r.Index = docmodel.FieldLead, 0
		case i >= s.lead:
			r.Start, r.End = i-s.lead, j-s.lead
		default:
			return Range{}, false
		}
	}
	return r, true
}

// spot returns a pointer to the Range of s.text[i:j], or nil.
func (s span) spot(i, j int) *Range {
	if r, ok := s.rangeOf(i, j); ok {
		return &r
	}
	return nil
}

// edit returns the Edit that replaces s.text[i:j] with repl.
func (s span) edit(i, j int, repl string) (Edit, bool) {
	r, ok := s.rangeOf(i, j)
	return Edit{Range: r, New: repl}, ok
}

// Apply makes the edits in d, as one change: where a range no longer
// holds its text — the document changed since it was checked — or two
// edits overlap, it changes nothing and says so. A field an edit leaves
// with spaces at either end (junk text cut from a paragraph's start) is
// tidied as the editor would.
func Apply(d *docmodel.Document, edits []Edit) error {
	type text struct {
		p     *string
		edits []Edit
	}
	var texts []*text
	byField := map[Range]*text{}
	for _, e := range edits {
		key := Range{NodeID: e.NodeID, Field: e.Field, Index: e.Index}
		t := byField[key]
		if t == nil {
			p := d.Text(key.NodeID, key.Field, key.Index)
			if p == nil {
				return stale()
			}
			t = &text{p: p}
			byField[key] = t
			texts = append(texts, t)
		}
		t.edits = append(t.edits, e)
	}
	for _, t := range texts {
		sort.Slice(t.edits, func(i, j int) bool { return t.edits[i].Start > t.edits[j].Start })
		end := len(*t.p)
		for _, e := range t.edits {
			if e.Start < 0 || e.Start > e.End || e.End > end || (*t.p)[e.Start:e.End] != e.Text {
				return stale()
			}
			end = e.Start
		}
	}
	for _, t := range texts {
		s := *t.p
		for _, e := range t.edits {
			s = s[:e.Start] + e.New + s[e.End:]
		}
		*t.p = docmodel.CleanLine(s)
	}
	return nil
}

func stale() error {
	return usererr.New("原文已改动，无法自动修正，请重新检查", "the text changed since it was checked; check again")
}
