package importer_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/importer"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// docx builds a Word file from the body of document.xml and, when not
// empty, styles.xml and numbering.xml contents, with the package
// relationships Word writes.
func docx(t testing.TB, body, styles, numbering string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>`,
		"word/_rels/main.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.org" TargetMode="External"/></Relationships>`,
		"word/main.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`,
	}
	if styles != "" {
		parts["word/styles.xml"] = `<?xml version="1.0"?><w:styles ` + wordNS + `>` + styles + `</w:styles>`
	}
	if numbering != "" {
		parts["word/numbering.xml"] = `<?xml version="1.0"?><w:numbering ` + wordNS + `>` + numbering + `</w:numbering>`
	}
	return zipOf(t, parts)
}

func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// p writes a paragraph: style ID (or ""), numbering (numID, ilvl, or ""),
// then runs, each "text" or "**bold**".
func p(style, num string, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>")
	if style != "" {
		b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	if num != "" {
		id, lvl, _ := strings.Cut(num, ",")
		b.WriteString(`<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`)
	}
	b.WriteString(`<w:rPr><w:b/></w:rPr></w:pPr>`)
	for _, r := range runs {
		if strings.HasPrefix(r, "**") {
			b.WriteString(`<w:r><w:rPr><w:b/></w:rPr><w:t>` + strings.Trim(r, "*") + `</w:t></w:r>`)
		} else {
			b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
		}
	}
	b.WriteString("</w:p>")
	return b.String()
}

// Styles as Chinese Word and WPS write them: localized style IDs whose
// names are the built-in English ones, a custom style based on a heading,
// and a style that sets only an outline level.
const chineseStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="20"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="my"><w:name w:val="我的小标题"/><w:basedOn w:val="20"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="lvl"><w:name w:val="大纲"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Title"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="toc1"><w:name w:val="toc 1"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="list"><w:name w:val="任务列表"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="character" w:styleId="strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="numbering" w:styleId="ns"><w:name w:val="多级列表"/><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style>`

// Numbering as Word writes it for 一、 （一） 1． with chineseCounting, a
// list that starts at 3, an instance that restarts a list, and bullets.
const chineseNumbering = `<w:abstractNum w:abstractNumId="0">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>` +
	`<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
	`<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="9"><w:abstractNumId w:val="3"/></w:num>` +
	`<w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="ns"/></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="10"><w:abstractNumId w:val="5"/></w:num>` +
	`<w:num w:numId="11"><w:abstractNumId w:val="4"/></w:num>` +
	`<w:num w:numId="8"><w:abstractNumId w:val="2"/></w:num>`

func TestDocx(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
		check            func(t *testing.T, d *docmodel.Document)
	}{
		{
			name: "localized heading styles, a custom style based on one, an outline level, and the title style",
			body: p("a5", "", "2025年工作要点") + p("1", "", "一、总体要求") + p("my", "", "（一）指导思想") + p("", "", "正文。") +
				p("lvl", "", "重点任务") + p("20", "", "加强平台建设"),
			want: "一、[一、]principles H 总体要求\n （一）[（一）]principles H 指导思想 | 正文。\n二、[]tasks H 重点任务\n （一）[]tasks H 加强平台建设\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if d.Meta.Title != "2025年工作要点" || d.Meta.Year != 2025 {
					t.Errorf("meta %+v", d.Meta)
				}
			},
		},
		{
			name: "automatic numbering rendered as the reader sees it, through a style too, restarting per instance",
			body: p("1", "1,0", "总体要求") + p("20", "1,1", "指导思想") + p("", "1,2", "加强领导。落实责任。") + p("list", "", "从样式编号。") + p("", "11,0", "经样式链接编号。") +
				p("1", "1,0", "重点任务") + p("", "5,0", "从三开始。") + p("", "5,0", "接着编号。") + p("", "6,0", "重新编号。") + p("", "8,0", "项目符号不是编号"),
			want: "一、[一、]principles H 总体要求\n （一）[（一）]principles H 指导思想\n  1．[1．]principles L 加强领导。 | 落实责任。\n  2．[1.]principles L 从样式编号。\n   （1）[（1）]principles L 经样式链接编号。\n二、[二、]tasks H 重点任务\n" +
				" （一）[3、]tasks L 从三开始。\n （二）[4、]tasks L 接着编号。\n （三）[1、]tasks L 重新编号。 | 项目符号不是编号\n",
		},
		{
			name: "bold runs after a number are the lead sentence, in Word's or a character style's bold",
			body: p("1", "", "一、重点任务") + p("", "", "1．", "**加强协作。**", "调动专家积极性。") +
				`<w:p><w:r><w:t>2．</w:t></w:r><w:r><w:rPr><w:rStyle w:val="strong"/></w:rPr><w:t>完善</w:t></w:r><w:r><w:rPr><w:rStyle w:val="strong"/></w:rPr><w:t>中心建设</w:t></w:r><w:r><w:t>。健全网络。</w:t></w:r></w:p>` +
				p("", "", "**3．加强组织领导**"),
			want: "一、[一、]tasks H 重点任务\n 1．[1．]tasks L 加强协作。 | 调动专家积极性。\n 2．[2．]tasks L 完善中心建设。 | 健全网络。\n 3．[3．]tasks H 加强组织领导\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if d.Options.Leads != docmodel.LeadsBold {
					t.Errorf("leads %s", d.Options.Leads)
				}
			},
		},
		{
			name: "what Word does not show is left out: deletions, hidden text, field codes, the table of contents, a text box's fallback copy",
			body: `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>` + p("", "", "一、总体要求 3") + `</w:sdtContent></w:sdt>` +
				p("toc1", "", "二、重点任务 5") +
				`<w:p><w:r><w:t>一、</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>总体</w:t></w:r></w:ins>` +
				`<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>要求</w:t></w:r></w:p>` +
				`<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>` + p("", "", "文本框里的话。") + `</w:txbxContent></w:drawing></mc:Choice>` +
				`<mc:Fallback><w:pict><w:txbxContent>` + p("", "", "文本框里的话。") + `</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文。</w:t></w:r></w:p>`,
			want: "一、[一、]principles H 总体要求 | 文本框里的话。 / 正文。\n",
		},
		{
			name: "a task-division table fills units by task; merged cells repeat; unmatched rows and rows whose units differ from the text's stay",
			body: p("1", "", "一、重点任务") + p("", "", "1．加强平台建设。新增平台5个。") + p("", "", "2．培育科技企业。") + p("", "", "3．深化改革。（牵头单位：市委改革办）") +
				p("", "", "附件：重点任务分工表") +
				`<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>配合单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>完成时间</w:t></w:r></w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>加强平台建设</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>市科技局</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市财政局</w:t></w:r></w:p><w:p><w:r><w:t>、市统计局</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6月底</w:t></w:r></w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2．培育科技企业</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>各县区</w:t></w:r></w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>深化改革</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市发展改革委</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>不在正文中的任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市科技局</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>`,
			want: "一、[一、]tasks H 重点任务\n 1．[1．]tasks L 加强平台建设。 | 新增平台5个。\n 2．[2．]tasks L 培育科技企业。\n 3．[3．]tasks L 深化改革。 | 附件：重点任务分工表 / 序号　工作任务　牵头单位　配合单位　完成时间 / 3　深化改革　市发展改革委 / 4　不在正文中的任务　市科技局\n",
			check: func(t *testing.T, d *docmodel.Document) {
				tasks := d.Sections[0].Children
				for i, want := range []string{"（牵头单位：市科技局；责任单位：市财政局、市统计局；完成时限：6月底）", "（牵头单位：市科技局；责任单位：各县区）", "（牵头单位：市委改革办）"} {
					if got := tasks[i].UnitsLine(); got != want {
						t.Errorf("task %d units %s, want %s", i+1, got, want)
					}
				}
			},
		},
		{
			name: "a row with more than the model holds keeps its text: a 具体措施 cell, a longer task",
			body: p("1", "", "一、重点任务") + p("", "", "1．培育科技企业。") + p("", "", "2．加强平台建设。") +
				`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>重点任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>具体措施</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>培育科技企业，开展高企倍增行动</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>市科技局</w:t></w:r></w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>加强平台建设</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>建设省级重点实验室3家</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市发展改革委</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
			want: "一、[一、]tasks H 重点任务\n 1．[1．]tasks L 培育科技企业。\n 2．[2．]tasks L 加强平台建设。 | 重点任务　具体措施　牵头单位 / 培育科技企业，开展高企倍增行动　市科技局 / 加强平台建设　建设省级重点实验室3家　市发展改革委\n",
			check: func(t *testing.T, d *docmodel.Document) {
				tasks := d.Sections[0].Children
				if tasks[0].LeadUnit != "市科技局" || tasks[1].LeadUnit != "市发展改革委" {
					t.Errorf("units %q, %q", tasks[0].LeadUnit, tasks[1].LeadUnit)
				}
			},
		},
		{
			name: "an indicator table becomes indicators; another table becomes rows of text, a nested one included",
			body: p("1", "", "一、主要目标") +
				`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标值</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>研发投入强度</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3.3</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
				`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>说明</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
			want: "一、[一、]goals H 主要目标 | 说明甲　乙\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if inds := d.Sections[0].Indicators; len(inds) != 1 || inds[0].Name != "研发投入强度" || inds[0].Value != 3.3 {
					t.Errorf("indicators %+v", inds)
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := importer.Docx(docx(t, tc.body, chineseStyles, chineseNumbering))
			if err != nil {
				t.Fatal(err)
			}
			if got := short(docs[0]); got != tc.want {
				t.Errorf("outline\n got:\n%s\nwant:\n%s", got, tc.want)
			}
			if tc.check != nil {
				tc.check(t, docs[0])
			}
		})
	}
}

// The fixtures written by LibreOffice and pandoc: outline numbering with
// chineseCounting headings, lists that restart, bold leads by character
// style, the signature block, and a task-division table.
func TestDocxFixtures(t *testing.T) {
	lo, err := importer.File("testdata/fixtures/lo-outline.docx")
	if err != nil {
		t.Fatal(err)
	}
	want := "一、[一、]principles H 总体要求 | 坚持创新在现代化建设全局中的核心地位。\n二、[二、]tasks H 重点任务\n" +
		" （一）[（一）]tasks H 培育创新主体\n  1．[1、]tasks L 培育高新技术企业。 | 力争新认定高新技术企业15家以上。\n  2．[2、]tasks L 扶持科技型中小企业。 | 科技型中小企业评价入库100家。\n" +
		" （二）[（二）]tasks H 建设创新平台\n  1．[1、]tasks L 建设研发中心。 | 新建县级以上企业研发中心8家。\n  2．[2、]tasks L 推进产学研合作。 | 全社会研发经费投入增长10%以上。\n  3．[3、]tasks L 加强知识产权保护。 | 专利授权量较上年增长8%。\n" +
		"三、[三、]safeguards H 保障措施\n （一）[（一）]safeguards H 加强组织领导 | 成立工作专班，定期调度。\n （二）[（二）]safeguards H 强化督查考核 | 将重点任务纳入年度考核。\n"
	if got := short(lo); got != want {
		t.Errorf("LibreOffice outline\n got:\n%s\nwant:\n%s", got, want)
	}
	if lo.Meta.Issuer != "××县科学技术局" || lo.Meta.Date != "2024-01-15" || lo.Options.Leads != docmodel.LeadsBold {
		t.Errorf("LibreOffice meta %+v, leads %s", lo.Meta, lo.Options.Leads)
	}

	pd, err := importer.File("testdata/fixtures/pandoc-plan.docx")
	if err != nil {
		t.Fatal(err)
	}
	var units []string
	pd.Walk(func(e docmodel.Entry) bool {
		if e.Node.HasTaskInfo() {
			units = append(units, e.Path+e.Node.UnitsLine())
		}
		return true
	})
	if got := strings.Join(units, "\n"); got != "二、/（一）/1．（牵头单位：市科技局；责任单位：市财政局、市税务局；完成时限：2025年12月底）\n"+
		"二、/（一）/2．（牵头单位：市科技局；责任单位：市统计局；完成时限：2025年12月底）\n"+
		"二、/（二）/1．（牵头单位：市科技局；责任单位：各县（市、区）人民政府；完成时限：2025年10月底）" {
		t.Errorf("pandoc units:\n%s", got)
	}
	last := pd.Sections[2].Children[0].Body
	if got := last[len(last)-1]; got != "4　开展科技金融试点　市金融办　市科技局　2025年6月底" {
		t.Errorf("the unmatched row became %q", got)
	}
}

// Broken, hostile and foreign files get a clear message, never a panic
// or an unbounded allocation.
func TestDocxRefuses(t *testing.T) {
	good := docx(t, p("", "", "一、总体要求"), "", "")
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 10000) + p("", "", "一、深") + strings.Repeat("</w:sdtContent></w:sdt>", 10000)
	tables := strings.Repeat("<w:tbl><w:tr><w:tc>", 10000) + p("", "", "深") + strings.Repeat("</w:tc></w:tr></w:tbl>", 10000)
	many := map[string]string{}
	for i := range 3000 {
		many[fmt.Sprintf("f%d.xml", i)] = "x"
	}
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document ` + wordNS + `><w:body><w:p><w:r><w:t>`))
	filler := bytes.Repeat([]byte("a"), 1<<20)
	for range 100 { // 100 MB of text that compresses to about 100 KB
		w.Write(filler)
	}
	zw.Close()
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"truncated", good[:len(good)/2], "不完整"},
		{"not a zip", []byte("PK\x03\x04 not really"), "不完整"},
		{"zip without a Word document", zipOf(t, map[string]string{"notes.txt": "一、总体要求"}), "没有 Word 正文"},
		{"Excel workbook", zipOf(t, map[string]string{"xl/workbook.xml": "<workbook/>"}), "Excel"},
		{"too many entries", zipOf(t, many), "3000 个条目"},
		{"zip bomb", bomb.Bytes(), "超过 64 MB"},
		{"broken XML", zipOf(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), "已损坏"},
		{"10,000 nested elements", docx(t, deep, "", ""), "嵌套超过 256 层"},
		{"10,000 nested tables", docx(t, tables, "", ""), "嵌套超过 256 层"},
		{"no text", docx(t, "<w:p/>", "", ""), "没有文字"},
		{"password protected", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...), "密码"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := importer.Docx(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), " / ") {
				t.Errorf("error = %v, want a bilingual one saying %q", err, tc.want)
			}
		})
	}
}
