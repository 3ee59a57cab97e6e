// Package cli runs Yaodian's subcommands: import, outline, export, check
// and compare. Each prints its result, or a one-line reason in Chinese and
// English on standard error, and returns the exit status: 0 for success,
// 1 when check finds errors, 2 for bad usage, unreadable input or output
// that cannot be written. An existing output file is replaced only with
// --force, and an input never.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"yaodian/usererr"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitFound = 1 // check found errors
	ExitUsage = 2 // bad usage or unreadable input
)

// errFound is returned by a command that ran and found errors in its
// input; it exits with ExitFound and prints nothing more.
var errFound = errors.New("errors found")

// command is a subcommand with its help: a synopsis and a one-line
// description in each language.
type command struct {
	name       string
	synopsisZh string
	aboutZh    string
	synopsisEn string
	aboutEn    string
	run        func(args []string, stdout io.Writer) error
}

// commands lists the subcommands in the order help shows them; each is
// defined in its own file.
var commands []command

func init() {
	commands = []command{importCommand, outlineCommand, exportCommand, checkCommand, compareCommand, helpCommand}
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
		out := &stdoutWriter{w: stdout}
		err := c.run(args[1:], out)
		if out.err != nil {
			err = out.err
		}
		if err != nil {
			if errors.Is(err, errFound) {
				return ExitFound
			}
			fmt.Fprintln(stderr, "yaodian: "+oneLine(usererr.Bilingual(err)))
			return ExitUsage
		}
		return ExitOK
	}
	fmt.Fprintln(stderr, "yaodian: "+oneLine(usererr.Bilingual(usage("未知命令“"+name+"”", "unknown command "+name))))
	return ExitUsage
}

// oneLine keeps a message on one line, as the command line promises.
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
			return nil, usage("参数有误："+flagProblem(err), "bad arguments: "+err.Error())
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// flagProblem says in Chinese what the flag package found wrong.
func flagProblem(err error) string {
	msg := err.Error()
	_, name, _ := strings.Cut(msg, ": ")
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined"):
		return "没有选项 " + name
	case strings.HasPrefix(msg, "flag needs an argument"):
		return "选项 " + name + " 缺少值"
	case strings.HasPrefix(msg, "invalid value"):
		if i := strings.Index(msg, " for flag "); i >= 0 {
			flag, _, _ := strings.Cut(msg[i+len(" for flag "):], ":")
			return "选项 " + flag + " 的值无效"
		}
	}
	return "无法识别"
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

// writeJSON prints v as indented JSON, leaving <, > and & as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
