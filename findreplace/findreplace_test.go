package findreplace_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/findreplace"
	"yaodian/importer"
	"yaodian/session"
)

// plan returns a small plan with text in every kind of field:
//
//	title 2025年AI工作要点, preamble 根据安排,制定如下。
//	一、n1 heading 总体要求
//	  （一）n2 lead 加强ai平台建设。 body 推进,建设，落实。/ 再推进,完善。
//	         units 市科技局 / 市财政局、市科技局, deadline 2025年底
//	二、n3 heading 保障措施,Ai
//	issuer 市科技局
func plan(t *testing.T) *docmodel.Document {
	t.Helper()
	d := docmodel.New()
	d.Meta = docmodel.Meta{Title: "2025年AI工作要点", Issuer: "市科技局", Year: 2025}
	d.Preamble = []string{"根据安排,制定如下。"}
	n1, n2, n3 := d.NewNode(), d.NewNode(), d.NewNode()
	n1.Heading = "总体要求"
	n2.Lead, n2.Body = "加强ai平台建设。", []string{"推进,建设，落实。", "再推进,完善。"}
	n2.LeadUnit, n2.Partners, n2.Deadline = "市科技局", []string{"市财政局", "市科技局"}, "2025年底"
	n3.Heading = "保障措施,Ai"
	n1.Children = []*docmodel.Node{n2}
	d.Sections = []*docmodel.Node{n1, n3}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

// describe prints matches as "where text runeStart-runeEnd" joined by " | ".
func describe(ms []findreplace.Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s %s %d-%d", m.Where(), m.Text, m.RuneStart, m.RuneEnd))
	}
	return strings.Join(parts, " | ")
}

func TestFind(t *testing.T) {
	anyWidth := findreplace.Options{IgnoreWidth: true}
	anyCase := findreplace.Options{IgnoreCase: true}
	for _, tc := range []struct {
		name, query string
		opts        findreplace.Options
		want        string
	}{
		{"half-width comma only", ",", findreplace.Options{},
			"前言第1段 , 4-5 | 一、/（一） 正文第1段 , 2-3 | 一、/（一） 正文第2段 , 3-4 | 二、 标题 , 4-5"},
		{"full-width comma only", "，", findreplace.Options{}, "一、/（一） 正文第1段 ， 5-6"},
		{"either width", ",", anyWidth,
			"前言第1段 , 4-5 | 一、/（一） 正文第1段 , 2-3 | 一、/（一） 正文第1段 ， 5-6 | 一、/（一） 正文第2段 , 3-4 | 二、 标题 , 4-5"},
		{"full-width letters find half-width", "ＡＩ", findreplace.Options{IgnoreCase: true, IgnoreWidth: true}, "文档标题 AI 5-7 | 一、/（一） 小标题句 ai 2-4 | 二、 标题 Ai 5-7"},
		{"case matters by default", "ai", findreplace.Options{}, "一、/（一） 小标题句 ai 2-4"},
		{"any case", "ai", anyCase, "文档标题 AI 5-7 | 一、/（一） 小标题句 ai 2-4 | 二、 标题 Ai 5-7"},
		{"units and issuer", "市科技局", findreplace.Options{},
			"一、/（一） 牵头单位 市科技局 0-4 | 一、/（一） 责任单位第2个 市科技局 0-4 | 发文机关 市科技局 0-4"},
		{"repeated in a paragraph", "推进", findreplace.Options{}, "一、/（一） 正文第1段 推进 0-2 | 一、/（一） 正文第2段 推进 1-3"},
		{"empty query", "", findreplace.Options{}, ""},
		{"absent", "科技厅", findreplace.Options{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := describe(findreplace.Find(plan(t), tc.query, tc.opts)); got != tc.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tc.query, got, tc.want)
			}
		})
	}
}

