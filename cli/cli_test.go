package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"yaodian/atomicfile"
	"yaodian/check"
	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/importer"
)

const bench = "../testdata/bench/workplan-20p.md"

func run(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestImportOutlineExport(t *testing.T) {
	dir := t.TempDir()
	native := filepath.Join(dir, "w.yaodian")
	code, out, errOut := run("import", bench, "-o", native)
	if code != ExitOK || errOut != "" || !strings.Contains(out, "3 节，共 57 项") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	md := filepath.Join(dir, "w.md")
	if code, _, errOut := run("export", "-o", md, native); code != ExitOK {
		t.Fatalf("export: %d %q", code, errOut)
	}
	want, _ := os.ReadFile(bench)
	if got, _ := os.ReadFile(md); !bytes.Equal(got, want) {
		t.Error("import then export does not give back the benchmark Markdown")
	}
	code, out, _ = run("outline", native)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != ExitOK || len(lines) != 57 {
		t.Fatalf("outline: %d, %d lines", code, len(lines))
	}
	for i, want := range map[int]string{0: "1\t一、\t思路\t总体要求", 2: "2\t（二）\t目标\t主要目标", 5: "3\t1．\t任务\t加强科技创新平台建设。", 56: "2\t（四）\t保障\t营造良好氛围"} {
		if lines[i] != want {
			t.Errorf("outline line %d = %q, want %q", i+1, lines[i], want)
		}
	}
	code, out, _ = run("outline", "--json", bench)
	var parsed struct {
		Title string
		Nodes []outlineNode
	}
	if err := json.Unmarshal([]byte(out), &parsed); err != nil || code != ExitOK {
		t.Fatalf("outline --json: %d %v", code, err)
	}
	if n := parsed.Nodes[5]; len(parsed.Nodes) != 57 || n.Path != "二、/（一）/1．" || n.Role != "tasks" || n.Lead != "加强科技创新平台建设。" || n.ID == "" {
		t.Errorf("outline --json node 6 = %+v", parsed.Nodes[5])
	}
	code, out, _ = run("export", bench, "-o", "-")
	if code != ExitOK || out != string(want) {
		t.Error("export -o - does not print the Markdown")
	}
}

// Every failure exits 2 with one line on standard error, in Chinese and
// English, and writes nothing.
func TestFailures(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "plan.yaodian")
	os.WriteFile(existing, []byte("x"), 0o644)
	planMD := filepath.Join(dir, "plan.md")
	os.WriteFile(planMD, []byte("# 一、总体要求\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"frob"}, "未知命令"},
		{[]string{"outline"}, "需要一个输入文件"},
		{[]string{"outline", "a.md", "b.md"}, "收到 2 个"},
		{[]string{"outline", "--colour", bench}, "参数有误"},
		{[]string{"outline", filepath.Join(dir, "none.md")}, "文件不存在"},
		{[]string{"outline", existing}, "不是有效的 JSON"},
		{[]string{"import", planMD}, "已存在"},
		{[]string{"import", bench, "-o", filepath.Join(dir, "out.md")}, "应以 .yaodian 结尾"},
		{[]string{"export", bench}, "-o"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "out.odt")}, "不支持的输出格式"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "missing", "out.md")}, "无法保存"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			before, _ := os.ReadDir(dir)
			code, out, errOut := run(tc.args...)
			if code != ExitUsage {
				t.Errorf("exit %d, want %d", code, ExitUsage)
			}
			if out != "" {
				t.Errorf("printed %q", out)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "yaodian: ") || !strings.Contains(errOut, " / ") || !strings.Contains(errOut, tc.want) {
				t.Errorf("stderr %q, want one bilingual line saying %q", errOut, tc.want)
			}
			if after, _ := os.ReadDir(dir); len(after) != len(before) {
				t.Errorf("a failed command left files behind")
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, arg := range []string{"help", "-h", "--help"} {
		code, out, _ := run(arg)
		if code != ExitOK || !strings.Contains(out, "用法") || !strings.Contains(out, "Usage") || !strings.Contains(out, "outline") {
			t.Errorf("%s: %d %q", arg, code, out)
		}
	}
	if IsCommand("plan.md") || !IsCommand("export") {
		t.Error("IsCommand confuses files and commands")
	}
}

