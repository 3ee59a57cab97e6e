package compare

import (
	"sort"

	"yaodian/textsim"
)

// Thresholds of the alignment, as bigram similarities in [0, 1].
const (
	// similarMatch pairs two unmatched nodes anywhere at the same depth:
	// a task reworded, or moved and reworded.
	similarMatch = 0.6
	// positionalMatch pairs two unmatched nodes at the same place under
	// partners: a heading renamed, a task rewritten in place.
	positionalMatch = 0.25
)

// maxSimilarPairs bounds how many pairs of unmatched nodes the search for
// similar text compares. Below it every pair at the same depth is
// compared; above it (two drafts of many thousand nodes that share little
// text) each node is compared with the nodes near its own place in the
// other draft, so that the work stays linear.
const maxSimilarPairs = 1 << 22

// align pairs the items of A with those of B, strongest evidence first:
// identical text; the same heading or lead sentence; similar text; the
// same children; the same place with some likeness. Every pass prefers
// partners at the same depth and the same printed path.
func align(as, bs []*item) {
	// 1. Identical text.
	byText := newPicker()
	for _, b := range bs {
		if b.text != "" {
			byText.add(b.text, b)
		}
	}
	for _, a := range as {
		if a.text != "" {
			pair(a, byText.pick(a.text, a))
		}
	}
	// 2. The same heading or lead sentence.
	byTitle := newPicker()
	for _, b := range bs {
		if t := b.e.Node.Title(); t != "" && b.match == nil {
			byTitle.add(t, b)
		}
	}
	for _, a := range as {
		if t := a.e.Node.Title(); t != "" && a.match == nil {
			pair(a, byTitle.pick(t, a))
		}
	}
	// 3. Similar text at the same depth, most similar pairs first.
	type candidate struct {
		a, b *item
		sim  float64
	}
	var cands []candidate
	aByDepth, bByDepth := unmatchedByDepth(as), unmatchedByDepth(bs)
	for depth, ua := range aByDepth {
		ub := bByDepth[depth]
		if len(ub) == 0 {
			continue
		}
		// Each node of A is compared with the nodes of B within window
		// of its proportional place: all of them when few enough.
		window := max(8, maxSimilarPairs/(2*len(ua)))
		for i, a := range ua {
			if len(a.grams) == 0 {
				continue
			}
			at := i * len(ub) / len(ua)
			for _, b := range ub[max(0, at-window):min(len(ub), at+window+1)] {
				// Dice cannot exceed the ratio of the smaller set to the
				// mean size: skip pairs too unequal to pass.
				small, large := min(len(a.grams), len(b.grams)), max(len(a.grams), len(b.grams))
				if 2*float64(small) < similarMatch*float64(small+large) {
					continue
				}
				if s := textsim.Dice(a.grams, b.grams); s >= similarMatch {
					cands = append(cands, candidate{a, b, s})
				}
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].sim != cands[j].sim {
			return cands[i].sim > cands[j].sim
		}
		return cands[i].a.order < cands[j].a.order || cands[i].a.order == cands[j].a.order && cands[i].b.order < cands[j].b.order
	})
	for _, c := range cands {
		if c.a.match == nil && c.b.match == nil {
			pair(c.a, c.b)
		}
	}
	// 4. The same children: a renamed heading keeps its tasks.
	for _, a := range as {
		if a.match != nil || len(a.kids) == 0 {
			continue
		}
		votes := map[*item]int{}
		for _, k := range a.kids {
			if k.match != nil && k.match.parent != nil && k.match.parent.match == nil && k.match.parent.e.Depth == a.e.Depth {
				votes[k.match.parent]++
			}
		}
		var best *item
		for b, v := range votes {
			if 2*v >= max(len(a.kids), len(b.kids)) && (best == nil || v > votes[best] || v == votes[best] && b.e.Path < best.e.Path) {
				best = b
			}
		}
		if best != nil {
			pair(a, best)
		}
	}
	// 5. The same place under partners, with some likeness.
	type place struct {
		parent       *item
		depth, index int
	}
	byPlace := map[place][]*item{}
	for _, b := range bs {
		if b.match == nil {
			k := place{b.parent, b.e.Depth, b.e.Index}
			byPlace[k] = append(byPlace[k], b)
		}
	}
	for _, a := range as {
		if a.match != nil || a.parent != nil && a.parent.match == nil {
			continue
		}
		var parent *item
		if a.parent != nil {
			parent = a.parent.match
		}
		for _, b := range byPlace[place{parent, a.e.Depth, a.e.Index}] {
			if b.match == nil && samePlace(a, b) && textsim.Dice(a.grams, b.grams) >= positionalMatch {
				pair(a, b)
				break
			}
		}
	}
}

// unmatchedByDepth groups the unmatched items by depth, in reading order.
func unmatchedByDepth(items []*item) map[int][]*item {
	out := map[int][]*item{}
	for _, it := range items {
		if it.match == nil {
			out[it.e.Depth] = append(out[it.e.Depth], it)
		}
	}
	return out
}

// samePlace reports whether a and b sit under partnered parents (or both
// at the top level).
func samePlace(a, b *item) bool {
	if a.parent == nil || b.parent == nil {
		return a.parent == nil && b.parent == nil
	}
	return a.parent.match == b.parent
}

func pair(a, b *item) {
	if b != nil {
		a.match, b.match = b, a
	}
}

// picker finds partners among the items of B that share a key (a text or
// a title) with an item of A: of the unmatched ones, the first with the
// same path and depth, else the first at the same depth, else the first.
// Each list is read from a cursor that only moves past matched items, so
// that many items with the same key are paired in linear time.
type picker struct {
	lists map[pickKey]*queue
}

type pickKey struct {
	key   string
	path  string // "" for the list of every path
	depth int    // 0 for the list of every depth
}

// queue is a list of items read from its first unmatched one.
type queue struct {
	items []*item
	next  int
}

func (q *queue) first() *item {
	for q.next < len(q.items) && q.items[q.next].match != nil {
		q.next++
	}
	if q.next < len(q.items) {
		return q.items[q.next]
	}
	return nil
}

func newPicker() *picker {
	return &picker{lists: map[pickKey]*queue{}}
}

func (p *picker) add(key string, b *item) {
	for _, k := range []pickKey{{key, b.e.Path, b.e.Depth}, {key, "", b.e.Depth}, {key, "", 0}} {
		q := p.lists[k]
		if q == nil {
			q = &queue{}
			p.lists[k] = q
		}
		q.items = append(q.items, b)
	}
}

// pick returns the best unmatched partner for a among the items of key,
// or nil.
func (p *picker) pick(key string, a *item) *item {
	for _, k := range []pickKey{{key, a.e.Path, a.e.Depth}, {key, "", a.e.Depth}, {key, "", 0}} {
		if q := p.lists[k]; q != nil {
			if b := q.first(); b != nil {
				return b
			}
		}
	}
	return nil
}
