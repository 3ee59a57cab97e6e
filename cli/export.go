package cli

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"yaodian/export"
	"yaodian/export/docx"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/publish"
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
	if pdf {
		// A PDF export allocates about 10 MB, half of it for a moment
		// (the PDF writer's compressors), and then the process ends. The
		// collector's default starts at a 4 MB heap and collected three
		// times on the way, which cost more than the memory it let the
		// export reuse; at 400 it starts at 16 MB, and a larger document
		// is still collected, as its heap grows fivefold. The setting is
		// put back for callers that go on (the tests).
		defer debug.SetGCPercent(debug.SetGCPercent(400))
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
	// A PDF's fonts are found and read while the input is: both wait on
	// files, and the machine has more than one core.
	var (
		set      *fonts.Set
		fontErr  error
		fontsSet = make(chan struct{})
	)
	if pdf {
		go func() {
			defer close(fontsSet)
			set, fontErr = fonts.Load(*fontDir)
		}()
	}
	d, err := readInput(in, *index)
	if err != nil {
		return err
	}
	var w publish.Written
	switch {
	case *out == "-":
		_, err := stdout.Write(export.Markdown(d))
		return err
	case word:
		w, err = publish.PlanWord(*out, d, docx.Options{Notice: *notice, Division: *withDivision})
	case sheet:
		w, err = publish.Division(*out, d)
	case !pdf:
		w, err = publish.Plan(*out, d)
	default:
		<-fontsSet
		if fontErr != nil {
			return fontErr
		}
		opts := layout.Options{Division: *withDivision}
		if *notice {
			n := layout.NoticeFor(d)
			opts.Notice = &n
		}
		w, err = publish.PlanPDF(*out, d, set, layout.Default(), opts)
	}
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, w.Line())
	return err
}
