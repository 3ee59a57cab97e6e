package docmodel_test

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"yaodian/docmodel"
	"yaodian/docmodel/docmodeltest"
	"yaodian/usererr"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

const golden = "testdata/full.yaodian"

// The native format of the full sample document is fixed: key order,
// indentation, schema version. A change here changes every saved file.
func TestEncodeGolden(t *testing.T) {
	got, err := docmodel.Encode(docmodeltest.Full(docmodel.DefaultOptions()))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Encode differs from %s (run go test -update and read the diff):\n%s", golden, cmp.Diff(string(want), string(got)))
	}
}

// A document without dismissals, whether the list is nil or empty, saves
// exactly as before dismissals existed: files that never had any do not
// change.
func TestEncodeWithoutDismissals(t *testing.T) {
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	d := docmodeltest.Full(docmodel.DefaultOptions())
	d.Dismissals = []docmodel.Dismissal{}
	if got := mustEncode(t, d); !bytes.Equal(got, want) {
		t.Errorf("an empty list of dismissals changes the file:\n%s", cmp.Diff(string(want), string(got)))
	}
}

// Every field survives saving and opening, including the source markers
// an importer notes and the findings reviewers dismissed (which Markdown
// does not carry, so Full leaves them out).
func TestDecodeRoundTrip(t *testing.T) {
	for _, opts := range docmodeltest.AllOptions() {
		d := docmodeltest.Full(opts)
		d.Sections[1].SourceMarker = "二、"
		d.Sections[1].Children[0].Children[0].SourceMarker = "1、"
		d.Dismissals = []docmodel.Dismissal{
			{Rule: "placeholder", NodeID: d.Sections[1].ID, Path: "二、", Evidence: "新增××家。", Reason: "由各县填报", Date: "2025-03-01"},
			{Rule: "year-mismatch", Path: "标题", Reason: "标题沿用去年文件"},
		}
		data, err := docmodel.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte(`"source_marker": "1、"`)) {
			t.Errorf("%+v: the source marker is not saved", opts)
		}
		if !bytes.Contains(data, []byte(`"reason": "由各县填报"`)) {
			t.Errorf("%+v: the dismissals are not saved", opts)
		}
		back, err := docmodel.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%+v: decode(encode(d)) differs:\n%s", opts, diff)
		}
	}
}

// A plan issued by a notice keeps the notice through saving and opening,
// and a file of schema version 1, written before notices were kept, still
// opens. The header says version 2, so that an older build, which refuses
// fields it does not know, refuses the file as a whole.
func TestNoticeAndVersions(t *testing.T) {
	d := docmodeltest.Full(docmodel.DefaultOptions())
	d.Notice = &docmodel.Notice{
		Title:       "湘西自治州科学技术局关于印发《2011年全州科技工作要点》的通知",
		Body:        []string{"现将《2011年全州科技工作要点》印发给你们，请结合实际认真贯彻落实。"},
		Attachments: []string{"2011年全州科技工作要点"},
	}
	data := mustEncode(t, d)
	if !bytes.Contains(data, []byte(`"schema_version": 2,`)) {
		t.Errorf("the file does not say schema version 2")
	}
	back, err := docmodel.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("decode(encode(d)) differs:\n%s", diff)
	}
	valid, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	old, err := docmodel.Decode(bytes.Replace(valid, []byte(`"schema_version": 2`), []byte(`"schema_version": 1`), 1))
	if err != nil {
		t.Fatalf("a version-1 file is refused: %v", err)
	}
	if old.Notice != nil || old.Meta.Title == "" {
		t.Errorf("a version-1 file reads as %+v, notice %v", old.Meta, old.Notice)
	}
}

