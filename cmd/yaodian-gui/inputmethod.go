package main

import (
	"io/fs"
	"os"
	"strings"
)

// inputMethods are the input method servers a writer's X11 session may run,
// by the process name each runs under, and the name X11 and toolkit
// clients know it by. 搜狗输入法 for Linux runs on fcitx (its own process
// is sogoupinyin-service), as do the input methods of UOS and Kylin.
var inputMethods = []struct{ process, name string }{
	{"fcitx5", "fcitx"},
	{"fcitx", "fcitx"},
	{"ibus-daemon", "ibus"},
}

// inputMethodEnv returns the variables that let the window's X11 input
// method client find the running input method server — XMODIFIERS, which
// GLFW's XIM reads, and the GTK and Qt module names for the programs the
// window starts, such as the file manager that shows an export — when the
// session set none of them: the desktop usually does,
// but a writer who starts the app from a terminal, a cron-started session
// or a bare window manager may not. proc is the /proc file system, env
// looks a variable up. It returns nil when XMODIFIERS is set or no input
// method runs.
func inputMethodEnv(proc fs.FS, env func(string) string) map[string]string {
	if env("XMODIFIERS") != "" {
		return nil
	}
	name := runningInputMethod(proc)
	if name == "" {
		return nil
	}
	out := map[string]string{"XMODIFIERS": "@im=" + name}
	for _, v := range []string{"GTK_IM_MODULE", "QT_IM_MODULE"} {
		if env(v) == "" {
			out[v] = name
		}
	}
	return out
}

// runningInputMethod finds the first input method of inputMethods that
// has a process running, by the processes' names in proc.
func runningInputMethod(proc fs.FS) string {
	entries, err := fs.ReadDir(proc, ".")
	if err != nil {
		return ""
	}
	running := map[string]bool{}
	for _, e := range entries {
		if !e.IsDir() || strings.Trim(e.Name(), "0123456789") != "" {
			continue
		}
		comm, err := fs.ReadFile(proc, e.Name()+"/comm")
		if err == nil {
			running[strings.TrimSpace(string(comm))] = true
		}
	}
	for _, im := range inputMethods {
		if running[im.process] {
			return im.name
		}
	}
	return ""
}

// setInputMethodEnv sets the variables of inputMethodEnv in this process,
// before the window opens, so that typing Chinese through fcitx or ibus
// works however the app was started.
func setInputMethodEnv() {
	for k, v := range inputMethodEnv(os.DirFS("/proc"), os.Getenv) {
		os.Setenv(k, v)
	}
}
