// Command yaodian-gui is the window of Yaodian, the desktop application
// for drafting and reviewing annual work-point plans (年度工作要点): with
// no arguments it opens an empty window, with one file that file. The
// yaodian command starts it when it is given no subcommand; the desktop
// entry and the Windows Start menu start it directly. It is a program of
// its own so that the command line does not link, load or initialise
// Fyne.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/debug"

	"yaodian/cli"
	"yaodian/ui"
	"yaodian/usererr"
)

// guiMemoryLimit is the Go memory the window aims to stay within. With
// the 20-page benchmark plan open, checked against three prior years and
// compared, about 51 MB of heap is live, most of it the parsed interface
// fonts: 78 MiB leaves the collector as much room as 88 MiB did when the
// fonts were cut at start and 10 MB more was live, about one cycle a
// second in that session (bench/session-rss.sh, GODEBUG=gctrace=1); a
// limit 11 MiB over what was live made it collect twenty times a second
// and keep a core busy.
const guiMemoryLimit = 78 << 20

// startMemoryLimit is the Go memory limit until the window is up: Fyne
// parses both interface fonts at once then, with about 20 MB more in use
// than is live afterwards, and guiMemoryLimit had the collector run twice
// more before the first frame.
const startMemoryLimit = 88 << 20

func main() {
	args := os.Args[1:]
	if len(args) > 1 {
		fmt.Fprintln(os.Stderr, "yaodian: "+usererr.New("图形界面一次只能打开一个文件", "the window opens one file at a time").Error())
		os.Exit(cli.ExitUsage)
	}
	// The interface is Chinese whatever the system locale, Fyne's own
	// dialogs included; ui.New makes Fyne read this.
	setChineseEnv()
	// Fyne reads every glyph of the interface font up front; a soft
	// memory limit makes the collector hand that start-up peak back
	// instead of letting the heap grow to twice what is live.
	limit := os.Getenv("GOMEMLIMIT") == ""
	if limit {
		debug.SetMemoryLimit(startMemoryLimit)
	}
	if err := displayProblem(); err != nil {
		fmt.Fprintln(os.Stderr, "yaodian: "+err.Error())
		os.Exit(cli.ExitUsage)
	}
	// A window that cannot be made is reported only in the log (no
	// OpenGL) or by a panic (a display that is named but cannot be
	// reached); startProblem reads both and says why, in a message box on
	// Windows, instead of a stack trace or a program waiting unseen.
	fyneLog := &startLog{out: os.Stderr}
	log.SetOutput(fyneLog)
	shown := false
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if err := startProblem(runtime.GOOS, fyneLog.String(), true); err != nil && !shown {
			reportStartProblem(err)
			os.Exit(cli.ExitUsage)
		}
		panic(r)
	}()
	setInputMethodEnv()
	a := newApp()
	w := ui.New(a)
	if len(args) == 1 {
		if err := w.Open(args[0]); err != nil {
			w.ShowError(err)
		}
	}
	// Once the window is up, the session's memory limit, and recovery
	// offered: a dialog needs a shown window.
	a.Lifecycle().SetOnStarted(func() {
		if limit {
			debug.SetMemoryLimit(guiMemoryLimit)
		}
		w.OfferRecovery()
	})
	w.StartAutosave()
	w.Window().Show()
	if err := startProblem(runtime.GOOS, fyneLog.String(), false); err != nil {
		reportStartProblem(err)
		os.Exit(cli.ExitUsage)
	}
	shown = true
	log.SetOutput(os.Stderr)
	a.Run()
}

// displayProblem explains why the window cannot open on a Unix desktop
// with no display at all, as over ssh or in a service; nil elsewhere.
func displayProblem() error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
	default:
		return nil
	}
	if os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != "" {
		return nil
	}
	return usererr.New("没有图形显示（未设置 DISPLAY），窗口打不开；命令行用法见 yaodian help",
		"there is no graphical display (DISPLAY is not set), so the window cannot open; run yaodian help for the command line")
}
