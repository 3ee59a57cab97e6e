package importer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// MaxParagraphRunes is the longest paragraph a document keeps. A real
// paragraph has a few hundred characters; a whole plan whose line breaks
// were lost has some ten thousand. Longer paragraphs are split at
// sentence ends, so that layout, checks and the editor each work on
// pieces of a bounded size.
const MaxParagraphRunes = 20000

// MaxTitleRunes is the longest heading or lead sentence a node keeps; a
// longer one (a whole paragraph styled as a heading) becomes the node's
// first body paragraph, where it is shown and edited as a paragraph.
const MaxTitleRunes = 500

// MaxDocumentRunes is the most text a document may hold, about 1,600
// pages. A long plan has under a hundred thousand characters; a file with
// more is not a plan, and exporting or checking it would take minutes and
// gigabytes.
const MaxDocumentRunes = 1000000

// Bound applies the size limits to an imported document: it moves a
// heading or lead longer than MaxTitleRunes into the body, splits every
// body and preamble paragraph longer than MaxParagraphRunes at sentence
// ends and refuses a document with more than MaxDocumentRunes characters
// of text. It returns how many paragraphs it split.
func Bound(d *docmodel.Document) (int, error) {
	if err := CheckSize(d); err != nil {
		return 0, err
	}
	split := 0
	bound := func(paras []string) []string {
		long := false
		for _, p := range paras {
			long = long || utf8.RuneCountInString(p) > MaxParagraphRunes
		}
		if !long {
			return paras
		}
		var out []string
		for _, p := range paras {
			pieces := splitParagraph(p, MaxParagraphRunes)
			if len(pieces) > 1 {
				split++
			}
			out = append(out, pieces...)
		}
		return out
	}
	d.Preamble = bound(d.Preamble)
	var walk func(nodes []*docmodel.Node)
	walk = func(nodes []*docmodel.Node) {
		for _, n := range nodes {
			if t := n.Title(); utf8.RuneCountInString(t) > MaxTitleRunes {
				n.Heading, n.Lead = "", ""
				n.Body = append([]string{t}, n.Body...)
			}
			n.Body = bound(n.Body)
			walk(n.Children)
		}
	}
	walk(d.Sections)
	return split, nil
}

// CheckSize refuses a document with more than MaxDocumentRunes characters
// of text, without changing it: the limit Bound applies, for a document
// that is opened rather than imported.
func CheckSize(d *docmodel.Document) error {
	total := 0
	for _, p := range d.Preamble {
		total += utf8.RuneCountInString(p)
	}
	for _, e := range d.Entries() {
		total += utf8.RuneCountInString(e.Node.Heading) + utf8.RuneCountInString(e.Node.Lead)
		for _, p := range e.Node.Body {
			total += utf8.RuneCountInString(p)
		}
	}
	if total > MaxDocumentRunes {
		return usererr.New(fmt.Sprintf("文档正文共 %d 字，超过了 %d 字的上限，不像是一份工作要点", total, MaxDocumentRunes),
			fmt.Sprintf("the document holds %d characters of text, more than the %d a plan may have", total, MaxDocumentRunes))
	}
	return nil
}

// splitParagraph cuts p into pieces of at most limit runes, each ending
// at the last sentence end (。！？；) that fits, or at the limit when a
// piece has none.
func splitParagraph(p string, limit int) []string {
	var out []string
	for left := utf8.RuneCountInString(p); left > limit; {
		cut, cutRunes, end, n := 0, 0, 0, 0
		for i, r := range p {
			if n == limit {
				end = i
				break
			}
			n++
			if strings.ContainsRune("。！？；!?;", r) {
				cut, cutRunes = i+utf8.RuneLen(r), n
			}
		}
		if cut == 0 {
			cut, cutRunes = end, limit
		}
		out = append(out, p[:cut])
		rest := strings.TrimLeft(p[cut:], " 　")
		left -= cutRunes + utf8.RuneCountInString(p[cut:len(p)-len(rest)])
		p = rest
	}
	if p != "" {
		out = append(out, p)
	}
	return out
}

// bound applies Bound to each document and notes how many paragraphs it
// split.
func bound(results []Result) error {
	for i := range results {
		n, err := Bound(results[i].Document)
		if err != nil {
			return err
		}
		results[i].Split = n
	}
	return nil
}
