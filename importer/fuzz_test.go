package importer_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/usererr"
)

// checkImport is what every import must give: documents that keep every
// invariant and save, or an error the user can read in Chinese and
// English.
func checkImport(t *testing.T, docs []*docmodel.Document, err error) {
	if err != nil {
		var ue *usererr.Error
		if !errors.As(err, &ue) || ue.Zh == "" || ue.En == "" {
			t.Fatalf("error is not bilingual: %v", err)
		}
		return
	}
	if len(docs) == 0 {
		t.Fatal("no documents and no error")
	}
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			t.Fatalf("invalid document: %v", err)
		}
		if _, err := docmodel.Encode(d); err != nil {
			t.Fatalf("cannot save: %v", err)
		}
	}
}

// addFiles seeds a fuzz target with the files matching pattern. With
// excerpt, it adds each file's first lines instead: small inputs mutate
// and minimize much faster than a whole plan.
func addFiles(f *testing.F, pattern string, excerpt bool) {
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		f.Fatalf("no seeds match %s", pattern)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if excerpt && len(data) > 1500 {
			data = data[:bytes.LastIndexByte(data[:1500], '\n')+1]
		}
		f.Add(data)
	}
}

// FuzzText: no text makes the importer panic, and what it returns is
// valid. Seeded with the real seeds, the benchmark's tagged text and a
// GBK-encoded seed.
func FuzzText(f *testing.F) {
	addFiles(f, "../testdata/seeds/*.txt", true)
	addFiles(f, "../testdata/bench/*.txt", true)
	src, err := os.ReadFile("../testdata/seeds/002_07ecd39dfcf56a0e.txt")
	if err != nil {
		f.Fatal(err)
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(src[:bytes.LastIndexByte(src[:2000], '\n')])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(gbk)
	f.Add([]byte("第一篇：甲\n一、总体要求\n（一）目标\n1、新增企业5家。（牵头单位：市科技局）\n第二篇：乙\n一、二季度\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := importer.Text(data)
		checkImport(t, docs, err)
	})
}

// FuzzDocx: no file makes the Word reader panic. Seeded with the Word
// fixtures of pandoc and LibreOffice and the benchmark's .docx; mutations
// mostly exercise the zip layer.
func FuzzDocx(f *testing.F) {
	addFiles(f, "testdata/fixtures/*.docx", false)
	addFiles(f, "../testdata/bench/*.docx", false)
	f.Add(docx(f, p("1", "1,0", "总体要求")+p("", "", "1．", "**加强。**", "正文。"), chineseStyles, chineseNumbering))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := importer.Docx(data)
		checkImport(t, docs, err)
	})
}

// FuzzDocxBody fuzzes the XML of the main document and of the numbering
// definitions inside a valid package with Chinese styles, to reach the
// paragraph, numbering, table and structure code.
func FuzzDocxBody(f *testing.F) {
	for _, body := range []string{
		p("1", "1,0", "总体要求") + p("20", "1,1", "指导思想") + p("", "1,2", "加强领导。落实责任。") + p("", "5,0", "**从三开始。**后文"),
		p("1", "", "一、重点任务") + p("", "", "1．", "**加强协作。**", "调动。") + `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc></w:tr>` +
			`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>加强协作</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市科技局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
		`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>` + p("", "", "目录") + `</w:sdtContent></w:sdt>` +
			`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>` + p("", "", "框") + `</w:txbxContent></mc:Choice><mc:Fallback>x</mc:Fallback></mc:AlternateContent></w:r></w:p>`,
	} {
		f.Add(body, chineseNumbering)
	}
	f.Add(p("", "1,0", "甲")+p("", "1,2", "乙")+p("", "5,0", "丙"), `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="-3"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/></w:lvl>`+
		`<w:lvl w:ilvl="2"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:isLgl/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`)
	// A list starting at -5 in ideographic digits once indexed a digit
	// table with '-'.
	f.Add(p("", "1,0", "甲")+p("", "1,0", "乙"), `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="-5"/><w:numFmt w:val="ideographDigital"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`)
	f.Fuzz(func(t *testing.T, body, numbering string) {
		docs, err := importer.Docx(docx(t, body, chineseStyles, numbering))
		checkImport(t, docs, err)
	})
}
