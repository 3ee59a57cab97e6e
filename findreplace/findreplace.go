// Package findreplace finds text in a plan — its meta data, notice,
// preamble, and each node's heading, lead sentence, body, units and
// deadline — and replaces it. Matches come in reading order, each naming
// the node and field it is in and its range there, so that the editor can
// select the node and mark the match. Replacing returns a new document,
// which the editor records as one undo step.
package findreplace

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"yaodian/docmodel"
)

// Location names one text field: a field of the node NodeID, or of the
// document when NodeID is empty, and for a list field (body paragraphs,
// units, recipients …) the element's index from 0.
type Location struct {
	NodeID string
	Field  docmodel.Field
	Index  int
}

// Match is one occurrence of the query.
type Match struct {
	Location
	// Path is the node's printed path (二、/（一）/3．), empty for a field
	// of the document.
	Path string
	// Start and End are the match's byte range in the field's text;
	// RuneStart and RuneEnd the same range counted in characters, as text
	// widgets count.
	Start, End         int
	RuneStart, RuneEnd int
	// Text is the matched text as the document has it.
	Text string
	key  key
}

// Options say how the query matches. The zero Options match literally:
// the query finds exactly itself, so "," finds "," and never "，".
type Options struct {
	// IgnoreCase makes upper- and lower-case letters the same: "a" also
	// finds "A".
	IgnoreCase bool
	// IgnoreWidth makes full-width and half-width forms the same: ","
	// also finds "，", and "ＡＢ" finds "AB".
	IgnoreWidth bool
}

// key orders positions in reading order: the part of the document, the
// field and its index.
type key struct{ part, field, index int }

func (a key) less(b key) bool {
	if a.part != b.part {
		return a.part < b.part
	}
	if a.field != b.field {
		return a.field < b.field
	}
	return a.index < b.index
}

// The fields' ranks: in a part, fields are read in rank order; a Field ""
// names the start of a node. The meta data and the notice come before
// the outline, the issuer (the signature) after it.
var rank = map[docmodel.Field]int{
	"": 0, docmodel.FieldNoticeTitle: 1, docmodel.FieldNoticeBody: 2, docmodel.FieldAttachment: 3, docmodel.FieldTitle: 4, docmodel.FieldNumber: 5, docmodel.FieldRecipient: 6, docmodel.FieldPreamble: 7,
	docmodel.FieldHeading: 1, docmodel.FieldLead: 2, docmodel.FieldBody: 3, docmodel.FieldLeadUnit: 4, docmodel.FieldPartner: 5, docmodel.FieldDeadline: 6,
	docmodel.FieldIssuer: 1,
}

// slot is one text field of a document, with its place in the reading
// order and the text itself, which a replacement changes.
type slot struct {
	Location
	path string
	key  key
	text *string
}

// slots lists the text fields of d in reading order. The outline is part
// 1 to the number of nodes, in Walk order; the fields before it part 0,
// the issuer the part after it.
func slots(d *docmodel.Document) []slot {
	var out []slot
	// add takes the text from n for a node's field, and from d for the
	// document's: a lookup by ID would walk the outline for every field.
	var n *docmodel.Node
	add := func(part int, id, path string, f docmodel.Field, i int) {
		var text *string
		if n != nil {
			text = n.Text(f, i)
		} else {
			text = d.Text(id, f, i)
		}
		out = append(out, slot{Location{id, f, i}, path, key{part, rank[f], i}, text})
	}
	list := func(part int, id, path string, f docmodel.Field, l []string) {
		for i := range l {
			add(part, id, path, f, i)
		}
	}
	if n := d.Notice; n != nil {
		add(0, "", "", docmodel.FieldNoticeTitle, 0)
		list(0, "", "", docmodel.FieldNoticeBody, n.Body)
		list(0, "", "", docmodel.FieldAttachment, n.Attachments)
	}
	add(0, "", "", docmodel.FieldTitle, 0)
	add(0, "", "", docmodel.FieldNumber, 0)
	list(0, "", "", docmodel.FieldRecipient, d.Meta.Recipients)
	list(0, "", "", docmodel.FieldPreamble, d.Preamble)
	part := 0
	d.Walk(func(e docmodel.Entry) bool {
		part++
		n = e.Node
		add(part, n.ID, e.Path, docmodel.FieldHeading, 0)
		add(part, n.ID, e.Path, docmodel.FieldLead, 0)
		list(part, n.ID, e.Path, docmodel.FieldBody, n.Body)
		add(part, n.ID, e.Path, docmodel.FieldLeadUnit, 0)
		list(part, n.ID, e.Path, docmodel.FieldPartner, n.Partners)
		add(part, n.ID, e.Path, docmodel.FieldDeadline, 0)
		return true
	})
	n = nil
	add(part+1, "", "", docmodel.FieldIssuer, 0)
	return out
}

// Find returns the matches of query in d in reading order; none for an
// empty query. Matches in one field do not overlap, and none spans two
// fields: a lead sentence and the paragraph it runs into are searched
// apart. The date, the year and the indicators, which are not free text,
// are not searched.
func Find(d *docmodel.Document, query string, opts Options) []Match {
	if query == "" {
		return nil
	}
	q := fold([]rune(query), opts)
	var out []Match
	for _, s := range slots(d) {
		text := *s.text
		for _, r := range search(text, q, opts) {
			out = append(out, Match{
				Location: s.Location, Path: s.path, key: s.key,
				Start: r.start, End: r.end, RuneStart: r.runeStart, RuneEnd: r.runeEnd,
				Text: text[r.start:r.end],
			})
		}
	}
	return out
}

