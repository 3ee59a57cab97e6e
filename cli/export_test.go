package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yaodian/fonts"
)

// export -o OUT.pdf writes the PDF atomically and reports its pages and
// fonts on standard output.
func TestExportPDF(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.pdf")
	fonts := fontDir(t)
	code, stdout, stderr := run("export", bench, "-o", out, "--fonts", fonts)
	if code != ExitOK || stderr != "" {
		t.Fatalf("export: %d %q %q", code, stdout, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	for _, want := range []string{"已导出 " + out + "：22 页", "wrote " + out + ": 22 pages", "仿宋 FangSong_GB2312（" + filepath.Join(fonts, "FS_GB2312.ttf") + "）", "小标宋 Noto Serif SC（内置）", "补字：仿宋缺少的"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, stdout)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// fontDir makes a folder holding a stand-in for 仿宋_GB2312 with a few
// glyphs, so that the export falls back to the bundled fonts for others.
func fontDir(t *testing.T) string {
	t.Helper()
	set, err := fonts.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	data, err := set.Primary(fonts.Style{Role: fonts.Fang}).Face.Subset([]rune("为深入贯彻落实党中央"), "FangSong_GB2312", false)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "fonts")
	os.Mkdir(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, "FS_GB2312.ttf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Failures exit 2 with one bilingual line and leave no file behind.
func TestExportPDFFailures(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	for _, tc := range []struct {
		args   []string
		zh, en string
	}{
		{[]string{"export", bench, "-o", filepath.Join(dir, "a.pdf"), "--fonts", filepath.Join(dir, "none")}, "字体文件夹", "does not exist"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "a.pdf"), "--fonts", notDir}, "不是文件夹", "not a folder"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "a.md"), "--fonts", dir}, "只用于导出 PDF", "PDF export only"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "a.odt")}, "不支持的输出格式", "unsupported output format"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "a.md"), "--notice"}, "只用于导出 PDF 和 Word", "PDF and Word export only"},
		{[]string{"export", bench, "-o", filepath.Join(dir, "missing", "a.pdf")}, "无法保存", "cannot save"},
		{[]string{"export", bench, "-o", filepath.Join(notDir, "a.pdf")}, "无法保存", "cannot save"},
	} {
		code, stdout, stderr := run(tc.args...)
		if code != ExitUsage || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.zh) || !strings.Contains(stderr, tc.en) {
			t.Errorf("%v: %d %q %q", tc.args, code, stdout, stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("failed exports left files: %v", entries)
	}
}

// Word and the 分工表 spreadsheet are written, and the spreadsheet export
// names the tasks without units.
func TestExportDocxXlsx(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		out  string
		says string
	}{
		{[]string{"--notice", "--division"}, "a.docx", "已导出"},
		{nil, "a.xlsx", "项任务没有填写牵头单位"},
	} {
		out := filepath.Join(dir, tc.out)
		code, stdout, stderr := run(append([]string{"export", bench, "-o", out}, tc.args...)...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, tc.says) {
			t.Errorf("%s: %d %q %q", tc.out, code, stdout, stderr)
		}
		if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("PK")) {
			t.Errorf("%s is not a zip package: %v", tc.out, err)
		}
	}
}
