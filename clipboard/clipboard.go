// Package clipboard carries parts of a plan through the system clipboard,
// which holds text only. Copied nodes go on it as plan text with their
// numbers (一、 （一） 1．), which pastes sensibly into a word processor or
// a mail; a Board remembers the exact nodes behind that text, so that a
// paste within the program — into the same document or another open one —
// keeps every field. Text from elsewhere, such as a plan copied out of a
// web page with typed 1．2． markers, is structured by the importer and
// pasted as nodes.
//
// Copy, Cut and Paste return a new document and leave the one they are
// given as it was, so that the editor records each as one undo step.
package clipboard

import (
	"strings"

	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// Board remembers the nodes last copied or cut and the text that stands
// for them on the system clipboard. The program keeps one Board for all
// its windows. The zero Board remembers nothing.
type Board struct {
	text  string
	nodes []*docmodel.Node
}

// Copy returns the text to put on the system clipboard for the nodes ids
// of d with their subtrees, and remembers copies of the nodes. A node
// inside the subtree of another one given is copied once, with it.
func (b *Board) Copy(d *docmodel.Document, ids ...string) (string, error) {
	nodes, err := d.Copy(ids...)
	if err != nil {
		return "", err
	}
	text := Text(d, nodes)
	b.text, b.nodes = normalize(text), nodes
	return text, nil
}

// Cut is Copy, and returns a copy of d without the copied subtrees.
func (b *Board) Cut(d *docmodel.Document, ids ...string) (*docmodel.Document, string, error) {
	out := d.Clone()
	text, err := b.Copy(out, ids...)
	if err != nil {
		return nil, "", err
	}
	if _, err := out.Cut(ids...); err != nil {
		return nil, "", err // cannot happen: Copy found them all
	}
	return out, text, nil
}

// Paste returns a copy of d with the content of the system clipboard,
// text, pasted at index among the children of parentID ("" for the
// sections), and the IDs of the pasted top nodes. Text this Board put on
// the clipboard pastes the exact nodes it stands for; other text is
// structured as a plan (see Nodes). The pasted nodes keep the depths they
// had relative to each other; a paste that would nest deeper than the
// numbering allows is refused.
func (b *Board) Paste(d *docmodel.Document, text, parentID string, index int) (*docmodel.Document, []string, error) {
	var nodes []*docmodel.Node
	if b != nil && b.nodes != nil && normalize(text) == b.text {
		nodes = b.nodes
	} else {
		var err error
		if nodes, err = Nodes(text); err != nil {
			return nil, nil, err
		}
	}
	out := d.Clone()
	ids, err := out.Paste(parentID, index, nodes)
	if err != nil {
		return nil, nil, usererr.Prefix(err, "无法粘贴：", "cannot paste: ")
	}
	return out, ids, nil
}

// normalize makes the text a clipboard hands back comparable with the
// text put on it: systems change line breaks and trailing white space.
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.TrimRight(strings.ReplaceAll(s, "\r", "\n"), " \t\n")
}

// Text writes nodes of d, or copies of them with their IDs, as plan
// text, one paragraph a line: each node's number as d prints it followed
// by its heading, or by its lead sentence run into its first paragraph;
// its other paragraphs; and a task's units line (（牵头单位：…；责任单位：…；
// 完成时限：…）). Indicators are not written: they are read from the text.
func Text(d *docmodel.Document, nodes []*docmodel.Node) string {
	numbers := map[string]string{}
	d.Walk(func(e docmodel.Entry) bool {
		numbers[e.Node.ID] = e.Number
		return true
	})
	var b strings.Builder
	var write func(n *docmodel.Node)
	write = func(n *docmodel.Node) {
		paras := n.Paragraphs()
		if n.Heading != "" {
			paras = append([]string{n.Heading}, n.Body...)
		}
		b.WriteString(numbers[n.ID])
		for i, p := range paras {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(p)
		}
		b.WriteString("\n")
		if u := n.UnitsLine(); u != "" {
			b.WriteString(u + "\n")
		}
		for _, c := range n.Children {
			write(c)
		}
	}
	for _, n := range nodes {
		write(n)
	}
	return b.String()
}

// Nodes structures plan text as nodes, the way the importer reads a text
// file: 一、 （一） 1． 1、 （1） markers, typed full-width or half-width,
// give the outline, numbered items run on in one line are split, and a
// units line becomes the task's units. The depths are relative: the
// outermost markers of the text make the top nodes. Paragraphs before the
// first marker (a pasted title or opening) become the body of one
// unnumbered first node, so that nothing pasted is lost. The issuer and
// date a whole plan closes with are meta data, not part of the outline,
// and are left out.
func Nodes(text string) ([]*docmodel.Node, error) {
	if strings.TrimSpace(text) == "" {
		return nil, usererr.New("剪贴板中没有文字", "the clipboard holds no text")
	}
	docs, err := importer.Text([]byte(text))
	if err != nil {
		return nil, usererr.Prefix(err, "无法识别粘贴的文字：", "cannot read the pasted text: ")
	}
	var out []*docmodel.Node
	for _, d := range docs {
		var lead []string
		if n := d.Notice; n != nil {
			lead = append(append(lead, n.Title), n.Body...)
		}
		if d.Meta.Title != "" {
			lead = append(lead, d.Meta.Title)
		}
		lead = append(lead, d.Preamble...)
		lead = dropEmpty(lead)
		if len(lead) > 0 {
			out = append(out, &docmodel.Node{Body: lead})
		}
		out = append(out, d.Sections...)
	}
	if len(out) == 0 {
		return nil, usererr.New("粘贴的文字中没有可识别的内容", "the pasted text holds nothing to paste")
	}
	return out, nil
}

func dropEmpty(l []string) []string {
	var out []string
	for _, s := range l {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
