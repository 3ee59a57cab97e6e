package check

import (
	"strings"
	"testing"

	"yaodian/docmodel"
)

// A fix's edits land in the field that holds the text: the preamble, the
// heading, the lead sentence or the body paragraph it is run into; once
// applied, the rule finds nothing more.
func TestEditsLandInTheirFields(t *testing.T) {
	p := plan(t, "---\ntitle: 2025年全市科技工作要点\n---\n\n根据会议精神,制定要点如下:\n\n# 一、加强平台建设,培育主体\n\n1．**加强平台建设,**建设创新平台,推进孵化器建设。\n\n另一段,继续。\n")
	in := Input{Draft: p}
	fs := rule(Punctuation).Check(&in)
	if len(fs) != 1 || fs[0].Path != "全文" {
		t.Fatalf("findings %+v, want one for the whole text", fs)
	}
	var got []string
	for _, e := range fs[0].Edits {
		got = append(got, rangeLine(e.Range))
	}
	want := "preamble[0]:18-19“,” preamble[0]:37-38“:” heading@n1:18-19“,” lead@n2:18-19“,” body[0]@n2:18-19“,” body[1]@n2:9-10“,”"
	if strings.Join(got, " ") != want {
		t.Errorf("edits at\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	if err := Apply(p.Doc, fs[0].Edits); err != nil {
		t.Fatal(err)
	}
	n := p.Doc.Sections[0].Children[0]
	if p.Doc.Preamble[0] != "根据会议精神，制定要点如下：" || p.Doc.Sections[0].Heading != "加强平台建设，培育主体" ||
		n.Lead != "加强平台建设，" || n.Body[0] != "建设创新平台，推进孵化器建设。" || n.Body[1] != "另一段，继续。" {
		t.Errorf("after the edits: %q %q %q %q", p.Doc.Preamble, p.Doc.Sections[0].Heading, n.Lead, n.Body)
	}
	if fs := rule(Punctuation).Check(&Input{Draft: p}); len(fs) != 0 {
		t.Errorf("after the edits, findings %+v", fs)
	}
}

// A fix that cuts text from a paragraph's start leaves no space there:
// the document stays valid, so the window can apply it.
func TestApplyTidiesTheField(t *testing.T) {
	p := plan(t, "# 一、甲\n\n1．乙\n\n打印本页 加强科技创新，推动产业升级。\n")
	n := p.Doc.Sections[0].Children[0]
	e := Edit{Range: Range{NodeID: n.ID, Field: docmodel.FieldBody, Index: 1, Start: 0, End: len("打印本页"), Text: "打印本页"}}
	if err := Apply(p.Doc, []Edit{e}); err != nil {
		t.Fatal(err)
	}
	if got := n.Body[1]; got != "加强科技创新，推动产业升级。" {
		t.Errorf("body %q", got)
	}
	if err := p.Doc.Validate(); err != nil {
		t.Errorf("after the fix: %v", err)
	}
}

// A match across the end of a lead sentence into its paragraph, or in the
// units line, has no range, and so no edit.
func TestNoRangeAcrossFields(t *testing.T) {
	p := plan(t, "# 一、甲\n\n1．**加强平台建设。**建设创新平台。\n")
	var s span
	for _, sp := range spansOf(p.Doc, p.Doc.Entries()) {
		if sp.lead > 0 {
			s = sp
		}
	}
	if s.lead == 0 {
		t.Fatal("no paragraph with its lead sentence")
	}
	if _, ok := s.rangeOf(s.lead-3, s.lead+3); ok {
		t.Error("a range across the lead and the body")
	}
	if r, ok := s.rangeOf(s.lead, s.lead+6); !ok || r.Field != docmodel.FieldBody || r.Start != 0 || r.Text != "建设" {
		t.Errorf("range in the body after the lead: %+v, %v", r, ok)
	}
	if _, ok := (span{text: "牵头单位：市科技局"}).rangeOf(0, 3); ok {
		t.Error("a range in the units line")
	}
}

// Apply changes nothing when the text changed since the check, when two
// edits overlap, or when a node is gone.
func TestApplyRefusesStaleEdits(t *testing.T) {
	const md = "# 一、甲\n\n加强平台建设,推进。\n"
	p := plan(t, md)
	fs := rule(Punctuation).Check(&Input{Draft: p})
	if len(fs) != 1 || len(fs[0].Edits) != 1 {
		t.Fatalf("findings %+v", fs)
	}
	e := fs[0].Edits[0]
	heading := e
	heading.Field, heading.Start, heading.End, heading.Text, heading.New = docmodel.FieldHeading, 0, 3, "甲", "乙"
	gone := e
	gone.NodeID = "n99"
	overlap := e
	overlap.Start, overlap.Text = e.Start-3, "设,"
	for _, tc := range []struct {
		name  string
		edit  func(body *string)
		edits []Edit
	}{
		{"the paragraph was edited", func(body *string) { *body = "加强," + *body }, []Edit{heading, e}},
		{"overlapping edits", nil, []Edit{e, overlap}},
		{"the node was deleted", nil, []Edit{gone}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := plan(t, md)
			n := p.Doc.Sections[0]
			if tc.edit != nil {
				tc.edit(&n.Body[0])
			}
			before := n.Heading + "|" + n.Body[0]
			if err := Apply(p.Doc, tc.edits); err == nil || !strings.Contains(err.Error(), "原文已改动") {
				t.Errorf("Apply = %v, want it refused", err)
			}
			if after := n.Heading + "|" + n.Body[0]; after != before {
				t.Errorf("text %q, was %q: a refused change changed it", after, before)
			}
		})
	}
}
