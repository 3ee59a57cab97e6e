package indicator

import (
	"sort"

	"yaodian/docmodel"
)

// Dated is a plan and the year it is for.
type Dated struct {
	Year int
	File string
	Doc  *docmodel.Document
}

// Point is the target one year's plan sets for an indicator.
type Point struct {
	Year int
	File string
	Located
}

// History follows the indicator of target l through plans: for each plan,
// the target with l's name and measure (kind and unit), preferring one
// stated in a node of l's role, then the first mention. Plans that do not
// state it are left out; the points are ordered by year, oldest first, a
// year with several plans in the order given.
func History(l Located, plans []Dated) []Point {
	var out []Point
	for _, p := range plans {
		var best *Located
		for _, t := range Of(p.Doc) {
			if t.Key != l.Key || !t.SameMeasure(l) {
				continue
			}
			if best == nil || (best.Role != l.Role && t.Role == l.Role) {
				best = &t
			}
		}
		if best != nil {
			out = append(out, Point{Year: p.Year, File: p.File, Located: *best})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out
}
