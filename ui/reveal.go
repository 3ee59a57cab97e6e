package ui

import (
	"bytes"
	"encoding/json"

	"yaodian/docmodel"
)

// changedNode returns the node an undo or redo changed, to reveal it,
// from the document before and after it: the first node in reading order
// of after that is new, has another parent or other content of its own
// (a node put back, moved or edited); else the one that moved furthest
// among its siblings, or the first of those (a node moved among its
// siblings, or the node now where removed ones were); else,
// when nodes were only removed, the node before the first one removed or
// its parent. It returns "" when no node changed, as after an edit of
// the document's own data. Source markers are not compared: a move
// clears those of the node's siblings.
func changedNode(before, after *docmodel.Document) string {
	was := map[string]docmodel.Entry{}
	for _, e := range before.Entries() {
		was[e.Node.ID] = e
	}
	shifted, furthest := "", 0
	for _, e := range after.Entries() {
		b, ok := was[e.Node.ID]
		if !ok || parentOf(b) != parentOf(e) || !sameContent(b.Node, e.Node) {
			return e.Node.ID
		}
		if d := abs(b.Index - e.Index); d > furthest {
			shifted, furthest = e.Node.ID, d
		}
		delete(was, e.Node.ID)
	}
	if shifted != "" {
		return shifted
	}
	for _, e := range before.Entries() {
		if _, gone := was[e.Node.ID]; !gone {
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

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
