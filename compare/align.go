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

// align pairs the items of A with those of B, strongest evidence first:
// identical text; the same heading or lead sentence; similar text; the
// same children; the same place with some likeness. Every pass prefers
// partners at the same depth and the same printed path.
func align(as, bs []*item) {
	// 1. Identical text.
	byText := map[string][]*item{}
	for _, b := range bs {
		if b.text != "" {
			byText[b.text] = append(byText[b.text], b)
		}
	}
	for _, a := range as {
		if a.text != "" {
			pair(a, pick(a, byText[a.text]))
		}
	}
	// 2. The same heading or lead sentence.
	byTitle := map[string][]*item{}
	for _, b := range bs {
		if t := b.e.Node.Title(); t != "" && b.match == nil {
			byTitle[t] = append(byTitle[t], b)
		}
	}
	for _, a := range as {
		if t := a.e.Node.Title(); t != "" && a.match == nil {
			pair(a, pick(a, byTitle[t]))
		}
	}
	// 3. Similar text at the same depth, most similar pairs first.
	type candidate struct {
		a, b *item
		sim  float64
	}
	var cands []candidate
	for _, a := range as {
		if a.match != nil || len(a.grams) == 0 {
			continue
		}
		for _, b := range bs {
			if b.match == nil && b.e.Depth == a.e.Depth {
				if s := textsim.Dice(a.grams, b.grams); s >= similarMatch {
					cands = append(cands, candidate{a, b, s})
				}
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].sim > cands[j].sim })
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
	for _, a := range as {
		if a.match != nil {
			continue
		}
		for _, b := range bs {
			if b.match == nil && b.e.Depth == a.e.Depth && b.e.Index == a.e.Index && samePlace(a, b) &&
				textsim.Dice(a.grams, b.grams) >= positionalMatch {
				pair(a, b)
				break
			}
		}
	}
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

// pick chooses among unmatched candidates the best partner for a: the same
// path, else the same depth, else the first.
func pick(a *item, cands []*item) *item {
	var sameDepth, first *item
	for _, b := range cands {
		if b.match != nil {
			continue
		}
		if b.e.Path == a.e.Path && b.e.Depth == a.e.Depth {
			return b
		}
		if sameDepth == nil && b.e.Depth == a.e.Depth {
			sameDepth = b
		}
		if first == nil {
			first = b
		}
	}
	if sameDepth != nil {
		return sameDepth
	}
	return first
}
