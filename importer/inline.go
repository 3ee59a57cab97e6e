package importer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"yaodian/lazyregexp"
)

// piece is a run of inline text; strong runs are kept apart because a bold
// run after a number is a lead sentence.
type piece struct {
	text   string
	strong bool
}

// inlinePieces returns the text of a block's inline content, split where
// top-level bold runs begin and end. Markup other than bold is dropped and
// its text kept; soft line breaks join lines as CJK text is joined.
func inlinePieces(block ast.Node, src []byte) []piece {
	// Text outside bold runs collects in one builder until the next bold
	// run, so that a paragraph of many inline nodes (thousands of
	// unmatched brackets) is read in linear time.
	var pieces []piece
	var plain strings.Builder
	flush := func() {
		if plain.Len() > 0 {
			pieces = append(pieces, piece{text: joinLines(plain.String())})
			plain.Reset()
		}
	}
	for c := block.FirstChild(); c != nil; c = c.NextSibling() {
		if e, ok := c.(*ast.Emphasis); ok && e.Level == 2 {
			flush()
			var b strings.Builder
			inlineText(&b, c, src)
			pieces = append(pieces, piece{text: joinLines(b.String()), strong: true})
			continue
		}
		inlineText(&plain, c, src)
	}
	flush()
	return pieces
}

// joinPieces returns the text of pieces run together.
func joinPieces(pieces []piece) string {
	var b strings.Builder
	for _, p := range pieces {
		b.WriteString(p.text)
	}
	return b.String()
}

// inlineText writes the text of an inline node, with "\n" for line breaks.
func inlineText(b *strings.Builder, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.Text:
		b.WriteString(unescape(n.Segment.Value(src)))
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.WriteByte('\n')
		}
		return
	case *ast.String:
		if n.IsCode() {
			b.Write(n.Value)
		} else {
			b.WriteString(unescape(n.Value))
		}
		return
	case *ast.CodeSpan:
		// Code is literal: no escapes, no references.
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch t := c.(type) {
			case *ast.Text:
				b.Write(t.Segment.Value(src))
			case *ast.String:
				b.Write(t.Value)
			}
		}
		return
	case *ast.AutoLink:
		b.Write(n.Label(src))
		return
	case *ast.RawHTML:
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		inlineText(b, c, src)
	}
}

// unescape resolves what goldmark leaves for its renderer: backslash
// escapes of ASCII punctuation and character references (&#19968; &amp;),
// in one pass so that an escaped \& stays a literal ampersand.
func unescape(raw []byte) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '\\' && i+1 < len(raw) && util.IsPunct(raw[i+1]):
			i++
			b.WriteByte(raw[i])
		case c == '&':
			if r, size := reference(raw[i:]); size > 0 {
				b.WriteString(r)
				i += size - 1
			} else {
				b.WriteByte(c)
			}
		case c == 0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

var referencePattern = lazyregexp.New(`^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));`)

// reference reads the character reference at the start of s and returns
// what it stands for and its length, or a length of 0.
func reference(s []byte) (string, int) {
	m := referencePattern.FindSubmatch(s)
	if m == nil {
		return "", 0
	}
	switch {
	case m[1] != nil:
		v, _ := strconv.ParseUint(string(m[1]), 10, 32)
		return string(util.ToValidRune(rune(v))), len(m[0])
	case m[2] != nil:
		v, _ := strconv.ParseUint(string(m[2]), 16, 32)
		return string(util.ToValidRune(rune(v))), len(m[0])
	}
	if e, ok := util.LookUpHTML5EntityByName(string(m[3])); ok {
		return string(e.Characters), len(m[0])
	}
	return "", 0
}

// joinLines joins the lines of a paragraph: with nothing between CJK
// characters, with one space elsewhere.
func joinLines(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if i > 0 && b.Len() > 0 && l != "" {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(l)
			if !isWide(last) && !isWide(first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// isWide reports whether r is a CJK character or full-width punctuation,
// which joins to its neighbours without a space.
func isWide(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F ||
		r >= 0xFF00 && r <= 0xFFEF || r >= 0x20000 && r <= 0x3FFFF || unicode.Is(unicode.Han, r)
}
