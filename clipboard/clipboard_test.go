package clipboard_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"yaodian/clipboard"
	"yaodian/docmodel"
	"yaodian/importer"
	"yaodian/session"
)

// plan returns
//
//	一、n1 总体要求 (body 坚持创新驱动。)
//	二、n2 重点任务
//	  （一）n3 加强平台建设
//	    1．n4 lead 建设实验室。 body 新增3家。 units 市科技局 / 市财政局, indicator
//	    2．n5 body 深化改革，完善科技计划管理和项目评审机制，推动科技资源向重点领域集聚，提升创新体系整体效能。
//	三、n6 保障措施
func plan(t *testing.T) *docmodel.Document {
	t.Helper()
	d := docmodel.New()
	n := make([]*docmodel.Node, 7)
	for i := 1; i < len(n); i++ {
		n[i] = d.NewNode()
	}
	n[1].Heading, n[1].Body, n[1].Role = "总体要求", []string{"坚持创新驱动。"}, docmodel.RolePrinciples
	n[2].Heading, n[2].Role = "重点任务", docmodel.RoleTasks
	n[3].Heading = "加强平台建设"
	n[4].Lead, n[4].Body, n[4].LeadUnit, n[4].Partners = "建设实验室。", []string{"新增3家。"}, "市科技局", []string{"市财政局"}
	n[4].Indicators = []docmodel.Indicator{{Name: "实验室", Kind: docmodel.KindIncrement, Value: 3, Unit: "家", Source: "新增3家。"}}
	n[5].Body = []string{"深化改革，完善科技计划管理和项目评审机制，推动科技资源向重点领域集聚，提升创新体系整体效能。"}
	n[6].Heading, n[6].Role = "保障措施", docmodel.RoleSafeguards
	n[3].Children = []*docmodel.Node{n[4], n[5]}
	n[2].Children = []*docmodel.Node{n[3]}
	d.Sections = []*docmodel.Node{n[1], n[2], n[6]}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

// outline prints a document's nodes as "path heading/lead|body|lead unit"
// joined by " ; ".
func outline(d *docmodel.Document) string {
	var rows []string
	for _, e := range d.Entries() {
		n := e.Node
		row := e.Path + n.Heading + n.Lead
		if len(n.Body) > 0 {
			row += "|" + strings.Join(n.Body, "/")
		}
		if n.LeadUnit != "" {
			row += "|" + n.LeadUnit
		}
		rows = append(rows, row)
	}
	return strings.Join(rows, " ; ")
}

func TestText(t *testing.T) {
	d := plan(t)
	nodes, err := d.Copy("n3", "n6")
	if err != nil {
		t.Fatal(err)
	}
	want := "（一）加强平台建设\n" +
		"1．建设实验室。新增3家。\n" +
		"（牵头单位：市科技局；责任单位：市财政局）\n" +
		"2．深化改革，完善科技计划管理和项目评审机制，推动科技资源向重点领域集聚，提升创新体系整体效能。\n" +
		"三、保障措施\n"
	if got := clipboard.Text(d, nodes); got != want {
		t.Errorf("text\n%s\nwant\n%s", got, want)
	}
}

// What this program copies pastes back exactly, into another document,
// also after the system clipboard changed its line breaks.
func TestPasteOwnCopy(t *testing.T) {
	src := plan(t)
	before, _ := docmodel.Encode(src)
	var b clipboard.Board
	text, err := b.Copy(src, "n4", "n3") // n4 is in n3's subtree
	if err != nil {
		t.Fatal(err)
	}
	dst := docmodel.New()
	dst.Sections = []*docmodel.Node{dst.NewNode()}
	for _, clip := range []string{text, strings.ReplaceAll(text, "\n", "\r\n")} {
		got, ids, err := b.Paste(dst, clip, "n1", 0)
		if err != nil {
			t.Fatal(err)
		}
		if want := "一、 ; 一、/（一）加强平台建设 ; 一、/（一）/1．建设实验室。|新增3家。|市科技局 ; 一、/（一）/2．|深化改革，完善科技计划管理和项目评审机制，推动科技资源向重点领域集聚，提升创新体系整体效能。"; outline(got) != want {
			t.Errorf("pasted\n%s\nwant\n%s", outline(got), want)
		}
		if len(ids) != 1 || got.Find(ids[0]).Heading != "加强平台建设" {
			t.Errorf("pasted top IDs %v", ids)
		}
		task := got.Find(ids[0]).Children[0]
		if len(task.Indicators) != 1 || task.Partners[0] != "市财政局" {
			t.Errorf("the exact nodes were not pasted: %+v", task)
		}
	}
	if len(dst.Entries()) != 1 {
		t.Error("Paste changed the document it was given")
	}
	if after, _ := docmodel.Encode(src); !bytes.Equal(before, after) {
		t.Error("Copy changed the document copied from")
	}
}

// The text of a copy, pasted where the Board does not know it (another
// program, another instance), gives the same outline.
func TestCopiedTextReadsBack(t *testing.T) {
	src := plan(t)
	var b clipboard.Board
	text, err := b.Copy(src, "n2")
	if err != nil {
		t.Fatal(err)
	}
	exact, _, err := b.Paste(docmodel.New(), text, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var elsewhere clipboard.Board
	read, _, err := elsewhere.Paste(docmodel.New(), text, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if outline(read) != outline(exact) {
		t.Errorf("text read back\n%s\nexact\n%s", outline(read), outline(exact))
	}
}

func TestCut(t *testing.T) {
	d := plan(t)
	var b clipboard.Board
	got, text, err := b.Cut(d, "n5")
	if err != nil {
		t.Fatal(err)
	}
	if text != "2．深化改革，完善科技计划管理和项目评审机制，推动科技资源向重点领域集聚，提升创新体系整体效能。\n" {
		t.Errorf("cut text %q", text)
	}
	if len(d.Entries()) != 6 || len(got.Entries()) != 5 {
		t.Fatalf("cut left %d nodes of 6, and the original %d", len(got.Entries()), len(d.Entries()))
	}
	pasted, _, err := b.Paste(got, text, "n6", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := "三、/（一）|深化改革，完善科技计划管理和项目评审机制，推动科技资源向重点领域集聚，提升创新体系整体效能。"; !strings.HasSuffix(outline(pasted), want) {
		t.Errorf("pasted\n%s\nwant it to end in %s", outline(pasted), want)
	}
	if _, _, err := b.Cut(d, "n42"); err == nil || !strings.Contains(err.Error(), "找不到") {
		t.Errorf("cut of an unknown node: %v", err)
	}
}

// A plan pasted as text is structured by its markers and pasted under the
// insertion point.
func TestPasteText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		parent     string
		index      int
		want       string // the outline under 二、 after the paste, or the error
	}{
		{"numbered tasks", "1．加强平台建设。推进实验室。\n2．深化改革。完善机制。", "n3", 9,
			"二、/（一）/2．|深化改革，完善科技计划管理和项目评审机制，推动科技资源向重点领域集聚，提升创新体系整体效能。 ; 二、/（一）/3．加强平台建设。|推进实验室。 ; 二、/（一）/4．深化改革。|完善机制。"},
		{"typed markers run on in one line", "1．加强平台建设。推进实验室。2．深化改革。完善机制。3．抓好落实。", "n3", 0,
			"二、/（一）加强平台建设 ; 二、/（一）/1．加强平台建设。|推进实验室。 ; 二、/（一）/2．深化改革。|完善机制。 ; 二、/（一）/3．抓好落实。 ; 二、/（一）/4．建设实验室。"},
		{"half-width markers", "1.加强平台建设。\n2.深化改革。", "n2", 0,
			"二、/（一）加强平台建设。 ; 二、/（二）深化改革。 ; 二、/（三）加强平台建设"},
		{"two levels with units", "（一）强化保障\n1．推进实验室建设。（牵头单位：市科技局；完成时限：2025年6月底）\n（二）抓好落实\n1．压实责任。", "n2", 1,
			"二、/（二）强化保障 ; 二、/（二）/1．推进实验室建设。|市科技局 ; 二、/（三）抓好落实 ; 二、/（三）/1．压实责任。"},
		{"an opening before the items", "根据安排，制定如下。\n1．推进实验室建设。", "n2", 9,
			"二、/（二）|根据安排，制定如下。 ; 二、/（三）推进实验室建设。"},
		{"plain text", "加强平台建设，推进实验室。", "n2", 9, "二、/（二）|加强平台建设，推进实验室。"},
		{"too deep", "（一）强化保障\n1．推进。\n（1）落实。", "n4", 0, "超过"},
		{"blank", " \n\t\n", "n2", 0, "没有文字"},
		{"under an unknown node", "1．推进。", "n42", 0, "找不到"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := plan(t)
			before, _ := docmodel.Encode(d)
			var b clipboard.Board
			got, _, err := b.Paste(d, tc.text, tc.parent, tc.index)
			if after, _ := docmodel.Encode(d); !bytes.Equal(before, after) {
				t.Error("Paste changed the document it was given")
			}
			if err != nil {
				if !strings.Contains(err.Error(), tc.want) {
					t.Errorf("error %v, want one containing %q", err, tc.want)
				}
				return
			}
			var under []string
			for _, row := range strings.Split(outline(got), " ; ") {
				if strings.HasPrefix(row, "二、/") {
					under = append(under, row)
				}
			}
			if gotRows := strings.Join(under, " ; "); !strings.Contains(gotRows, tc.want) {
				t.Errorf("under 二、\n%s\nwant it to hold\n%s", gotRows, tc.want)
			}
			if err := got.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

// A paste through the session is one undo step.
func TestPasteIsOneUndoStep(t *testing.T) {
	s := session.New(plan(t))
	before, _ := docmodel.Encode(s.Doc())
	var b clipboard.Board
	err := s.Edit("粘贴", "", func(d *docmodel.Document) error {
		out, _, err := b.Paste(d, "（一）强化保障\n1．推进。\n2．落实。", "n6", 0)
		if err != nil {
			return err
		}
		*d = *out
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Doc().Entries()); n != 9 {
		t.Fatalf("%d nodes after the paste, want 9", n)
	}
	if !s.Undo() || s.CanUndo() {
		t.Fatal("the paste is not exactly one undo step")
	}
	if undone, _ := docmodel.Encode(s.Doc()); !bytes.Equal(undone, before) {
		t.Error("undo does not restore the plan")
	}
}

// Two running copies of the program share copied nodes through the
// Board's file: a copy in one pastes exactly in the other. A file that is
// stale, damaged or missing leaves the text to paste as text.
func TestBoardFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "clipboard.json")
	src := plan(t)
	one := clipboard.NewBoard(path)
	text, err := one.Copy(src, "n3")
	if err != nil {
		t.Fatal(err)
	}
	indicators := func(d *docmodel.Document, ids []string) int {
		return len(d.Find(ids[0]).Children[0].Indicators)
	}
	for _, tc := range []struct {
		name       string
		spoil      func()
		clip       string
		indicators int // 1 for the exact nodes, 0 for text structured again
	}{
		{"exact in another program", func() {}, text, 1},
		{"line breaks changed on the way", func() {}, strings.ReplaceAll(text, "\n", "\r\n"), 1},
		{"other text", func() {}, "（一）强化保障\n1．推进实验室建设。新增3家。", 0},
		{"damaged file", func() { os.WriteFile(path, []byte("{\"format\":"), 0o666) }, text, 0},
		{"missing file", func() { os.Remove(path) }, text, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.spoil()
			other := clipboard.NewBoard(path)
			got, ids, err := other.Paste(docmodel.New(), tc.clip, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			if n := indicators(got, ids); n != tc.indicators {
				t.Errorf("pasted task has %d indicators, want %d", n, tc.indicators)
			}
			if !strings.Contains(outline(got), "建设实验室。|新增3家。|市科技局") && tc.clip == text {
				t.Errorf("pasted %s", outline(got))
			}
		})
	}
	nowhere := clipboard.NewBoard(filepath.Join(dir, "missing", "clipboard.json"))
	text, err = nowhere.Copy(src, "n3")
	if text == "" || err == nil || !strings.Contains(err.Error(), "只能按文字粘贴") {
		t.Errorf("copy to an unwritable file: text %q, error %v", text, err)
	}
	if got, ids, err := nowhere.Paste(docmodel.New(), text, "", 0); err != nil || indicators(got, ids) != 1 {
		t.Errorf("the same window does not paste its copy exactly: %v", err)
	}
}

// Whatever text is pasted, Paste either refuses it with an error or
// returns a valid document holding everything the original held.
func FuzzPasteText(f *testing.F) {
	for _, s := range []string{
		"1．加强平台建设。推进实验室。2．深化改革。",
		"（一）强化保障\n1．推进实验室建设。（牵头单位：市科技局；完成时限：2025年6月底）",
		"一、总体要求\n二、重点任务\n（一）\n1.\n(1)\n①",
		"2025年工作要点\n\n根据安排，制定如下。\n\n市科技局\n2025年1月1日",
		"\x00\r\r\n\u2028",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := plan(t)
		got, ids, err := (&clipboard.Board{}).Paste(d, text, "n3", 1)
		if err != nil {
			return
		}
		if err := got.Validate(); err != nil {
			t.Fatalf("pasting %q made an invalid document: %v", text, err)
		}
		if len(ids) == 0 || len(got.Entries()) < len(d.Entries())+len(ids) {
			t.Fatalf("pasting %q: %d top nodes, %d nodes after, %d before", text, len(ids), len(got.Entries()), len(d.Entries()))
		}
	})
}

// A pasted notice keeps its 文号, 主送机关 and 附件 lines as paragraphs of
// the opening node, in the order the notice prints them; its signature is
// left out, and no 附件 line is made up for a notice that had none.
func TestPasteNotice(t *testing.T) {
	const (
		title   = "市科技局关于印发《2025年科技工作要点》的通知"
		number  = "市科发〔2025〕3号"
		to      = "各区科技局，局机关各处室："
		text    = "现将《2025年科技工作要点》印发给你们，请认真贯彻落实。"
		sign    = "市科技局\n2025年2月10日\n"
		plan    = "2025年科技工作要点\n一、加强创新平台建设\n（一）推进实验室建设。\n"
		planRow = "2025年科技工作要点"
	)
	for _, tc := range []struct {
		name, text string
		want       []string // the opening node's body
	}{
		{"number under the title, two attachments",
			title + "\n" + number + "\n" + to + "\n" + text + "\n附件：1．2025年科技工作要点\n2．2025年科技工作任务分工方案\n" + sign + plan,
			[]string{title, number, to, text, "附件：1．2025年科技工作要点", "2．2025年科技工作任务分工方案", planRow}},
		{"number over the title, one attachment",
			number + "\n" + title + "\n" + to + "\n" + text + "\n附件：2025年科技工作要点\n" + sign + plan,
			[]string{title, number, to, text, "附件：2025年科技工作要点", planRow}},
		{"recipients in two parts joined by 、",
			title + "\n各区科技局、发改局，市直有关单位：\n" + text + "\n" + sign + plan,
			[]string{title, "各区科技局、发改局，市直有关单位：", text, planRow}},
		{"no 附件 line", title + "\n" + to + "\n" + text + "\n" + sign + plan,
			[]string{title, to, text, planRow}},
		{"no 附件 line, a 附件 line about something else in the plan", title + "\n" + to + "\n" + text + "\n" + sign + plan + "附件：重点任务分工表\n",
			[]string{title, to, text, planRow}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nodes, err := clipboard.Nodes(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, nodes[0].Body); diff != "" {
				t.Errorf("opening node's body (-want +got):\n%s", diff)
			}
			if len(nodes) != 2 || nodes[1].Heading != "加强创新平台建设" || len(nodes[1].Children) != 1 {
				t.Errorf("got %d top nodes, want the opening and the plan's section with its task", len(nodes))
			}
		})
	}
}

// Whole real plans pasted as text come in whole: every node the importer
// reads, and the notice (with its 文号 and 主送机关), title and opening as
// the first node's body.
func TestPasteRealPlans(t *testing.T) {
	for _, tc := range []struct {
		file      string
		nodes     int    // nodes pasted, the opening node included
		firstBody string // the start of the opening node's first paragraph
	}{
		{"003_xinyu-2023-zwgk.txt", 7, "各县(区)人民政府、管委会，市政府各部门、市直相关单位：|《2023年新余市政务公开工作要点》已经市政府同意"},
		{"019_wuhu-jyj-2024.txt", 4, "关于印发《芜湖市教育局2024年工作要点》的通知|各县市区教育局(社会事业局、教育文体局)，各直属学校(含民办)、高校附校，机关各科室，二级机构：|现将"},
		{"018_kexie-2017-kepu.txt", 2, "关于印发《中国科协2017年科普工作要点》的通知|科协普函综字〔2017〕31号|各全国学会、协会、研究会科普部(普委会)，"},
		{"025_changle-2020-zwgk.txt", 3, "长乐区人民政府办公室关于贯彻落实《2020年政务公开工作要点》的通知"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("../testdata/real", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			d := plan(t)
			got, ids, err := (&clipboard.Board{}).Paste(d, string(src), "", 3)
			if err != nil {
				t.Fatal(err)
			}
			if err := got.Validate(); err != nil {
				t.Fatal(err)
			}
			pasted := len(got.Entries()) - len(d.Entries())
			first := got.Find(ids[0])
			if docs, _ := importer.Text(src); pasted != len(docs[0].Entries())+1 {
				t.Errorf("pasted %d nodes, the importer reads %d", pasted, len(docs[0].Entries()))
			}
			if pasted != tc.nodes || !strings.HasPrefix(strings.Join(first.Body, "|"), tc.firstBody) {
				t.Errorf("pasted %d nodes, the first with body %q; want %d and %q…", pasted, first.Body, tc.nodes, tc.firstBody)
			}
		})
	}
}
