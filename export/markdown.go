// Package export writes a document in the formats writers hand on:
// Markdown that reads naturally and that importer reads back unchanged,
// and (in layout and its PDF writer) the official printed page.
package export

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/plantext"
)

// frontMatter is the YAML block that opens the Markdown. Keys whose value
// the text itself shows (numbering levels, run-on numbers, bold leads) are
// written only when the text cannot show it.
type frontMatter struct {
	Title      string   `yaml:"title,omitempty"`
	Issuer     string   `yaml:"issuer,omitempty"`
	Year       int      `yaml:"year,omitempty"`
	Number     string   `yaml:"number,omitempty"`
	Date       string   `yaml:"date,omitempty"`
	Recipients []string `yaml:"recipients,omitempty"`
	Levels     string   `yaml:"levels,omitempty"`
	Arabic     string   `yaml:"arabic,omitempty"`
	Leads      string   `yaml:"leads,omitempty"`
	Lang       string   `yaml:"lang"`
	// Notice is the notice that issued the plan, kept so that the plan
	// reads back with it.
	Notice *noticeMatter `yaml:"notice,omitempty"`
}

// noticeMatter is the notice in the front matter.
type noticeMatter struct {
	Title       string   `yaml:"title,omitempty"`
	Body        []string `yaml:"body,omitempty"`
	Attachments []string `yaml:"attachments,omitempty"`
}

// Markdown writes d as Markdown: a YAML front matter with the meta data,
// the preamble, 一、 and （一） headings as # and ## headings, numbered
// paragraphs for nodes led by a lead sentence (bold unless the document's
// leads are plain), the units line of each task and an indicator table
// under each node with indicators. Roles are written, as HTML comments,
// only where a heading's words do not already imply them.
func Markdown(d *docmodel.Document) []byte {
	var b bytes.Buffer
	writeFrontMatter(&b, d)
	block := func(s string) {
		b.WriteString("\n")
		b.WriteString(s)
		b.WriteString("\n")
	}
	for _, p := range d.Preamble {
		block(escapeParagraph(p))
	}
	d.Walk(func(e docmodel.Entry) bool {
		n := e.Node
		if n.Role != plantext.InferRole(n.Title()) {
			role := string(n.Role)
			if role == "" {
				role = "inherit"
			}
			block("<!-- role: " + role + " -->")
		}
		body := n.Body
		if n.Heading != "" {
			block(strings.Repeat("#", e.Depth) + " " + e.Number + escapeAfterMarker(e.Number, n.Heading, true))
		} else {
			first := ""
			if len(body) > 0 {
				first, body = body[0], body[1:]
			}
			if lead, _ := plantext.SplitLead(first); n.Lead == "" && lead != "" && d.Options.Leads == docmodel.LeadsPlain {
				// With plain leads, a short first sentence after the number
				// would read back as a lead; the paragraph starts apart.
				block(e.Number)
				block(escapeParagraph(first))
			} else {
				block(e.Number + leadText(d.Options.Leads, e.Number, n.Lead, first))
			}
		}
		for _, p := range body {
			block(escapeParagraph(p))
		}
		if line := n.UnitsLine(); line != "" {
			block(escapeText(line, false, false))
		}
		if len(n.Indicators) > 0 {
			block(indicatorTable(n.Indicators))
		}
		return true
	})
	return b.Bytes()
}

func writeFrontMatter(b *bytes.Buffer, d *docmodel.Document) {
	fm := frontMatter{
		Title: d.Meta.Title, Issuer: d.Meta.Issuer, Year: d.Meta.Year, Number: d.Meta.Number,
		Date: d.Meta.Date, Recipients: d.Meta.Recipients, Lang: "zh-CN",
	}
	if n := d.Notice; n != nil {
		fm.Notice = &noticeMatter{Title: n.Title, Body: n.Body, Attachments: n.Attachments}
	}
	shown := shownOptions(d)
	if d.Options.Levels != shown.Levels {
		fm.Levels = string(d.Options.Levels)
	}
	if d.Options.Arabic != shown.Arabic {
		fm.Arabic = string(d.Options.Arabic)
	}
	if d.Options.Leads != shown.Leads {
		fm.Leads = string(d.Options.Leads)
	}
	fm.write(b)
}

// write puts the front matter between --- lines.
func (fm frontMatter) write(b *bytes.Buffer) {
	b.WriteString("---\n")
	enc := yaml.NewEncoder(b)
	enc.SetIndent(2)
	// Encoding a struct of strings and ints cannot fail.
	_ = enc.Encode(fm)
	enc.Close()
	b.WriteString("---\n")
}

