package ui

import (
	"bytes"
	"encoding/json"

	"yaodian/docmodel"
)

// changedNode returns the node an undo or redo changed, to reveal it,
// from the document before and after it. It is the first node in
// reading order of after that is new, has another parent or other
// content of its own (a node put back, moved or edited); else the first
// one moved among its siblings, out of the order the others kept — the
// node prefer, usually the one selected, when it is one of two swapped;
// else the first with another place among its siblings (the node now
// where removed ones were); else, when nodes were only removed, the node
// before the first one removed, or its parent. It returns "" when no
// node changed, as after an edit of the document's own data. Source
// markers are not compared: a move clears those of the node's siblings.
func changedNode(before, after *docmodel.Document, prefer string) string {
	was := map[string]docmodel.Entry{}
	for _, e := range before.Entries() {
		was[e.Node.ID] = e
	}
	now := after.Entries()
	for _, e := range now {
		b, ok := was[e.Node.ID]
		if !ok || parentOf(b) != parentOf(e) || !sameContent(b.Node, e.Node) {
			return e.Node.ID
		}
	}
	moved := map[string]bool{}
	for _, e := range append([]docmodel.Entry{{}}, now...) {
		if e.Node != nil && len(e.Node.Children) == 0 {
			continue
		}
		for _, id := range outOfOrder(childIDs(before, e), childIDs(after, e)) {
			moved[id] = true
		}
	}
	shifted := ""
	for _, e := range now {
		// Two siblings swapped: either moved, so the preferred one.
		if moved[e.Node.ID] && len(moved) == 1 && e.Node.ID != prefer && swapped(was, now, e.Node.ID, prefer) {
			return prefer
		}
		if moved[e.Node.ID] {
			return e.Node.ID
		}
		if shifted == "" && was[e.Node.ID].Index != e.Index {
			shifted = e.Node.ID
		}
	}
	if shifted != "" {
		return shifted
	}
	for _, e := range before.Entries() {
		if after.Find(e.Node.ID) != nil {
			continue
		}
		siblings := before.Sections
		if e.Parent != nil {
			siblings = e.Parent.Children
		}
		if e.Index > 0 && after.Find(siblings[e.Index-1].ID) != nil {
			return siblings[e.Index-1].ID
		}
		return parentOf(e)
	}
	return ""
}

// swapped reports whether the nodes x and y, siblings before and after,
// traded places.
func swapped(was map[string]docmodel.Entry, now []docmodel.Entry, x, y string) bool {
	var nx, ny *docmodel.Entry
	for i := range now {
		switch now[i].Node.ID {
		case x:
			nx = &now[i]
		case y:
			ny = &now[i]
		}
	}
	wx, okx := was[x]
	wy, oky := was[y]
	return nx != nil && ny != nil && okx && oky && parentOf(*nx) == parentOf(*ny) &&
		wx.Index == ny.Index && wy.Index == nx.Index
}

// childIDs returns the IDs of the children in d of the node of entry e,
// of the sections for the zero entry; none if d has no such node.
func childIDs(d *docmodel.Document, e docmodel.Entry) []string {
	nodes := d.Sections
	if e.Node != nil {
		n := d.Find(e.Node.ID)
		if n == nil {
			return nil
		}
		nodes = n.Children
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	return ids
}

// outOfOrder returns the IDs found in both lists that are out of the
// longest order the two lists share: the nodes moved among siblings.
func outOfOrder(was, now []string) []string {
	in := map[string]bool{}
	for _, id := range was {
		in[id] = true
	}
	var a, b []string
	for _, id := range now {
		if in[id] {
			b = append(b, id)
		}
	}
	kept := map[string]bool{}
	for _, id := range b {
		kept[id] = true
	}
	for _, id := range was {
		if kept[id] {
			a = append(a, id)
		}
	}
	// The longest common subsequence of a and b, by dynamic programming.
	n, m := len(a), len(b)
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	common := map[string]bool{}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			common[a[i]] = true
			i++
			j++
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	var out []string
	for _, id := range b {
		if !common[id] {
			out = append(out, id)
		}
	}
	return out
}

// parentOf is the ID of an entry's parent, "" for a section.
func parentOf(e docmodel.Entry) string {
	if e.Parent == nil {
		return ""
	}
	return e.Parent.ID
}

// sameContent reports whether two nodes have the same content of their
// own, leaving out their children and source markers.
func sameContent(a, b *docmodel.Node) bool {
	x, y := *a, *b
	x.Children, y.Children = nil, nil
	x.SourceMarker, y.SourceMarker = "", ""
	// Compared as encoded, where an empty list and none are the same.
	ex, errX := json.Marshal(x)
	ey, errY := json.Marshal(y)
	return errX == nil && errY == nil && bytes.Equal(ex, ey)
}