// Byte and rune ranges both address the matched text; matches in one
// field do not overlap.
func TestMatchRanges(t *testing.T) {
	d := docmodel.New()
	n := d.NewNode()
	n.Body = []string{"甲，aaa，乙"}
	d.Sections = []*docmodel.Node{n}
	ms := findreplace.Find(d, "aa", findreplace.Options{})
	if len(ms) != 1 {
		t.Fatalf("%d matches of aa in aaa, want 1", len(ms))
	}
	m := ms[0]
	text := n.Body[0]
	if text[m.Start:m.End] != "aa" || string([]rune(text)[m.RuneStart:m.RuneEnd]) != "aa" || m.Start != 6 || m.RuneStart != 2 {
		t.Errorf("match at bytes %d-%d, runes %d-%d", m.Start, m.End, m.RuneStart, m.RuneEnd)
	}
	if m.NodeID != n.ID || m.Field != docmodel.FieldBody || m.Index != 0 {
		t.Errorf("match located at %+v", m.Location)
	}
}

func TestNextPrevious(t *testing.T) {
	d := plan(t)
	ms := findreplace.Find(d, ",", findreplace.Options{}) // preamble, n2 body 0, n2 body 1, n3 heading
	at := func(id string, f docmodel.Field, index, offset int) findreplace.Position {
		return findreplace.Position{Location: findreplace.Location{NodeID: id, Field: f, Index: index}, Offset: offset}
	}
	for _, tc := range []struct {
		name                 string
		pos                  findreplace.Position
		next, prev           int
		nextWraps, prevWraps bool
	}{
		{"start of the document", at("", docmodel.FieldTitle, 0, 0), 0, 3, false, true},
		{"on the first match", ms[0].At(), 1, 3, false, true},
		{"on a match in a paragraph", ms[1].At(), 2, 0, false, false},
		{"start of a node", at("n2", "", 0, 0), 1, 0, false, false},
		{"inside a paragraph before its match", at("n2", docmodel.FieldBody, 1, 2), 2, 1, false, false},
		{"on the last match", ms[3].At(), 0, 2, true, false},
		{"the signature", at("", docmodel.FieldIssuer, 0, 0), 0, 3, true, false},
		{"a node that is gone", at("n42", docmodel.FieldBody, 0, 0), 0, 3, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if i, w := findreplace.Next(d, ms, tc.pos); i != tc.next || w != tc.nextWraps {
				t.Errorf("Next = %d, %v; want %d, %v", i, w, tc.next, tc.nextWraps)
			}
			if i, w := findreplace.Previous(d, ms, tc.pos); i != tc.prev || w != tc.prevWraps {
				t.Errorf("Previous = %d, %v; want %d, %v", i, w, tc.prev, tc.prevWraps)
			}
		})
	}
	if i, _ := findreplace.Next(d, nil, ms[0].At()); i != -1 {
		t.Errorf("Next without matches = %d", i)
	}
	if i, _ := findreplace.Previous(d, nil, ms[0].At()); i != -1 {
		t.Errorf("Previous without matches = %d", i)
	}
}

