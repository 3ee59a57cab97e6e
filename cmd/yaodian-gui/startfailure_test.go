package main

import (
	"bytes"
	"strings"
	"testing"

	"yaodian/usererr"
)

// What Fyne 2.7 and go-gl log when the window cannot be made, as they
// print it: the WGL line is what Windows over remote desktop or with an
// old graphics card reports, the GLX one what Xvfb without GLX reports
// (seen here), the display one what an unreachable X server gives.
const (
	wglLog = `2026/12/02 16:42:18 Fyne error:  window creation error
2026/12/02 16:42:18   Cause: APIUnavailable: WGL: The driver does not appear to support OpenGL
2026/12/02 16:42:18   At: C:/fyne.io/fyne/v2@v2.7.1/internal/driver/glfw/driver.go:147
`
	glxLog = `2026/12/02 16:42:18 Fyne error:  window creation error
2026/12/02 16:42:18   Cause: APIUnavailable: GLX: GLX extension not found
2026/12/02 16:42:18   At: /root/go/pkg/mod/fyne.io/fyne/v2@v2.7.1/internal/driver/glfw/driver.go:147
`
	versionLog = `2026/12/02 16:42:18 Fyne error:  window creation error
2026/12/02 16:42:18   Cause: VersionUnavailable: WGL: OpenGL version 2.1 is not supported
`
	displayLog = "2026/12/02 16:42:19 PlatformError: X11: Failed to open display :77\n"
	otherLog   = `2026/12/02 16:42:18 Fyne error:  window creation error
2026/12/02 16:42:18   Cause: PlatformError: Win32: Failed to register window class
`
	harmlessLog = "2026/12/02 16:42:18 Fyne error:  Failed to decode image for window icon\n"
)

func TestStartProblem(t *testing.T) {
	for _, tc := range []struct {
		name     string
		goos     string
		log      string
		panicked bool
		want     []string // in the message, Chinese and English; nil: no problem
	}{
		{"no OpenGL on Windows", "windows", wglLog, false,
			[]string{"不支持 OpenGL", "opengl32.dll", "yaodian.exe", "does not support OpenGL", "WGL: The driver does not appear to support OpenGL"}},
		{"OpenGL too old on Windows", "windows", versionLog, false,
			[]string{"不支持 OpenGL 2.1", "opengl32.dll", "OpenGL version 2.1 is not supported"}},
		{"no GLX on Linux", "linux", glxLog, false,
			[]string{"不支持 OpenGL", "libgl1-mesa-dri", "GLX extension not found"}},
		{"unreachable display", "linux", displayLog, true,
			[]string{"无法连接图形显示", "cannot connect to the display", "Failed to open display :77"}},
		{"another GLFW failure", "windows", otherLog, false,
			[]string{"窗口打不开", "Failed to register window class"}},
		{"a window made", "windows", harmlessLog, false, nil},
		{"nothing logged", "linux", "", false, nil},
		{"a panic that is not GLFW's", "linux", harmlessLog, true, nil},
		{"a platform error without a panic", "linux", displayLog, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := startProblem(tc.goos, tc.log, tc.panicked)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("got %v, want no problem", err)
				}
				return
			}
			if err == nil {
				t.Fatal("no problem found")
			}
			msg := err.Error()
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q lacks %q", msg, w)
				}
			}
			if zh := usererr.Chinese(err); strings.Contains(zh, "the window") {
				t.Errorf("the Chinese message has English: %q", zh)
			}
			if tc.goos != "windows" && strings.Contains(msg, ".dll") {
				t.Errorf("a remedy for Windows offered on %s: %q", tc.goos, msg)
			}
		})
	}
}

// startLog passes everything on and keeps a bounded copy.
func TestStartLog(t *testing.T) {
	var out bytes.Buffer
	l := &startLog{out: &out}
	l.Write([]byte(glxLog))
	big := strings.Repeat("x", startLogLimit)
	l.Write([]byte(big))
	l.Write([]byte("late\n"))
	if out.String() != glxLog+big+"late\n" {
		t.Error("the log was not passed on whole")
	}
	if got := l.String(); got != glxLog+big {
		t.Errorf("kept %d bytes, want the first %d", len(got), len(glxLog+big))
	}
}