// shownOptions returns the options a reader of the Markdown infers from
// its text alone, mirroring what importer infers: levels are compact when
// a 1． item sits right under a 一、 section, numbering runs on when a
// first 1． item is not number 1, and leads are bold when a bold lead
// sentence appears.
func shownOptions(d *docmodel.Document) docmodel.Options {
	shown := docmodel.Options{Levels: docmodel.LevelsStandard, Arabic: docmodel.ArabicRestart, Leads: docmodel.LeadsPlain}
	arabicDepth := d.Options.DepthOf(docmodel.MarkerArabic)
	count := 0
	d.Walk(func(e docmodel.Entry) bool {
		if e.Depth == 2 && d.Options.Levels == docmodel.LevelsCompact {
			shown.Levels = docmodel.LevelsCompact
		}
		if e.Depth == arabicDepth {
			count++
			if e.Index == 0 && count > 1 && d.Options.Arabic == docmodel.ArabicRunOn {
				shown.Arabic = docmodel.ArabicRunOn
			}
		}
		if e.Node.Lead != "" && e.Node.Heading == "" && d.Options.Leads == docmodel.LeadsBold {
			shown.Leads = docmodel.LeadsBold
		}
		return true
	})
	return shown
}

// leadText writes what follows a node's number in its paragraph: the lead
// sentence, bold or plain, then the first body paragraph.
func leadText(style docmodel.LeadStyle, number, lead, first string) string {
	if lead == "" {
		return escapeAfterMarker(number, first, false)
	}
	if style == docmodel.LeadsPlain {
		return escapeAfterMarker(number, lead, false) + escapeText(first, false, false)
	}
	// CommonMark does not close ** between punctuation and a letter, as in
	// **加强平台建设。**围绕, so closing punctuation goes after the **; the
	// importer takes it back into the lead.
	core := strings.TrimRightFunc(lead, isLeadTail)
	if core == "" {
		core = lead
	}
	return "**" + escapeText(core, false, false) + "**" + escapeText(lead[len(core):], false, false) + escapeText(first, false, false)
}

// isLeadTail reports whether r may trail a lead sentence outside its **:
// a space, or punctuation or a symbol that does not open a bracket or
// quotation. The importer takes the same run back into the lead.
func isLeadTail(r rune) bool {
	return unicode.IsSpace(r) || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && !unicode.In(r, unicode.Ps, unicode.Pi)
}

// escapeAfterMarker escapes text that follows a number, and protects its
// first character where reading number+text back would take part of the
// text as the number (a stray 、 after （一）).
func escapeAfterMarker(number, text string, heading bool) string {
	if text == "" {
		return ""
	}
	if _, rest, ok := plantext.ParseMarker(number + text); !ok || rest != text {
		return entity(text) + escapeText(text[firstLen(text):], false, heading)
	}
	return escapeText(text, false, heading)
}

// escapeParagraph escapes a paragraph that stands alone, so that it cannot
// be read back as a numbered node, a units line or a Markdown block.
func escapeParagraph(p string) string {
	if _, _, ok := plantext.ParseMarker(p); ok {
		return entity(p) + escapeText(p[firstLen(p):], false, false)
	}
	if _, _, _, ok := plantext.ParseUnitsLine(p); ok {
		return entity(p) + escapeText(p[firstLen(p):], false, false)
	}
	return escapeText(p, true, false)
}

func firstLen(s string) int {
	_, size := utf8.DecodeRuneInString(s)
	return size
}

// entity writes the first character of s as a numeric character reference.
func entity(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	return "&#" + strconv.Itoa(int(r)) + ";"
}

var (
	entityLike  = lazyregexp.New(`^&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)`)
	orderedList = lazyregexp.New(`^[0-9]{1,9}[.)]([ \t]|$)`)
)

// escapeText escapes the characters Markdown would read as markup. At the
// start of a block it also escapes what would open a heading, list, rule
// or fence (> and * are escaped everywhere). In a heading every # is escaped, so that none is
// taken as a closing sequence.
func escapeText(s string, blockStart, heading bool) string {
	var b strings.Builder
	if blockStart {
		if loc := orderedList.FindStringIndex(s); loc != nil {
			digits := strings.IndexAny(s, ".)")
			b.WriteString(s[:digits] + `\`)
			s = s[digits:]
		} else if s != "" && strings.ContainsRune("#-+=~", rune(s[0])) {
			b.WriteString(`\`)
		}
	}
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|':
			b.WriteByte('\\')
		case '#':
			if heading {
				b.WriteByte('\\')
			}
		case '&':
			if entityLike.MatchString(s[i:]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// indicatorTable writes indicators as a pipe table headed by
// docmodel.IndicatorColumns.
func indicatorTable(inds []docmodel.Indicator) string {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + escapeText(c, false, false) + " |")
		}
	}
	row(docmodel.IndicatorColumns)
	b.WriteString("\n|" + strings.Repeat(" --- |", len(docmodel.IndicatorColumns)))
	for _, ind := range inds {
		b.WriteString("\n")
		row(ind.Row())
	}
	return b.String()
}
