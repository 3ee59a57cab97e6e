// Package cli runs Yaodian's subcommands: import, outline and export. Each
// prints its result, or a one-line reason in Chinese and English on
// standard error, and returns the exit status of DESIGN §5.
package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"yaodian/docmodel"
	"yaodian/export"
	"yaodian/importer"
	"yaodian/usererr"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitUsage = 2 // bad usage or unreadable input
)

type command struct {
	name    string
	usageZh string
	usageEn string
	run     func(args []string, stdout io.Writer) error
}

var commands []command

func init() {
	commands = []command{
		{"import", "import 输入文件 [-o 输出.yaodian]   把 Markdown 或要点文件整理为要点文档",
			"import IN [-o OUT.yaodian]          structure a Markdown or Yaodian file", runImport},
		{"outline", "outline 输入文件 [--json]           列出结构：层次、编号、角色、标题",
			"outline IN [--json]                 the structure: depth, number, role, heading", runOutline},
		{"export", "export 输入文件 -o 输出.md           导出 Markdown（- 表示标准输出）",
			"export IN -o OUT.md                 write Markdown (- for standard output)", runExport},
		{"help", "help                                显示本说明", "help                                show this help", runHelp},
	}
}

// IsCommand reports whether name is a subcommand or a request for help, as
// opposed to a file for the GUI to open.
func IsCommand(name string) bool {
	if name == "-h" || name == "--help" || name == "-help" {
		return true
	}
	for _, c := range commands {
		if c.name == name {
			return true
		}
	}
	return false
}

// usage explains a mistake in how the command was called.
func usage(zh, en string) error {
	return usererr.New(zh+"（运行 yaodian help 查看用法）", en+" (run yaodian help for usage)")
}

// Run executes the subcommand named by args[0] and returns the exit
// status.
func Run(args []string, stdout, stderr io.Writer) int {
	name := args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		name = "help"
	}
	for _, c := range commands {
		if c.name != name {
			continue
		}
		if err := c.run(args[1:], stdout); err != nil {
			fmt.Fprintln(stderr, "yaodian: "+oneLine(usererr.Bilingual(err)))
			return ExitUsage
		}
		return ExitOK
	}
	fmt.Fprintln(stderr, "yaodian: "+oneLine(usererr.Bilingual(usage("未知命令“"+name+"”", "unknown command "+name))))
	return ExitUsage
}

// oneLine keeps a message on one line, as DESIGN §5 promises.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// parse reads flags that may come before or after the positional
// arguments, as in "import IN -o OUT", and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usage("参数有误："+err.Error(), "bad arguments: "+err.Error())
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// oneInput parses args and requires exactly one input file.
func oneInput(fs *flag.FlagSet, args []string) (string, error) {
	pos, err := parse(fs, args)
	if err != nil {
		return "", err
	}
	if len(pos) != 1 {
		return "", usage(fmt.Sprintf("%s 需要一个输入文件，收到 %d 个", fs.Name(), len(pos)), fmt.Sprintf("%s takes one input file, got %d", fs.Name(), len(pos)))
	}
	return pos[0], nil
}

func runImport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	out := fs.String("o", "", "output .yaodian file")
	in, err := oneInput(fs, args)
	if err != nil {
		return err
	}
	if *out == "" {
		*out = strings.TrimSuffix(in, filepath.Ext(in)) + docmodel.Extension
		if _, err := os.Stat(*out); err == nil {
			return usage("“"+*out+"”已存在；用 -o 指定输出文件", *out+" already exists; name the output with -o")
		}
	}
	if !strings.EqualFold(filepath.Ext(*out), docmodel.Extension) {
		return usage("输出文件应以 .yaodian 结尾："+*out, "the output file should end in .yaodian: "+*out)
	}
	d, err := importer.File(in)
	if err != nil {
		return err
	}
	if err := docmodel.Save(*out, d); err != nil {
		return err
	}
	nodes := len(d.Entries())
	fmt.Fprintf(stdout, "已写入 %s：%d 节，共 %d 项 / wrote %s: %d sections, %d nodes\n", *out, len(d.Sections), nodes, *out, len(d.Sections), nodes)
	return nil
}

// outlineNode is one line of `outline --json`.
type outlineNode struct {
	ID      string `json:"id"`
	Depth   int    `json:"depth"`
	Number  string `json:"number"`
	Path    string `json:"path"`
	Role    string `json:"role"`
	Heading string `json:"heading,omitempty"`
	Lead    string `json:"lead,omitempty"`
}

func runOutline(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("outline", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	in, err := oneInput(fs, args)
	if err != nil {
		return err
	}
	d, err := importer.File(in)
	if err != nil {
		return err
	}
	if *asJSON {
		out := struct {
			Title string        `json:"title"`
			Nodes []outlineNode `json:"nodes"`
		}{Title: d.Meta.Title, Nodes: []outlineNode{}}
		for _, e := range d.Entries() {
			out.Nodes = append(out.Nodes, outlineNode{ID: e.Node.ID, Depth: e.Depth, Number: e.Number, Path: e.Path,
				Role: string(e.Role), Heading: e.Node.Heading, Lead: e.Node.Lead})
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, e := range d.Entries() {
		fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\n", e.Depth, e.Number, e.Role.Label(), e.Node.Summary())
	}
	return nil
}

func runExport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("o", "", "output file: .md, or - for standard output")
	in, err := oneInput(fs, args)
	if err != nil {
		return err
	}
	if *out == "" {
		return usage("export 需要用 -o 指定输出文件", "export needs an output file: -o OUT.md")
	}
	d, err := importer.File(in)
	if err != nil {
		return err
	}
	switch ext := strings.ToLower(filepath.Ext(*out)); {
	case *out == "-":
		_, err := stdout.Write(export.Markdown(d))
		return err
	case ext == ".md" || ext == ".markdown":
		return docmodel.WriteAtomic(*out, export.Markdown(d), 0o644)
	case ext == ".pdf":
		return usererr.New("此版本还不能导出 PDF", "this version cannot export PDF yet")
	default:
		return usage("不支持的输出格式“"+ext+"”；可导出 .md", "unsupported output format "+ext+"; Yaodian exports .md")
	}
}

func runHelp(args []string, stdout io.Writer) error {
	var b strings.Builder
	b.WriteString("要点 Yaodian — 年度工作要点的编写与审核\n\n用法：\n  yaodian [文件]                      打开图形界面\n")
	for _, c := range commands {
		b.WriteString("  yaodian " + c.usageZh + "\n")
	}
	b.WriteString("\nUsage:\n  yaodian [FILE]                      open the GUI\n")
	for _, c := range commands {
		b.WriteString("  yaodian " + c.usageEn + "\n")
	}
	b.WriteString("\n退出状态 / exit status: 0 成功 success, 2 用法或输入有误 bad usage or unreadable input\n")
	_, err := io.WriteString(stdout, b.String())
	return err
}
