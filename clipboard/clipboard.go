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
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"

	"yaodian/atomicfile"
	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// Board remembers the nodes last copied or cut and the text that stands
// for them on the system clipboard. The program keeps one Board for all
// its windows. A Board with a file also keeps them there, so that another
// running copy of the program — another open document — pastes them
// exactly too. The zero Board remembers in memory only.
type Board struct {
	// path is the shared file, "" for none.
	path  string
	text  string
	nodes []*docmodel.Node
}

// NewBoard returns a Board that shares what it remembers through the file
// at path, in the program's own storage folder; "" keeps it in memory.
func NewBoard(path string) *Board { return &Board{path: path} }

// shared is the content of a Board's file: the clipboard text and the
// nodes behind it as a native document whose sections they are.
type shared struct {
	Format string          `json:"format"`
	Text   string          `json:"text"`
	Nodes  json.RawMessage `json:"nodes"`
}

const sharedFormat = "yaodian-clipboard"

// Copy returns the text to put on the system clipboard for the nodes ids
// of d with their subtrees, and remembers copies of the nodes. A node
// inside the subtree of another one given is copied once, with it. When
// the nodes cannot be written to the Board's file, Copy returns the text
// with an error saying so: the copy still pastes, as text, in other
// windows, and exactly in this one.
func (b *Board) Copy(d *docmodel.Document, ids ...string) (string, error) {
	nodes, err := d.Copy(ids...)
	if err != nil {
		return "", err
	}
	text := Text(d, nodes)
	b.text, b.nodes = normalize(text), nodes
	if b.path == "" {
		return text, nil
	}
	return text, b.share(d.Options)
}

// share writes what the Board remembers to its file.
func (b *Board) share(opts docmodel.Options) error {
	fail := func(err error) error {
		return usererr.Prefix(err, "已复制，但其他窗口只能按文字粘贴：", "copied, but other windows can paste it as text only: ")
	}
	doc := docmodel.New()
	doc.Options = opts
	doc.Sections = b.nodes
	doc.NextID = maxID(b.nodes) + 1
	raw, err := docmodel.Encode(doc)
	if err != nil {
		return fail(err)
	}
	data, err := json.Marshal(shared{Format: sharedFormat, Text: b.text, Nodes: raw})
	if err != nil {
		return fail(err)
	}
	if err := atomicfile.Write(b.path, data, atomicfile.Options{}); err != nil {
		return fail(err)
	}
	return nil
}

// maxID returns the largest number of an ID of the form NewNode makes in
// the subtrees, 0 if none.
func maxID(nodes []*docmodel.Node) int {
	m := 0
	for _, n := range nodes {
		if v, err := strconv.Atoi(strings.TrimPrefix(n.ID, "n")); err == nil && strings.HasPrefix(n.ID, "n") {
			m = max(m, v)
		}
		m = max(m, maxID(n.Children))
	}
	return m
}

// remembered returns the exact nodes behind the clipboard text, from
// memory or from the Board's file, or nil when the text is not what a
// Board copied. A file that cannot be read or is not a Board's counts as
// none: the text still pastes.
func (b *Board) remembered(text string) []*docmodel.Node {
	if b == nil {
		return nil
	}
	text = normalize(text)
	if b.nodes != nil && text == b.text {
		return b.nodes
	}
	if b.path == "" {
		return nil
	}
	data, err := os.ReadFile(b.path)
	if err != nil {
		return nil
	}
	var sh shared
	if json.Unmarshal(data, &sh) != nil || sh.Format != sharedFormat || sh.Text != text {
		return nil
	}
	doc, err := docmodel.Decode(sh.Nodes)
	if err != nil {
		return nil
	}
	return doc.Sections
}

// Cut is Copy, and returns a copy of d without the copied subtrees. As
// with Copy, an error with a document and text says only that the nodes
// could not be shared with other windows.
func (b *Board) Cut(d *docmodel.Document, ids ...string) (*docmodel.Document, string, error) {
	out := d.Clone()
	text, err := b.Copy(out, ids...)
	if text == "" {
		return nil, "", err
	}
	if _, cutErr := out.Cut(ids...); cutErr != nil {
		return nil, "", cutErr // cannot happen: Copy found them all
	}
	return out, text, err
}

// Paste returns a copy of d with the content of the system clipboard,
// text, pasted at index among the children of parentID ("" for the
// sections), and the IDs of the pasted top nodes. Text a Board put on the
// clipboard pastes the exact nodes it stands for; other text is
// structured as a plan (see Nodes). The pasted nodes keep the depths they
// had relative to each other; a paste that would nest deeper than the
// numbering allows is refused.
func (b *Board) Paste(d *docmodel.Document, text, parentID string, index int) (*docmodel.Document, []string, error) {
	nodes := b.remembered(text)
	if nodes == nil {
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
// outermost markers of the text make the top nodes. What stands before
// the first marker becomes the body of one unnumbered first node, so that
// it is not lost: a pasted title or opening, and a notice that issues a
// plan with its 文号, 主送机关 and 附件 lines (see opening). The issuer and
// date that sign a notice or close a plan are left out: they are meta
// data, and pasted into another plan they would be a second signature in
// the middle of its outline.
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
		if lead := opening(d, text); len(lead) > 0 {
			out = append(out, &docmodel.Node{Body: lead})
		}
		out = append(out, d.Sections...)
	}
	if len(out) == 0 {
		return nil, usererr.New("粘贴的文字中没有可识别的内容", "the pasted text holds nothing to paste")
	}
	return out, nil
}

// opening returns the paragraphs of d that the importer took out of the
// text before its outline, as lines in the order a notice prints them:
// the title, the 文号, the 主送机关 line and, for a notice, its text, its
// 附件 line (when text has it) and the plan's own title; then the plan's
// opening paragraphs.
func opening(d *docmodel.Document, text string) []string {
	title := d.Meta.Title
	if d.Notice != nil {
		title = d.Notice.Title
	}
	lead := []string{title, d.Meta.Number}
	lead = append(lead, d.Meta.RecipientsLine())
	if n := d.Notice; n != nil {
		lead = append(lead, n.Body...)
		if len(n.Attachments) > 0 && listsAttachment(text, n.Attachments[0]) {
			lead = append(lead, docmodel.AttachmentLines(n.Attachments)...)
		}
		if d.Meta.Title != n.Title {
			lead = append(lead, d.Meta.Title)
		}
	}
	lead = append(lead, d.Preamble...)
	return slices.DeleteFunc(lead, func(s string) bool { return s == "" })
}

// listsAttachment reports whether pasted text has a 附件 line naming
// name, a notice's first attachment. Without one, the importer named the
// plan a notice issues as its attachment, and that name is no line of the
// text to keep; a 附件 line about something else, such as the plan's own
// 分工表, does not count.
func listsAttachment(text, name string) bool {
	for line := range strings.Lines(text) {
		if line = strings.TrimLeft(line, " \t\u3000"); strings.HasPrefix(line, "附件") && strings.Contains(line, name) {
			return true
		}
	}
	return false
}
