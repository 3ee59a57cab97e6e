package cli

import (
	"flag"
	"fmt"
	"io"

	"yaodian/indicator"
)

var outlineCommand = command{"outline",
	"outline 输入文件 [--json] [--index N]",
	"列出结构，每项一行：层次、编号、角色、标题",
	"outline IN [--json] [--index N]",
	"the structure, one node per line: depth, number, role, heading",
	runOutline}

// outlineNode is one line of `outline --json`.
type outlineNode struct {
	ID     string `json:"id"`
	Depth  int    `json:"depth"`
	Number string `json:"number"`
	// SourceMarker is the marker an imported text or Word file wrote.
	SourceMarker string `json:"source_marker,omitempty"`
	Path         string `json:"path"`
	Role         string `json:"role"`
	Heading      string `json:"heading,omitempty"`
	Lead         string `json:"lead,omitempty"`
	// Indicators counts the targets the node states, in its text or an
	// indicator table.
	Indicators int `json:"indicators,omitempty"`
}

func runOutline(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("outline", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	index := indexFlag(fs)
	in, err := oneInput(fs, args)
	if err != nil {
		return err
	}
	d, err := readInput(in, *index)
	if err != nil {
		return err
	}
	if *asJSON {
		out := struct {
			Title string        `json:"title"`
			Nodes []outlineNode `json:"nodes"`
		}{Title: d.Meta.Title, Nodes: []outlineNode{}}
		targets := map[string]int{}
		for _, t := range indicator.Of(d) {
			targets[t.NodeID]++
		}
		for _, e := range d.Entries() {
			out.Nodes = append(out.Nodes, outlineNode{ID: e.Node.ID, Depth: e.Depth, Number: e.Number, SourceMarker: e.Node.SourceMarker,
				Path: e.Path, Role: string(e.Role), Heading: e.Node.Heading, Lead: e.Node.Lead, Indicators: targets[e.Node.ID]})
		}
		return writeJSON(stdout, out)
	}
	for _, e := range d.Entries() {
		fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\n", e.Depth, e.Number, e.Role.Label(), e.Node.Summary())
	}
	return nil
}
