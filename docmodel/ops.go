package docmodel

import (
	"slices"
	"strconv"

	"yaodian/usererr"
)

// The editing operations below keep every invariant of Validate: IDs stay
// unique, nothing goes deeper than the numbering allows, and a failed
// operation leaves the document as it was. Each clears the source markers
// of the sibling lists it changes, which no longer number as the source
// did.

// NewNode returns an empty node with a fresh ID. The node is not yet in the
// document; Insert places it.
func (d *Document) NewNode() *Node {
	if d.NextID < 1 {
		d.NextID = 1
	}
	n := &Node{ID: "n" + strconv.Itoa(d.NextID)}
	d.NextID++
	return n
}

// place is where a node sits: the list holding it and its index there.
type place struct {
	parent *Node // nil for a section
	list   *[]*Node
	index  int
	depth  int
}

// locate finds the node with the given ID.
func (d *Document) locate(id string) (place, bool) {
	var found place
	ok := false
	var search func(list *[]*Node, parent *Node, depth int) bool
	search = func(list *[]*Node, parent *Node, depth int) bool {
		for i, n := range *list {
			if n.ID == id {
				found, ok = place{parent: parent, list: list, index: i, depth: depth}, true
				return true
			}
			if search(&n.Children, n, depth+1) {
				return true
			}
		}
		return false
	}
	search(&d.Sections, nil, 1)
	return found, ok
}

// Find returns the node with the given ID, or nil.
func (d *Document) Find(id string) *Node {
	if p, ok := d.locate(id); ok {
		return (*p.list)[p.index]
	}
	return nil
}

// Parent returns the parent of the node with the given ID; nil for a
// section or an unknown ID.
func (d *Document) Parent(id string) *Node {
	p, _ := d.locate(id)
	return p.parent
}

// height is the number of levels a subtree occupies, 1 for a leaf.
func height(n *Node) int {
	h := 0
	for _, c := range n.Children {
		h = max(h, height(c))
	}
	return h + 1
}

func notFound(id string) error {
	return usererr.New("找不到标识为 "+id+" 的项", "no node with id "+id)
}

func tooDeep(max int) error {
	return usererr.New(
		"操作后层次将超过编号方案允许的 "+strconv.Itoa(max)+" 层",
		"the operation would nest deeper than the "+strconv.Itoa(max)+" levels the numbering allows")
}

// children returns the list a new child of parentID goes into ("" for
// the sections) and the depth of that list.
func (d *Document) children(parentID string) (*[]*Node, int, error) {
	if parentID == "" {
		return &d.Sections, 1, nil
	}
	p, ok := d.locate(parentID)
	if !ok {
		return nil, 0, notFound(parentID)
	}
	parent := (*p.list)[p.index]
	return &parent.Children, p.depth + 1, nil
}

// Insert puts n, with its subtree, at index among the children of the node
// parentID ("" for a new section). Nodes of the subtree without an ID get a
// fresh one; an ID already in the document is refused. An index beyond the
// end appends.
func (d *Document) Insert(parentID string, index int, n *Node) error {
	if n == nil {
		return usererr.New("不能插入空项", "cannot insert a nil node")
	}
	list, depth, err := d.children(parentID)
	if err != nil {
		return err
	}
	if depth+height(n)-1 > d.Options.MaxDepth() {
		return tooDeep(d.Options.MaxDepth())
	}
	used := map[string]bool{}
	d.Walk(func(e Entry) bool {
		used[e.Node.ID] = true
		return true
	})
	if err := checkNewIDs(n, used); err != nil {
		return err
	}
	assignIDs(d, n)
	index = min(max(index, 0), len(*list))
	*list = slices.Insert(*list, index, n)
	forgetMarkers(*list)
	return nil
}

// forgetMarkers clears the source markers of a list of siblings an edit
// changed: the numbers the source gave them no longer describe them.
func forgetMarkers(list []*Node) {
	for _, n := range list {
		n.SourceMarker = ""
	}
}

// checkNewIDs refuses a subtree that reuses an ID of the document or
// repeats one of its own.
func checkNewIDs(n *Node, used map[string]bool) error {
	if n.ID != "" {
		if used[n.ID] {
			return usererr.New("标识 "+n.ID+" 已在文档中", "id "+n.ID+" is already in the document")
		}
		used[n.ID] = true
	}
	for _, c := range n.Children {
		if c == nil {
			return usererr.New("不能插入空项", "cannot insert a nil node")
		}
		if err := checkNewIDs(c, used); err != nil {
			return err
		}
	}
	return nil
}

