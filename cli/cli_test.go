package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		{[]string{"export", bench, "-o", filepath.Join(dir, "out.docx")}, "不支持的输出格式"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "out.pdf")}, "还不能导出 PDF"},
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
