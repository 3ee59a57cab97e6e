// Command yaodian is the Yaodian desktop application for drafting and
// reviewing annual work-point plans (年度工作要点). With no arguments, or
// with one file, it opens the window; with a subcommand (import, outline,
// export, check, compare, help) it works on the command line.
package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2/app"

	"yaodian/cli"
	"yaodian/ui"
	"yaodian/usererr"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	if len(args) > 1 {
		fmt.Fprintln(os.Stderr, "yaodian: "+usererr.New("图形界面一次只能打开一个文件", "the window opens one file at a time").Error())
		os.Exit(cli.ExitUsage)
	}
	// The interface is Chinese whatever the system locale, Fyne's own
	// dialogs included; ui.New makes Fyne read this.
	os.Setenv("LC_ALL", "zh_CN.UTF-8")
	w := ui.New(app.NewWithID("cn.yaodian.desktop"))
	if len(args) == 1 {
		if err := w.Open(args[0]); err != nil {
			w.ShowError(err)
		}
	}
	w.Window().ShowAndRun()
}