// assignIDs gives every node of the subtree without an ID a fresh one, and
// moves NextID past any numeric ID the subtree brings.
func assignIDs(d *Document, n *Node) {
	if n.ID == "" {
		n.ID = d.NewNode().ID
	} else if v, ok := idNumber(n.ID); ok && v >= d.NextID {
		d.NextID = v + 1
	}
	for _, c := range n.Children {
		assignIDs(d, c)
	}
}

// Delete removes the node with the given ID and its subtree, and returns
// the removed node with where it was, so that an undo can put it back.
func (d *Document) Delete(id string) (removed *Node, parentID string, index int, err error) {
	p, ok := d.locate(id)
	if !ok {
		return nil, "", 0, notFound(id)
	}
	removed = (*p.list)[p.index]
	*p.list = slices.Delete(*p.list, p.index, p.index+1)
	forgetMarkers(*p.list)
	if p.parent != nil {
		parentID = p.parent.ID
	}
	return removed, parentID, p.index, nil
}

// Move takes the node with the given ID, with its subtree, and puts it at
// index among the children of parentID ("" for the sections), the index
// counted after the node has been taken out. A node cannot move into its own
// subtree.
func (d *Document) Move(id, parentID string, index int) error {
	p, ok := d.locate(id)
	if !ok {
		return notFound(id)
	}
	n := (*p.list)[p.index]
	if parentID != "" {
		if parentID == id || findIn(n.Children, parentID) {
			return usererr.New("不能把一项移到它自己的下级中", "cannot move a node into its own subtree")
		}
	}
	list, depth, err := d.children(parentID)
	if err != nil {
		return err
	}
	if depth+height(n)-1 > d.Options.MaxDepth() {
		return tooDeep(d.Options.MaxDepth())
	}
	*p.list = slices.Delete(*p.list, p.index, p.index+1)
	// Deleting from the same list may have shifted it; list still points
	// at the right slice header.
	index = min(max(index, 0), len(*list))
	*list = slices.Insert(*list, index, n)
	forgetMarkers(*p.list)
	forgetMarkers(*list)
	return nil
}

func findIn(nodes []*Node, id string) bool {
	for _, n := range nodes {
		if n.ID == id || findIn(n.Children, id) {
			return true
		}
	}
	return false
}

// MoveUp swaps the node with its previous sibling. The first among its
// siblings moves, at the same depth, to the end of the node before its
// parent at its parent's depth — the previous section, or the previous
// subsection — as Alt+↑ does in an outliner; only the first node of its
// depth in the document cannot move up.
func (d *Document) MoveUp(id string) error {
	p, ok := d.locate(id)
	if !ok {
		return notFound(id)
	}
	if p.index > 0 {
		l := *p.list
		l[p.index-1], l[p.index] = l[p.index], l[p.index-1]
		forgetMarkers(l)
		return nil
	}
	if p.parent != nil {
		if cousin := d.neighbour(p.parent.ID, p.depth-1, -1); cousin != nil {
			return d.Move(id, cousin.ID, len(cousin.Children))
		}
	}
	return usererr.New("已经是这一层的第一项，不能上移", "already the first node at its level")
}

// MoveDown swaps the node with its next sibling. The last among its
// siblings moves, at the same depth, to the start of the node after its
// parent at its parent's depth, as Alt+↓ does in an outliner; only the
// last node of its depth in the document cannot move down.
func (d *Document) MoveDown(id string) error {
	p, ok := d.locate(id)
	if !ok {
		return notFound(id)
	}
	l := *p.list
	if p.index < len(l)-1 {
		l[p.index+1], l[p.index] = l[p.index], l[p.index+1]
		forgetMarkers(l)
		return nil
	}
	if p.parent != nil {
		if cousin := d.neighbour(p.parent.ID, p.depth-1, +1); cousin != nil {
			return d.Move(id, cousin.ID, 0)
		}
	}
	return usererr.New("已经是这一层的最后一项，不能下移", "already the last node at its level")
}

