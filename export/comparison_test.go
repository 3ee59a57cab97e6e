package export_test

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"yaodian/compare"
	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/export/pdftest"
	"yaodian/importer"
)

// The 对照表 of the benchmark plan against a revision with a changed
// number, a renamed heading, a moved task and a new one is fixed by a
// golden file.
func TestComparisonMarkdownGolden(t *testing.T) {
	src, err := os.ReadFile(bench)
	if err != nil {
		t.Fatal(err)
	}
	revised := string(src)
	// Move task 5 of （一） to the end of （二）, where it becomes task 6.
	const movedLead = "5．加快引进培育创新人才。"
	start := strings.Index(revised, movedLead)
	if start < 0 {
		t.Fatalf("benchmark lacks %q", movedLead)
	}
	end := start + strings.Index(revised[start:], "\n\n") + 2
	moved := strings.Replace(revised[start:end], "5．", "6．", 1)
	revised = revised[:start] + revised[end:]
	for _, r := range [][2]string{
		{"## （三）扩大有效需求", moved + "## （三）扩大有效需求"},
		{"新增院士专家工作站50家以上", "新增院士专家工作站60家以上"},
		{"## （三）扩大有效需求，稳住经济增长基本盘", "## （三）扩大内需，稳住经济增长基本盘"},
		{"3．稳定外贸外资基本盘。", "3．发展海洋经济。建设海洋产业园，推动临港产业集聚发展。\n\n4．稳定外贸外资基本盘。"},
	} {
		if !strings.Contains(revised, r[0]) {
			t.Fatalf("benchmark lacks %q", r[0])
		}
		revised = strings.Replace(revised, r[0], r[1], 1)
	}
	a, err := importer.Markdown(src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := importer.Markdown([]byte(revised))
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "testdata/comparison.md", export.ComparisonMarkdown(a, b, compare.Documents(a, b)))
	same := export.ComparisonMarkdown(a, a, compare.Documents(a, a))
	if !bytes.Contains(same, []byte("两稿内容一致，没有修改。")) {
		t.Errorf("identical drafts:\n%s", same)
	}
}

// The PDF 对照表 carries the changes' text with its title and column
// heads. pdftotext reads a table row by row across the columns, so only
// what fits on one line of a cell is checked whole.
func TestComparisonPDF(t *testing.T) {
	pdftotext := pdftest.Poppler(t, "pdftotext")
	src, err := os.ReadFile(bench)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := importer.Markdown(src)
	b, _ := importer.Markdown([]byte(strings.Replace(string(src), "## （三）扩大有效需求", "## （三）扩大内需", 1)))
	data, rep, err := export.ComparisonPDF(a, b, compare.Documents(a, b), bundled(t), layout.Default())
	if err != nil {
		t.Fatal(err)
	}
	path := savePDF(t, data)
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strip(string(out))
	for _, want := range []string{"修改对照表", "原文", "修改后", "说明", "（三）扩大有效需求，稳住经济", "（三）扩大内需，稳住经济增长", "修改二、/"} {
		if !strings.Contains(text, strip(want)) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, out)
		}
	}
	if rep.Pages != 1 || len(rep.Missing) != 0 {
		t.Errorf("%d pages, missing %q", rep.Pages, string(rep.Missing))
	}
}
