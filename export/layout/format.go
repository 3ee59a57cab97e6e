package layout

import (
	"fmt"
	"strconv"
	"strings"
)

// Format writes the layout as text, one printed line per text line, for
// golden tests and for reading: each page with its number's position,
// then each line's grid slot (or "--" inside a table), baseline, kind,
// extent and runs (font, size, x, spacing, text), then the table rules.
// Positions are rounded to 0.01 pt.
func (d *Document) Format() string {
	var b strings.Builder
	for _, p := range d.Pages {
		fmt.Fprintf(&b, "== page %d  folio %s\n", p.Number, formatRun(p.Folio))
		for _, l := range p.Lines {
			slot := "--"
			if l.Slot >= 0 {
				slot = fmt.Sprintf("%02d", l.Slot)
			}
			last := ""
			if l.Last {
				last = " last"
			}
			node := ""
			if l.Node != "" {
				node = " #" + l.Node
			}
			fmt.Fprintf(&b, "%s y=%s %s [%s %s]%s%s\n", slot, num(l.Baseline), l.Kind, num(l.Start), num(l.End), last, node)
			for _, r := range l.Runs {
				fmt.Fprintf(&b, "    %s\n", formatRun(r))
			}
		}
		for _, r := range p.Rules {
			fmt.Fprintf(&b, "   rule %s,%s %s,%s\n", num(r.X1), num(r.Y1), num(r.X2), num(r.Y2))
		}
	}
	return b.String()
}

func formatRun(r Run) string {
	s := fmt.Sprintf("%s %s @%s %+.3f %q", r.Font, num(r.Size), num(r.X), r.Spacing, r.Text)
	if r.Mark != Unmarked {
		s += " " + string(r.Mark)
	}
	return s
}

// num writes v rounded to 0.01, without trailing zeros.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}