// neighbour returns the node at the given depth that comes before (dir
// -1) or after (dir +1) the node id in reading order, or nil.
func (d *Document) neighbour(id string, depth, dir int) *Node {
	var same []*Node
	at := -1
	d.Walk(func(e Entry) bool {
		if e.Depth == depth {
			if e.Node.ID == id {
				at = len(same)
			}
			same = append(same, e.Node)
		}
		return true
	})
	if at < 0 || at+dir < 0 || at+dir >= len(same) {
		return nil
	}
	return same[at+dir]
}

// Indent makes the node the last child of its previous sibling, one level
// deeper, as Tab does in an outliner.
func (d *Document) Indent(id string) error {
	p, ok := d.locate(id)
	if !ok {
		return notFound(id)
	}
	if p.index == 0 {
		return usererr.New("同级第一项没有可以归属的上一项，不能降级", "the first among its siblings has no previous sibling to go under")
	}
	n := (*p.list)[p.index]
	if p.depth+height(n) > d.Options.MaxDepth() {
		return tooDeep(d.Options.MaxDepth())
	}
	prev := (*p.list)[p.index-1]
	*p.list = slices.Delete(*p.list, p.index, p.index+1)
	prev.Children = append(prev.Children, n)
	forgetMarkers(*p.list)
	forgetMarkers(prev.Children)
	return nil
}

// Outdent makes the node, with its own subtree only, a sibling of its
// parent right after it, as Shift+Tab does in an outliner. The siblings
// that followed the node stay where they were, under the parent; they are
// never taken in as the node's children.
func (d *Document) Outdent(id string) error {
	p, ok := d.locate(id)
	if !ok {
		return notFound(id)
	}
	if p.parent == nil {
		return usererr.New("已经是第一层，不能升级", "already at the top level")
	}
	gp, _ := d.locate(p.parent.ID)
	n := (*p.list)[p.index]
	*p.list = slices.Delete(*p.list, p.index, p.index+1)
	*gp.list = slices.Insert(*gp.list, gp.index+1, n)
	forgetMarkers(*p.list)
	forgetMarkers(*gp.list)
	return nil
}

// Placement tells where a dropped node goes relative to the node it is
// dropped on.
type Placement int

// The places a drop can put a node.
const (
	// Into makes the node the last child of the target.
	Into Placement = iota
	// Before makes the node the target's sibling just before it.
	Before
	// After makes the node the target's sibling just after it.
	After
)

// Drop moves the node id, with its subtree, to the given place relative
// to the node target, as dragging it in the tree does: onto a node makes
// it a child, between two nodes a sibling, in any section. Dropping a node
// on or beside itself leaves the document as it was.
func (d *Document) Drop(id, target string, at Placement) error {
	if _, ok := d.locate(id); !ok {
		return notFound(id)
	}
	t, ok := d.locate(target)
	if !ok {
		return notFound(target)
	}
	if target == id && at != Into {
		return nil
	}
	switch at {
	case Into:
		return d.Move(id, target, len((*t.list)[t.index].Children))
	case Before, After:
		parentID := ""
		if t.parent != nil {
			parentID = t.parent.ID
		}
		if parentID != "" && (parentID == id || findIn(d.Find(id).Children, parentID)) {
			return usererr.New("不能把一项移到它自己的下级中", "cannot move a node into its own subtree")
		}
		index := t.index
		if at == After {
			index++
		}
		// Move counts the index after taking the node out: a node taken
		// from before the target in the same list shifts it by one.
		if p, _ := d.locate(id); p.list == t.list && p.index < t.index {
			index--
		}
		return d.Move(id, parentID, index)
	}
	return usererr.New("未知的放置位置", "unknown placement "+strconv.Itoa(int(at)))
}

// Clone returns a deep copy of the node and its subtree, IDs included;
// nil for nil.
func (n *Node) Clone() *Node {
	if n == nil {
		return nil
	}
	c := *n
	c.Body = slices.Clone(n.Body)
	c.Partners = slices.Clone(n.Partners)
	c.Indicators = slices.Clone(n.Indicators)
	for i, ind := range c.Indicators {
		if ind.Stretch != nil {
			v := *ind.Stretch
			c.Indicators[i].Stretch = &v
		}
	}
	if n.Children != nil {
		c.Children = make([]*Node, len(n.Children))
		for i, ch := range n.Children {
			c.Children[i] = ch.Clone()
		}
	}
	return &c
}

