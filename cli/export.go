package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/export"
	"yaodian/export/docx"
	"yaodian/export/layout"
	"yaodian/export/xlsx"
	"yaodian/fonts"
	"yaodian/usererr"
)

var exportCommand = command{"export",
	"export 输入文件 -o 输出.md|.pdf|.docx|.xlsx [--notice] [--division] [--fonts 文件夹] [--index N] [--force]",
	"导出 Markdown（-o - 表示标准输出）、公文版式 PDF 或 Word，或把重点任务分工表导出为 Excel；--notice 套上印发通知，--division 附上重点任务分工表（PDF 和 Word）；PDF 优先用本机安装的公文字体，--fonts 改用该文件夹中的字体；输出文件已存在时须加 --force 才覆盖",
	"export IN -o OUT.md|.pdf|.docx|.xlsx [--notice] [--division] [--fonts DIR] [--index N] [--force]",
	"write Markdown (-o - for standard output), an official-layout PDF or Word file, or the task-division table as a spreadsheet; --notice wraps the plan in its notice, --division appends the task-division table (PDF and Word); PDF prefers installed official fonts, or those in DIR; an existing output is replaced only with --force",
	runExport}

func runExport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "output file: .md, .pdf, or - for Markdown on standard output")
	fontDir := fs.String("fonts", "", "folder of fonts for the PDF")
	notice := fs.Bool("notice", false, "wrap the plan in the notice that issues it (PDF, Word)")
	withDivision := fs.Bool("division", false, "append the task-division table (PDF, Word)")
	index := indexFlag(fs)
	force := forceFlag(fs)
	in, err := oneInput(fs, args)
	if err != nil {
		return err
	}
	if *out == "" {
		return usage("export 需要用 -o 指定输出文件", "export needs an output file: -o OUT.md or -o OUT.pdf")
	}
	ext := strings.ToLower(filepath.Ext(*out))
	pdf := ext == ".pdf" && *out != "-"
	word := ext == ".docx" && *out != "-"
	sheet := ext == ".xlsx" && *out != "-"
	switch {
	case !pdf && !word && !sheet && *out != "-" && ext != ".md" && ext != ".markdown":
		return usage("不支持的输出格式“"+ext+"”；可导出 .md、.pdf、.docx 或 .xlsx", "unsupported output format "+ext+"; Yaodian exports .md, .pdf, .docx and .xlsx")
	case !pdf && *fontDir != "":
		return usage("--fonts 只用于导出 PDF", "--fonts applies to PDF export only")
	case !word && !pdf && (*notice || *withDivision):
		return usage("--notice 和 --division 只用于导出 PDF 和 Word", "--notice and --division apply to PDF and Word export only")
	}
	if *out != "-" {
		dir := filepath.Dir(*out)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return usererr.New("无法保存“"+*out+"”：文件夹“"+dir+"”不存在", "cannot save "+*out+": folder "+dir+" does not exist")
		}
		if err := checkOutput(*out, *force, in); err != nil {
			return err
		}
	}
	d, err := readInput(in, *index)
	if err != nil {
		return err
	}
	switch {
	case *out == "-":
		_, err := stdout.Write(export.Markdown(d))
		return err
	case word:
		return writeDocx(d, *out, docx.Options{Notice: *notice, Division: *withDivision}, stdout)
	case sheet:
		return writeXlsx(d, *out, stdout)
	case !pdf:
		return writeOutput(*out, export.Markdown(d))
	}
	set, err := fonts.Load(*fontDir)
	if err != nil {
		return err
	}
	opts := layout.Options{Division: *withDivision}
	if *notice {
		n := layout.NoticeFor(d)
		opts.Notice = &n
	}
	data, rep, err := export.PDFWith(d, set, layout.Default(), opts)
	if err != nil {
		return err
	}
	if err := writeOutput(*out, data); err != nil {
		return err
	}
	kb := (rep.Bytes + 1023) / 1024
	fmt.Fprintf(stdout, "已导出 %s：%d 页，%d KB / wrote %s: %d pages, %d KB\n", *out, rep.Pages, kb, *out, rep.Pages, kb)
	_, err = io.WriteString(stdout, rep.Summary())
	return err
}

// writeDocx writes d as a Word document.
func writeDocx(d *docmodel.Document, out string, opts docx.Options, stdout io.Writer) error {
	data, err := docx.Write(d, opts)
	if err != nil {
		return usererr.Wrap(err, "无法生成 Word 文档", "cannot write the Word document: "+err.Error())
	}
	if err := writeOutput(out, data); err != nil {
		return err
	}
	kb := (len(data) + 1023) / 1024
	_, err = fmt.Fprintf(stdout, "已导出 %s：%d KB / wrote %s: %d KB\n", out, kb, out, kb)
	return err
}

// writeXlsx writes the task-division table of d as a spreadsheet, and
// names the tasks that have no units.
func writeXlsx(d *docmodel.Document, out string, stdout io.Writer) error {
	rows := division.Rows(d)
	if len(rows) == 0 {
		return usererr.New("文档中没有重点任务，无法生成分工表", "the document has no key tasks to put in a task-division table")
	}
	data, err := xlsx.Write(d)
	if err != nil {
		return usererr.Wrap(err, "无法生成分工表", "cannot write the task-division table: "+err.Error())
	}
	if err := writeOutput(out, data); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "已导出 %s：%d 项任务 / wrote %s: %d tasks\n", out, len(rows), out, len(rows))
	if missing := division.Missing(d); len(missing) > 0 {
		var paths []string
		for _, r := range missing[:min(len(missing), 5)] {
			paths = append(paths, r.Path)
		}
		more := ""
		if len(missing) > len(paths) {
			more = "等"
		}
		fmt.Fprintf(stdout, "注意：%d 项任务没有填写牵头单位、责任单位和完成时限，如 %s%s\n", len(missing), strings.Join(paths, "、"), more)
	}
	return nil
}