// span is a match's range in bytes and in runes.
type span struct{ start, end, runeStart, runeEnd int }

// search finds the non-overlapping occurrences of the folded query q in
// text, left to right.
func search(text string, q []rune, opts Options) []span {
	if len(text) < len(q) {
		return nil // every rune takes at least a byte
	}
	if opts == (Options{}) {
		return searchLiteral(text, string(q))
	}
	runes := make([]rune, 0, len(text))
	offsets := make([]int, 0, len(text)+1)
	for i, r := range text {
		runes = append(runes, fold1(r, opts))
		offsets = append(offsets, i)
	}
	offsets = append(offsets, len(text))
	var out []span
	for i := 0; i+len(q) <= len(runes); {
		if equal(runes[i:i+len(q)], q) {
			out = append(out, span{offsets[i], offsets[i+len(q)], i, i + len(q)})
			i += len(q)
			continue
		}
		i++
	}
	return out
}

// searchLiteral is search when the query finds exactly itself.
func searchLiteral(text, q string) []span {
	var out []span
	at, runes := 0, 0
	for {
		i := strings.Index(text[at:], q)
		if i < 0 {
			return out
		}
		start := utf8.RuneCountInString(text[at:at+i]) + runes
		end := start + utf8.RuneCountInString(q)
		out = append(out, span{at + i, at + i + len(q), start, end})
		at, runes = at+i+len(q), end
	}
}

func equal(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// fold puts runes in the form the options compare them in.
func fold(rs []rune, opts Options) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = fold1(r, opts)
	}
	return out
}

func fold1(r rune, opts Options) rune {
	if opts.IgnoreWidth {
		if f := width.LookupRune(r).Folded(); f != 0 {
			r = f
		}
	}
	if opts.IgnoreCase {
		r = unicode.ToLower(r)
	}
	return r
}

// Position is a point in a document's reading order: a field and a byte
// offset in its text. A Location with an empty Field is the start of the
// node NodeID.
type Position struct {
	Location
	Offset int
}

// At returns the position where the match starts: Next from it finds
// the match after this one.
func (m Match) At() Position { return Position{m.Location, m.Start} }

// AfterReplace returns the position at the end of the text that replaced
// the match, from which Next, in the document Replace returned, finds the
// match after it and never one inside the replacement.
func (m Match) AfterReplace(with string) Position {
	return Position{m.Location, m.Start + len(with) - 1}
}

// Where says in Chinese where the match is: 二、/（一）/3． 正文第2段.
func (m Match) Where() string {
	s := m.Field.Label()
	switch m.Field {
	case docmodel.FieldBody, docmodel.FieldNoticeBody, docmodel.FieldPreamble:
		s += "第" + strconv.Itoa(m.Index+1) + "段"
	case docmodel.FieldPartner, docmodel.FieldRecipient, docmodel.FieldAttachment:
		s += "第" + strconv.Itoa(m.Index+1) + "个"
	}
	if m.Path != "" {
		s = m.Path + " " + s
	}
	return s
}

// keyOf returns the reading-order key of a location in d, and false for
// a node d does not have.
func keyOf(d *docmodel.Document, loc Location) (key, bool) {
	r := rank[loc.Field]
	if loc.NodeID == "" {
		if loc.Field == docmodel.FieldIssuer {
			return key{len(d.Entries()) + 1, r, loc.Index}, true
		}
		return key{0, r, loc.Index}, true
	}
	part := 0
	found := false
	d.Walk(func(e docmodel.Entry) bool {
		part++
		found = e.Node.ID == loc.NodeID
		return !found
	})
	return key{part, r, loc.Index}, found
}

// before reports whether match m starts before position (k, offset).
func (m Match) before(k key, offset int) bool {
	return m.key.less(k) || m.key == k && m.Start < offset
}

// after reports whether match m starts after position (k, offset).
func (m Match) after(k key, offset int) bool {
	return k.less(m.key) || m.key == k && m.Start > offset
}

// Next returns the index in ms (as Find returned them for d) of the first
// match that starts after pos, going round to the first match at the end
// of the document; wrapped says it went round. It returns -1 when there
// are no matches. A position in a node d does not have counts as the
// start of the document.
func Next(d *docmodel.Document, ms []Match, pos Position) (i int, wrapped bool) {
	if len(ms) == 0 {
		return -1, false
	}
	k, ok := keyOf(d, pos.Location)
	if !ok {
		return 0, false
	}
	for i, m := range ms {
		if m.after(k, pos.Offset) {
			return i, false
		}
	}
	return 0, true
}

// Previous returns the index in ms of the last match that starts before
// pos, going round to the last match at the start of the document;
// wrapped says it went round. It returns -1 when there are no matches. A
// position in a node d does not have counts as the end of the document.
func Previous(d *docmodel.Document, ms []Match, pos Position) (i int, wrapped bool) {
	if len(ms) == 0 {
		return -1, false
	}
	k, ok := keyOf(d, pos.Location)
	if !ok {
		return len(ms) - 1, false
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].before(k, pos.Offset) {
			return i, false
		}
	}
	return len(ms) - 1, true
}