func TestCompare(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile(bench)
	revised := filepath.Join(dir, "b.md")
	os.WriteFile(revised, []byte(strings.Replace(string(src), "## （三）扩大有效需求", "## （三）扩大内需", 1)), 0o644)

	code, out, errOut := run("compare", bench, revised)
	if code != ExitOK || errOut != "" {
		t.Fatalf("compare: %d %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "修改 1 处，移动 0 处，新增 0 处，删除 0 处") || lines[1] != "修改\t二、/（三）\t扩大[-有效需求-]{+内需+}，稳住经济增长基本盘" {
		t.Errorf("summary:\n%s", out)
	}

	table := filepath.Join(dir, "t.md")
	code, out, _ = run("compare", "--json", bench, revised, "-o", table)
	var parsed struct {
		Changes []struct {
			Kind  string `json:"kind"`
			APath string `json:"a_path"`
			BPath string `json:"b_path"`
			Diff  []struct{ Op, Text string }
		} `json:"changes"`
		Indicators []any `json:"indicators"`
	}
	if err := json.Unmarshal([]byte(out), &parsed); err != nil || code != ExitOK {
		t.Fatalf("compare --json: %d %v", code, err)
	}
	if len(parsed.Changes) != 1 || parsed.Changes[0].Kind != "modified" || parsed.Changes[0].APath != "二、/（三）" ||
		len(parsed.Changes[0].Diff) != 4 || parsed.Changes[0].Diff[1].Op != "-" || parsed.Changes[0].Diff[1].Text != "有效需求" || parsed.Indicators == nil {
		t.Errorf("compare --json: %+v", parsed)
	}
	if written, err := os.ReadFile(table); err != nil || !strings.Contains(string(written), "| （三）扩大<del>有效需求</del>，稳住经济增长基本盘 | （三）扩大<ins>内需</ins>，稳住经济增长基本盘 | 修改 二、/（三） |") {
		t.Errorf("对照表 not written as expected (%v):\n%s", err, written)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"compare", bench}, "需要两个输入文件"},
		{[]string{"compare", bench, revised, "-o", filepath.Join(dir, "t.docx")}, "不支持的对照表格式"},
	} {
		if code, _, errOut := run(tc.args...); code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: %d %q", tc.args, code, errOut)
		}
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	seed := "../testdata/seeds/002_07ecd39dfcf56a0e.txt"
	// Plan 2 of seed 002 has errors (its years and a count): exit 1.
	code, out, errOut := run("check", seed, "--index", "2")
	if code != ExitFound || errOut != "" || !strings.Contains(out, "错误\tyear-mismatch\t前言\t文中的标题行写的是2009年") || !strings.Contains(out, "错误\tcount-claim\t三、") {
		t.Errorf("check plan 2: exit %d %q\n%s", code, errOut, out)
	}
	// Plan 1 has only warnings and notes: exit 0.
	if code, out, _ := run("check", seed, "--index", "1"); code != ExitOK || !strings.Contains(out, "错误 0 条") {
		t.Errorf("check plan 1: exit %d\n%s", code, out)
	}

	// Against a prior year: the same plan with a target lowered.
	prior := filepath.Join(dir, "prior", "2024.md")
	os.MkdirAll(filepath.Dir(prior), 0o755)
	os.WriteFile(prior, []byte("---\ntitle: 2024年全市科技工作要点\n---\n\n# 一、主要目标\n\n全年新认定高新技术企业30家以上。\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "prior", "notes.docx"), []byte("not a Word file"), 0o644) // skipped, listed
	draft := filepath.Join(dir, "2025.md")
	os.WriteFile(draft, []byte("---\ntitle: 2025年全市科技工作要点\n---\n\n# 一、主要目标\n\n全年新认定高新技术企业25家以上。\n"), 0o644)
	code, out, _ = run("check", draft, "--prior", filepath.Join(dir, "prior"), "--json")
	var parsed struct {
		Findings []struct {
			Rule, Severity, Path, Message, Evidence string
			Prior                                   *struct {
				Year int
				File string
			}
		}
		Skipped []string
	}
	if err := json.Unmarshal([]byte(out), &parsed); err != nil || code != ExitFound {
		t.Fatalf("check --json: exit %d, %v\n%s", code, err, out)
	}
	found := false
	for _, f := range parsed.Findings {
		if f.Rule == "target-regression" {
			found = f.Severity == "error" && f.Prior != nil && f.Prior.Year == 2024 && f.Prior.File == prior && strings.Contains(f.Evidence, "25家")
		}
	}
	if !found || len(parsed.Skipped) != 1 {
		t.Errorf("check --json: %+v", parsed)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check", draft, "--prior", filepath.Join(dir, "none")}, "文件不存在"},
		{[]string{"check", seed}, "--index"},
	} {
		if code, _, errOut := run(tc.args...); code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: %d %q", tc.args, code, errOut)
		}
	}
}

