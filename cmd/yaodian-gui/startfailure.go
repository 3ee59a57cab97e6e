package main

import (
	"io"
	"strings"
	"sync"

	"yaodian/usererr"
)

// startLog passes what the standard logger writes on to out and keeps a
// copy. Fyne's GLFW driver reports a window it could not make only in
// that log: it logs "window creation error" with GLFW's cause (on a PC
// whose driver has no OpenGL, "WGL: The driver does not appear to support
// OpenGL") and goes on running with no window at all, so that a program
// started from the Start menu would wait, unseen, for ever.
type startLog struct {
	out io.Writer

	mu   sync.Mutex
	text strings.Builder
}

// startLogLimit bounds the copy startLog keeps: the lines that matter are
// the first ones.
const startLogLimit = 16 << 10

func (l *startLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	if l.text.Len() < startLogLimit {
		l.text.Write(p)
	}
	l.mu.Unlock()
	return l.out.Write(p)
}

// String returns what was logged so far.
func (l *startLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.text.String()
}

// noOpenGL are the words of GLFW's causes that say the graphics driver
// cannot give the window an OpenGL 2.1 context: WGL on Windows, GLX on
// X11, and GLFW's error codes for a missing API, version or pixel format.
var noOpenGL = []string{
	"APIUnavailable", "VersionUnavailable", "FormatUnavailable",
	"WGL:", "GLX:", "OpenGL",
}

// startProblem explains why the window did not open, from what Fyne and
// GLFW logged (log) while it was being made and whether making it
// panicked; goos says which system's remedy to name. It returns nil when
// the log shows no failure of the window: a panic with no GLFW error
// logged is not one, and is left to crash as it would.
func startProblem(goos, log string, panicked bool) error {
	failed := strings.Contains(log, "window creation error") || strings.Contains(log, "failed to initialise GLFW") ||
		panicked && strings.Contains(log, "PlatformError: ")
	if !failed {
		return nil
	}
	cause := glfwCause(log)
	switch {
	case containsAny(cause, noOpenGL):
		if goos == "windows" {
			return usererr.New(
				"这台电脑的显卡驱动不支持 OpenGL 2.1（远程桌面和旧显卡常见），要点的窗口打不开。请安装显卡厂商的驱动，或请 IT 人员把 Mesa 的 opengl32.dll（软件渲染）放在 yaodian-gui.exe 所在的文件夹；命令行 yaodian.exe 仍可使用。（"+cause+"）",
				"this PC's graphics driver does not support OpenGL 2.1 (common over remote desktop and with old graphics cards), so the window cannot open. Install the graphics card maker's driver, or have IT staff put Mesa's opengl32.dll (software rendering) in the folder of yaodian-gui.exe; the command line yaodian.exe still works. ("+cause+")")
		}
		return usererr.New(
			"图形显示不支持 OpenGL 2.1，要点的窗口打不开。请安装显卡驱动或 Mesa（Debian、统信、麒麟上的 libgl1-mesa-dri 软件包）；命令行 yaodian 仍可使用。（"+cause+"）",
			"the display does not support OpenGL 2.1, so the window cannot open. Install the graphics driver or Mesa (the libgl1-mesa-dri package on Debian, UOS and Kylin); the command line yaodian still works. ("+cause+")")
	case strings.Contains(cause, "Failed to open display"):
		return usererr.New(
			"无法连接图形显示，窗口打不开（命令行用法见 yaodian help）。（"+cause+"）",
			"cannot connect to the display, so the window cannot open (run yaodian help for the command line). ("+cause+")")
	}
	return usererr.New("要点的窗口打不开。（"+cause+"）", "the window cannot open. ("+cause+")")
}

// glfwCause picks GLFW's own words out of log: the cause Fyne logged
// with its error, or else the platform error go-gl logs by itself.
func glfwCause(log string) string {
	var platform string
	for _, line := range strings.Split(log, "\n") {
		if _, c, ok := strings.Cut(line, "Cause: "); ok {
			return strings.TrimSpace(c)
		}
		if i := strings.Index(line, "PlatformError: "); i >= 0 && platform == "" {
			platform = strings.TrimSpace(line[i:])
		}
	}
	return platform
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
