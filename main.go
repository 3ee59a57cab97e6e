// Command yaodian is Yaodian on the command line, and the way to open its
// window from one: with a subcommand (import, outline, export, check,
// compare, help) it does the work itself; with no arguments, or with one
// file, it hands over to the window program, yaodian-gui, installed
// beside it.
//
// The window is a program of its own because Go initialises every
// package a program links before main runs: linked together, each
// command-line run paid for Fyne's translations, font scanning and
// settings before printing a line.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"yaodian/cli"
	"yaodian/usererr"
)

// windowProgram is the name of the window program, which is installed in
// the same folder as this one.
const windowProgram = "yaodian-gui"

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	if len(args) > 1 {
		fmt.Fprintln(os.Stderr, "yaodian: "+usererr.New("图形界面一次只能打开一个文件", "the window opens one file at a time").Error())
		os.Exit(cli.ExitUsage)
	}
	gui, err := windowPath()
	if err == nil {
		err = openWindow(gui, args)
	}
	fmt.Fprintln(os.Stderr, "yaodian: "+err.Error())
	os.Exit(cli.ExitUsage)
}

// windowPath returns the path of the window program beside this
// program, following the link a package manager may have put on the
// PATH.
func windowPath() (string, error) {
	name := windowProgram
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	self, err := os.Executable()
	if err == nil {
		self, err = filepath.EvalSymlinks(self)
	}
	if err == nil {
		gui := filepath.Join(filepath.Dir(self), name)
		if _, err = os.Stat(gui); err == nil {
			return gui, nil
		}
	}
	return "", usererr.New("找不到窗口程序 "+name+"（应与 yaodian 在同一文件夹）；命令行用法见 yaodian help",
		"cannot find the window program "+name+" (it belongs in the same folder as yaodian); run yaodian help for the command line")
}
