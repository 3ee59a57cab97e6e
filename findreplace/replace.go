package findreplace

import (
	"slices"
	"strings"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// Replace returns a copy of d with the match m replaced by with. The
// match must be one Find returned for d as it is now; a match the
// document no longer has is refused. The field is cleaned as the editor
// cleans typed text (line breaks become spaces, spaces at either end go),
// and a paragraph, unit or recipient the replacement empties is removed.
// d itself is left as it was.
func Replace(d *docmodel.Document, m Match, with string) (*docmodel.Document, error) {
	out := d.Clone()
	if p := out.Text(m.NodeID, m.Field, m.Index); p != nil && m.Start >= 0 && m.Start <= m.End && m.End <= len(*p) && (*p)[m.Start:m.End] == m.Text {
		*p = (*p)[:m.Start] + with + (*p)[m.End:]
		return finish(out)
	}
	return nil, usererr.New("文档已改动，找不到这处查找结果，请重新查找", "the document changed and no longer has this match; search again")
}

// ReplaceAll returns a copy of d with every match of query replaced by
// with, and the number of replacements. Fields are cleaned as Replace
// cleans them. d itself is left as it was; with no match, the copy equals
// d.
func ReplaceAll(d *docmodel.Document, query, with string, opts Options) (*docmodel.Document, int, error) {
	out := d.Clone()
	if query == "" {
		return out, 0, nil
	}
	q := fold([]rune(query), opts)
	count := 0
	for _, s := range slots(out) {
		text := *s.text
		spans := search(text, q, opts)
		if len(spans) == 0 {
			continue
		}
		var b strings.Builder
		last := 0
		for _, sp := range spans {
			b.WriteString(text[last:sp.start])
			b.WriteString(with)
			last = sp.end
		}
		b.WriteString(text[last:])
		*s.text = b.String()
		count += len(spans)
	}
	out, err := finish(out)
	if err != nil {
		return nil, 0, err
	}
	return out, count, nil
}

// finish cleans every field of d, drops the list elements left empty and
// checks that d is still a valid document.
func finish(d *docmodel.Document) (*docmodel.Document, error) {
	for _, s := range slots(d) {
		*s.text = docmodel.CleanLine(*s.text)
	}
	drop := func(l []string) []string {
		return slices.DeleteFunc(l, func(s string) bool { return s == "" })
	}
	d.Meta.Recipients = drop(d.Meta.Recipients)
	d.Preamble = drop(d.Preamble)
	if n := d.Notice; n != nil {
		n.Body, n.Attachments = drop(n.Body), drop(n.Attachments)
	}
	d.Walk(func(e docmodel.Entry) bool {
		e.Node.Body, e.Node.Partners = drop(e.Node.Body), drop(e.Node.Partners)
		return true
	})
	if err := d.Validate(); err != nil {
		return nil, usererr.Prefix(err, "替换后文档无效，未替换：", "the replacement would make the document invalid: ")
	}
	return d, nil
}
