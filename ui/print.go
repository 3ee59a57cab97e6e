package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// openerWait is how long an opener may run before it is taken to have
// opened the file: xdg-open may wait for the viewer it starts to close,
// while one that finds no program exits at once with an error.
const openerWait = 3 * time.Second

// systemOpen opens path, a file or a folder, with the program the system
// associates with it, and says when no program could open it.
func systemOpen(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return usererr.Wrap(err, "本机没有用来打开文件的程序（"+cmd.Path+"）", "no program to open files with ("+cmd.Path+")")
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			return usererr.Wrap(err, "没有能打开它的程序", "no program could open it")
		}
	case <-time.After(openerWait):
		// Still running: the viewer is up, or the opener waits for it.
	}
	return nil
}

// printPDF writes the document to a temporary PDF and opens it in the
// system's PDF viewer to print from there, and says what happened.
func (f *fileActions) printPDF() {
	if f.doc.s == nil {
		return
	}
	snap, err := f.doc.s.Snapshot()
	if f.report(err) {
		return
	}
	g, err := pageGeometry(f.app.Preferences())
	if f.report(err) {
		return
	}
	dir := filepath.Join(os.TempDir(), "yaodian-print")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		f.showError(usererr.Wrap(err, "无法创建临时文件夹“"+dir+"”", "cannot create the temporary folder "+dir))
		return
	}
	// A new name each time: a viewer may hold the last one open.
	name := strings.TrimSuffix(f.doc.s.SuggestedName(), docmodel.Extension) + "（打印 " + time.Now().Format("15-04-05") + "）.pdf"
	path := filepath.Join(dir, name)
	progress := dialog.NewCustomWithoutButtons("打印", container.NewVBox(
		widget.NewLabel("正在生成打印用 PDF …"), widget.NewProgressBarInfinite()), f.win)
	progress.Show()
	var openErr error
	f.io(func() {
		if _, err = writeExport(path, snap, g, f.fonts); err == nil {
			openErr = f.open(path)
		}
	}, func() {
		progress.Hide()
		if f.report(err) {
			return
		}
		if openErr != nil {
			inform("无法打开打印用 PDF", "已生成打印用 PDF：\n"+path+"\n\n但无法用系统程序打开它："+usererr.Chinese(openErr)+
				"。\n请用 PDF 阅读器打开这个文件，在其中打印。", f.win)
			f.host.note("已生成打印用 PDF，但无法打开")
			return
		}
		inform("打印", "已生成打印用 PDF 并用系统程序打开：\n"+path+"\n\n请在其中打印。", f.win)
		f.host.note("已生成打印用 PDF")
	})
}

// openFolder opens dir in the system's file manager, off the GUI
// goroutine, and says so when nothing could open it.
func (f *fileActions) openFolder(dir string) {
	var err error
	f.io(func() { err = f.open(dir) }, func() {
		if err != nil {
			inform("无法打开文件夹", "无法打开文件夹：\n"+dir+"\n\n"+usererr.Chinese(err)+"。请在文件管理器中找到它。", f.win)
		}
	})
}