// A finding dismissed in the draft's .yaodian file is listed apart with its
// reason and counts neither in the summary nor for the exit status.
func TestCheckDismissed(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "2025.md")
	os.WriteFile(md, []byte("---\ntitle: 2025年全市科技工作要点\n---\n\n# 一、主要目标\n\n全年新认定高新技术企业X家以上。\n"), 0o644)
	native := filepath.Join(dir, "2025.yaodian")
	if code, _, errOut := run("import", md, "-o", native); code != ExitOK {
		t.Fatalf("import: %d %q", code, errOut)
	}
	code, out, _ := run("check", native, "--json")
	var before struct {
		Findings []check.Finding `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &before); err != nil || code != ExitFound {
		t.Fatalf("check --json before dismissing: exit %d, %v\n%s", code, err, out)
	}
	if strings.Contains(out, `"dismissed"`) {
		t.Errorf("check --json lists dismissed findings when there are none:\n%s", out)
	}
	docs, err := importer.Documents(native)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	for _, f := range before.Findings {
		if f.Severity == check.Error {
			d.Dismissals = append(d.Dismissals, f.Dismissal("由各县填报", "2025-03-01"))
		}
	}
	if len(d.Dismissals) != 1 || d.Dismissals[0].Rule != "placeholder" {
		t.Fatalf("the draft should have one error, a placeholder: %+v", before.Findings)
	}
	data, err := docmodel.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := atomicfile.Write(native, data, atomicfile.Options{}); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := run("check", native)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != ExitOK || errOut != "" || !strings.HasSuffix(lines[0], "：错误 0 条，警告 0 条，提示 0 条，已忽略 1 条") {
		t.Fatalf("check: exit %d %q\n%s", code, errOut, out)
	}
	want := []string{"已忽略\tplaceholder\t一、\t“X家”是未填写的占位符", "\t\t理由：由各县填报（2025-03-01）"}
	if got := lines[len(lines)-2:]; !slices.Equal(got, want) {
		t.Errorf("check ends with %q, want %q", got, want)
	}

	code, out, _ = run("check", native, "--json")
	var after struct {
		Findings  []check.Finding   `json:"findings"`
		Dismissed []check.Dismissed `json:"dismissed"`
	}
	if err := json.Unmarshal([]byte(out), &after); err != nil || code != ExitOK {
		t.Fatalf("check --json after dismissing: exit %d, %v\n%s", code, err, out)
	}
	if len(after.Findings) != len(before.Findings)-1 || len(after.Dismissed) != 1 ||
		after.Dismissed[0].Rule != "placeholder" || after.Dismissed[0].Reason != "由各县填报" || after.Dismissed[0].Date != "2025-03-01" {
		t.Errorf("check --json after dismissing: %+v", after)
	}
}

func TestComparePDF(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile(bench)
	revised := filepath.Join(dir, "b.md")
	os.WriteFile(revised, []byte(strings.Replace(string(src), "新增院士专家工作站50家以上", "新增院士专家工作站60家以上", 1)), 0o644)
	out := filepath.Join(dir, "对照表.pdf")
	// A font folder holding FandolFang: the table is set with it and the
	// bundled fonts, whatever this machine has installed.
	fontDir := t.TempDir()
	data, err := os.ReadFile("../assets/fonts/FandolFang-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(fontDir, "FandolFang-Regular.ttf"), data, 0o644)
	code, stdout, errOut := run("compare", bench, revised, "-o", out, "--fonts", fontDir)
	if code != ExitOK || errOut != "" || !strings.Contains(stdout, "已写出对照表 "+out+"：2 页") || !strings.Contains(stdout, "仿宋 FandolFang") {
		t.Fatalf("compare -o pdf: %d %q\n%s", code, errOut, stdout)
	}
	if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("no PDF written: %v", err)
	}
}

// Flag mistakes read in Chinese in the Chinese half of the message.
func TestFlagProblem(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"outline", "--colour", bench}, "参数有误：没有选项 -colour（"},
		{[]string{"export", bench, "-o"}, "参数有误：选项 -o 缺少值（"},
		{[]string{"outline", bench, "--index", "x"}, "参数有误：选项 -index 的值无效（"},
	} {
		if code, _, errOut := run(tc.args...); code != ExitUsage || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: %d %q, want %q", tc.args, code, errOut, tc.want)
		}
	}
}

// The summary line of a change keeps a few characters around each edit
// and clips a long insertion or deletion to its head and length.
func TestChangeText(t *testing.T) {
	long := strings.Repeat("加强宣传引导。", 10) // 70 characters
	for _, tc := range []struct {
		name string
		diff []compare.Op
		want string
	}{
		{"short edit", []compare.Op{{Op: "=", Text: "制定出台专项支持政策，力争全年新增院士专家工作站"}, {Op: "-", Text: "50"}, {Op: "+", Text: "60"}, {Op: "=", Text: "家以上。完善考核评价办法，把科技创新工作成效纳入"}},
			"…增院士专家工作站[-50-]{+60+}家以上。完善考核…"},
		{"long insertion", []compare.Op{{Op: "=", Text: "推动科技创新工作由点上突破向面上推开转变，不断提升整体水平。"}, {Op: "+", Text: long}},
			"…断提升整体水平。{+" + string([]rune(long)[:40]) + "…（共 70 字）+}"},
		{"paragraph break", []compare.Op{{Op: "=", Text: "甲"}, {Op: "+", Text: "\n乙"}}, "甲{+／乙+}"},
	} {
		if got := changeText(compare.Change{Title: "题", Diff: tc.diff}); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
