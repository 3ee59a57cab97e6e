// Package compare aligns two versions of a plan node by node and diffs the
// text of aligned nodes, so that a reviewer sees what was added, removed,
// reworded or moved — and not the renumbering that follows every edit.
package compare

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"yaodian/docmodel"
	"yaodian/textsim"
)

// Kind is what happened to a node between A and B.
type Kind string

// The kinds of change.
const (
	Added    Kind = "added"
	Removed  Kind = "removed"
	Modified Kind = "modified"
	Moved    Kind = "moved" // to another parent or out of order; its text may also have changed
)

// Label returns the Chinese name of the kind.
func (k Kind) Label() string {
	switch k {
	case Added:
		return "新增"
	case Removed:
		return "删除"
	case Modified:
		return "修改"
	case Moved:
		return "移动"
	}
	return string(k)
}

// Op is one piece of a text diff: "=" kept, "-" only in A, "+" only in B.
type Op struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Change is one node that differs between A and B. A removed or added
// node stands for its whole subtree.
type Change struct {
	Kind  Kind   `json:"kind"`
	APath string `json:"a_path,omitempty"`
	BPath string `json:"b_path,omitempty"`
	AID   string `json:"a_id,omitempty"`
	BID   string `json:"b_id,omitempty"`
	// Title names the node: its heading, lead sentence or first words.
	Title string `json:"title"`
	// AText and BText are the node's own text in each version (heading or
	// lead, body, units line); empty on the side where it does not exist.
	AText string `json:"a_text,omitempty"`
	BText string `json:"b_text,omitempty"`
	// Diff is the character diff of AText and BText, cleaned up to words
	// and phrases; empty when the text is unchanged.
	Diff []Op `json:"diff,omitempty"`
	// Descendants counts the nodes under an added or removed node.
	Descendants int `json:"descendants,omitempty"`
}

// Result is the comparison of two documents.
type Result struct {
	// Rows is the whole alignment, for a side-by-side view.
	Rows       []Row          `json:"-"`
	Changes    []Change       `json:"changes"`
	Indicators []IndicatorRow `json:"indicators"`
}

// item is a node of one side being aligned.
type item struct {
	e       docmodel.Entry
	text    string // the node's own text, as diffed
	grams   textsim.Set
	parent  *item
	kids    []*item
	match   *item
	subtree int // nodes under this one
	order   int // position in reading order
}

// side flattens a document into items in reading order.
func side(d *docmodel.Document) []*item {
	var items []*item
	byNode := map[*docmodel.Node]*item{}
	d.Walk(func(e docmodel.Entry) bool {
		it := &item{e: e, text: NodeText(e.Node), order: len(items)}
		it.grams = textsim.Bigrams(it.text)
		if e.Parent != nil {
			it.parent = byNode[e.Parent]
			it.parent.kids = append(it.parent.kids, it)
		}
		byNode[e.Node] = it
		items = append(items, it)
		return true
	})
	for i := len(items) - 1; i >= 0; i-- {
		if p := items[i].parent; p != nil {
			p.subtree += items[i].subtree + 1
		}
	}
	return items
}

// NodeText is the text of a node that a reader compares: heading or lead
// sentence with the body, then the units line, one paragraph a line.
func NodeText(n *docmodel.Node) string {
	var parts []string
	if n.Heading != "" {
		parts = append(parts, n.Heading)
	}
	parts = append(parts, n.Paragraphs()...)
	if line := n.UnitsLine(); line != "" {
		parts = append(parts, line)
	}
	return strings.Join(parts, "\n")
}

// Documents compares a with b.
func Documents(a, b *docmodel.Document) Result {
	as, bs := side(a), side(b)
	align(as, bs)
	rs := rows(as, bs)
	r := Result{Rows: rs, Changes: changes(rs, as, bs), Indicators: indicatorRows(a, b, as, bs)}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	return r
}

// Row is one line of the side-by-side view: a node of A and its partner
// in B, or a node on one side only. Kind is empty for a node that is the
// same in both; an added or removed subtree has a row for every node.
type Row struct {
	Kind  Kind
	A, B  *docmodel.Entry // nil on the side where the node does not exist
	AText string
	BText string
	Diff  []Op // as in Change; empty when the text is unchanged
	// Change is the index in Result.Changes of the change that covers
	// this row (for a node inside an added or removed subtree, its top
	// node's change), or -1.
	Change int
}

