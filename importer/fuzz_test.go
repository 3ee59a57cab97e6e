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

// FuzzDocx: no file makes the Word reader panic. Seeded with small
// documents made here rather than real files, so that each run is quick
// and mutations reach the zip layer: its directory, names and
// compression.
func FuzzDocx(f *testing.F) {
	f.Add(docx(f, p("1", "1,0", "总体要求")+p("", "", "1．", "**加强。**", "正文。"), chineseStyles, chineseNumbering))
	f.Add(docx(f, p("", "", "一、重点任务")+p("", "", "（一）加强协作。"), "", ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := importer.Docx(data)
		checkImport(t, docs, err)
	})
}

// FuzzDocxBody fuzzes the XML of the main document, of the styles and of
// the numbering definitions inside a valid package, to reach the
// paragraph, style, numbering, table and structure code.
func FuzzDocxBody(f *testing.F) {
	for _, body := range []string{
		p("1", "1,0", "总体要求") + p("20", "1,1", "指导思想") + p("", "1,2", "加强领导。落实责任。") + p("", "5,0", "**从三开始。**后文"),
		p("1", "", "一、重点任务") + p("", "", "1．", "**加强协作。**", "调动。") + `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc></w:tr>` +
			`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>加强协作</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市科技局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
		`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>` + p("", "", "目录") + `</w:sdtContent></w:sdt>` +
			`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>` + p("", "", "框") + `</w:txbxContent></mc:Choice><mc:Fallback>x</mc:Fallback></mc:AlternateContent></w:r></w:p>`,
	} {
		f.Add(body, chineseStyles, chineseNumbering)
	}
	f.Add(p("", "1,0", "甲")+p("", "1,2", "乙")+p("", "5,0", "丙"), chineseStyles, `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="-3"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/></w:lvl>`+
		`<w:lvl w:ilvl="2"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:isLgl/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`)
	// A list starting at -5 in ideographic digits once indexed a digit
	// table with '-'.
	f.Add(p("", "1,0", "甲")+p("", "1,0", "乙"), chineseStyles, `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="-5"/><w:numFmt w:val="ideographDigital"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`)
	f.Fuzz(func(t *testing.T, body, styles, numbering string) {
		docs, err := importer.Docx(docx(t, body, styles, numbering))
		checkImport(t, docs, err)
	})
}

// FuzzMarkdownInline fuzzes the inline text of a heading, a numbered
// paragraph and a table cell inside a valid plan, to reach the inline
// reader, the marker and lead-sentence code and the limits on markup.
func FuzzMarkdownInline(f *testing.F) {
	for _, s := range []string{"加强平台建设。", "**加强协作。**调动积极性", "[链接](http://example.org)文字", "[a](", "&#19968;、二季度", "\\*不是粗体\\*", "`代码`", "<b>标签</b>", "一百、第100项", "（51）项", "x_y_z", "**未闭合"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := "# 2025年全市科技工作要点\n\n# 一、" + s + "\n\n1. " + s + "\n\n" + s + "\n\n| 指标 | 目标值 |\n| --- | --- |\n| " + s + " | 5 |\n"
		d, err := importer.Markdown([]byte(src))
		var docs []*docmodel.Document
		if d != nil {
			docs = append(docs, d)
		}
		checkImport(t, docs, err)
	})
}

// FuzzNative fuzzes a .yaodian file as the importer takes it: decoded,
// then held to the size limits, then saved again.
func FuzzNative(f *testing.F) {
	for _, path := range []string{"../docmodel/testdata/full.yaodian"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"format":"yaodian","schema_version":1,"meta":{"title":"甲"},"options":{"levels":"standard","arabic":"restart","leads":"bold"},"preamble":["加强。"],"sections":[{"id":"n1","heading":"总体要求"}],"next_id":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := docmodel.Decode(data)
		if err != nil {
			return
		}
		if _, err := importer.Bound(d); err != nil {
			checkImport(t, nil, err)
			return
		}
		checkImport(t, []*docmodel.Document{d}, nil)
	})
}
