package importer_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"yaodian/docmodel"
	"yaodian/importer"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// dump prints what the importer made of a file: per document its meta
// data and options, then one line per node — number, the source's marker,
// role, heading (H) or lead (L) or first words, body paragraphs, task
// units — and one line per indicator.
func dump(docs []*docmodel.Document) string {
	var b strings.Builder
	for i, d := range docs {
		m, o := d.Meta, d.Options
		fmt.Fprintf(&b, "== %d title=%q year=%d issuer=%q date=%q number=%q recipients=%q\n", i+1, m.Title, m.Year, m.Issuer, m.Date, m.Number, m.Recipients)
		fmt.Fprintf(&b, "   levels=%s arabic=%s leads=%s preamble=%d\n", o.Levels, o.Arabic, o.Leads, len(d.Preamble))
		for _, e := range d.Entries() {
			n := e.Node
			kind, text := "-", n.Summary()
			switch {
			case n.Heading != "":
				kind = "H"
			case n.Lead != "":
				kind = "L"
			}
			fmt.Fprintf(&b, "%s%s [%s] %s %s %s body=%d", strings.Repeat("  ", e.Depth-1), e.Number, n.SourceMarker, e.Role, kind, text, len(n.Body))
			if n.HasTaskInfo() {
				b.WriteString(" " + n.UnitsLine())
			}
			b.WriteString("\n")
			for _, ind := range n.Indicators {
				fmt.Fprintf(&b, "%s  * %s\n", strings.Repeat("  ", e.Depth-1), strings.Join(ind.Row()[:6], " | "))
			}
		}
	}
	return b.String()
}

// Golden structure dumps of every real document: each seed file, the
// Word fixtures written by pandoc and LibreOffice, and the benchmark plan
// in its text and Word forms. Read a changed dump against the source
// before running go test -update.
func TestGolden(t *testing.T) {
	files := []string{
		"../testdata/seeds/000_c0fd6f8e680181ea.txt",
		"../testdata/seeds/001_c2dd12a7d8c4d9be.txt",
		"../testdata/seeds/002_07ecd39dfcf56a0e.txt",
		"../testdata/seeds/003_53adcd8b325d19af.txt",
		"../testdata/seeds/004_3207a1f9dd876bd1.txt",
		"../testdata/bench/workplan-20p.txt",
		"../testdata/bench/workplan-20p.docx",
		"testdata/fixtures/pandoc-plan.docx",
		"testdata/fixtures/lo-outline.docx",
		"testdata/fixtures/lo-compilation.docx",
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			docs, err := importer.Documents(path)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(docs)
			golden := filepath.Join("testdata", "golden", filepath.Base(path)+".outline")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("dump differs from %s:\n%s", golden, cmp.Diff(string(want), got))
			}
		})
	}
}

// What the seeds hold, read against their text: how many plans, sections,
// tasks and indicators, and the mistakes the checks must still see.
func TestSeeds(t *testing.T) {
	docs, err := importer.Documents("../testdata/seeds/002_07ecd39dfcf56a0e.txt")
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		title, issuer string
		year          int
		sections      int
		nodes         int
		levels        docmodel.LevelScheme
		arabic        docmodel.ArabicMode
	}
	wants := []want{
		{"2011年全州科技工作要点", "湘西自治州科学技术局", 2011, 2, 9, docmodel.LevelsCompact, docmodel.ArabicRestart},
		// The compilation calls plan 2 a 2008 plan; its own title line, 2009, is kept in the preamble.
		{"2008年科技工作要点", "", 2008, 3, 23, docmodel.LevelsStandard, docmodel.ArabicRestart},
		{"2010年科技工作要点", "", 2010, 3, 22, docmodel.LevelsStandard, docmodel.ArabicRestart},
		{"2013年全省科技工作要点", "", 2013, 7, 7, docmodel.LevelsStandard, docmodel.ArabicRestart},
		{"科学技术局2021年全市科技工作要点范文", "", 2021, 8, 31, docmodel.LevelsCompact, docmodel.ArabicRunOn},
	}
	if len(docs) != len(wants) {
		t.Fatalf("%d documents, want %d", len(docs), len(wants))
	}
	for i, w := range wants {
		d := docs[i]
		got := want{d.Meta.Title, d.Meta.Issuer, d.Meta.Year, len(d.Sections), len(d.Entries()), d.Options.Levels, d.Options.Arabic}
		if got != w {
			t.Errorf("plan %d: got %+v, want %+v", i+1, got, w)
		}
	}
	if p := docs[1].Preamble[0]; p != "2009年多拉特乡科技工作要点" {
		t.Errorf("plan 2 preamble starts %q, want its own 2009 title", p)
	}
	// 三、六项重点工作 has five items: the outline keeps five, the count for the check to compare.
	six := docs[1].Sections[2]
	if six.Heading != "六项重点工作" || six.Role != docmodel.RoleTasks || len(six.Children) != 5 || six.Children[0].SourceMarker != "(一)、" {
		t.Errorf("plan 2 section 3 = %q %s with %d items, first marked %q", six.Heading, six.Role, len(six.Children), six.Children[0].SourceMarker)
	}
	// Run-on numbers: plan 5 numbers its 23 tasks 1–23 across eight sections.
	last := docs[4].Sections[7].Children[2]
	if last.SourceMarker != "23." || last.Lead != "加强科技管理队伍建设。" {
		t.Errorf("plan 5 last task %q %q", last.SourceMarker, last.Lead)
	}
	// The broken line of plan 4 (使之成为产业发 / 展的战略智库) is joined.
	if body := docs[3].Sections[2].Body[0]; !strings.Contains(body, "使之成为产业发展的战略智库") {
		t.Errorf("plan 4 task 3 body not joined: …%s", body[len(body)-60:])
	}

	trad, err := importer.File("../testdata/seeds/001_c2dd12a7d8c4d9be.txt")
	if err != nil {
		t.Fatal(err)
	}
	roles := []docmodel.Role{}
	for _, s := range trad.Sections {
		roles = append(roles, s.Role)
	}
	if fmt.Sprint(roles) != "[principles tasks safeguards]" || trad.Meta.Issuer != "吉林省人民政府" || len(trad.Entries()) != 47 {
		t.Errorf("seed 001: roles %v, issuer %q, %d nodes", roles, trad.Meta.Issuer, len(trad.Entries()))
	}
	// Duplicated paragraphs of seed 000 are kept twice for the duplicate check.
	news, err := importer.File("../testdata/seeds/000_c0fd6f8e680181ea.txt")
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for _, p := range news.Preamble {
		if strings.HasPrefix(p, "8日,在2019年全省科技工作会议上了解到") {
			count++
		}
	}
	if count != 2 || len(news.Sections) != 0 {
		t.Errorf("seed 000: repeated paragraph %d times, %d sections", count, len(news.Sections))
	}
}

