package export_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"yaodian/docmodel"
	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/export/pdftest"
	"yaodian/fonts"
	"yaodian/importer"
)

func bundled(t testing.TB) *fonts.Set {
	t.Helper()
	set, err := fonts.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// savePDF writes data to a file of the test and checks its structure
// with qpdf --check: the cross-reference table, every object and every
// stream's compression. An error or a warning fails the test. Outside CI
// a machine without qpdf skips only this check; CI has it
// (scripts/install-deps).
func savePDF(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("qpdf is missing; scripts/install-deps installs it")
		}
		t.Log("qpdf is not installed (apt-get install qpdf); the PDF's structure is not checked")
		return path
	}
	// qpdf exits with 2 on errors and 3 on warnings.
	if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
	return path
}

func writePDF(t *testing.T, d *docmodel.Document) (string, *layout.Document, *export.Report) {
	t.Helper()
	set := bundled(t)
	doc, err := layout.Layout(d, export.Metrics(set), layout.Default())
	if err != nil {
		t.Fatal(err)
	}
	data, rep, err := export.Draw(doc, d.Meta.Title, set)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) || rep.Bytes != len(data) || rep.Pages != len(doc.Pages) {
		t.Fatalf("not a PDF of %d pages: %q…, report %+v", len(doc.Pages), data[:min(8, len(data))], rep)
	}
	return savePDF(t, data), doc, rep
}

func strip(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// pdftotext reads back the characters the layout printed, in reading
// order: no glyph is lost, doubled, replaced or reordered by the fonts,
// the subsetting or the synthetic bold.
func TestPDFText(t *testing.T) {
	pdftotext := pdftest.Poppler(t, "pdftotext")
	bold := load(t, bench)
	bold.Options.Leads = docmodel.LeadsBold
	signed := load(t, bench)
	signed.Meta.Issuer, signed.Meta.Date = "××市人民政府", "2025-02-10"
	for name, d := range map[string]*docmodel.Document{"bench": load(t, bench), "bold leads": bold, "signed": signed} {
		t.Run(name, func(t *testing.T) {
			path, doc, _ := writePDF(t, d)
			out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(strip(doc.Text()), strip(string(out))); diff != "" {
				t.Errorf("pdftotext differs from the layout (-layout +pdf):\n%s", diff)
			}
		})
	}
}

// A table's cells come back too (pdftotext orders table cells its own
// way, so the characters are compared as a multiset), and every font is
// embedded.
func TestPDFTableAndFonts(t *testing.T) {
	pdftotext, pdffonts := pdftest.Poppler(t, "pdftotext"), pdftest.Poppler(t, "pdffonts")
	path, doc, rep := writePDF(t, load(t, "../docmodel/testdata/full.yaodian"))
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	sorted := func(s string) []rune {
		r := []rune(strip(s))
		slices.Sort(r)
		return r
	}
	if !slices.Equal(sorted(doc.Text()), sorted(string(out))) {
		t.Errorf("pdftotext returns other characters than the layout printed")
	}
	list, err := exec.Command(pdffonts, path).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(list)), "\n")[2:]
	if len(lines) != 6 {
		t.Errorf("%d fonts, want title, 黑体, 楷体, 仿宋, synthetic bold 仿宋 and the page numbers' 宋体:\n%s", len(lines), list)
	}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded with a Unicode map: %s", l)
		}
	}
	for _, l := range lines {
		if name := strings.Fields(l)[0]; len(name) < 8 || name[6] != '+' || strings.Trim(name[:6], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			t.Errorf("font %s has no subset tag", name)
		}
	}
	if !strings.Contains(string(list), "FandolFang-Regular-SyntheticBold") {
		t.Errorf("no synthetic bold 仿宋 for the lead sentences:\n%s", list)
	}
	if s := rep.Summary(); !strings.Contains(s, "仿宋加粗 FandolFang（合成加粗）（内置）") || !strings.Contains(s, "楷体 FandolKai（内置）") {
		t.Errorf("summary: %s", s)
	}
}

// A character the first font lacks comes from the next; one no font has
// prints as a box and is reported.
func TestPDFFallback(t *testing.T) {
	set := bundled(t)
	var rare rune
	for _, r := range "堃喆昶珺玥瑄锘镕䶮" {
		if f, found := set.Pick(fonts.Style{Role: fonts.Fang}, r); found && f.Face.Family == "Noto Serif SC ExtraLight" {
			rare = r
			break
		}
	}
	if rare == 0 {
		t.Fatal("no test character that FandolFang lacks and Noto Serif SC ExtraLight has")
	}
	d := docmodel.New()
	d.Meta.Title = "补字测试"
	d.Preamble = []string{"张" + string(rare) + "同志负责\uE000项工作，赵\U00030000、孙\U0002A6A5。"}
	path, _, rep := writePDF(t, d)
	s := rep.Summary()
	if !strings.Contains(s, "补字：仿宋缺少的 1 个字改用 Noto Serif SC ExtraLight（内置），如“"+string(rare)+"”") {
		t.Errorf("fallback not reported: %s", s)
	}
	if len(rep.Missing) != 3 || rep.Missing[0] != '\uE000' || !strings.Contains(s, "U+E000") || !strings.Contains(s, "U+2A6A5") {
		t.Errorf("missing character not reported: %v\n%s", rep.Missing, s)
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		out, _ := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
		// Each missing character extracts as itself, not as the first.
		if !strings.Contains(string(out), "张"+string(rare)+"同志负责\uE000项工作，赵\U00030000、孙\U0002A6A5") {
			t.Errorf("the fallback and missing characters do not extract: %q", out)
		}
	}
}

func load(t testing.TB, path string) *docmodel.Document {
	t.Helper()
	d, err := importer.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// BenchmarkPDF exports the benchmark plan with the fonts already loaded:
// layout, subsetting and writing the PDF.
func BenchmarkPDF(b *testing.B) {
	set := bundled(b)
	d := load(b, bench)
	size := 0
	for b.Loop() {
		data, _, err := export.PDF(d, set, layout.Default())
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size)/1024, "KB")
}
