package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const compilation = "../testdata/seeds/002_07ecd39dfcf56a0e.txt"

// A file of five plans: --list shows them, --index takes one, --all
// writes each, and without either the import says what to do.
func TestImportCompilation(t *testing.T) {
	code, out, errOut := run("import", compilation, "--list")
	want := "1\t2011年全州科技工作要点\t2011\t湘西自治州科学技术局\t9\n" +
		"2\t2008年科技工作要点\t2008\t-\t23\n" +
		"3\t2010年科技工作要点\t2010\t-\t22\n" +
		"4\t2013年全省科技工作要点\t2013\t-\t7\n" +
		"5\t科学技术局2021年全市科技工作要点范文\t2021\t-\t31\n"
	if code != ExitOK || errOut != "" || out != want {
		t.Errorf("import --list: %d %q\n%s", code, errOut, out)
	}

	dir := t.TempDir()
	one := filepath.Join(dir, "plan2.yaodian")
	code, out, errOut = run("import", "--index", "2", compilation, "-o", one)
	if code != ExitOK || errOut != "" || !strings.Contains(out, "3 节，共 23 项") {
		t.Errorf("import --index 2: %d %q %q", code, out, errOut)
	}
	if data, err := os.ReadFile(one); err != nil || !strings.Contains(string(data), `"title": "2008年科技工作要点"`) || !strings.Contains(string(data), `"source_marker": "(一)、"`) {
		t.Errorf("plan 2 file: %v", err)
	}

	base := filepath.Join(dir, "all.yaodian")
	code, out, errOut = run("import", compilation, "--all", "-o", base)
	if code != ExitOK || errOut != "" || strings.Count(out, "已写入") != 5 || !strings.Contains(out, "略去网页杂项 2 行") {
		t.Fatalf("import --all: %d %q %q", code, out, errOut)
	}
	for i := 1; i <= 5; i++ {
		if _, err := os.Stat(filepath.Join(dir, "all-"+string(rune('0'+i))+".yaodian")); err != nil {
			t.Error(err)
		}
	}
	// --all again would overwrite files the user named only by their base.
	if code, _, errOut := run("import", compilation, "--all", "-o", base); code != ExitUsage || !strings.Contains(errOut, "已存在") {
		t.Errorf("second --all: %d %q", code, errOut)
	}

	code, out, _ = run("outline", "--index", "5", compilation)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != ExitOK || len(lines) != 31 || lines[30] != "2\t23．\t其他\t加强科技管理队伍建设。" {
		t.Errorf("outline --index 5: %d, %d lines, last %q", code, len(lines), lines[len(lines)-1])
	}
	code, out, _ = run("outline", "--json", "--index", "1", compilation)
	var parsed struct{ Nodes []outlineNode }
	if err := json.Unmarshal([]byte(out), &parsed); err != nil || code != ExitOK {
		t.Fatalf("outline --json --index 1: %d %v", code, err)
	}
	if n := parsed.Nodes[2]; n.SourceMarker != "1、" || n.Number != "1．" || n.Lead != "加大产学研结合创新力度。" || parsed.Nodes[0].Indicators != 9 {
		t.Errorf("outline --json node 3 = %+v, section 1 has %d indicators", n, parsed.Nodes[0].Indicators)
	}
}

// The benchmark plan gives the same outline from Markdown, tagged text
// and Word.
func TestOutlineFormatsAgree(t *testing.T) {
	_, want, _ := run("outline", "../testdata/bench/workplan-20p.md")
	for _, ext := range []string{"txt", "docx"} {
		code, got, errOut := run("outline", "../testdata/bench/workplan-20p."+ext)
		if code != ExitOK || got != want {
			t.Errorf("outline of .%s differs from .md (%d %q)", ext, code, errOut)
		}
	}
}

// Mistakes in the use of --list, --index and --all, and unreadable input,
// exit 2 with one bilingual line and write nothing.
func TestImportFailures(t *testing.T) {
	dir := t.TempDir()
	bomb := filepath.Join(dir, "notes.docx")
	os.WriteFile(bomb, []byte("PK\x03\x04 truncated"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"import", compilation, "-o", filepath.Join(dir, "x.yaodian")}, "包含 5 篇文档"},
		{[]string{"outline", compilation}, "--index N"},
		{[]string{"import", compilation, "--index", "9", "-o", filepath.Join(dir, "x.yaodian")}, "只有 5 篇文档"},
		{[]string{"outline", compilation, "--index", "-1"}, "从 1 开始"},
		{[]string{"import", compilation, "--list", "-o", filepath.Join(dir, "x.yaodian")}, "--list 只列出文档"},
		{[]string{"import", compilation, "--all", "--index", "2"}, "不能同用"},
		{[]string{"import", bomb, "-o", filepath.Join(dir, "x.yaodian")}, "不完整"},
		{[]string{"outline", "--index", "x", compilation}, "参数有误"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			before, _ := os.ReadDir(dir)
			code, out, errOut := run(tc.args...)
			if code != ExitUsage || out != "" {
				t.Errorf("exit %d, printed %q", code, out)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, " / ") || !strings.Contains(errOut, tc.want) {
				t.Errorf("stderr %q, want one bilingual line saying %q", errOut, tc.want)
			}
			if after, _ := os.ReadDir(dir); len(after) != len(before) {
				t.Errorf("a failed command left files behind")
			}
		})
	}
}