func TestReplace(t *testing.T) {
	for _, tc := range []struct {
		name, query, with string
		pick              int // which match to replace
		want              string
		fail              string
	}{
		{"one comma", ",", "，", 1, "n2 body 推进，建设，落实。|再推进,完善。", ""},
		{"a whole paragraph goes", "再推进,完善。", "", 0, "n2 body 推进,建设，落实。", ""},
		{"line breaks become spaces, ends are trimmed", "推进,", "\n推进 \n", 0, "n2 body 推进  建设，落实。|再推进,完善。", ""},
		{"a unit that stops being one", "市财政局", "市财政局、市发展改革委", 0, "", "责任单位"},
		{"a heading emptied", "总体要求", "", 0, "n1 heading ", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := plan(t)
			before, _ := docmodel.Encode(d)
			ms := findreplace.Find(d, tc.query, findreplace.Options{})
			got, err := findreplace.Replace(d, ms[tc.pick], tc.with)
			if after, _ := docmodel.Encode(d); !bytes.Equal(before, after) {
				t.Error("Replace changed the document it was given")
			}
			if tc.fail != "" {
				if err == nil || !strings.Contains(err.Error(), tc.fail) {
					t.Fatalf("error = %v, want one containing %q", err, tc.fail)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			id, field, _ := strings.Cut(tc.want, " ")
			n := got.Find(id)
			var have string
			switch f, _, _ := strings.Cut(field, " "); f {
			case "body":
				have = "body " + strings.Join(n.Body, "|")
			case "heading":
				have = "heading " + n.Heading
			}
			if have != field {
				t.Errorf("%s = %q, want %q", id, have, field)
			}
		})
	}
}

// A match from before an edit is refused, not applied at the wrong place.
func TestReplaceStale(t *testing.T) {
	d := plan(t)
	m := findreplace.Find(d, "推进", findreplace.Options{})[0]
	d.Find("n2").Body[0] = "建设,推进。"
	if _, err := findreplace.Replace(d, m, "x"); err == nil || !strings.Contains(err.Error(), "重新查找") {
		t.Errorf("stale match: error %v", err)
	}
	m.NodeID = "n42"
	if _, err := findreplace.Replace(d, m, "x"); err == nil {
		t.Error("a match in a node that is gone was replaced")
	}
}

func TestReplaceAll(t *testing.T) {
	for _, tc := range []struct {
		name, query, with string
		opts              findreplace.Options
		count             int
		left              string // what Find(query) still finds afterwards
	}{
		{"half-width commas", ",", "，", findreplace.Options{}, 4, ""},
		{"commas of either width", "，", "、", findreplace.Options{IgnoreCase: true, IgnoreWidth: true}, 5, ""},
		{"units everywhere", "市科技局", "市科学技术局", findreplace.Options{}, 3, ""},
		{"replacement holds the query", "推进", "推进推进", findreplace.Options{}, 2,
			"一、/（一） 正文第1段 推进 0-2 | 一、/（一） 正文第1段 推进 2-4 | 一、/（一） 正文第2段 推进 1-3 | 一、/（一） 正文第2段 推进 3-5"},
		{"nothing found", "科技厅", "x", findreplace.Options{}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := plan(t)
			got, n, err := findreplace.ReplaceAll(d, tc.query, tc.with, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.count {
				t.Errorf("%d replaced, want %d", n, tc.count)
			}
			if left := describe(findreplace.Find(got, tc.query, tc.opts)); left != tc.left {
				t.Errorf("left\n got %s\nwant %s", left, tc.left)
			}
			if len(findreplace.Find(d, tc.query, tc.opts)) != tc.count {
				t.Error("ReplaceAll changed the document it was given")
			}
		})
	}
}

// Replacing all half-width commas in real plans — the five of a seed
// file, which typed them throughout — leaves none, adds as many
// full-width ones, keeps the outline and is one undo step. Together the
// plans hold every comma of the file.
func TestReplaceAllSeedCommas(t *testing.T) {
	src, err := os.ReadFile("../testdata/seeds/002_07ecd39dfcf56a0e.txt")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := importer.Text(src)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, d := range docs {
		t.Run(d.Meta.Title, func(t *testing.T) {
			found := findreplace.Find(d, ",", findreplace.Options{})
			total += len(found)
			if len(d.Entries()) < 5 || len(found) < 30 {
				t.Fatalf("%d nodes, %d half-width commas: not the plan this test is about", len(d.Entries()), len(found))
			}
			nodes := len(d.Entries())
			s := session.New(d)
			before, _ := docmodel.Encode(d)
			replaced := 0
			err := s.Edit("全部替换", "", func(d *docmodel.Document) error {
				out, n, err := findreplace.ReplaceAll(d, ",", "，", findreplace.Options{})
				if err != nil {
					return err
				}
				*d, replaced = *out, n
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			after, _ := docmodel.Encode(s.Doc())
			if replaced != len(found) {
				t.Errorf("%d replaced, %d found", replaced, len(found))
			}
			if left := findreplace.Find(s.Doc(), ",", findreplace.Options{}); len(left) != 0 {
				t.Errorf("%d half-width commas left, first at %s", len(left), left[0].Where())
			}
			if added := bytes.Count(after, []byte("，")) - bytes.Count(before, []byte("，")); added != replaced {
				t.Errorf("%d full-width commas added for %d replaced", added, replaced)
			}
			if got := len(s.Doc().Entries()); got != nodes {
				t.Errorf("%d nodes after, %d before", got, nodes)
			}
			if s.UndoLabel() != "全部替换" || !s.Undo() || s.CanUndo() {
				t.Fatal("the replacement is not exactly one undo step")
			}
			if undone, _ := docmodel.Encode(s.Doc()); !bytes.Equal(undone, before) {
				t.Error("undo does not restore the plan byte for byte")
			}
		})
	}
	if want := bytes.Count(src, []byte(",")); len(docs) != 5 || total != want {
		t.Errorf("%d plans with %d half-width commas; the file has 5 plans and %d", len(docs), total, want)
	}
}

// benchPlan reads the 20-page benchmark plan.
func benchPlan(b *testing.B) *docmodel.Document {
	src, err := os.ReadFile("../testdata/bench/workplan-20p.md")
	if err != nil {
		b.Fatal(err)
	}
	d, err := importer.Markdown(src)
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkFind counts the full-width commas of the benchmark plan, as
// typing into the find box does on every key.
func BenchmarkFind(b *testing.B) {
	d := benchPlan(b)
	for b.Loop() {
		if len(findreplace.Find(d, "，", findreplace.Options{})) == 0 {
			b.Fatal("no match")
		}
	}
}

// BenchmarkReplaceAll replaces them all, ignoring width.
func BenchmarkReplaceAll(b *testing.B) {
	d := benchPlan(b)
	for b.Loop() {
		if _, n, err := findreplace.ReplaceAll(d, ",", "、", findreplace.Options{IgnoreCase: true, IgnoreWidth: true}); err != nil || n == 0 {
			b.Fatal(n, err)
		}
	}
}

// Whatever the query and the replacement, ReplaceAll either refuses with
// an error or returns a valid document in which Find agrees with the
// count.
func FuzzReplaceAll(f *testing.F) {
	f.Add(",", "，", false, false)
	f.Add("推进", "", false, false)
	f.Add("ａ", "\n", true, true)
	f.Add("市", "、", false, true)
	f.Fuzz(func(t *testing.T, query, with string, ignoreCase, ignoreWidth bool) {
		d := plan(t)
		opts := findreplace.Options{IgnoreCase: ignoreCase, IgnoreWidth: ignoreWidth}
		found := findreplace.Find(d, query, opts)
		for _, m := range found {
			if !strings.Contains(m.Text, "\uFFFD") && m.RuneEnd-m.RuneStart != len([]rune(m.Text)) {
				t.Fatalf("match %q has rune range %d-%d", m.Text, m.RuneStart, m.RuneEnd)
			}
		}
		got, n, err := findreplace.ReplaceAll(d, query, with, opts)
		if err != nil {
			return
		}
		if n != len(found) {
			t.Fatalf("replaced %d, found %d", n, len(found))
		}
		if err := got.Validate(); err != nil {
			t.Fatalf("replacing %q by %q made an invalid document: %v", query, with, err)
		}
	})
}

// Replace one, then find the next, as the replace button does: a
// replacement that holds the query is stepped over.
func TestReplaceThenNext(t *testing.T) {
	d := plan(t)
	var steps []string
	pos := findreplace.Position{}
	for range 3 {
		ms := findreplace.Find(d, "推进", findreplace.Options{})
		i, wrapped := findreplace.Next(d, ms, pos)
		if i < 0 || wrapped {
			break
		}
		m := ms[i]
		steps = append(steps, m.Where())
		var err error
		if d, err = findreplace.Replace(d, m, "大力推进"); err != nil {
			t.Fatal(err)
		}
		pos = m.AfterReplace("大力推进")
	}
	if got := strings.Join(steps, " | "); got != "一、/（一） 正文第1段 | 一、/（一） 正文第2段" {
		t.Errorf("replaced in turn: %s", got)
	}
	if got := d.Find("n2").Body; got[0] != "大力推进,建设，落实。" || got[1] != "再大力推进,完善。" {
		t.Errorf("body after: %q", got)
	}
}