// rows aligns the two sides into B's reading order. The nodes of A that B
// does not have go in A's order, each before the first node of B that
// stayed in place (was not moved) and whose partner follows it in A; the
// rest at the end.
func rows(as, bs []*item) []Row {
	var out []Row
	pos := make(map[*item]int, len(as))
	for i, a := range as {
		pos[a] = i
	}
	ai := 0
	removedUpTo := func(end int) {
		for ; ai < end; ai++ {
			if a := as[ai]; a.match == nil {
				out = append(out, Row{Kind: Removed, A: &a.e, AText: a.text})
			}
		}
	}
	moved := movedSet(as, bs)
	for _, b := range bs {
		a := b.match
		if a == nil {
			out = append(out, Row{Kind: Added, B: &b.e, BText: b.text})
			continue
		}
		// A moved node does not pull A's nodes before it along.
		if i := pos[a]; i >= ai && !moved[b] {
			removedUpTo(i)
			ai = i + 1
		}
		r := Row{A: &a.e, B: &b.e, AText: a.text, BText: b.text}
		switch {
		case moved[b]:
			r.Kind = Moved
		case a.text != b.text:
			r.Kind = Modified
		}
		if a.text != b.text {
			r.Diff = Diff(a.text, b.text)
		}
		out = append(out, r)
	}
	removedUpTo(len(as))
	return out
}

// changes lists the rows that differ, an added or removed subtree once at
// its top node, and points each row at its change.
func changes(rs []Row, as, bs []*item) []Change {
	byNode := map[*docmodel.Node]*item{}
	for _, it := range as {
		byNode[it.e.Node] = it
	}
	for _, it := range bs {
		byNode[it.e.Node] = it
	}
	var out []Change
	top := map[*docmodel.Node]int{} // the change of each added or removed node
	for i := range rs {
		r := &rs[i]
		r.Change = -1
		switch r.Kind {
		case Added, Removed:
			e := r.B
			if r.Kind == Removed {
				e = r.A
			}
			if e.Parent != nil {
				if c, ok := top[e.Parent]; ok {
					top[e.Node], r.Change = c, c
					continue
				}
			}
			it := byNode[e.Node]
			c := Change{Kind: r.Kind, Title: e.Node.Summary(), Descendants: it.subtree}
			if r.Kind == Added {
				c.BPath, c.BID, c.BText = e.Path, e.Node.ID, r.BText
			} else {
				c.APath, c.AID, c.AText = e.Path, e.Node.ID, r.AText
			}
			top[e.Node], r.Change = len(out), len(out)
			out = append(out, c)
		case Modified, Moved:
			r.Change = len(out)
			out = append(out, Change{Kind: r.Kind, APath: r.A.Path, BPath: r.B.Path, AID: r.A.Node.ID, BID: r.B.Node.ID,
				Title: r.B.Node.Summary(), AText: r.AText, BText: r.BText, Diff: r.Diff})
		}
	}
	return out
}

// movedSet finds the matched nodes of B that moved: those under a parent
// other than their partner's parent's partner, and those out of order
// among siblings that stayed together (outside a longest common
// subsequence of their order).
func movedSet(as, bs []*item) map[*item]bool {
	moved := map[*item]bool{}
	for _, b := range bs {
		a := b.match
		if a == nil {
			continue
		}
		switch {
		case a.parent == nil && b.parent == nil:
		case a.parent == nil || b.parent == nil || a.parent.match != b.parent:
			moved[b] = true
		}
	}
	// Order among siblings: for each parent pair (and the top level),
	// the kept siblings in A's order against B's order.
	check := func(aKids, bKids []*item) {
		var seq []int // positions in A of B's kept children, in B's order
		var kept []*item
		pos := map[*item]int{}
		for i, a := range aKids {
			pos[a] = i
		}
		for _, b := range bKids {
			if b.match != nil && !moved[b] {
				if i, ok := pos[b.match]; ok {
					seq = append(seq, i)
					kept = append(kept, b)
				}
			}
		}
		inLCS := longestIncreasing(seq)
		for i, b := range kept {
			if !inLCS[i] {
				moved[b] = true
			}
		}
	}
	var aTop, bTop []*item
	for _, a := range as {
		if a.parent == nil {
			aTop = append(aTop, a)
		}
	}
	for _, b := range bs {
		if b.parent == nil {
			bTop = append(bTop, b)
		}
	}
	check(aTop, bTop)
	for _, b := range bs {
		if b.match != nil {
			check(b.match.kids, b.kids)
		}
	}
	return moved
}