// Clone returns a deep copy of the document that shares nothing with it,
// for operations that make a new document from an old one.
func (d *Document) Clone() *Document {
	c := *d
	c.Meta.Recipients = slices.Clone(d.Meta.Recipients)
	c.Preamble = slices.Clone(d.Preamble)
	c.Sections = make([]*Node, len(d.Sections))
	for i, n := range d.Sections {
		c.Sections[i] = n.Clone()
	}
	if d.Notice != nil {
		n := *d.Notice
		n.Body = slices.Clone(n.Body)
		n.Attachments = slices.Clone(n.Attachments)
		c.Notice = &n
	}
	c.Dismissals = slices.Clone(d.Dismissals)
	return &c
}

// Copy returns deep copies of the nodes with the given IDs and their
// subtrees, in reading order, for the clipboard. A node inside the subtree
// of another one given is part of that copy and not copied again.
func (d *Document) Copy(ids ...string) ([]*Node, error) {
	tops, err := d.tops(ids)
	if err != nil {
		return nil, err
	}
	out := make([]*Node, len(tops))
	for i, n := range tops {
		out[i] = n.Clone()
	}
	return out, nil
}

// Cut is Copy followed by deleting the copied subtrees.
func (d *Document) Cut(ids ...string) ([]*Node, error) {
	out, err := d.Copy(ids...)
	if err != nil {
		return nil, err
	}
	for _, n := range out {
		if _, _, _, err := d.Delete(n.ID); err != nil {
			return nil, err // cannot happen: tops found every one
		}
	}
	return out, nil
}

// tops returns the nodes with the given IDs in reading order, leaving
// out those inside the subtree of another one given.
func (d *Document) tops(ids []string) ([]*Node, error) {
	if len(ids) == 0 {
		return nil, usererr.New("没有选中任何项", "no node selected")
	}
	want := map[string]bool{}
	for _, id := range ids {
		if _, ok := d.locate(id); !ok {
			return nil, notFound(id)
		}
		want[id] = true
	}
	var out []*Node
	var walk func(nodes []*Node)
	walk = func(nodes []*Node) {
		for _, n := range nodes {
			if want[n.ID] {
				out = append(out, n)
				continue
			}
			walk(n.Children)
		}
	}
	walk(d.Sections)
	return out, nil
}

// Paste puts copies of the nodes, with their subtrees, at index among the
// children of parentID ("" for sections), in order, and returns the IDs of
// the pasted top nodes. Every pasted node gets a fresh ID, so that nodes
// copied from this document or another never clash with those here, and
// no source marker: the paste renumbers them. Either all the nodes are
// pasted or, with an error, none.
func (d *Document) Paste(parentID string, index int, nodes []*Node) ([]string, error) {
	if len(nodes) == 0 {
		return nil, usererr.New("剪贴板中没有可粘贴的项", "nothing to paste")
	}
	list, depth, err := d.children(parentID)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		if hasNil(n) {
			return nil, usererr.New("不能插入空项", "cannot insert a nil node")
		}
		if depth+height(n)-1 > d.Options.MaxDepth() {
			return nil, tooDeep(d.Options.MaxDepth())
		}
	}
	fresh := make([]*Node, len(nodes))
	for i, n := range nodes {
		fresh[i] = n.Clone()
		renew(d, fresh[i])
	}
	index = min(max(index, 0), len(*list))
	*list = slices.Insert(*list, index, fresh...)
	forgetMarkers(*list)
	ids := make([]string, len(fresh))
	for i, n := range fresh {
		ids[i] = n.ID
	}
	return ids, nil
}

// hasNil reports whether a subtree is or holds a nil node.
func hasNil(n *Node) bool {
	if n == nil {
		return true
	}
	return slices.ContainsFunc(n.Children, hasNil)
}

// renew gives every node of a pasted subtree a fresh ID and clears its
// source marker.
func renew(d *Document, n *Node) {
	n.ID = d.NewNode().ID
	n.SourceMarker = ""
	for _, c := range n.Children {
		renew(d, c)
	}
}

// After returns where a node pasted after the node id goes: its parent
// ("" for a section) and the index after it.
func (d *Document) After(id string) (parentID string, index int, err error) {
	p, ok := d.locate(id)
	if !ok {
		return "", 0, notFound(id)
	}
	if p.parent != nil {
		parentID = p.parent.ID
	}
	return parentID, p.index + 1, nil
}
