// Package publish writes a plan, its task-division table or the 对照表 of
// two drafts to a file, and sums up what it wrote: in a line for the
// command line and in a few lines for the window. It is where the command
// line and the window meet the exporters of package export and its
// subpackages.
package publish

import (
	"fmt"
	"strings"

	"yaodian/atomicfile"
	"yaodian/compare"
	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/export"
	"yaodian/export/docx"
	"yaodian/export/layout"
	"yaodian/export/xlsx"
	"yaodian/fonts"
	"yaodian/usererr"
)

// Format is the kind of file written.
type Format int

// The formats.
const (
	Markdown Format = iota
	PDF
	Word
	Sheet
)

// Written is what an export wrote.
type Written struct {
	Path   string
	Format Format
	// Comparison marks the 对照表 of two drafts.
	Comparison bool
	// Bytes is the size of the file.
	Bytes int
	// Report says how a PDF was set: its pages and fonts.
	Report *export.Report
	// Tasks is the number of tasks in a task-division table, and
	// Unassigned the paths of those without units.
	Tasks      int
	Unassigned []string
}

// Plan writes d to path as Markdown.
func Plan(path string, d *docmodel.Document) (Written, error) {
	return write(Written{Path: path, Format: Markdown}, export.Markdown(d))
}

// PlanPDF writes d to path as a PDF in the official layout of g, set with
// the fonts of set, with the notice and the 分工表 that opts ask for.
func PlanPDF(path string, d *docmodel.Document, set *fonts.Set, g layout.Geometry, opts layout.Options) (Written, error) {
	data, rep, err := export.PDFWith(d, set, g, opts)
	if err != nil {
		return Written{}, err
	}
	return write(Written{Path: path, Format: PDF, Report: rep}, data)
}

// PlanWord writes d to path as a Word document.
func PlanWord(path string, d *docmodel.Document, opts docx.Options) (Written, error) {
	data, err := docx.Write(d, opts)
	if err != nil {
		return Written{}, usererr.Wrap(err, "无法生成 Word 文档", "cannot write the Word document: "+err.Error())
	}
	return write(Written{Path: path, Format: Word}, data)
}

// Division writes the task-division table of d to path as a spreadsheet,
// and names the tasks that have no units. A document without key tasks
// has no table to write.
func Division(path string, d *docmodel.Document) (Written, error) {
	rows := division.Rows(d)
	if len(rows) == 0 {
		return Written{}, usererr.New("文档中没有重点任务，无法生成分工表", "the document has no key tasks to put in a task-division table")
	}
	data, err := xlsx.Write(d)
	if err != nil {
		return Written{}, usererr.Wrap(err, "无法生成分工表", "cannot write the task-division table: "+err.Error())
	}
	w := Written{Path: path, Format: Sheet, Tasks: len(rows)}
	for _, r := range division.Missing(d) {
		w.Unassigned = append(w.Unassigned, r.Path)
	}
	return write(w, data)
}

// Comparison writes the 对照表 of a and b, compared as r, to path as
// Markdown.
func Comparison(path string, a, b *docmodel.Document, r compare.Result) (Written, error) {
	return write(Written{Path: path, Format: Markdown, Comparison: true}, export.ComparisonMarkdown(a, b, r))
}

// ComparisonPDF writes the 对照表 of a and b, compared as r, to path as a
// PDF on pages of g, set with the fonts of set.
func ComparisonPDF(path string, a, b *docmodel.Document, r compare.Result, set *fonts.Set, g layout.Geometry) (Written, error) {
	data, rep, err := export.ComparisonPDF(a, b, r, set, g)
	if err != nil {
		return Written{}, err
	}
	return write(Written{Path: path, Format: PDF, Comparison: true, Report: rep}, data)
}

// write replaces the file at w.Path with data, keeping the old one as
// .bak, and returns w with the size of what it wrote.
func write(w Written, data []byte) (Written, error) {
	if err := atomicfile.Write(w.Path, data, atomicfile.Options{Backup: true}); err != nil {
		return Written{}, err
	}
	w.Bytes = len(data)
	return w, nil
}

// kb is a size in kilobytes, rounded up.
func kb(n int) int { return (n + 1023) / 1024 }

// Line says on the command line what was written, in Chinese and English,
// with the font report of a PDF; "" for a plan's Markdown, which says
// nothing.
func (w Written) Line() string {
	switch {
	case w.Comparison && w.Format == PDF:
		return fmt.Sprintf("已写出对照表 %s：%d 页 / wrote the comparison table %s: %d pages\n", w.Path, w.Report.Pages, w.Path, w.Report.Pages) + w.Report.Summary()
	case w.Comparison:
		return "已写出对照表 " + w.Path + " / wrote the comparison table " + w.Path + "\n"
	case w.Format == PDF:
		k := kb(w.Bytes)
		return fmt.Sprintf("已导出 %s：%d 页，%d KB / wrote %s: %d pages, %d KB\n", w.Path, w.Report.Pages, k, w.Path, w.Report.Pages, k) + w.Report.Summary()
	case w.Format == Word:
		k := kb(w.Bytes)
		return fmt.Sprintf("已导出 %s：%d KB / wrote %s: %d KB\n", w.Path, k, w.Path, k)
	case w.Format == Sheet:
		line := fmt.Sprintf("已导出 %s：%d 项任务 / wrote %s: %d tasks\n", w.Path, w.Tasks, w.Path, w.Tasks)
		if n := len(w.Unassigned); n > 0 {
			more := ""
			if n > 5 {
				more = "等"
			}
			line += fmt.Sprintf("注意：%d 项任务没有填写牵头单位、责任单位和完成时限，如 %s%s\n", n, strings.Join(w.Unassigned[:min(n, 5)], "、"), more)
		}
		return line
	}
	return ""
}

// Summary says in the window what was written: the format and size, the
// font report of a PDF, and every task without units of a table.
func (w Written) Summary() string {
	switch w.Format {
	case PDF:
		return fmt.Sprintf("PDF，%d 页，%d KB\n\n%s", w.Report.Pages, kb(w.Bytes), w.Report.Summary())
	case Word:
		return fmt.Sprintf("Word 文档，%d KB", kb(w.Bytes))
	case Sheet:
		s := fmt.Sprintf("Excel 表格，%d 项任务", w.Tasks)
		if len(w.Unassigned) > 0 {
			s += fmt.Sprintf("\n\n%d 项任务没有填写牵头单位、责任单位和完成时限：\n%s", len(w.Unassigned), strings.Join(w.Unassigned, "\n"))
		}
		return s
	}
	return fmt.Sprintf("Markdown，%d 字节", w.Bytes)
}