// longestIncreasing marks the elements of seq that belong to one longest
// strictly increasing subsequence: the one that ends first and, going
// back, takes at each step the earliest element that extends it. It runs
// in O(n log n) by patience sorting: piles[k] holds, in order, the
// elements whose longest subsequence ending there has length k+1, and
// their values never increase along a pile.
func longestIncreasing(seq []int) []bool {
	prev := make([]int, len(seq))
	var piles [][]int
	for i, v := range seq {
		k := sort.Search(len(piles), func(k int) bool { p := piles[k]; return seq[p[len(p)-1]] >= v })
		prev[i] = -1
		if k > 0 {
			below := piles[k-1]
			prev[i] = below[sort.Search(len(below), func(j int) bool { return seq[below[j]] < v })]
		}
		if k == len(piles) {
			piles = append(piles, nil)
		}
		piles[k] = append(piles[k], i)
	}
	in := make([]bool, len(seq))
	if len(piles) > 0 {
		for i := piles[len(piles)-1][0]; i >= 0; i = prev[i] {
			in[i] = true
		}
	}
	return in
}

// maxCharDiff is the most characters, in both texts together, that Diff
// compares character by character.
const maxCharDiff = 20000

// Diff returns the character diff of a and b, cleaned up so that changes
// read as words and phrases rather than scattered characters, and so that
// a changed number shows whole: 50 → 60, not 5 → 6 before a kept 0.
//
// Texts longer together than maxCharDiff characters are diffed by
// paragraph (line), where a changed paragraph shows whole: a character
// diff and its clean-up grow with the product of the lengths.
func Diff(a, b string) []Op {
	dmp := diffmatchpatch.New()
	var diffs []diffmatchpatch.Diff
	if utf8.RuneCountInString(a)+utf8.RuneCountInString(b) > maxCharDiff {
		ra, rb, lines := dmp.DiffLinesToRunes(a, b)
		diffs = dmp.DiffCharsToLines(dmp.DiffMainRunes(ra, rb, false), lines)
	} else {
		diffs = dmp.DiffCleanupSemantic(dmp.DiffMain(a, b, false))
	}
	var ops []Op
	for _, d := range diffs {
		op := "="
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = "-"
		case diffmatchpatch.DiffInsert:
			op = "+"
		}
		ops = append(ops, Op{Op: op, Text: d.Text})
	}
	return wholeNumbers(ops)
}

// wholeNumbers widens each run of changes to the whole numbers it cuts
// into, taking their digits out of the kept text on either side.
func wholeNumbers(ops []Op) []Op {
	var out []Op
	for i := 0; i < len(ops); {
		if ops[i].Op == "=" {
			out = append(out, ops[i])
			i++
			continue
		}
		// A run of changes: ops[i:j].
		j := i
		var dels, inss strings.Builder
		for ; j < len(ops) && ops[j].Op != "="; j++ {
			if ops[j].Op == "-" {
				dels.WriteString(ops[j].Text)
			} else {
				inss.WriteString(ops[j].Text)
			}
		}
		del, ins := dels.String(), inss.String()
		if len(out) > 0 && startsWithNumber(del, ins) {
			kept := out[len(out)-1].Text
			head := strings.TrimRightFunc(kept, isNumberRune)
			if tail := kept[len(head):]; tail != "" {
				del, ins = tail+del, tail+ins
				out[len(out)-1].Text = head
			}
		}
		if j < len(ops) && endsWithNumber(del, ins) {
			kept := ops[j].Text
			rest := strings.TrimLeftFunc(kept, isNumberRune)
			if lead := kept[:len(kept)-len(rest)]; lead != "" {
				del, ins = del+lead, ins+lead
				ops[j].Text = rest
			}
		}
		if len(out) > 0 && out[len(out)-1].Text == "" {
			out = out[:len(out)-1]
		}
		if del != "" {
			out = append(out, Op{Op: "-", Text: del})
		}
		if ins != "" {
			out = append(out, Op{Op: "+", Text: ins})
		}
		i = j
	}
	// Drop kept runs emptied by the widening.
	kept := out[:0]
	for _, op := range out {
		if op.Text != "" {
			kept = append(kept, op)
		}
	}
	return kept
}

func isNumberRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '.'
}

func startsWithNumber(del, ins string) bool {
	for _, s := range []string{del, ins} {
		if r, _ := utf8.DecodeRuneInString(s); s != "" && isNumberRune(r) {
			return true
		}
	}
	return false
}

func endsWithNumber(del, ins string) bool {
	for _, s := range []string{del, ins} {
		if r, _ := utf8.DecodeLastRuneInString(s); s != "" && isNumberRune(r) {
			return true
		}
	}
	return false
}
