package docx_test

import (
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"yaodian/docmodel"
	"yaodian/export/docx"
	"yaodian/export/layout"
	"yaodian/export/opc/opctest"
	"yaodian/importer"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const (
	fullPlan  = "../../docmodel/testdata/full.yaodian"
	benchPlan = "../../../shared/bench/workplan-20p.md"
	seedDir   = "../../../shared/seeds"
)

func load(t testing.TB, path string) *docmodel.Document {
	t.Helper()
	d, err := importer.File(path)
	if err != nil {
		t.Skipf("%s: %v", path, err)
	}
	return d
}

// indent breaks XML after each element's end so that a golden diff reads
// paragraph by paragraph.
func indent(s string) string {
	for _, tag := range []string{"</w:p>", "</w:style>", "</w:tr>", "<w:tbl>", "</w:tbl>", "<w:body>", "</w:font>", "</w:sectPr>", "</w:docDefaults>"} {
		s = strings.ReplaceAll(s, tag, tag+"\n")
	}
	return s
}

// The document and style parts of a small plan, plain and in the notice
// form with the 分工表, are as reviewed.
func TestGolden(t *testing.T) {
	d := load(t, fullPlan)
	for _, tc := range []struct {
		name string
		opts docx.Options
	}{
		{"full", docx.Options{}},
		{"full-notice-division", docx.Options{Notice: true, Division: true}},
	} {
		data, err := docx.Write(d, tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		p := opctest.Parts(t, data)
		files := map[string]string{tc.name + ".document.xml": p["word/document.xml"]}
		if tc.name == "full" {
			files["styles.xml"] = p["word/styles.xml"]
		}
		for name, got := range files {
			got = indent(got)
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s differs (-want +got; go test -update to accept):\n%s", name, diff)
			}
		}
	}
}

// Every part is well-formed XML, the package names every part it holds,
// and the pieces Word needs for the official layout are there.
func TestPackage(t *testing.T) {
	d := load(t, fullPlan)
	data, err := docx.Write(d, docx.Options{Notice: true, Division: true})
	if err != nil {
		t.Fatal(err)
	}
	p := opctest.Parts(t, data)
	for name, body := range p {
		dec := xml.NewDecoder(strings.NewReader(body))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if name != "[Content_Types].xml" && !strings.Contains(name, "_rels") && !strings.Contains(p["[Content_Types].xml"], `"/`+name+`"`) {
			t.Errorf("%s is not in [Content_Types].xml", name)
		}
	}
	for _, tc := range []struct{ part, want string }{
		{"word/settings.xml", "<w:evenAndOddHeaders/>"},
		{"word/footer1.xml", `<w:jc w:val="right"/>`},
		{"word/footer2.xml", `<w:jc w:val="left"/>`},
		{"word/footer1.xml", " PAGE "},
		{"word/footer1.xml", "— "},
		{"word/document.xml", `<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>`},
		{"word/document.xml", `<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"`},
		{"word/document.xml", `w:orient="landscape"`},
		{"word/document.xml", "<w:tblHeader/>"},
		{"word/document.xml", "附件2"},
		{"word/document.xml", "关于印发《"},
		{"word/styles.xml", `w:eastAsia="仿宋_GB2312"`},
		{"word/styles.xml", `w:eastAsia="方正小标宋简体"`},
		{"word/fontTable.xml", `<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>`},
		{"docProps/core.xml", "<dc:title>" + d.Meta.Title + "</dc:title>"},
		{"docProps/core.xml", "<dc:creator>" + d.Meta.Issuer + "</dc:creator>"},
	} {
		if !strings.Contains(p[tc.part], tc.want) {
			t.Errorf("%s lacks %s", tc.part, tc.want)
		}
	}
}

// outline is what a round trip must keep: the meta data, the preamble
// and each node's number, heading, lead, paragraphs, units and
// indicators.
type outline struct {
	Meta     docmodel.Meta
	Preamble []string
	Nodes    []node
}

type node struct {
	Path, Heading, Lead string
	Body                []string
	Units               string
	Indicators          []docmodel.Indicator
}

func outlineOf(d *docmodel.Document) outline {
	o := outline{Meta: d.Meta, Preamble: d.Preamble}
	d.Walk(func(e docmodel.Entry) bool {
		n := e.Node
		o.Nodes = append(o.Nodes, node{e.Path, n.Heading, n.Lead, n.Body, n.UnitsLine(), n.Indicators})
		return true
	})
	return o
}

// knownLoss names the plans whose round trip loses something through
// the importer's reading of Word files, and what.
var knownLoss = map[string]string{
	// Fixtures of the Markdown round trip that Word cannot escape.
	"full.yaodian": "a body paragraph shaped like a units line reads back as units; a short first sentence, not bold, reads back as a lead",
	// The importer takes the issuer from the end only above a date.
	"001_c2dd12a7d8c4d9be.txt": "an issuer without a date reads back as text",
	"002_07ecd39dfcf56a0e.txt": "an issuer without a date reads back as text",
}

// Importing the Word file gives back the plan: its meta data, outline
// and text.
func TestRoundTrip(t *testing.T) {
	paths := []string{fullPlan, benchPlan}
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	paths = append(paths, seeds...)
	for _, path := range paths {
		docs, err := importer.Documents(path)
		if err != nil {
			t.Skipf("%s: %v", path, err)
		}
		for i, d := range docs {
			data, err := docx.Write(d, docx.Options{})
			if err != nil {
				t.Fatal(err)
			}
			back, err := importer.Docx(data)
			if err != nil {
				t.Fatalf("%s #%d: %v", path, i+1, err)
			}
			if len(back) != 1 {
				t.Errorf("%s #%d: read back as %d documents", path, i+1, len(back))
				continue
			}
			want, got := outlineOf(d), outlineOf(back[0])
			// The year is read from the title when a file does not
			// state it.
			got.Meta.Year = want.Meta.Year
			// A title broken over lines reads back with a space at
			// each break.
			got.Meta.Title = strings.ReplaceAll(got.Meta.Title, " ", "")
			want.Meta.Title = strings.ReplaceAll(want.Meta.Title, " ", "")
			diff := cmp.Diff(want, got)
			switch loss := knownLoss[filepath.Base(path)]; {
			case diff != "" && loss != "":
				t.Logf("%s #%d: known loss (%s):\n%s", filepath.Base(path), i+1, loss, diff)
			case diff != "":
				t.Errorf("%s #%d changed in a round trip (-want +got):\n%s", filepath.Base(path), i+1, diff)
			}
		}
	}
}

// The notice names the plan and its attachment, and the 分工表 lists
// each task with its units, whole.
func TestNoticeAndDivision(t *testing.T) {
	d := load(t, fullPlan)
	n := layout.NoticeFor(d)
	if !strings.HasPrefix(n.Title, d.Meta.Issuer+"关于印发《") || len(n.Attachments) != 1 || n.Attachments[0] != d.Meta.Title {
		t.Errorf("notice %+v", n)
	}
	d.Notice = &docmodel.Notice{Title: "关于印发本要点的通知", Body: []string{"请认真贯彻执行。"}, Attachments: []string{"要点"}}
	data, err := docx.Write(d, docx.Options{Notice: true, Division: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := opctest.Parts(t, data)["word/document.xml"]
	for _, want := range []string{"关于印发本要点的通知", "请认真贯彻执行。", "附件：1．要点", "2．重点任务分工表", ">附件1<", ">附件2<"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the notice form lacks %q", want)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	d := load(b, benchPlan)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := docx.Write(d, docx.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// schemaOrder lists, for the property elements the writer uses, their
// children in the order WordprocessingML's schema requires: Word refuses
// to open a file whose properties come in another order.
var schemaOrder = map[string][]string{
	"pPr":    {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "snapToGrid", "spacing", "ind", "jc", "outlineLvl", "rPr", "sectPr"},
	"rPr":    {"rStyle", "rFonts", "b", "bCs", "kern", "spacing", "sz", "szCs", "lang"},
	"sectPr": {"footerReference", "pgSz", "pgMar", "pgNumType", "cols", "docGrid"},
	"tblPr":  {"tblStyle", "tblW", "jc", "tblBorders", "tblLayout", "tblCellMar", "tblLook"},
	"tcPr":   {"tcW", "vAlign"},
	"style":  {"name", "basedOn", "next", "qFormat", "pPr", "rPr", "tblPr"},
	"font":   {"altName", "panose1", "charset", "family", "pitch"},
}

// The properties of every part come in the schema's order.
func TestSchemaOrder(t *testing.T) {
	d := load(t, fullPlan)
	data, err := docx.Write(d, docx.Options{Notice: true, Division: true})
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range opctest.Parts(t, data) {
		dec := xml.NewDecoder(strings.NewReader(body))
		type open struct {
			name string
			last int
		}
		var stack []open
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			switch e := tok.(type) {
			case xml.StartElement:
				if n := len(stack); n > 0 {
					if order, ok := schemaOrder[stack[n-1].name]; ok {
						rank := slices.Index(order, e.Name.Local)
						switch {
						case rank < 0:
							t.Errorf("%s: %s in %s is not in the test's schema order", name, e.Name.Local, stack[n-1].name)
						case rank < stack[n-1].last:
							t.Errorf("%s: %s comes after %s in %s", name, e.Name.Local, order[stack[n-1].last], stack[n-1].name)
						default:
							stack[n-1].last = rank
						}
					}
				}
				stack = append(stack, open{name: e.Name.Local})
			case xml.EndElement:
				stack = stack[:len(stack)-1]
			}
		}
	}
}
