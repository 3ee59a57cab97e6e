package docmodel_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"yaodian/docmodel"
)

// shape prints a document's outline as "path:id" pairs, the way the tests
// below state what an operation must leave.
func shape(d *docmodel.Document) string {
	var parts []string
	for _, e := range d.Entries() {
		parts = append(parts, e.Path+e.Node.ID)
	}
	return strings.Join(parts, " ")
}

// sample returns 一、n1 [（一）n2 [1．n3 2．n4] （二）n5] 二、n6 [（一）n7].
func sample(t *testing.T) *docmodel.Document {
	t.Helper()
	d := docmodel.New()
	ins := func(parent string) {
		if err := d.Insert(parent, 1<<30, d.NewNode()); err != nil {
			t.Fatal(err)
		}
	}
	ins("")
	ins("n1")
	ins("n2")
	ins("n2")
	ins("n1")
	ins("")
	ins("n6")
	return d
}

func TestOperations(t *testing.T) {
	const start = "一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4 一、/（二）n5 二、n6 二、/（一）n7"
	if got := shape(sample(t)); got != start {
		t.Fatalf("sample = %s", got)
	}
	for _, tc := range []struct {
		name string
		op   func(d *docmodel.Document) error
		want string // the shape after, or the start shape if the op must fail
		fail string // a part of the Chinese error message, if it must fail
	}{
		{"insert section first", func(d *docmodel.Document) error { return d.Insert("", 0, d.NewNode()) },
			"一、n8 二、n1 二、/（一）n2 二、/（一）/1．n3 二、/（一）/2．n4 二、/（二）n5 三、n6 三、/（一）n7", ""},
		{"insert child in the middle", func(d *docmodel.Document) error { return d.Insert("n2", 1, d.NewNode()) },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n8 一、/（一）/3．n4 一、/（二）n5 二、n6 二、/（一）n7", ""},
		{"insert under unknown", func(d *docmodel.Document) error { return d.Insert("n99", 0, d.NewNode()) }, start, "找不到"},
		{"insert duplicate id", func(d *docmodel.Document) error { return d.Insert("", 0, &docmodel.Node{ID: "n3"}) }, start, "已在文档中"},
		{"insert too deep", func(d *docmodel.Document) error {
			deep := &docmodel.Node{Children: []*docmodel.Node{{Children: []*docmodel.Node{{}}}}}
			return d.Insert("n3", 0, deep)
		}, start, "超过"},
		{"delete subtree", func(d *docmodel.Document) error { _, _, _, err := d.Delete("n2"); return err },
			"一、n1 一、/（一）n5 二、n6 二、/（一）n7", ""},
		{"delete unknown", func(d *docmodel.Document) error { _, _, _, err := d.Delete("zz"); return err }, start, "找不到"},
		{"move task to other section", func(d *docmodel.Document) error { return d.Move("n4", "n7", 0) },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（二）n5 二、n6 二、/（一）n7 二、/（一）/1．n4", ""},
		{"move into own subtree", func(d *docmodel.Document) error { return d.Move("n1", "n3", 0) }, start, "自己的下级"},
		{"move too deep", func(d *docmodel.Document) error {
			if err := d.Insert("n3", 0, d.NewNode()); err != nil {
				return err
			}
			return d.Move("n6", "n8", 0)
		}, "一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/1．/（1）n8 一、/（一）/2．n4 一、/（二）n5 二、n6 二、/（一）n7", "超过"},
		{"move up", func(d *docmodel.Document) error { return d.MoveUp("n5") },
			"一、n1 一、/（一）n5 一、/（二）n2 一、/（二）/1．n3 一、/（二）/2．n4 二、n6 二、/（一）n7", ""},
		{"move up first", func(d *docmodel.Document) error { return d.MoveUp("n3") }, start, "第一项"},
		{"move down", func(d *docmodel.Document) error { return d.MoveDown("n1") },
			"一、n6 一、/（一）n7 二、n1 二、/（一）n2 二、/（一）/1．n3 二、/（一）/2．n4 二、/（二）n5", ""},
		{"move down last", func(d *docmodel.Document) error { return d.MoveDown("n6") }, start, "最后一项"},
		{"indent", func(d *docmodel.Document) error { return d.Indent("n4") },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/1．/（1）n4 一、/（二）n5 二、n6 二、/（一）n7", ""},
		{"indent section", func(d *docmodel.Document) error { return d.Indent("n6") },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4 一、/（二）n5 一、/（三）n6 一、/（三）/1．n7", ""},
		{"indent first", func(d *docmodel.Document) error { return d.Indent("n3") }, start, "第一项"},
		{"outdent keeps reading order", func(d *docmodel.Document) error { return d.Outdent("n3") },
			"一、n1 一、/（一）n2 一、/（二）n3 一、/（二）/1．n4 一、/（三）n5 二、n6 二、/（一）n7", ""},
		{"outdent top", func(d *docmodel.Document) error { return d.Outdent("n1") }, start, "第一层"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := sample(t)
			err := tc.op(d)
			if tc.fail != "" {
				if err == nil || !strings.Contains(err.Error(), tc.fail) {
					t.Fatalf("error = %v, want one containing %q", err, tc.fail)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got := shape(d); got != tc.want {
				t.Errorf("shape\n got %s\nwant %s", got, tc.want)
			}
			if err := d.Validate(); err != nil {
				t.Errorf("invariant broken: %v", err)
			}
		})
	}
}

// Random sequences of operations never break an invariant, never lose or
// duplicate a node, and a failed operation changes nothing.
func TestOperationsKeepInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, opts := range []docmodel.Options{docmodel.DefaultOptions(), {Levels: docmodel.LevelsCompact, Arabic: docmodel.ArabicRunOn, Leads: docmodel.LeadsPlain}} {
		d := docmodel.New()
		d.Options = opts
		live := map[string]bool{}
		for step := 0; step < 3000; step++ {
			ids := slices.Sorted(func(yield func(string) bool) {
				for id := range live {
					if !yield(id) {
						return
					}
				}
			})
			pick := func() string {
				if len(ids) == 0 {
					return "none"
				}
				return ids[rng.IntN(len(ids))]
			}
			before := shape(d)
			var err error
			var removed *docmodel.Node
			switch op := rng.IntN(8); op {
			case 0, 1:
				parent := ""
				if rng.IntN(3) > 0 {
					parent = pick()
				}
				n := d.NewNode()
				if err = d.Insert(parent, rng.IntN(4), n); err == nil {
					live[n.ID] = true
				}
			case 2:
				removed, _, _, err = d.Delete(pick())
			case 3:
				parent := ""
				if rng.IntN(3) > 0 {
					parent = pick()
				}
				err = d.Move(pick(), parent, rng.IntN(4))
			case 4:
				err = d.MoveUp(pick())
			case 5:
				err = d.MoveDown(pick())
			case 6:
				err = d.Indent(pick())
			case 7:
				err = d.Outdent(pick())
			}
			if err != nil && shape(d) != before {
				t.Fatalf("step %d: failed operation (%v) changed the document", step, err)
			}
			if removed != nil {
				var drop func(n *docmodel.Node)
				drop = func(n *docmodel.Node) {
					delete(live, n.ID)
					for _, c := range n.Children {
						drop(c)
					}
				}
				drop(removed)
			}
			if err := d.Validate(); err != nil {
				t.Fatalf("step %d: %v", step, err)
			}
			seen := map[string]bool{}
			for _, e := range d.Entries() {
				seen[e.Node.ID] = true
			}
			if len(seen) != len(live) {
				t.Fatalf("step %d: %d nodes in the document, %d expected", step, len(seen), len(live))
			}
			for id := range live {
				if !seen[id] {
					t.Fatalf("step %d: node %s lost", step, id)
				}
			}
		}
	}
}

// An edit forgets the source markers of the siblings it renumbers, and
// only those.
func TestEditsForgetSourceMarkers(t *testing.T) {
	for _, tc := range []struct {
		name string
		op   func(d *docmodel.Document) error
		kept string // the nodes that keep their markers
	}{
		{"delete", func(d *docmodel.Document) error { _, _, _, err := d.Delete("n3"); return err }, "n1 n2 n5 n6 n7"},
		{"move up", func(d *docmodel.Document) error { return d.MoveUp("n5") }, "n1 n3 n4 n6 n7"},
		{"insert", func(d *docmodel.Document) error { return d.Insert("n6", 0, d.NewNode()) }, "n1 n2 n3 n4 n5 n6"},
		{"outdent", func(d *docmodel.Document) error { return d.Outdent("n5") }, "n3 n4 n7"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := sample(t)
			for _, e := range d.Entries() {
				e.Node.SourceMarker = e.Number
			}
			if err := tc.op(d); err != nil {
				t.Fatal(err)
			}
			var kept []string
			for _, e := range d.Entries() {
				if e.Node.SourceMarker != "" {
					kept = append(kept, e.Node.ID)
				}
			}
			if got := strings.Join(kept, " "); got != tc.kept {
				t.Errorf("nodes keeping their markers: %s, want %s", got, tc.kept)
			}
		})
	}
}