// The benchmark plan gives the same document from its Markdown, tagged
// text and Word forms; only the source markers (which Markdown does not
// keep) and the year (which Markdown takes from its front matter only)
// differ.
func TestBenchmarkFormatsAgree(t *testing.T) {
	md, err := importer.File("../testdata/bench/workplan-20p.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"../testdata/bench/workplan-20p.txt", "../testdata/bench/workplan-20p.docx"} {
		d, err := importer.File(path)
		if err != nil {
			t.Fatal(err)
		}
		if d.Meta.Year != 2025 {
			t.Errorf("%s: year %d, want 2025 from the title", path, d.Meta.Year)
		}
		d.Walk(func(e docmodel.Entry) bool {
			if e.Node.SourceMarker != e.Number {
				t.Errorf("%s: %s has source marker %q", path, e.Path, e.Node.SourceMarker)
			}
			e.Node.SourceMarker = ""
			return true
		})
		d.Meta.Year = 0
		if diff := cmp.Diff(md, d, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s differs from the Markdown:\n%s", path, diff)
		}
	}
}

// A compilation is refused by File with a message that says how many
// documents it holds, and an error callers can recognise to offer the
// choice; Documents returns them all.
func TestFileRefusesCompilation(t *testing.T) {
	_, err := importer.File("../testdata/seeds/002_07ecd39dfcf56a0e.txt")
	var several *importer.SeveralError
	if err == nil || !strings.Contains(err.Error(), "包含 5 篇文档") || !strings.Contains(err.Error(), "holds 5 documents") || !errors.As(err, &several) || several.Count != 5 {
		t.Errorf("File(compilation) error = %v", err)
	}
	docs, err := importer.Documents("testdata/fixtures/lo-compilation.docx")
	if err != nil || len(docs) != 5 {
		t.Fatalf("Documents(Word compilation) = %d, %v", len(docs), err)
	}
}

func TestFileRefuses(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, content []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sparse := func(name string) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(100 << 20); err != nil { // a sparse 100 MB file
			t.Fatal(err)
		}
		f.Close()
		return p
	}
	for _, tc := range []struct{ path, want string }{
		{sparse("huge.txt"), "超过 32 MB"},
		{sparse("huge.yaodian"), "超过 64 MB"},
		{write("plan.yaodian", []byte(`{"format":"other"}`)), "无法打开“"},
		{write("empty.txt", nil), "文件为空"},
		{write("blank.txt", []byte(" \r\n\u3000\n")), "文件为空"},
		{write("binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), "不是文本文件"},
		{write("empty.docx", nil), "文件为空"},
		{write("text.docx", []byte("一、总体要求")), "不是 Word 文档"},
		{write("old.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)), "已损坏"},
		{write("plan.rtf.docx", []byte(`{\rtf1\ansi 一}`)), "RTF"},
		{write("web.doc", []byte("<!DOCTYPE html>\n<HTML><body>一、总体要求</body></HTML>")), "网页"},
		{write("plan.pdf", []byte("%PDF-1.7")), "不支持的文件类型"},
	} {
		_, err := importer.File(tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), " / ") {
			t.Errorf("File(%s) error = %v, want a bilingual one saying %q", filepath.Base(tc.path), err, tc.want)
		}
	}
	// A Word file saved as .txt is read as Word.
	docx, err := os.ReadFile("testdata/fixtures/lo-outline.docx")
	if err != nil {
		t.Fatal(err)
	}
	if d, err := importer.File(write("saved-as.txt", docx)); err != nil || d.Meta.Title != "2024年全县科技工作要点" {
		t.Errorf("a .docx named .txt: %v", err)
	}
}