// A file Yaodian cannot read faithfully is refused as a whole, with a
// message that says why.
func TestDecodeRefuses(t *testing.T) {
	valid, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(old, new string) []byte {
		if !bytes.Contains(valid, []byte(old)) {
			t.Fatalf("golden file lacks %q", old)
		}
		return bytes.Replace(valid, []byte(old), []byte(new), 1)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "文件为空"},
		{"blank", []byte(" \n"), "文件为空"},
		{"truncated", valid[:len(valid)/2], "不完整"},
		{"not JSON", []byte("一、总体要求\n"), "不是有效的 JSON"},
		{"not UTF-8", []byte{0xff, 0xfe, 'x'}, "UTF-8"},
		{"other JSON", []byte(`{"name": "x"}`), "不是要点文档"},
		{"newer schema", edit(`"schema_version": 2`, `"schema_version": 7`), "较新版本"},
		{"no schema", edit(`"schema_version": 2,`, ``), "格式版本"},
		{"unknown field", edit(`"meta": {`, `"meta": {"colour": "red", `), "不认识的字段"},
		{"wrong type", edit(`"year": 2025`, `"year": "2025"`), "类型不对"},
		{"trailing data", append(append([]byte{}, valid...), []byte("{}")...), "多余内容"},
		{"duplicate id", edit(`"id": "n2"`, `"id": "n1"`), "重复"},
		{"heading and lead", edit(`"heading": "指导思想",`, `"heading": "指导思想", "lead": "又有小标题句。",`), "同时有标题和小标题句"},
		{"multi-line paragraph", edit(`各级各部门要切实提高政治站位。`, `各级各部门\n要切实提高政治站位。`), "换行"},
		{"empty paragraph", edit(`"各级各部门要切实提高政治站位。"`, `""`), "为空"},
		{"untrimmed heading", edit(`"heading": "保障措施"`, `"heading": " 保障措施"`), "空白"},
		{"unknown role", edit(`"role": "safeguards"`, `"role": "misc"`), "未知的角色"},
		{"bad option", edit(`"levels": "standard"`, `"levels": "roman"`), "选项无效"},
		{"bad date", edit(`"date": "2025-01-05"`, `"date": "2025-02-30"`), "成文日期"},
		{"unknown top-level field", edit(`"next_id": `, `"x": 1, "next_id": `), "不认识的字段"},
		{"next_id too small", regexp.MustCompile(`"next_id": [0-9]+`).ReplaceAll(valid, []byte(`"next_id": 3`)), "不小于 next_id"},
		{"null node", edit(`"sections": [`, `"sections": [null, `), "为空（null）"},
		{"bad indicator kind", edit(`"kind": "growth"`, `"kind": "speed"`), "类型“speed”未知"},
		{"unit with separator", edit(`"lead_unit": "市科技局"`, `"lead_unit": "市科技局；市财政局"`), "牵头单位"},
		{"dismissal without reason", edit(`"sections": [`, `"dismissals": [{"rule": "placeholder", "path": "标题", "reason": "　"}], "sections": [`), "第1条忽略记录缺少理由"},
		{"unknown dismissal field", edit(`"sections": [`, `"dismissals": [{"rule": "placeholder", "path": "标题", "reason": "已核实", "by": "张三"}], "sections": [`), "不认识的字段"},
		{"notice with a two-line title", edit(`"next_id": `, `"notice": {"title": "关于印发\n要点的通知"}, "next_id": `), "通知标题含有换行"},
		{"notice with an empty paragraph", edit(`"next_id": `, `"notice": {"title": "通知", "body": [""]}, "next_id": `), "通知正文第1段为空"},
		{"unknown notice field", edit(`"next_id": `, `"notice": {"title": "通知", "signature": "市科技局"}, "next_id": `), "不认识的字段"},
		{"too deep", edit(`"heading": "最深一层的标题"`, `"heading": "最深一层的标题", "children": [{"id": "x1"}]`), "超过了编号方案允许的 5 层"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := docmodel.Decode(tc.data)
			if err == nil {
				t.Fatalf("Decode accepted it: %+v", d.Meta)
			}
			if d != nil {
				t.Errorf("Decode returned a document with its error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), " / ") {
				t.Errorf("error %q is not in Chinese and English", err)
			}
		})
	}
}

// An invalid document is not encoded, so no file is written from it.
func TestEncodeRefusesInvalid(t *testing.T) {
	bad := docmodeltest.Full(docmodel.DefaultOptions())
	bad.Sections[0].Lead = "小标题句。"
	if data, err := docmodel.Encode(bad); err == nil || data != nil {
		t.Fatalf("Encode = %d bytes, %v; want a refusal", len(data), err)
	}
}

func mustEncode(t *testing.T, d *docmodel.Document) []byte {
	t.Helper()
	b, err := docmodel.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzDecode: no input makes Decode panic, and whatever it accepts encodes
// and decodes to the same document.
func FuzzDecode(f *testing.F) {
	seed, err := os.ReadFile(golden)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"format":"yaodian","schema_version":1,"meta":{"title":""},"options":{"levels":"standard","arabic":"restart","leads":"bold"},"sections":[],"next_id":1}`))
	f.Add([]byte(`{"format":"yaodian","schema_version":1,"meta":{"title":""},"options":{"levels":"standard","arabic":"restart","leads":"bold"},"sections":[],"next_id":1,"dismissals":[{"rule":"placeholder","path":"标题","reason":"已核实","date":"2025-03-01"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := docmodel.Decode(data)
		if err != nil {
			return
		}
		again, err := docmodel.Decode(mustEncode(t, d))
		if err != nil {
			t.Fatalf("re-decoding an accepted document failed: %v", err)
		}
		if diff := cmp.Diff(d, again, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip differs:\n%s", diff)
		}
	})
}

// zeros reads as an endless run of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// failing reads a few bytes, then fails.
type failing struct{ read bool }

func (f *failing) Read(p []byte) (int, error) {
	if f.read {
		return 0, errors.New("device gone")
	}
	f.read = true
	return copy(p, "{}"), nil
}

// ReadNative takes a file of up to MaxFileSize bytes whole and refuses a
// larger one, or one it cannot read, naming the file.
func TestReadNative(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    io.Reader
		size int
		err  string // in the Chinese message; "" for none
	}{
		{"small", strings.NewReader("{}"), 2, ""},
		{"at the limit", io.LimitReader(zeros{}, docmodel.MaxFileSize), docmodel.MaxFileSize, ""},
		{"one byte over", io.LimitReader(zeros{}, docmodel.MaxFileSize+1), 0, "文件“a.yaodian”超过 64 MB，不是要点文档"},
		{"endless", zeros{}, 0, "超过 64 MB"},
		{"read error", &failing{}, 0, "无法读取“a.yaodian”"},
	} {
		data, err := docmodel.ReadNative(tc.r, "a.yaodian")
		if tc.err == "" {
			if err != nil || len(data) != tc.size {
				t.Errorf("%s: read %d bytes, %v; want %d bytes", tc.name, len(data), err, tc.size)
			}
			continue
		}
		if err == nil || data != nil || !strings.Contains(usererr.Chinese(err), tc.err) {
			t.Errorf("%s: read %d bytes, %v; want an error with %q", tc.name, len(data), err, tc.err)
		}
	}
}
