package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/usererr"
)

var exportCommand = command{"export",
	"export 输入文件 -o 输出.md|输出.pdf [--fonts 文件夹] [--index N] [--force]",
	"导出 Markdown（-o - 表示标准输出）或公文版式 PDF；PDF 优先用本机安装的公文字体，--fonts 改用该文件夹中的字体；输出文件已存在时须加 --force 才覆盖",
	"export IN -o OUT.md|OUT.pdf [--fonts DIR] [--index N] [--force]",
	"write Markdown (-o - for standard output) or an official-layout PDF, preferring installed official fonts, or those in DIR; an existing output is replaced only with --force",
	runExport}

func runExport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "output file: .md, .pdf, or - for Markdown on standard output")
	fontDir := fs.String("fonts", "", "folder of fonts for the PDF")
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
	switch {
	case !pdf && *out != "-" && ext != ".md" && ext != ".markdown":
		return usage("不支持的输出格式“"+ext+"”；可导出 .md 或 .pdf", "unsupported output format "+ext+"; Yaodian exports .md and .pdf")
	case !pdf && *fontDir != "":
		return usage("--fonts 只用于导出 PDF", "--fonts applies to PDF export only")
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
	case !pdf:
		return writeOutput(*out, export.Markdown(d))
	}
	set, err := fonts.Load(*fontDir)
	if err != nil {
		return err
	}
	data, rep, err := export.PDF(d, set, layout.Default())
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
