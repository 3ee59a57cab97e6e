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
	} else if m := numericID.FindStringSubmatch(n.ID); m != nil {
		if v, _ := strconv.Atoi(m[1]); v >= d.NextID {
			d.NextID = v + 1
		}
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

// MoveUp swaps the node with its previous sibling.
func (d *Document) MoveUp(id string) error {
	p, ok := d.locate(id)
	if !ok {
		return notFound(id)
	}
	if p.index == 0 {
		return usererr.New("已经是同级第一项，不能上移", "already the first among its siblings")
	}
	l := *p.list
	l[p.index-1], l[p.index] = l[p.index], l[p.index-1]
	forgetMarkers(l)
	return nil
}

// MoveDown swaps the node with its next sibling.
func (d *Document) MoveDown(id string) error {
	p, ok := d.locate(id)
	if !ok {
		return notFound(id)
	}
	l := *p.list
	if p.index == len(l)-1 {
		return usererr.New("已经是同级最后一项，不能下移", "already the last among its siblings")
	}
	l[p.index+1], l[p.index] = l[p.index], l[p.index+1]
	forgetMarkers(l)
	return nil
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

// Outdent makes the node a sibling of its parent, right after it, as
// Shift+Tab does in an outliner. Reading order is kept: the siblings that
// followed the node become its last children.
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
	following := slices.Clone((*p.list)[p.index+1:])
	*p.list = (*p.list)[:p.index]
	n.Children = append(n.Children, following...)
	*gp.list = slices.Insert(*gp.list, gp.index+1, n)
	forgetMarkers(*p.list)
	forgetMarkers(n.Children)
	forgetMarkers(*gp.list)
	return nil
}
