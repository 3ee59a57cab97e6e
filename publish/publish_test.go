package publish

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/export/docx"
	"yaodian/export/layout"
	"yaodian/fonts"
)

// plan is a plan whose key tasks number tasks, the first assigned
// units and the others not.
func plan(tasks int) *docmodel.Document {
	d := docmodel.New()
	d.Meta.Title = "2025年全市科技工作要点"
	sec := &docmodel.Node{Heading: "重点任务", Role: docmodel.RoleTasks}
	for i := range tasks {
		n := &docmodel.Node{Lead: "任务" + strconv.Itoa(i+1) + "。"}
		if i == 0 {
			n.LeadUnit, n.Deadline = "市科技局", "2025年底"
		}
		sec.Children = append(sec.Children, n)
	}
	d.Sections = []*docmodel.Node{sec}
	return d
}

// Each export writes its file, keeps the file it replaces as .bak, and
// sums up what it wrote for the command line and for the window.
func TestWrite(t *testing.T) {
	set, err := fonts.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a, b := plan(2), plan(3)
	b.Meta.Title = "2026年全市科技工作要点"
	r := compare.Documents(a, b)
	for _, tc := range []struct {
		name    string
		file    string
		write   func(path string) (Written, error)
		line    string // the command line's summary; "…" ends a prefix
		summary string // the window's; "…" ends a prefix
		starts  string // the file's first bytes
	}{
		{"a plan in Markdown", "a.md",
			func(p string) (Written, error) { return Plan(p, a) },
			"", "Markdown，{bytes} 字节", "---"},
		{"a plan as PDF", "a.pdf",
			func(p string) (Written, error) { return PlanPDF(p, a, set, layout.Default(), layout.Options{}) },
			"已导出 {path}：1 页，{kb} KB / wrote {path}: 1 pages, {kb} KB\n字体：…", "PDF，1 页，{kb} KB\n\n字体：…", "%PDF-"},
		{"a plan as Word", "a.docx",
			func(p string) (Written, error) { return PlanWord(p, a, docx.Options{Division: true}) },
			"已导出 {path}：{kb} KB / wrote {path}: {kb} KB\n", "Word 文档，{kb} KB", "PK"},
		{"a table of two tasks, one without units", "a.xlsx",
			func(p string) (Written, error) { return Division(p, a) },
			"已导出 {path}：2 项任务 / wrote {path}: 2 tasks\n注意：1 项任务没有填写牵头单位、责任单位和完成时限，如 一、/（二）\n",
			"Excel 表格，2 项任务\n\n1 项任务没有填写牵头单位、责任单位和完成时限：\n一、/（二）", "PK"},
		{"a table of seven tasks names five of those without units", "b.xlsx",
			func(p string) (Written, error) { return Division(p, plan(7)) },
			"已导出 {path}：7 项任务 / wrote {path}: 7 tasks\n注意：6 项任务没有填写牵头单位、责任单位和完成时限，如 一、/（二）、一、/（三）、一、/（四）、一、/（五）、一、/（六）等\n",
			"Excel 表格，7 项任务\n\n6 项任务没有填写牵头单位、责任单位和完成时限：\n一、/（二）\n一、/（三）\n一、/（四）\n一、/（五）\n一、/（六）\n一、/（七）", "PK"},
		{"a table of all tasks assigned", "c.xlsx",
			func(p string) (Written, error) { return Division(p, plan(1)) },
			"已导出 {path}：1 项任务 / wrote {path}: 1 tasks\n", "Excel 表格，1 项任务", "PK"},
		{"a comparison in Markdown", "ab.md",
			func(p string) (Written, error) { return Comparison(p, a, b, r) },
			"已写出对照表 {path} / wrote the comparison table {path}\n", "Markdown，{bytes} 字节", "---"},
		{"a comparison as PDF", "ab.pdf",
			func(p string) (Written, error) { return ComparisonPDF(p, a, b, r, set, layout.Default()) },
			"已写出对照表 {path}：1 页 / wrote the comparison table {path}: 1 pages\n字体：…", "PDF，1 页，{kb} KB\n\n字体：…", "%PDF-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			w, err := tc.write(path)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte(tc.starts)) || w.Bytes != len(data) || w.Path != path {
				t.Errorf("wrote %d bytes starting %q to %s; Written says %d bytes to %s", len(data), data[:min(len(data), 8)], path, w.Bytes, w.Path)
			}
			if old, err := os.ReadFile(path + ".bak"); err != nil || string(old) != "old" {
				t.Errorf("the replaced file was not kept: %q %v", old, err)
			}
			fill := strings.NewReplacer("{path}", path, "{bytes}", strconv.Itoa(len(data)), "{kb}", strconv.Itoa((len(data)+1023)/1024))
			for _, c := range []struct{ what, got, want string }{{"line", w.Line(), tc.line}, {"summary", w.Summary(), tc.summary}} {
				want := fill.Replace(c.want)
				if prefix, ok := strings.CutSuffix(want, "…"); ok {
					if !strings.HasPrefix(c.got, prefix) {
						t.Errorf("%s %q, want it to start %q", c.what, c.got, prefix)
					}
				} else if c.got != want {
					t.Errorf("%s %q, want %q", c.what, c.got, want)
				}
			}
		})
	}
}

// An export that cannot be made or written says why, and leaves no file.
func TestWriteFails(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		write func() (Written, error)
		path  string
		err   string
	}{
		{"a table of no tasks", func() (Written, error) { return Division(filepath.Join(dir, "a.xlsx"), docmodel.New()) }, "a.xlsx", "没有重点任务"},
		{"a folder that is not there", func() (Written, error) { return Plan(filepath.Join(dir, "gone", "a.md"), plan(1)) }, "gone/a.md", "gone"},
		{"a bad page geometry", func() (Written, error) {
			return PlanPDF(filepath.Join(dir, "a.pdf"), plan(1), nil, layout.Geometry{}, layout.Options{})
		}, "a.pdf", "版面设置有误"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, err := tc.write()
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("error %v, want one with %q", err, tc.err)
			}
			if w.Path != "" {
				t.Errorf("a failed export returned %+v", w)
			}
			if _, err := os.Stat(filepath.Join(dir, tc.path)); err == nil {
				t.Errorf("%s was written", tc.path)
			}
		})
	}
}
