package cli

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"yaodian/atomicfile"
	"yaodian/docmodel"
	"yaodian/importer"
)

var importCommand = command{"import",
	"import 输入文件 [-o 输出.yaodian] [--index N | --all | --list] [--force]",
	"把文本、Word、Markdown 文件整理为要点文档；文件含多篇时 --list 列出（序号、标题、年度、发文机关、项数），--index N 取第 N 篇，--all 每篇写一个文件（输出-1.yaodian …）；输出文件已存在时须加 --force 才覆盖",
	"import IN [-o OUT.yaodian] [--index N | --all | --list] [--force]",
	"structure a text, Word or Markdown file; for a file holding several documents, --list lists them (index, title, year, issuer, nodes), --index N takes the Nth, --all writes one file each (OUT-1.yaodian …); an existing output is replaced only with --force",
	runImport}

func runImport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	out := fs.String("o", "", "output .yaodian file")
	index := indexFlag(fs)
	list := fs.Bool("list", false, "list the documents the file holds")
	all := fs.Bool("all", false, "write every document the file holds, one file each")
	force := forceFlag(fs)
	in, err := oneInput(fs, args)
	if err != nil {
		return err
	}
	switch {
	case *list && (*out != "" || *index != 0 || *all):
		return usage("--list 只列出文档，不能与 -o、--index 或 --all 同用", "--list only lists; it does not go with -o, --index or --all")
	case *list:
		return listDocuments(in, stdout)
	case *all && *index != 0:
		return usage("--all 与 --index 不能同用", "--all and --index do not go together")
	}
	if *out != "" && !strings.EqualFold(filepath.Ext(*out), docmodel.Extension) {
		return usage("输出文件应以 .yaodian 结尾："+*out, "the output file should end in .yaodian: "+*out)
	}
	base := strings.TrimSuffix(in, filepath.Ext(in))
	if *out != "" {
		base = strings.TrimSuffix(*out, filepath.Ext(*out))
	}
	results, err := importer.Read(in)
	if err != nil {
		return err
	}
	var names []string
	switch {
	case *all:
		for i := range results {
			names = append(names, base+"-"+strconv.Itoa(i+1)+docmodel.Extension)
		}
	case *index > 0 || len(results) > 1:
		if *index <= 0 || *index > len(results) {
			// The message for a wrong index or a file of several.
			_, err := readInput(in, *index)
			return err
		}
		name := *out
		if name == "" {
			name = base + docmodel.Extension
			if len(results) > 1 {
				name = base + "-" + strconv.Itoa(*index) + docmodel.Extension
			}
		}
		results, names = results[*index-1:*index], []string{name}
	default:
		names = []string{base + docmodel.Extension}
		if *out != "" {
			names[0] = *out
		}
	}
	for _, name := range names {
		if err := checkOutput(name, *force, in); err != nil {
			return err
		}
	}
	for i, r := range results {
		d := r.Document
		data, err := docmodel.Encode(d)
		if err != nil {
			return err
		}
		if err := atomicfile.Write(names[i], data, atomicfile.Options{Backup: true}); err != nil {
			return err
		}
		nodes := len(d.Entries())
		fmt.Fprintf(stdout, "已写入 %s：%d 节，共 %d 项 / wrote %s: %d sections, %d nodes\n", names[i], len(d.Sections), nodes, names[i], len(d.Sections), nodes)
		if r.Split > 0 {
			fmt.Fprintf(stdout, "  %d 个段落超过 %d 字，已在句末分开 / %d paragraphs over %d characters were split at sentence ends\n", r.Split, importer.MaxParagraphRunes, r.Split, importer.MaxParagraphRunes)
		}
		if len(r.SetAside) > 0 {
			fmt.Fprintf(stdout, "  略去网页杂项 %d 行 / set aside %d lines of page debris:\n", len(r.SetAside), len(r.SetAside))
			for _, line := range r.SetAside {
				fmt.Fprintf(stdout, "    %s\n", line)
			}
		}
	}
	return nil
}
