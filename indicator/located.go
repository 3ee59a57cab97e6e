package indicator

import "yaodian/docmodel"

// Located is a target with the place in the plan that states it.
type Located struct {
	docmodel.Indicator
	// Key is Normalize(Name): what matches the target across plans.
	Key string
	// Path is the node's printed path (二、/（一）/3．), or 标题 or 前言
	// for text outside the outline.
	Path   string
	NodeID string
	Role   docmodel.Role // the node's role; empty outside the outline
	// Seq counts the targets of the same name stated earlier at the same
	// place: a paragraph may state one indicator twice.
	Seq int
}

// SameMeasure reports whether two targets are counted alike: the same
// kind of target in the same unit.
func (l Located) SameMeasure(o Located) bool {
	return l.Kind == o.Kind && l.Unit == o.Unit
}

// Of returns the targets of a plan in reading order: the indicators its
// nodes store, and those its text states — title, preamble, headings,
// paragraphs — each once per place, name, measure and value.
func Of(d *docmodel.Document) []Located {
	var out []Located
	seen := map[string]bool{}
	atPlace := map[string]int{}
	add := func(ind docmodel.Indicator, path, nodeID string, role docmodel.Role) {
		l := Located{Indicator: ind, Key: Normalize(ind.Name), Path: path, NodeID: nodeID, Role: role}
		id := l.Key + "|" + string(ind.Kind) + "|" + ind.Unit + "|" + path + "|" + docmodel.FormatNumber(ind.Value)
		if seen[id] {
			return
		}
		seen[id] = true
		l.Seq = atPlace[l.Key+"|"+path]
		atPlace[l.Key+"|"+path]++
		out = append(out, l)
	}
	read := func(text, path, nodeID string, role docmodel.Role) {
		for _, ind := range Extract(text) {
			add(ind, path, nodeID, role)
		}
	}
	read(d.Meta.Title, "标题", "", "")
	for _, p := range d.Preamble {
		read(p, "前言", "", "")
	}
	d.Walk(func(e docmodel.Entry) bool {
		n := e.Node
		for _, ind := range n.Indicators {
			add(ind, e.Path, n.ID, e.Role)
		}
		read(n.Heading, e.Path, n.ID, e.Role)
		for _, p := range n.Paragraphs() {
			read(p, e.Path, n.ID, e.Role)
		}
		return true
	})
	return out
}

// Ambition compares two targets of one indicator: +1 when b asks for more
// than a, -1 when it asks for less, 0 when they ask the same. A ceiling
// (控制在5.5%以内) asks for more as it goes down; any other target as it
// goes up.
func Ambition(a, b docmodel.Indicator) int {
	sign := 1
	if a.Bound == docmodel.BoundAtMost || b.Bound == docmodel.BoundAtMost {
		sign = -1
	}
	switch {
	case b.Value > a.Value:
		return sign
	case b.Value < a.Value:
		return -sign
	}
	return 0
}
