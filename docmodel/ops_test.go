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
		{"outdent leaves following siblings", func(d *docmodel.Document) error { return d.Outdent("n3") },
			"一、n1 一、/（一）n2 一、/（一）/1．n4 一、/（二）n3 一、/（三）n5 二、n6 二、/（一）n7", ""},
		{"outdent last", func(d *docmodel.Document) error { return d.Outdent("n4") },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（二）n4 一、/（三）n5 二、n6 二、/（一）n7", ""},
		{"outdent with subtree", func(d *docmodel.Document) error { return d.Outdent("n2") },
			"一、n1 一、/（一）n5 二、n2 二、/（一）n3 二、/（二）n4 三、n6 三、/（一）n7", ""},
		{"move up into previous section", func(d *docmodel.Document) error { return d.MoveUp("n7") },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4 一、/（二）n5 一、/（三）n7 二、n6", ""},
		{"move up into previous subsection across sections", func(d *docmodel.Document) error {
			if err := d.Insert("n7", 0, d.NewNode()); err != nil {
				return err
			}
			return d.MoveUp("n8")
		}, "一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4 一、/（二）n5 一、/（二）/1．n8 二、n6 二、/（一）n7", ""},
		{"move down into next subsection", func(d *docmodel.Document) error { return d.MoveDown("n4") },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（二）n5 一、/（二）/1．n4 二、n6 二、/（一）n7", ""},
		{"move down into next section", func(d *docmodel.Document) error { return d.MoveDown("n5") },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4 二、n6 二、/（一）n5 二、/（二）n7", ""},
		{"move down last of its depth", func(d *docmodel.Document) error { return d.MoveDown("n7") }, start, "最后一项"},
		{"move up first section", func(d *docmodel.Document) error { return d.MoveUp("n1") }, start, "第一项"},
		{"drop into task of other section", func(d *docmodel.Document) error { return d.Drop("n4", "n7", docmodel.Into) },
			"一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（二）n5 二、n6 二、/（一）n7 二、/（一）/1．n4", ""},
		{"drop before node of other section", func(d *docmodel.Document) error { return d.Drop("n3", "n7", docmodel.Before) },
			"一、n1 一、/（一）n2 一、/（一）/1．n4 一、/（二）n5 二、n6 二、/（一）n3 二、/（二）n7", ""},
		{"drop after a later sibling", func(d *docmodel.Document) error { return d.Drop("n2", "n5", docmodel.After) },
			"一、n1 一、/（一）n5 一、/（二）n2 一、/（二）/1．n3 一、/（二）/2．n4 二、n6 二、/（一）n7", ""},
		{"drop before an earlier sibling", func(d *docmodel.Document) error { return d.Drop("n4", "n3", docmodel.Before) },
			"一、n1 一、/（一）n2 一、/（一）/1．n4 一、/（一）/2．n3 一、/（二）n5 二、n6 二、/（一）n7", ""},
		{"drop section after section", func(d *docmodel.Document) error { return d.Drop("n1", "n6", docmodel.After) },
			"一、n6 一、/（一）n7 二、n1 二、/（一）n2 二、/（一）/1．n3 二、/（一）/2．n4 二、/（二）n5", ""},
		{"drop beside itself", func(d *docmodel.Document) error { return d.Drop("n3", "n3", docmodel.After) }, start, ""},
		{"drop into itself", func(d *docmodel.Document) error { return d.Drop("n3", "n3", docmodel.Into) }, start, "自己的下级"},
		{"drop into own descendant", func(d *docmodel.Document) error { return d.Drop("n1", "n3", docmodel.Into) }, start, "自己的下级"},
		{"drop beside own descendant", func(d *docmodel.Document) error { return d.Drop("n1", "n3", docmodel.Before) }, start, "自己的下级"},
		{"drop too deep", func(d *docmodel.Document) error {
			if err := d.Insert("n3", 0, d.NewNode()); err != nil {
				return err
			}
			return d.Drop("n6", "n8", docmodel.Into)
		}, "一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/1．/（1）n8 一、/（一）/2．n4 一、/（二）n5 二、n6 二、/（一）n7", "超过"},
		{"drop on unknown", func(d *docmodel.Document) error { return d.Drop("n3", "n99", docmodel.After) }, start, "找不到"},
		{"drop unknown placement", func(d *docmodel.Document) error { return d.Drop("n3", "n4", docmodel.Placement(7)) }, start, "未知"},
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
			switch op := rng.IntN(10); op {
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
			case 8:
				err = d.Drop(pick(), pick(), docmodel.Placement(rng.IntN(3)))
			case 9:
				var nodes []*docmodel.Node
				if len(live) > 40 {
					break // pasted copies would grow the outline without end
				}
				if nodes, err = d.Copy(pick(), pick()); err == nil {
					parent := ""
					if rng.IntN(3) > 0 {
						parent = pick()
					}
					var ids []string
					if ids, err = d.Paste(parent, rng.IntN(4), nodes); err == nil {
						var add func(n *docmodel.Node)
						add = func(n *docmodel.Node) {
							live[n.ID] = true
							for _, c := range n.Children {
								add(c)
							}
						}
						for _, id := range ids {
							add(d.Find(id))
						}
					}
				}
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

// Cut, copy and paste move whole subtrees within a document and between
// documents, with fresh IDs, and refuse what cannot be pasted without
// changing anything.
func TestCopyCutPaste(t *testing.T) {
	const start = "一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4 一、/（二）n5 二、n6 二、/（一）n7"
	for _, tc := range []struct {
		name string
		op   func(d *docmodel.Document) ([]string, error)
		want string // the shape after, or the start shape if the op must fail
		ids  string // the pasted top IDs
		fail string
	}{
		{"copy subtree into other section", func(d *docmodel.Document) ([]string, error) {
			nodes, err := d.Copy("n2")
			if err != nil {
				return nil, err
			}
			return d.Paste("n6", 0, nodes)
		}, "一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4 一、/（二）n5 二、n6 二、/（一）n8 二、/（一）/1．n9 二、/（一）/2．n10 二、/（二）n7", "n8", ""},
		{"copy ancestor and descendant once, in reading order", func(d *docmodel.Document) ([]string, error) {
			nodes, err := d.Copy("n7", "n3", "n2")
			if err != nil {
				return nil, err
			}
			return d.Paste("", 9, nodes)
		}, start + " 三、n8 三、/（一）n9 三、/（二）n10 四、n11", "n8 n11", ""},
		{"cut across sections", func(d *docmodel.Document) ([]string, error) {
			nodes, err := d.Cut("n4", "n5")
			if err != nil {
				return nil, err
			}
			parent, index, err := d.After("n7")
			if err != nil {
				return nil, err
			}
			return d.Paste(parent, index, nodes)
		}, "一、n1 一、/（一）n2 一、/（一）/1．n3 二、n6 二、/（一）n7 二、/（二）n8 二、/（三）n9", "n8 n9", ""},
		{"paste too deep", func(d *docmodel.Document) ([]string, error) {
			nodes, err := d.Copy("n1")
			if err != nil {
				return nil, err
			}
			return d.Paste("n3", 0, nodes)
		}, start, "", "超过"},
		{"copy unknown", func(d *docmodel.Document) ([]string, error) { _, err := d.Copy("n3", "n42"); return nil, err }, start, "", "找不到"},
		{"copy nothing", func(d *docmodel.Document) ([]string, error) { _, err := d.Cut(); return nil, err }, start, "", "没有选中"},
		{"paste nothing", func(d *docmodel.Document) ([]string, error) { return d.Paste("", 0, nil) }, start, "", "没有可粘贴"},
		{"paste nil child", func(d *docmodel.Document) ([]string, error) {
			return d.Paste("", 0, []*docmodel.Node{{Children: []*docmodel.Node{nil}}})
		}, start, "", "空项"},
		{"paste under unknown", func(d *docmodel.Document) ([]string, error) {
			return d.Paste("n42", 0, []*docmodel.Node{{}})
		}, start, "", "找不到"},
		{"after unknown", func(d *docmodel.Document) ([]string, error) { _, _, err := d.After("n42"); return nil, err }, start, "", "找不到"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := sample(t)
			next := d.NextID
			ids, err := tc.op(d)
			if tc.fail != "" {
				if err == nil || !strings.Contains(err.Error(), tc.fail) {
					t.Fatalf("error = %v, want one containing %q", err, tc.fail)
				}
				if d.NextID != next {
					t.Errorf("a failed paste used IDs: next_id %d, was %d", d.NextID, next)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got := shape(d); got != tc.want {
				t.Errorf("shape\n got %s\nwant %s", got, tc.want)
			}
			if got := strings.Join(ids, " "); got != tc.ids {
				t.Errorf("pasted %q, want %q", got, tc.ids)
			}
			if err := d.Validate(); err != nil {
				t.Errorf("invariant broken: %v", err)
			}
		})
	}
}

// Nodes copied from one document paste into another with their content,
// and the copy shares nothing with the original.
func TestPasteBetweenDocuments(t *testing.T) {
	src := sample(t)
	task := src.Find("n3")
	stretch := 25.0
	task.Lead, task.Body, task.Partners = "加强平台建设。", []string{"建设一批实验室。"}, []string{"市财政局"}
	task.Indicators = []docmodel.Indicator{{Name: "实验室", Kind: docmodel.KindIncrement, Value: 3, Unit: "家", Stretch: &stretch}}
	task.SourceMarker = "1、"
	nodes, err := src.Copy("n2")
	if err != nil {
		t.Fatal(err)
	}
	dst := docmodel.New()
	if err := dst.Insert("", 0, dst.NewNode()); err != nil {
		t.Fatal(err)
	}
	ids, err := dst.Paste("n1", 0, nodes)
	if err != nil {
		t.Fatal(err)
	}
	if got := shape(dst); got != "一、n1 一、/（一）n2 一、/（一）/1．n3 一、/（一）/2．n4" || ids[0] != "n2" {
		t.Fatalf("pasted %v: %s", ids, got)
	}
	got := dst.Find("n3")
	if got.Lead != task.Lead || got.Body[0] != task.Body[0] || got.Partners[0] != "市财政局" || *got.Indicators[0].Stretch != 25 || got.SourceMarker != "" {
		t.Errorf("pasted task = %+v", got)
	}
	got.Body[0] = "改了"
	*got.Indicators[0].Stretch = 30
	nodes[0].Children[0].Partners[0] = "改了"
	if task.Body[0] != "建设一批实验室。" || *task.Indicators[0].Stretch != 25 || task.Partners[0] != "市财政局" {
		t.Errorf("editing a copy changed the original: %+v", task)
	}
	if err := dst.Validate(); err != nil {
		t.Error(err)
	}
}

// A cloned document encodes as the original and shares nothing with it.
func TestDocumentClone(t *testing.T) {
	d := sample(t)
	d.Meta.Title, d.Meta.Recipients, d.Preamble = "2025年工作要点", []string{"各县"}, []string{"根据安排。"}
	d.Notice = &docmodel.Notice{Title: "关于印发的通知", Body: []string{"现印发。"}}
	d.Find("n3").Body = []string{"正文。"}
	c := d.Clone()
	a, err := docmodel.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	b, err := docmodel.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if string(a) != string(b) {
		t.Fatal("the clone encodes differently")
	}
	c.Meta.Recipients[0], c.Preamble[0], c.Notice.Body[0], c.Find("n3").Body[0] = "x", "x", "x", "x"
	c.Sections[0].Children = nil
	if again, _ := docmodel.Encode(d); string(again) != string(a) {
		t.Error("editing the clone changed the original")
	}
}

// Text finds each field a check range or a find match can name, and
// nothing where the document has no such text.
func TestText(t *testing.T) {
	d := docmodel.New()
	d.Notice = &docmodel.Notice{Title: "通知标题", Body: []string{"通知正文"}, Attachments: []string{"附件一", "附件二"}}
	d.Meta = docmodel.Meta{Title: "文档标题", Number: "市科发〔2025〕3号", Recipients: []string{"各区", "各部门"}, Issuer: "市科技局"}
	d.Preamble = []string{"前言一", "前言二"}
	n := d.NewNode()
	n.Heading, n.Body = "一级标题", []string{"正文一"}
	task := d.NewNode()
	task.Lead, task.Body = "小标题句。", []string{"任务正文"}
	task.LeadUnit, task.Partners, task.Deadline = "市科技局", []string{"市财政局", "市发改委"}, "2025年6月底"
	n.Children = []*docmodel.Node{task}
	d.Sections = []*docmodel.Node{n}
	for _, tc := range []struct {
		node  string
		field docmodel.Field
		index int
		want  string // "" for none
	}{
		{"", docmodel.FieldNoticeTitle, 0, "通知标题"},
		{"", docmodel.FieldNoticeBody, 0, "通知正文"},
		{"", docmodel.FieldAttachment, 1, "附件二"},
		{"", docmodel.FieldTitle, 0, "文档标题"},
		{"", docmodel.FieldNumber, 0, "市科发〔2025〕3号"},
		{"", docmodel.FieldRecipient, 1, "各部门"},
		{"", docmodel.FieldPreamble, 1, "前言二"},
		{"", docmodel.FieldIssuer, 0, "市科技局"},
		{n.ID, docmodel.FieldHeading, 0, "一级标题"},
		{n.ID, docmodel.FieldBody, 0, "正文一"},
		{task.ID, docmodel.FieldLead, 0, "小标题句。"},
		{task.ID, docmodel.FieldBody, 0, "任务正文"},
		{task.ID, docmodel.FieldLeadUnit, 0, "市科技局"},
		{task.ID, docmodel.FieldPartner, 1, "市发改委"},
		{task.ID, docmodel.FieldDeadline, 0, "2025年6月底"},
		{"", docmodel.FieldPreamble, 2, ""},
		{"", docmodel.FieldRecipient, -1, ""},
		{task.ID, docmodel.FieldBody, 1, ""},
		{"n99", docmodel.FieldHeading, 0, ""},
		{"", docmodel.FieldHeading, 0, ""},
		{task.ID, "units", 0, ""},
	} {
		p := d.Text(tc.node, tc.field, tc.index)
		switch {
		case tc.want == "" && p != nil:
			t.Errorf("Text(%q, %s, %d) = %q, want none", tc.node, tc.field, tc.index, *p)
		case tc.want != "" && (p == nil || *p != tc.want):
			t.Errorf("Text(%q, %s, %d) = %v, want %q", tc.node, tc.field, tc.index, p, tc.want)
		}
	}
	*d.Text(task.ID, docmodel.FieldPartner, 0) = "市税务局"
	if task.Partners[0] != "市税务局" {
		t.Errorf("writing through Text left partners %q", task.Partners)
	}
	d.Notice = nil
	if p := d.Text("", docmodel.FieldNoticeTitle, 0); p != nil {
		t.Errorf("notice title of a document without a notice: %q", *p)
	}
}
